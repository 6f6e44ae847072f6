import {
  addDays,
  calendarDate,
  type CalendarDate,
  parseCalendarDate,
  weekday,
} from '../../../shared/calendar';

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
 * besides these. 24 and 31 December are not public holidays.
 */
export function norwegianHolidays(year: number): Map<CalendarDate, string> {
  const easter = easterSunday(year);
  const entries: Array<[CalendarDate, string]> = [
    [calendarDate(year, 1, 1), "New Year's Day"],
    [addDays(easter, -3), 'Maundy Thursday'],
    [addDays(easter, -2), 'Good Friday'],
    [easter, 'Easter Sunday'],
    [addDays(easter, 1), 'Easter Monday'],
    [calendarDate(year, 5, 1), 'Labour Day'],
    [calendarDate(year, 5, 17), 'Constitution Day'],
    [addDays(easter, 39), 'Ascension Day'],
    [addDays(easter, 49), 'Whit Sunday'],
    [addDays(easter, 50), 'Whit Monday'],
    [calendarDate(year, 12, 25), 'Christmas Day'],
    [calendarDate(year, 12, 26), "St Stephen's Day"],
  ];
  // Ascension Day can fall on 1 or 17 May; the first name listed is kept.
  const holidays = new Map<CalendarDate, string>();
  for (const [date, name] of entries) if (!holidays.has(date)) holidays.set(date, name);
  return holidays;
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
