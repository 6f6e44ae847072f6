import {
  addDays,
  addMonths,
  calendarDate,
  daysInMonth,
  osloDate,
  parseCalendarDate,
} from '../../../shared/calendar';
import { requestTypes } from '../../../shared/cases/rules';
import {
  type DashboardCalendar,
  type DashboardCharts,
  type DashboardOverview,
  dashboardUrgencies,
} from '../../../shared/dashboard/contract';
import {
  type DeadlineItem,
  deadlineKindLabels,
  type DeadlineKind,
  deadlineUrgencyLabels,
  type DeadlineUrgency,
} from '../../../shared/deadlines/items';
import type { ExportFormat, FileDownload } from '../../../shared/files';
import { isoNow } from '../clock';
import type { Ctx } from '../context';
import { casesClosedPerMonth, casesReceivedPerMonth, medianDaysToReplyPerMonth } from '../cases/repository';
import type { DeadlineWindow } from '../deadlines/sources';
import { exportTable } from '../export/tabular';
import { norwegianDate } from '../cases/support';
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
  return {
    today: window.today,
    generatedAt: isoNow(ctx.clock),
    counters: {
      overdue: found.counts.overdue,
      dueToday: found.counts.dueToday,
      dueThisWeek: found.counts.dueThisWeek,
      atRisk: found.counts.atRisk,
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
          total: found.byKind[kind][urgency],
          items: found.items.filter((item) => item.kind === kind && item.urgency === urgency),
        })),
    })),
  };
}

/** Calendar items per day of a month: what falls due that day and is still open. */
export const calendarLimit = 200;

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
    return { date, items: byDay.get(date) ?? [] };
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

function typeCounts(row: Record<string, string | number> | undefined): TypeCounts {
  return Object.fromEntries(requestTypes.map((type) => [type, Number(row?.[type] ?? 0)])) as TypeCounts;
}

/** The chart figures: cases per month by type, the on-time rate, the median days to reply. */
export async function dashboardCharts(ctx: Ctx, months: number): Promise<DashboardCharts> {
  const today = osloDate(ctx.clock.now());
  const list = lastMonths(today, months);
  const range = { start: `${list[0]}-01`, end: `${list[list.length - 1]}-31` };
  const [received, closed, medians] = [
    await casesReceivedPerMonth(ctx.db, range, requestTypes),
    await casesClosedPerMonth(ctx.db, range, requestTypes),
    await medianDaysToReplyPerMonth(ctx.db, range),
  ];
  const find = <T extends { month: string }>(rows: T[], month: string) =>
    rows.find((row) => row.month === month);
  return {
    months: list,
    received: list.map((month) => {
      const row = find(received, month);
      return { month, total: Number(row?.total ?? 0), byType: typeCounts(row) };
    }),
    closed: list.map((month) => {
      const row = find(closed, month);
      return { month, total: Number(row?.total ?? 0), byType: typeCounts(row) };
    }),
    onTime: list.map((month) => {
      const row = find(closed, month);
      const replied = Number(row?.replied ?? 0);
      const onTime = Number(row?.on_time ?? 0);
      return { month, replied, onTime, rate: replied > 0 ? onTime / replied : null };
    }),
    medianDaysToClose: list.map((month) => {
      const row = find(medians, month);
      return { month, median: row ? Number(row.median) : null };
    }),
    breachesPerQuarter: [],
  };
}

/** Every item of one dashboard list (or all of them), as a spreadsheet. */
export async function exportDashboard(
  ctx: Ctx,
  urgency: DeadlineUrgency | 'all',
  format: ExportFormat,
): Promise<FileDownload> {
  const window = windowOf(ctx, null, null, 100_000);
  const found = await collectDeadlines(ctx, window);
  const rows = found.items.filter((item) =>
    urgency === 'all' ? item.urgency !== 'later' : item.urgency === urgency,
  );
  await ctx.audit({
    action: 'export',
    entityType: 'dashboard',
    after: { urgency, format, rows: rows.length },
  });
  const name = urgency === 'all' ? 'deadlines' : `deadlines-${urgency}`;
  return exportTable(
    format,
    `${name}-${window.today}`,
    [
      { header: 'Urgency', value: (row) => deadlineUrgencyLabels[row.urgency], width: 16 },
      { header: 'Kind', value: (row) => deadlineKindLabels[row.kind], width: 18 },
      { header: 'Item', value: (row) => row.title, width: 30 },
      { header: 'Due', value: (row) => norwegianDate(row.due), width: 12 },
      {
        header: 'Due at (Oslo)',
        value: (row) =>
          row.dueAt
            ? new Date(row.dueAt).toLocaleString('nb-NO', {
                timeZone: 'Europe/Oslo',
                dateStyle: 'short',
                timeStyle: 'short',
              })
            : '',
        width: 18,
      },
      { header: 'Details', value: (row) => row.detail, width: 60 },
    ],
    rows,
  );
}
