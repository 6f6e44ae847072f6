import { addDays, daysBetween } from '../../../shared/calendar';
import type { ReminderEvent } from '../../../shared/events';
import { shortDate } from '../deadlines/engine';
import type { ReminderSource } from '../reminders/sources';
import { readSettings } from '../settings/service';
import { refreshRunningPauses } from './clock';
import { openCasesDueBy } from './repository';

/**
 * Open cases due within the "due soon" window, due today, or overdue. Titles name the case by its
 * number, never the person: a desktop notification can be read by anyone near the screen.
 */
export const caseReminders: ReminderSource = async (ctx, today) => {
  await refreshRunningPauses(ctx);
  const { dueSoonDays } = await readSettings(ctx.db);
  const rows = await openCasesDueBy(ctx.db, addDays(today, dueSoonDays));
  return rows.map((row): ReminderEvent => {
    const daysLeft = daysBetween(today, row.due_date);
    const level: ReminderEvent['level'] =
      daysLeft < 0 ? 'overdue' : daysLeft === 0 ? 'due-today' : 'due-soon';
    const when =
      level === 'overdue'
        ? `is overdue by ${-daysLeft} ${daysLeft === -1 ? 'day' : 'days'}`
        : level === 'due-today'
          ? 'is due today'
          : `is due in ${daysLeft} ${daysLeft === 1 ? 'day' : 'days'}`;
    // Until a processor case is forwarded, it is due for forwarding to the customer.
    const forwarding = row.capacity === 'processor' && !row.forwarded_on;
    return {
      // The due date is part of the key: after an extension (or the forwarding) the new date is announced afresh.
      key: `case:${row.id}@${row.due_date}`,
      level,
      title: forwarding
        ? `Case ${row.number}: forwarding to the customer ${when}`
        : `Case ${row.number} ${when}`,
      body: forwarding
        ? `Forward the request to the customer by ${shortDate(row.due_date, true)} ${row.due_date.slice(0, 4)} (as processor, Art. 28(3)(e)).`
        : `Due ${shortDate(row.due_date, true)} ${row.due_date.slice(0, 4)}${row.extended_at ? ' (extended)' : ''}.`,
      path: `/cases/${row.id}`,
      roles: ['dpo', 'admin'],
    };
  });
};
