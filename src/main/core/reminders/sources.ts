import type { CalendarDate } from '../../../shared/calendar';
import { agreementReminders } from '../agreements/deadlines';
import type { ReminderEvent } from '../../../shared/events';
import { breachReminders } from '../breaches/deadlines';
import { caseReminders } from '../cases/reminders';
import type { Ctx } from '../context';

/**
 * A feature's pressing deadlines as of now. The scheduler announces each (key, level) once.
 * Features add their source to `reminderSources`.
 */
export type ReminderSource = (ctx: Ctx, today: CalendarDate, now: Date) => Promise<ReminderEvent[]>;

export const reminderSources: ReminderSource[] = [caseReminders, breachReminders, agreementReminders];
