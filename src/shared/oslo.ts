/**
 * The one module for time in the office's time zone, Europe/Oslo: the calendar date of an instant,
 * the instant a day begins, wall-clock parts, and the "dd.mm.yyyy hh:mm" a person reads and types.
 *
 * The offset comes from the time-zone database through `Intl` (no daylight-saving rule of our own),
 * but `Intl` is asked only a few dozen times per calendar year: the instants at which the offset
 * changes are found once per year by bisection and kept, and every conversion after that is a
 * comparison with them. The dashboard converts thousands of instants per call; each costs about as
 * much as reading a Date's fields.
 */
import { type CalendarDate, calendarDate, isCalendarDate, norwegianDate } from './calendar';

export const officeTimeZone = 'Europe/Oslo';

const hourMs = 3_600_000;
const minuteMs = 60_000;

const wallClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: officeTimeZone,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  hourCycle: 'h23',
});

/** Oslo's offset from UTC at a whole second, asked of the time-zone database. */
function offsetFromDatabase(time: number): number {
  const at = Math.floor(time / 1000) * 1000;
  const parts: Record<string, number> = {};
  for (const part of wallClock.formatToParts(new Date(at))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour % 24, parts.minute, parts.second);
  return asUtc - at;
}

/** A year's offsets: the one it starts with, then each change (from `at`, the offset is `offset`). */
interface YearOffsets {
  start: number;
  changes: Array<{ at: number; offset: number }>;
}

const years = new Map<number, YearOffsets>();

/**
 * The changes of one (UTC) year: the offset at each month's start, and where two neighbours
 * differ, the first minute of the new offset found by bisection. Oslo changes at most once a
 * month (twice a year since 1980), so a change inside a month is never missed.
 */
function offsetsOfYear(year: number): YearOffsets {
  const known = years.get(year);
  if (known) return known;
  const starts = Array.from({ length: 13 }, (_, month) => Date.UTC(year, month, 1));
  const offsets = starts.map(offsetFromDatabase);
  const changes: YearOffsets['changes'] = [];
  for (let month = 0; month < 12; month++) {
    if (offsets[month] === offsets[month + 1]) continue;
    // The offset at `low` is the old one, at `high` the new one; narrow down to one minute.
    let low = starts[month] / minuteMs;
    let high = starts[month + 1] / minuteMs;
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (offsetFromDatabase(middle * minuteMs) === offsets[month]) low = middle;
      else high = middle;
    }
    changes.push({ at: high * minuteMs, offset: offsets[month + 1] });
  }
  const found = { start: offsets[0], changes };
  years.set(year, found);
  return found;
}

/** Milliseconds Oslo is ahead of UTC at an instant: one hour in winter, two in summer. */
export function osloOffsetMs(instant: Date): number {
  const time = instant.getTime();
  const { start, changes } = offsetsOfYear(instant.getUTCFullYear());
  let offset = start;
  for (const change of changes) {
    if (time < change.at) break;
    offset = change.offset;
  }
  return offset;
}

/** Minutes Oslo is ahead of UTC at an instant: 60 in winter, 120 in summer. */
export function osloOffsetMinutes(instant: Date | string): number {
  return osloOffsetMs(toDate(instant)) / minuteMs;
}

function toDate(instant: Date | string): Date {
  return typeof instant === 'string' ? new Date(instant) : instant;
}

/** The Oslo wall clock at an instant, as a Date whose UTC fields are Oslo's. */
function wallTime(instant: Date | string): Date {
  const at = toDate(instant);
  return new Date(at.getTime() + osloOffsetMs(at));
}

/** The calendar date in Europe/Oslo at an instant (e.g. when a call was logged). */
export function osloDate(instant: Date | string): CalendarDate {
  const wall = wallTime(instant);
  return calendarDate(wall.getUTCFullYear(), wall.getUTCMonth() + 1, wall.getUTCDate());
}

/**
 * The instant a calendar day begins in Europe/Oslo (the clocks never change at midnight there),
 * for filtering timestamps by day.
 */
export function osloStartOfDay(date: CalendarDate): Date {
  const [year, month, day] = date.split('-').map(Number);
  const utcMidnight = Date.UTC(year, month - 1, day);
  // The offset a few hours before UTC midnight is the one in force at Oslo's midnight.
  return new Date(utcMidnight - osloOffsetMs(new Date(utcMidnight - 3 * hourMs)));
}

export interface OsloParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The Oslo wall clock's fields at an instant. */
export function osloParts(instant: Date | string): OsloParts {
  const wall = wallTime(instant);
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
  };
}

const two = (value: number) => String(value).padStart(2, '0');

/** "15.03.2026 14:05", or "15.03 14:05" without the year. */
export function formatOslo(instant: Date | string | null | undefined, withYear = true): string {
  if (!instant) return '';
  const p = osloParts(instant);
  return `${two(p.day)}.${two(p.month)}${withYear ? `.${p.year}` : ''} ${two(p.hour)}:${two(p.minute)}`;
}

/** "15.03.2026", the Oslo calendar date of an instant as the app shows dates. */
export function formatOsloDate(instant: Date | string | null | undefined): string {
  return instant ? norwegianDate(osloDate(instant)) : '';
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
  const offsets = [...new Set([2 * hourMs, hourMs, osloOffsetMs(new Date(wall))])].sort((a, b) => b - a);
  for (const offset of offsets) {
    const candidate = new Date(wall - offset);
    if (osloOffsetMs(candidate) === offset) return candidate;
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
