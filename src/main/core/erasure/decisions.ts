import { addMonths, calendarDate, daysInMonth, parseCalendarDate } from '../../../shared/calendar';
import type { ErasureItem, KeepGround } from '../../../shared/erasure/contract';
import { osloDate } from '../../../shared/oslo';
import type { Settings } from '../../../shared/settings/definitions';
import type { ErasureBreachRow, ErasureCaseRow } from './repository';

/** Bookkeeping material is kept until this many years after the end of its financial year (bokføringsloven § 13). */
export const bookkeepingYears = 5;

export const addYears = (date: string, years: number) => addMonths(date, years * 12);

/** The last day of the financial year holding `date`, when the year ends with month `endMonth`. */
export function financialYearEnd(date: string, endMonth: number): string {
  const { year, month } = parseCalendarDate(date);
  const endYear = month > endMonth ? year + 1 : year;
  return calendarDate(endYear, endMonth, daysInMonth(endYear, endMonth));
}

/** Until when a case's fee is bookkeeping material: 5 years after the end of its financial year. */
export function bookkeepingUntil(
  row: Pick<ErasureCaseRow, 'fee_nok' | 'reply_date' | 'closed_at'>,
  settings: Settings,
) {
  if (row.fee_nok === null || row.fee_nok === undefined || Number(row.fee_nok) <= 0) return null;
  const feeDate = row.reply_date ?? (row.closed_at ? osloDate(row.closed_at) : null);
  if (!feeDate) return null;
  const end = financialYearEnd(feeDate, settings.financialYearEndMonth);
  const { year, month } = parseCalendarDate(end);
  return calendarDate(year + bookkeepingYears, month, daysInMonth(year + bookkeepingYears, month));
}

/** Until when a breach record is kept: the setting's years after it was closed (null while open). */
export function breachUntil(row: Pick<ErasureBreachRow, 'closed_at'>, settings: Settings): string | null {
  return row.closed_at ? addYears(osloDate(row.closed_at), settings.breachRetentionYears) : null;
}

export interface Decision {
  outcome: ErasureItem['outcome'];
  ground: KeepGround | null;
  until: string | null;
  via: string | null;
}

export const keep = (ground: KeepGround, until: string | null, via: string | null = null): Decision => ({
  outcome: 'keep',
  ground,
  until,
  via,
});
export const erase = (via: string | null = null): Decision => ({
  outcome: 'erase',
  ground: null,
  until: null,
  via,
});
export const anonymise = (via: string | null = null): Decision => ({
  outcome: 'anonymise',
  ground: null,
  until: null,
  via,
});
