import { addDays, type CalendarDate, compareDates, daysBetween } from '../../../shared/calendar';
import { requestTypeInfo, type RequestType } from '../../../shared/cases/rules';
import type { DeadlineFlag, DeadlineItem, DeadlineUrgency } from '../../../shared/deadlines/items';
import { shortDate } from '../deadlines/engine';
import type { DeadlineFeed, DeadlineSource } from '../deadlines/sources';
import { weekAheadDays } from '../deadlines/urgency';
import { readSettings } from '../settings/service';
import { refreshRunningPauses } from './clock';
import { unframeList } from './keys';
import { type CaseDeadlineRow, openCaseDeadlineCounts, openCaseDeadlineRows } from './repository';

function dueWords(daysLeft: number): string {
  if (daysLeft < 0) return `overdue by ${-daysLeft} ${daysLeft === -1 ? 'day' : 'days'}`;
  if (daysLeft === 0) return 'due today';
  return `${daysLeft} ${daysLeft === 1 ? 'day' : 'days'} left`;
}

function toItem(
  row: CaseDeadlineRow,
  urgency: DeadlineUrgency,
  today: CalendarDate,
  dueSoonDays: number,
): DeadlineItem {
  const daysLeft = daysBetween(today, row.due_date);
  const flags: DeadlineFlag[] = [];
  if (row.capacity === 'controller' && !row.extended_at && daysLeft >= 0 && daysLeft < dueSoonDays)
    flags.push('extension-notice-needed');
  if (row.awaiting) flags.push('awaiting-person');
  const types = unframeList<RequestType>(row.request_types)
    .map((type) => requestTypeInfo[type]?.label ?? type)
    .join(', ');
  const extras = [
    row.extended_at ? 'extended' : null,
    row.capacity === 'processor' ? 'as processor' : null,
    row.handler_name ? `handler ${row.handler_name}` : 'no handler',
  ].filter(Boolean);
  return {
    kind: 'case',
    key: `case:${row.id}`,
    title: `Case ${row.number}`,
    detail: `${types} · ${dueWords(daysLeft)} (${shortDate(row.due_date, true)}) · ${extras.join(', ')}`,
    due: row.due_date,
    dueAt: null,
    urgency,
    flags,
    path: `/cases/${row.id}`,
  };
}

const later = (a: CalendarDate, b: CalendarDate) => (compareDates(a, b) > 0 ? a : b);
const earlier = (a: CalendarDate, b: CalendarDate) => (compareDates(a, b) < 0 ? a : b);

/**
 * Open rights-request cases by their stored due date (kept current by the clock): overdue, due
 * today, within a week, "at risk" inside the due-soon window, later. Counted in SQL, so a hundred
 * thousand cases cost one index pass.
 */
export const caseDeadlines: DeadlineSource = async (ctx, window): Promise<DeadlineFeed> => {
  await refreshRunningPauses(ctx);
  const { dueSoonDays } = await readSettings(ctx.db);
  const { today, from, to, limit } = window;
  const weekEnd = addDays(today, weekAheadDays);
  const soonEnd = later(weekEnd, addDays(today, dueSoonDays));
  const counts = await openCaseDeadlineCounts(ctx.db, { from, to, today, weekEnd, soonEnd });
  const buckets: Array<{
    urgency: DeadlineUrgency;
    count: number;
    from: CalendarDate | null;
    to: CalendarDate;
  }> = [
    { urgency: 'overdue', count: counts.overdue, from, to: earlier(to, addDays(today, -1)) },
    { urgency: 'dueToday', count: counts.due_today, from: today, to: today },
    { urgency: 'dueThisWeek', count: counts.due_week, from: addDays(today, 1), to: weekEnd },
    { urgency: 'atRisk', count: counts.due_soon, from: addDays(weekEnd, 1), to: soonEnd },
    { urgency: 'later', count: counts.later, from: addDays(soonEnd, 1), to },
  ];
  const items: DeadlineItem[] = [];
  for (const bucket of buckets) {
    if (bucket.count === 0 || limit === 0) continue;
    const range = {
      from: from && bucket.from ? later(from, bucket.from) : (bucket.from ?? from),
      to: earlier(bucket.to, to),
    };
    const rows = await openCaseDeadlineRows(ctx.db, range, limit);
    items.push(...rows.map((row) => toItem(row, bucket.urgency, today, dueSoonDays)));
  }
  return {
    items,
    counts: {
      case: {
        overdue: counts.overdue,
        dueToday: counts.due_today,
        dueThisWeek: counts.due_week,
        atRisk: counts.due_soon,
        later: counts.later,
      },
    },
    flags: { 'extension-notice-needed': counts.extension_notice, 'awaiting-person': counts.awaiting },
  };
};
