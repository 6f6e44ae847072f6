import { addDays, type CalendarDate, compareDates } from '../../../shared/calendar';
import { osloDate } from '../../../shared/oslo';
import type { DeadlineUrgency } from '../../../shared/deadlines/items';

/** "Due this week" on the dashboard means within the next seven days, whatever the weekday. */
export const weekAheadDays = 7;

/**
 * How pressing a calendar-date deadline is today. `atRisk` is the source's own judgement for an
 * item further out (a case inside the "due soon" window, an agreement expiring within 60 days).
 */
export function urgencyOf(due: CalendarDate, today: CalendarDate, atRisk = false): DeadlineUrgency {
  const order = compareDates(due, today);
  if (order < 0) return 'overdue';
  if (order === 0) return 'dueToday';
  if (compareDates(due, addDays(today, weekAheadDays)) <= 0) return 'dueThisWeek';
  return atRisk ? 'atRisk' : 'later';
}

/** The same for a clock that runs in hours (a breach): overdue the moment it has run out. */
export function urgencyAt(dueAt: Date, now: Date, today = osloDate(now), atRisk = false): DeadlineUrgency {
  if (dueAt.getTime() <= now.getTime()) return 'overdue';
  return urgencyOf(osloDate(dueAt), today, atRisk);
}
