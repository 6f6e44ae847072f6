import type { CalendarDate } from '../../../shared/calendar';
import type {
  DeadlineFlag,
  DeadlineItem,
  DeadlineKind,
  UrgencyCounts,
} from '../../../shared/deadlines/items';
import { agreementDeadlineSource } from '../agreements/deadlines';
import { breachDeadlines } from '../breaches/deadlines';
import type { Ctx } from '../context';
import { caseDeadlines } from '../cases/deadlines';
import { inquiryFollowUps } from '../inquiries/deadlines';

/** The days a deadline query looks at: everything due up to `to`, plus overdue items when `from` is null. */
export interface DeadlineWindow {
  today: CalendarDate;
  now: Date;
  /** First due date wanted; null means "everything still open, however overdue". */
  from: CalendarDate | null;
  to: CalendarDate;
  /** At most this many items of each urgency are wanted; counts are always complete. */
  limit: number;
}

/** What a source over a large table returns: the first items of each urgency and complete counts. */
export interface DeadlineFeed {
  items: DeadlineItem[];
  counts: Partial<Record<DeadlineKind, UrgencyCounts>>;
  flags?: Partial<Record<DeadlineFlag, number>>;
}

/**
 * A feature's open deadlines inside a window. The dashboard, its calendar, its exports and the
 * annual report are built from these, so a feature appears there by adding its source below.
 * A source over a few thousand rows may simply return every item; one over a large table counts in
 * SQL and returns a feed.
 */
export type DeadlineSource = (ctx: Ctx, window: DeadlineWindow) => Promise<DeadlineItem[] | DeadlineFeed>;

export const deadlineSources: DeadlineSource[] = [
  caseDeadlines,
  breachDeadlines,
  agreementDeadlineSource,
  inquiryFollowUps,
];
