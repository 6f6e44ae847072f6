import { format, formatDistanceToNowStrict, parseISO } from 'date-fns';
import { enGB, nb } from 'date-fns/locale';
import {
  formatLongDate as longDate,
  formatPercent as percent,
  formatWeekdayDate as weekdayDate,
} from '../../shared/i18n/format';
import { intlLocales, type Language } from '../../shared/i18n/languages';
import { formatNumber as number } from '../../shared/i18n/translate';
import { currentLanguage } from '../i18n';

/**
 * Dates are shown the Norwegian way (dd.MM.yyyy, HH:mm) in both languages, in the machine's local
 * time (Europe/Oslo in the office); weekday and month names, numbers and percentages follow the
 * person's language. Call these while rendering a component that uses `useT`, so a change of
 * language renders it again.
 */
export function formatDateTime(iso: string | null | undefined): string {
  return iso ? format(parseISO(iso), 'dd.MM.yyyy HH:mm') : '';
}

export function formatDate(isoDate: string | null | undefined): string {
  return isoDate ? format(parseISO(isoDate), 'dd.MM.yyyy') : '';
}

const dateLocales = { nb, en: enGB };

/** "3 days ago" / "for 3 dager siden". */
export function formatRelative(iso: string | null | undefined): string {
  return iso
    ? formatDistanceToNowStrict(parseISO(iso), { addSuffix: true, locale: dateLocales[currentLanguage()] })
    : '';
}

/** "2 March 2026" / "2. mars 2026" (a YYYY-MM-DD date). */
export function formatLongDate(isoDate: string): string {
  return longDate(currentLanguage(), isoDate);
}

/** "Tuesday 7 April 2026" / "tirsdag 7. april 2026" (a YYYY-MM-DD date). */
export function formatWeekdayDate(isoDate: string): string {
  return weekdayDate(currentLanguage(), isoDate);
}

/** A date-fns pattern with names (`EEEE d MMMM`) in the person's language. */
export function formatPattern(date: Date, pattern: string): string {
  return format(date, pattern, { locale: dateLocales[currentLanguage()] });
}

/** 12 345 / 12,345. */
export function formatCount(value: number): string {
  return number(currentLanguage(), value);
}

/** 66,7 % / 66.7%. */
export function formatShare(part: number, whole: number): string {
  return percent(currentLanguage(), part, whole);
}

/** Today as YYYY-MM-DD in local time. */
export function todayIsoDate(): string {
  return format(new Date(), 'yyyy-MM-dd');
}

const regionNames = new Map<Language, Intl.DisplayNames>();

/** A country by its ISO code in the person's language ("Tyskland" / "Germany"), the code when unknown. */
export function formatCountry(code: string): string {
  const language = currentLanguage();
  let names = regionNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([intlLocales[language]], { type: 'region' });
    regionNames.set(language, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
