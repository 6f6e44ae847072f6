import { addDays, type CalendarDate, compareDates, daysBetween } from '../../../shared/calendar';
import { requestTypes, type RequestType } from '../../../shared/cases/rules';
import {
  type DeadlineFlag,
  type DeadlineItem,
  type DeadlineUrgency,
  noUrgencies,
} from '../../../shared/deadlines/items';
import { english, phrase, type Phrase } from '../../../shared/i18n/phrases';
import type { DeadlineFeed, DeadlineSource } from '../deadlines/sources';
import { weekAheadDays } from '../deadlines/urgency';
import { readSettings } from '../settings/service';
import { refreshRunningPauses } from './clock';
import { unframeList } from './keys';
import {
  type CaseDeadlineRow,
  countExtensionNoticesDue,
  countOpenCasesDue,
  countToForward,
  openCaseDeadlineRows,
} from './deadlines-repository';

const isRequestType = (value: string): value is RequestType =>
  (requestTypes as readonly string[]).includes(value);

function dueWords(daysLeft: number): Phrase {
  if (daysLeft < 0) return phrase('coreDeadlines:overdueByDays', { count: -daysLeft });
  if (daysLeft === 0) return phrase('coreDeadlines:dueToday');
  return phrase('coreDeadlines:daysLeft', { count: daysLeft });
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
  const toForward = row.capacity === 'processor' && !row.forwarded_on;
  if (toForward) flags.push('forward-to-customer');
  if (row.awaiting) flags.push('awaiting-person');
  const types = unframeList<RequestType>(row.request_types).map((type) =>
    isRequestType(type) ? phrase(`requestType:${type}`) : type,
  );
  const extras = [
    row.extended_at ? phrase('coreDeadlines:extended') : null,
    row.capacity === 'processor' ? phrase('coreDeadlines:asProcessor') : null,
    row.handler_name
      ? phrase('coreDeadlines:handler', { name: row.handler_name })
      : phrase('coreDeadlines:noHandler'),
  ].filter((extra): extra is Phrase => extra !== null);
  const titleText = phrase(toForward ? 'coreDeadlines:caseTitleForward' : 'coreDeadlines:caseTitle', {
    number: row.number,
  });
  const detailText = phrase(toForward ? 'coreDeadlines:caseDetailForward' : 'coreDeadlines:caseDetail', {
    types,
    due: dueWords(daysLeft),
    date: { date: row.due_date, style: 'weekday' },
    extras,
  });
  return {
    kind: 'case',
    key: `case:${row.id}`,
    title: english(titleText),
    detail: english(detailText),
    titleText,
    detailText,
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
  const buckets: Array<{ urgency: DeadlineUrgency; from: CalendarDate | null; to: CalendarDate }> = [
    { urgency: 'overdue', from: null, to: addDays(today, -1) },
    { urgency: 'dueToday', from: today, to: today },
    { urgency: 'dueThisWeek', from: addDays(today, 1), to: weekEnd },
    { urgency: 'atRisk', from: addDays(weekEnd, 1), to: soonEnd },
    { urgency: 'later', from: addDays(soonEnd, 1), to },
  ];
  const counts = noUrgencies();
  const items: DeadlineItem[] = [];
  for (const bucket of buckets) {
    // The bucket's days inside the window.
    const range = {
      from: from && (!bucket.from || compareDates(from, bucket.from) > 0) ? from : bucket.from,
      to: earlier(bucket.to, to),
    };
    if (range.from && compareDates(range.from, range.to) > 0) continue;
    counts[bucket.urgency] = await countOpenCasesDue(ctx.db, range);
    if (counts[bucket.urgency] === 0 || limit === 0) continue;
    const rows = await openCaseDeadlineRows(ctx.db, range, limit);
    items.push(...rows.map((row) => toItem(row, bucket.urgency, today, dueSoonDays)));
  }
  // "Extension notice needed": fewer than the due-soon days left (readClock's rule).
  const noticeRange = { from: later(today, from ?? today), to: earlier(addDays(today, dueSoonDays - 1), to) };
  const notices =
    compareDates(noticeRange.from, noticeRange.to) <= 0
      ? await countExtensionNoticesDue(ctx.db, noticeRange)
      : 0;
  const toForward = await countToForward(ctx.db, { from, to });
  return {
    items,
    counts: { case: counts },
    flags: { 'extension-notice-needed': notices, 'forward-to-customer': toForward },
  };
};
