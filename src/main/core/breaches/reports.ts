import { authorityNoticeHours, hasControllerDuty, hasProcessorDuty } from '../../../shared/breaches/rules';
import { addDays, type CalendarDate, calendarDate, parseCalendarDate } from '../../../shared/calendar';
import { osloDate, osloStartOfDay } from '../../../shared/oslo';
import type { Ctx } from '../context';
import { addHours } from './clocks';
import {
  breachCustomers,
  breachesAwareBetween,
  breachNotifications,
  breachRisksAwareBetween,
  type BreachRow,
} from './repository';

/** Breaches are counted by the day (Oslo) the company became aware of them. */
async function awareWithin(ctx: Ctx, from: CalendarDate, to: CalendarDate): Promise<BreachRow[]> {
  return breachesAwareBetween(
    ctx.db,
    osloStartOfDay(from).toISOString(),
    osloStartOfDay(addDays(to, 1)).toISOString(),
  );
}

export interface RiskCounts {
  none: number;
  risk: number;
  high: number;
  unassessed: number;
}

function countRisk(rows: ReadonlyArray<Pick<BreachRow, 'risk'>>): RiskCounts {
  const counts: RiskCounts = { none: 0, risk: 0, high: 0, unassessed: 0 };
  for (const row of rows) {
    if (row.risk === 'none' || row.risk === 'risk' || row.risk === 'high') counts[row.risk] += 1;
    else counts.unassessed += 1;
  }
  return counts;
}

export interface BreachQuarter extends RiskCounts {
  /** "2026-Q1" */
  quarter: string;
  year: number;
  q: 1 | 2 | 3 | 4;
  /** The quarter's first and last day. */
  from: CalendarDate;
  to: CalendarDate;
  total: number;
}

/**
 * Breaches per calendar quarter by risk, for every quarter that overlaps [from, to] (empty ones
 * included, oldest first). Only breaches the company became aware of within [from, to] count.
 */
export async function breachesPerQuarter(
  ctx: Ctx,
  from: CalendarDate,
  to: CalendarDate,
): Promise<BreachQuarter[]> {
  // The Oslo day of each breach, worked out once (Intl formatting is the costly part here).
  const rows = (
    await breachRisksAwareBetween(
      ctx.db,
      osloStartOfDay(from).toISOString(),
      osloStartOfDay(addDays(to, 1)).toISOString(),
    )
  ).map((row) => ({ row, day: osloDate(row.aware_at) }));
  const quarters: BreachQuarter[] = [];
  const start = parseCalendarDate(from);
  const end = parseCalendarDate(to);
  for (
    let index = start.year * 4 + Math.floor((start.month - 1) / 3);
    index <= end.year * 4 + Math.floor((end.month - 1) / 3);
    index++
  ) {
    const year = Math.floor(index / 4);
    const q = ((index % 4) + 1) as BreachQuarter['q'];
    const first = calendarDate(year, (q - 1) * 3 + 1, 1);
    const last = addDays(q === 4 ? calendarDate(year + 1, 1, 1) : calendarDate(year, q * 3 + 1, 1), -1);
    const inQuarter = rows.filter(({ day }) => day >= first && day <= last).map(({ row }) => row);
    quarters.push({
      quarter: `${year}-Q${q}`,
      year,
      q,
      from: first,
      to: last,
      ...countRisk(inQuarter),
      total: inQuarter.length,
    });
  }
  return quarters;
}

export interface BreachYearSummary {
  year: number;
  total: number;
  byRisk: RiskCounts;
  /** Our own data only, customers' only, or both at once (such a breach has both kinds of duty). */
  byCapacity: { controller: number; processor: number; both: number };
  specialCategories: number;
  open: number;
  closed: number;
  /**
   * The breaches of our own data (controller or both). The lines after `required` add up to `total`:
   * notified in time or late, not yet notified (assessed as a risk), not notified with the decision
   * recorded (no risk), or not assessed yet. `required`: assessed as risk or high risk.
   */
  authority: {
    total: number;
    required: number;
    notifiedOnTime: number;
    notifiedLate: number;
    notYetNotified: number;
    notNotifiedWithReasons: number;
    notAssessed: number;
  };
  /** As controller, high risk: the people told, an exception of Art. 34(3) used, or still open. */
  subjects: { required: number; told: number; exceptionUsed: number; pending: number };
  /** As processor: every affected customer of every breach. */
  customers: { notifications: number; toldOnTime: number; toldLate: number; notYetTold: number };
}

/** The year's breaches (by the Oslo day we became aware) for the annual report. */
export async function breachYearSummary(ctx: Ctx, year: number): Promise<BreachYearSummary> {
  const rows = await awareWithin(ctx, calendarDate(year, 1, 1), calendarDate(year, 12, 31));
  const ids = rows.map((row) => row.id);
  const customers = await breachCustomers(ctx.db, ids);
  const notifications = await breachNotifications(ctx.db, ids);
  const firstNotice = new Map<number, string>();
  for (const notification of notifications)
    if (!firstNotice.has(notification.breach_id))
      firstNotice.set(notification.breach_id, notification.sent_at);

  const summary: BreachYearSummary = {
    year,
    total: rows.length,
    byRisk: countRisk(rows),
    byCapacity: { controller: 0, processor: 0, both: 0 },
    specialCategories: rows.filter((row) => Boolean(row.special_categories)).length,
    open: rows.filter((row) => row.state !== 'closed').length,
    closed: rows.filter((row) => row.state === 'closed').length,
    authority: {
      total: 0,
      required: 0,
      notifiedOnTime: 0,
      notifiedLate: 0,
      notYetNotified: 0,
      notNotifiedWithReasons: 0,
      notAssessed: 0,
    },
    subjects: { required: 0, told: 0, exceptionUsed: 0, pending: 0 },
    customers: { notifications: 0, toldOnTime: 0, toldLate: 0, notYetTold: 0 },
  };
  const withProcessorDuty = new Set(
    rows.filter((row) => hasProcessorDuty(row.capacity)).map((row) => row.id),
  );
  for (const row of rows) {
    if (row.capacity === 'both') summary.byCapacity.both += 1;
    else if (row.capacity === 'processor') summary.byCapacity.processor += 1;
    else summary.byCapacity.controller += 1;
    if (!hasControllerDuty(row.capacity)) continue;
    summary.authority.total += 1;
    const sent = firstNotice.get(row.id);
    if (row.risk === 'risk' || row.risk === 'high') summary.authority.required += 1;
    if (sent) {
      if (sent <= addHours(row.aware_at, authorityNoticeHours)) summary.authority.notifiedOnTime += 1;
      else summary.authority.notifiedLate += 1;
    } else if (row.risk === null) summary.authority.notAssessed += 1;
    else if (row.risk === 'none') summary.authority.notNotifiedWithReasons += 1;
    else summary.authority.notYetNotified += 1;
    if (row.risk === 'high') {
      summary.subjects.required += 1;
      if (row.subjects_told_at) summary.subjects.told += 1;
      else if (row.subjects_exception) summary.subjects.exceptionUsed += 1;
      else summary.subjects.pending += 1;
    }
  }
  for (const customer of customers) {
    if (!withProcessorDuty.has(customer.breach_id)) continue;
    summary.customers.notifications += 1;
    if (!customer.told_at) summary.customers.notYetTold += 1;
    else if (customer.told_at <= customer.due_at) summary.customers.toldOnTime += 1;
    else summary.customers.toldLate += 1;
  }
  return summary;
}
