import type { CalendarDate } from '../../../shared/calendar';
import { agreementDeadlineSource } from '../agreements/deadlines';
import type { DeadlineItem } from '../../../shared/deadlines/items';
import type { Ctx } from '../context';

/** The days a deadline query looks at: everything due up to `to`, plus overdue items when `from` is null. */
export interface DeadlineWindow {
  today: CalendarDate;
  now: Date;
  /** First due date wanted; null means "everything still open, however overdue". */
  from: CalendarDate | null;
  to: CalendarDate;
}

/**
 * A feature's open deadlines inside a window. The dashboard, its calendar and its exports are built
 * from these, so a feature appears there by adding its source to `deadlineSources`.
 */
export type DeadlineSource = (ctx: Ctx, window: DeadlineWindow) => Promise<DeadlineItem[]>;

export const deadlineSources: DeadlineSource[] = [agreementDeadlineSource];
