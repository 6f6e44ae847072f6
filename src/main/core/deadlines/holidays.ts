import {
  addDays,
  calendarDate,
  type CalendarDate,
  parseCalendarDate,
  weekday,
} from '../../../shared/calendar';
import type { Language } from '../../../shared/i18n/languages';
import { phrase, type Phrase } from '../../../shared/i18n/phrases';
import { holiday, type HolidayKey } from '../../../shared/i18n/resources/labels';

/** Easter Sunday by the Gregorian computus (the "anonymous" algorithm of Meeus/Jones/Butcher). */
export function easterSunday(year: number): CalendarDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return calendarDate(year, month, day);
}

/**
 * Norwegian public holidays (lov om 1. og 17. mai som høgtidsdagar; helligdagsfredloven): every Sunday
 * besides these. 24 and 31 December are not public holidays. Each has a key, by which the
 * dictionaries name it in bokmål and English (`shared/i18n/resources/labels.ts`, `holiday`).
 */
function holidayEntries(year: number): Array<[CalendarDate, HolidayKey]> {
  const easter = easterSunday(year);
  return [
    [calendarDate(year, 1, 1), 'new-years-day'],
    [addDays(easter, -3), 'maundy-thursday'],
    [addDays(easter, -2), 'good-friday'],
    [easter, 'easter-sunday'],
    [addDays(easter, 1), 'easter-monday'],
    [calendarDate(year, 5, 1), 'labour-day'],
    [calendarDate(year, 5, 17), 'constitution-day'],
    [addDays(easter, 39), 'ascension-day'],
    [addDays(easter, 49), 'whit-sunday'],
    [addDays(easter, 50), 'whit-monday'],
    [calendarDate(year, 12, 25), 'christmas-day'],
    [calendarDate(year, 12, 26), 'st-stephens-day'],
  ];
}

/** The public holidays of a year by date, named in `language` (English unless asked otherwise). */
export function norwegianHolidays(year: number, language: Language = 'en'): Map<CalendarDate, string> {
  // Ascension Day can fall on 1 or 17 May; the first name listed is kept.
  const holidays = new Map<CalendarDate, string>();
  for (const [date, key] of holidayEntries(year))
    if (!holidays.has(date)) holidays.set(date, holiday[language][key]);
  return holidays;
}

const keyCache = new Map<number, Map<CalendarDate, HolidayKey>>();

/** The key of the public holiday on that date ('sunday' for other Sundays), or null on other days. */
export function holidayKey(date: CalendarDate): HolidayKey | null {
  const year = parseCalendarDate(date).year;
  let keys = keyCache.get(year);
  if (!keys) {
    keys = new Map();
    for (const [day, key] of holidayEntries(year)) if (!keys.has(day)) keys.set(day, key);
    keyCache.set(year, keys);
  }
  return keys.get(date) ?? (weekday(date) === 0 ? 'sunday' : null);
}

const cache = new Map<number, Map<CalendarDate, string>>();

function holidaysOf(year: number): Map<CalendarDate, string> {
  let holidays = cache.get(year);
  if (!holidays) {
    holidays = norwegianHolidays(year);
    cache.set(year, holidays);
  }
  return holidays;
}

/** The name of the public holiday on that date, or null. Sundays are "Sunday". */
export function holidayName(date: CalendarDate): string | null {
  const named = holidaysOf(parseCalendarDate(date).year).get(date);
  if (named) return named;
  return weekday(date) === 0 ? 'Sunday' : null;
}

/** Why a date is not a working day ("a Saturday", "Good Friday"), or null when it is one. */
export function nonWorkingReason(date: CalendarDate): string | null {
  const named = holidaysOf(parseCalendarDate(date).year).get(date);
  if (named) return named;
  const day = weekday(date);
  if (day === 6) return 'a Saturday';
  if (day === 0) return 'a Sunday';
  return null;
}

/** Why a date is not a working day, as a phrase ("a Saturday", a holiday's name), or null when it is one. */
export function nonWorkingPhrase(date: CalendarDate): Phrase | null {
  const key = holidayKey(date);
  if (key && key !== 'sunday') return phrase(`holiday:${key}`);
  const day = weekday(date);
  if (day === 6) return phrase('coreDeadlines:aSaturday');
  if (day === 0) return phrase('coreDeadlines:aSunday');
  return null;
}

export function isWorkingDay(date: CalendarDate): boolean {
  return nonWorkingReason(date) === null;
}

/** The date itself when it is a working day, otherwise the next working day. */
export function nextWorkingDay(date: CalendarDate): CalendarDate {
  let candidate = date;
  while (!isWorkingDay(candidate)) candidate = addDays(candidate, 1);
  return candidate;
}

/** The `days`-th working day after `date` (the day itself is not counted); 0 gives the next working day. */
export function addWorkingDays(date: CalendarDate, days: number): CalendarDate {
  if (days <= 0) return nextWorkingDay(date);
  let candidate = date;
  for (let counted = 0; counted < days;) {
    candidate = addDays(candidate, 1);
    if (isWorkingDay(candidate)) counted += 1;
  }
  return candidate;
}
