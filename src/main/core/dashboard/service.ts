import {
  addDays,
  addMonths,
  calendarDate,
  daysInMonth,
  parseCalendarDate,
  norwegianDate,
} from '../../../shared/calendar';
import { formatOslo, osloDate } from '../../../shared/oslo';
import { requestTypes } from '../../../shared/cases/rules';
import {
  type DashboardCalendar,
  type DashboardCharts,
  type DashboardOverview,
  type DashboardUrgency,
  dashboardUrgencies,
} from '../../../shared/dashboard/contract';
import {
  type DeadlineGroup,
  deadlineGroupOf,
  type DeadlineItem,
  deadlineKinds,
  type DeadlineKind,
  deadlineUrgencies,
  type DeadlineUrgency,
} from '../../../shared/deadlines/items';
import type { ExportFormat, FileDownload } from '../../../shared/files';
import type { Language } from '../../../shared/i18n/languages';
import { say } from '../../../shared/i18n/phrases';
import { isoNow } from '../clock';
import type { Ctx } from '../context';
import { breachesPerQuarter } from '../breaches/reports';
import { caseMonthFigures, caseReplyDays } from '../cases/figures-repository';
import type { DeadlineWindow } from '../deadlines/sources';
import { answerAfterCommit } from '../db/batches';
import { exportTable } from '../export/tabular';
import { exportText, headed } from '../export/words';
import { holidayName } from '../deadlines/holidays';
import { collectDeadlines } from './deadlines';

/** How far ahead the dashboard looks: far enough for an agreement expiring within 60 days. */
export const dashboardHorizonDays = 60;
/** Items shown per kind in each dashboard list; the counters and exports are complete. */
export const dashboardListLimit = 10;

/** Breach clocks lead: they run in hours. Follow-ups of inquiries come last. */
const kindOrder: readonly DeadlineKind[] = ['breach', 'case', 'objection', 'agreement', 'inquiry'];

function windowOf(ctx: Ctx, from: string | null, to: string | null, limit: number): DeadlineWindow {
  const now = ctx.clock.now();
  const today = osloDate(now);
  return { today, now, from, to: to ?? addDays(today, dashboardHorizonDays), limit };
}

/** The DPO's morning view: counters, and per urgency a short list of each kind of deadline. */
export async function dashboardOverview(ctx: Ctx): Promise<DashboardOverview> {
  const window = windowOf(ctx, null, null, dashboardListLimit);
  const found = await collectDeadlines(ctx, window);
  const breachClocks = Object.values(found.byKind.breach).reduce((sum, n) => sum + n, 0);
  const countsOf = (group: DeadlineGroup) => {
    const kinds = kindOrder.filter((kind) => deadlineGroupOf[kind] === group);
    const sum = (urgency: DashboardUrgency) =>
      kinds.reduce((total, kind) => total + found.byKind[kind][urgency], 0);
    return {
      overdue: sum('overdue'),
      dueToday: sum('dueToday'),
      dueThisWeek: sum('dueThisWeek'),
      atRisk: sum('atRisk'),
    };
  };
  return {
    today: window.today,
    generatedAt: isoNow(ctx.clock),
    counters: {
      overdue: found.counts.overdue,
      dueToday: found.counts.dueToday,
      dueThisWeek: found.counts.dueThisWeek,
      atRisk: found.counts.atRisk,
      legal: countsOf('legal'),
      reminder: countsOf('reminder'),
      breachClocks,
      extensionNoticesNeeded: found.flags['extension-notice-needed'],
    },
    sections: dashboardUrgencies.map((urgency) => ({
      urgency,
      total: found.counts[urgency],
      kinds: kindOrder
        .filter((kind) => found.byKind[kind][urgency] > 0)
        .map((kind) => ({
          kind,
          group: deadlineGroupOf[kind],
          total: found.byKind[kind][urgency],
          items: found.items.filter((item) => item.kind === kind && item.urgency === urgency),
        })),
    })),
  };
}

/** Calendar items per day of a month: what falls due that day and is still open. */
export const calendarLimit = 100;

export async function dashboardCalendar(ctx: Ctx, month: string): Promise<DashboardCalendar> {
  const { year, month: monthNumber } = parseCalendarDate(`${month}-01`);
  const first = calendarDate(year, monthNumber, 1);
  const last = calendarDate(year, monthNumber, daysInMonth(year, monthNumber));
  const window = windowOf(ctx, first, last, calendarLimit);
  const found = await collectDeadlines(ctx, window);
  const byDay = new Map<string, DeadlineItem[]>();
  for (const item of found.items) {
    const day = item.dueAt ? osloDate(item.dueAt) : item.due;
    byDay.set(day, [...(byDay.get(day) ?? []), item]);
  }
  const days = Array.from({ length: daysInMonth(year, monthNumber) }, (_, index) => {
    const date = addDays(first, index);
    // Every Sunday is a public holiday in law; the calendar names only the days that have a name.
    const holiday = holidayName(date);
    return { date, holiday: holiday === 'Sunday' ? null : holiday, items: byDay.get(date) ?? [] };
  });
  const total = Object.values(found.counts).reduce((sum, n) => sum + n, 0);
  return { month, today: window.today, days, total, truncated: found.truncated };
}

/** The last `months` months, this one included, as YYYY-MM. */
function lastMonths(today: string, months: number): string[] {
  const start = addMonths(`${today.slice(0, 7)}-01`, -(months - 1));
  return Array.from({ length: months }, (_, index) => addMonths(start, index).slice(0, 7));
}

type TypeCounts = DashboardCharts['received'][number]['byType'];

function lastDayOf(month: string): string {
  const { year, month: monthNumber } = parseCalendarDate(`${month}-01`);
  return calendarDate(year, monthNumber, daysInMonth(year, monthNumber));
}

/** The first day of the quarter a month (YYYY-MM) falls in. */
function quarterStart(month: string): string {
  const monthNumber = Number(month.slice(5, 7));
  return `${month.slice(0, 4)}-${String(monthNumber - ((monthNumber - 1) % 3)).padStart(2, '0')}-01`;
}

/** The median of a histogram of whole days (value -> how often). */
export function medianOf(histogram: ReadonlyArray<{ days: number; n: number }>): number | null {
  const size = histogram.reduce((sum, bin) => sum + bin.n, 0);
  if (size === 0) return null;
  const valueAt = (position: number) => {
    let seen = 0;
    for (const bin of histogram) {
      seen += bin.n;
      if (seen > position) return bin.days;
    }
    return histogram[histogram.length - 1]!.days;
  };
  return (valueAt(Math.floor((size - 1) / 2)) + valueAt(Math.floor(size / 2))) / 2;
}

/** The chart figures: cases per month by type, the on-time rate, the median days to reply. */
export async function dashboardCharts(ctx: Ctx, months: number): Promise<DashboardCharts> {
  const today = osloDate(ctx.clock.now());
  const list = lastMonths(today, months);
  const range = { fromMonth: list[0]!, toMonth: list[list.length - 1]! };
  const figures = await caseMonthFigures(ctx.db, range);
  const replyDays = await caseReplyDays(ctx.db, range);
  const byKey = new Map(figures.map((row) => [`${row.month}|${row.measure}|${row.request_type}`, row.n]));
  const figure = (month: string, measure: string, type = '*') =>
    byKey.get(`${month}|${measure}|${type}`) ?? 0;
  const byType = (month: string, measure: string) =>
    Object.fromEntries(requestTypes.map((type) => [type, figure(month, measure, type)])) as TypeCounts;
  return {
    months: list,
    received: list.map((month) => ({
      month,
      total: figure(month, 'received'),
      byType: byType(month, 'received'),
    })),
    closed: list.map((month) => ({ month, total: figure(month, 'closed'), byType: byType(month, 'closed') })),
    onTime: list.map((month) => {
      const replied = figure(month, 'replied');
      const onTime = figure(month, 'on-time');
      return { month, replied, onTime, rate: replied > 0 ? onTime / replied : null };
    }),
    medianDaysToClose: list.map((month) => ({
      month,
      median: medianOf(replyDays.filter((row) => row.month === month)),
    })),
    breachesPerQuarter: (
      await breachesPerQuarter(ctx, quarterStart(range.fromMonth), lastDayOf(range.toMonth))
    ).map(({ quarter, none, risk, high, unassessed }) => ({ quarter, none, risk, high, unassessed })),
  };
}

const urgencyKey = {
  overdue: 'urgencyOverdue',
  dueToday: 'urgencyDueToday',
  dueThisWeek: 'urgencyDueThisWeek',
  atRisk: 'urgencyAtRisk',
  later: 'urgencyLater',
} as const satisfies Record<DeadlineUrgency, string>;
const groupKey = { legal: 'groupLegal', reminder: 'groupReminder' } as const satisfies Record<
  DeadlineGroup,
  string
>;
const kindKey = {
  case: 'kindCase',
  breach: 'kindBreach',
  agreement: 'kindAgreement',
  objection: 'kindObjection',
  inquiry: 'kindInquiry',
} as const satisfies Record<DeadlineKind, string>;

/**
 * Every item of one dashboard list (or all of them), as a spreadsheet in `language`. The call
 * counts the items (the sources' counts are complete whatever their limit) and audits the export;
 * the items are read after it committed, one source after another (`db/batches.ts`).
 */
export async function exportDashboard(
  ctx: Ctx,
  urgency: DeadlineUrgency | 'all',
  format: ExportFormat,
  language: Language,
  group?: DeadlineGroup,
): Promise<FileDownload> {
  const wanted = (kind: DeadlineKind, itemUrgency: DeadlineUrgency) =>
    (urgency === 'all' ? itemUrgency !== 'later' : itemUrgency === urgency) &&
    (group === undefined || deadlineGroupOf[kind] === group);
  const counted = await collectDeadlines(ctx, windowOf(ctx, null, null, 1));
  const rows = deadlineKinds.reduce(
    (sum, kind) =>
      sum + deadlineUrgencies.reduce((n, u) => n + (wanted(kind, u) ? counted.byKind[kind][u] : 0), 0),
    0,
  );
  await ctx.audit({
    action: 'export',
    entityType: 'dashboard',
    after: { urgency, group: group ?? 'all', format, rows },
  });
  const window = windowOf(ctx, null, null, 100_000);
  const name = [group === 'legal' ? 'legal-deadlines' : group === 'reminder' ? 'reminders' : 'deadlines']
    .concat(urgency === 'all' ? [] : [urgency])
    .join('-');
  const t = exportText(language);
  return answerAfterCommit(async ({ reader }) => {
    const found = await collectDeadlines(reader, window);
    return exportTable(
      format,
      { baseName: `${name}-${window.today}`, sheet: t('sheetDeadlines'), language },
      headed<DeadlineItem>(language, [
        { key: 'deadlineUrgency', value: (row) => t(urgencyKey[row.urgency]), width: 16 },
        { key: 'deadlineGroup', value: (row) => t(groupKey[deadlineGroupOf[row.kind]]), width: 16 },
        { key: 'deadlineKind', value: (row) => t(kindKey[row.kind]), width: 18 },
        { key: 'deadlineItem', value: (row) => say(language, row.titleText), width: 30 },
        { key: 'deadlineDue', value: (row) => norwegianDate(row.due), width: 12 },
        { key: 'deadlineDueAt', value: (row) => formatOslo(row.dueAt), width: 18 },
        { key: 'deadlineDetails', value: (row) => say(language, row.detailText), width: 60 },
      ]),
      found.items.filter((item) => wanted(item.kind, item.urgency)),
    );
  });
}
