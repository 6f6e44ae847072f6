import { type CalendarDate, parseCalendarDate } from '../calendar';
import { formatOslo, officeTimeZone } from '../oslo';
import { intlLocales, type Language } from './languages';

/**
 * Dates, numbers and percentages in a language's style, through `Intl`. Dates are written
 * `dd.mm.yyyy` and times `HH:mm` in both languages (the office's convention); weekday and month
 * names, decimal marks and digit grouping follow the language.
 */

const longDates = new Map<string, Intl.DateTimeFormat>();

function dateFormat(language: Language, options: Intl.DateTimeFormatOptions, key: string) {
  const cacheKey = `${language}:${key}`;
  let format = longDates.get(cacheKey);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocales[language], { ...options, timeZone: 'UTC' });
    longDates.set(cacheKey, format);
  }
  return format;
}

function utcNoon(date: CalendarDate): Date {
  const { year, month, day } = parseCalendarDate(date);
  return new Date(Date.UTC(year, month - 1, day, 12));
}

/** "02.03.2026" in both languages; '' for no date. */
export function formatDate(date: CalendarDate | null | undefined): string {
  if (!date) return '';
  const { year, month, day } = parseCalendarDate(date);
  return `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}`;
}

/** "02.03.2026 14:05", the office's wall clock (Europe/Oslo) whatever the machine's zone. */
export function formatDateTime(instant: Date | string | null | undefined): string {
  return formatOslo(instant);
}

/** "2. mars 2026" / "2 March 2026": the date line of a letter. */
export function formatLongDate(language: Language, date: CalendarDate): string {
  return dateFormat(language, { day: 'numeric', month: 'long', year: 'numeric' }, 'long').format(
    utcNoon(date),
  );
}

/** "mandag 2. mars 2026" / "Monday 2 March 2026". */
export function formatWeekdayDate(language: Language, date: CalendarDate): string {
  return dateFormat(
    language,
    { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
    'weekday',
  ).format(utcNoon(date));
}

/** The weekday's name: "mandag" / "Monday". */
export function weekdayName(language: Language, date: CalendarDate): string {
  return dateFormat(language, { weekday: 'long' }, 'weekday-only').format(utcNoon(date));
}

const percents = new Map<Language, Intl.NumberFormat>();

/** "66,7 %" / "66.7%", one decimal at most; a dash when there is nothing to divide by. */
export function formatPercent(language: Language, part: number, whole: number): string {
  if (whole === 0) return '–';
  let format = percents.get(language);
  if (!format) {
    format = new Intl.NumberFormat(intlLocales[language], { style: 'percent', maximumFractionDigits: 1 });
    percents.set(language, format);
  }
  return format.format(part / whole);
}

/** Whole kroner: "1 250 kr" / "NOK 1,250". */
export function formatKroner(language: Language, amount: number): string {
  return new Intl.NumberFormat(intlLocales[language], {
    style: 'currency',
    currency: 'NOK',
    currencyDisplay: language === 'nb' ? 'symbol' : 'code',
    maximumFractionDigits: 0,
  }).format(amount);
}

export { officeTimeZone };
