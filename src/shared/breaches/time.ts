import { type CalendarDate, calendarDate, isCalendarDate, officeTimeZone, osloDate } from '../calendar';

/**
 * Instants shown and typed as wall-clock time in Europe/Oslo, whatever the machine's own time zone.
 * Breach clocks run in real hours (UTC); only their display follows the office's clock, which
 * jumps an hour at the daylight-saving changes.
 */

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: officeTimeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

export interface OsloParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function toDate(instant: Date | string): Date {
  return typeof instant === 'string' ? new Date(instant) : instant;
}

export function osloParts(instant: Date | string): OsloParts {
  const parts = partsFormat.formatToParts(toDate(instant));
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((part) => part.type === type)?.value ?? 0);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour') % 24,
    minute: get('minute'),
    second: get('second'),
  };
}

/** Minutes Oslo is ahead of UTC at an instant: 60 in winter, 120 in summer. */
export function osloOffsetMinutes(instant: Date | string): number {
  const date = toDate(instant);
  const p = osloParts(date);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
}

const two = (value: number) => String(value).padStart(2, '0');

/** "15.03.2026 14:05", or "15.03 14:05" without the year. */
export function formatOslo(instant: Date | string | null | undefined, withYear = true): string {
  if (!instant) return '';
  const p = osloParts(instant);
  return `${two(p.day)}.${two(p.month)}${withYear ? `.${p.year}` : ''} ${two(p.hour)}:${two(p.minute)}`;
}

/** The calendar date in Oslo at an instant. */
export function osloCalendarDate(instant: Date | string): CalendarDate {
  return osloDate(instant);
}

/**
 * The instant at which the Oslo wall clock shows `date` `hour:minute`. At the October change, when
 * 02:00-02:59 happens twice, the first (summer-time) one is meant; in March, when 02:00-02:59 does
 * not happen at all, there is no such instant and the result is null.
 */
export function osloLocalToInstant(date: CalendarDate, hour: number, minute: number): Date | null {
  if (!isCalendarDate(date) || hour < 0 || hour > 23 || minute < 0 || minute > 59) return null;
  const [year, month, day] = date.split('-').map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  for (const offset of [120, 60]) {
    const candidate = new Date(wall - offset * 60_000);
    const p = osloParts(candidate);
    if (p.year === year && p.month === month && p.day === day && p.hour === hour && p.minute === minute)
      return candidate;
  }
  return null;
}

const inputPattern = /^(\d{1,2})\.(\d{1,2})\.(\d{4})\s+(\d{1,2})[:.](\d{2})$/;

/** What a person types: "dd.mm.yyyy hh:mm", Oslo time. */
export function parseOsloInput(text: string): { ok: true; iso: string } | { ok: false; message: string } {
  const match = inputPattern.exec(text.trim());
  if (!match) return { ok: false, message: 'Use the form dd.mm.yyyy hh:mm' };
  const [, day, month, year, hour, minute] = match.map(Number);
  const date = calendarDate(year, month, day);
  if (!isCalendarDate(date) || hour > 23 || minute > 59)
    return { ok: false, message: 'There is no such date or time' };
  const instant = osloLocalToInstant(date, hour, minute);
  if (!instant)
    return {
      ok: false,
      message: 'That time does not exist in Oslo: the clocks jump from 02:00 to 03:00 that night',
    };
  return { ok: true, iso: instant.toISOString() };
}

/** The form's text for an instant: "dd.mm.yyyy hh:mm", Oslo time. */
export function toOsloInput(instant: Date | string | null | undefined): string {
  return formatOslo(instant, true);
}

/** "71 h 59 min", "45 min", "3 days 4 h" for long spans; whole minutes, rounded down. */
export function durationText(milliseconds: number): string {
  const minutes = Math.floor(Math.abs(milliseconds) / 60_000);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours >= 24 * 4) {
    const days = Math.floor(hours / 24);
    return `${days} days${hours % 24 ? ` ${hours % 24} h` : ''}`;
  }
  if (hours === 0) return `${rest} min`;
  return `${hours} h ${rest} min`;
}
