import { addDays, daysBetween } from '../../../shared/calendar';
import type { ReminderEvent } from '../../../shared/events';
import { english, phrase } from '../../../shared/i18n/phrases';
import type { ReminderSource } from '../reminders/sources';
import { readSettings } from '../settings/service';
import { refreshRunningPauses } from './clock';
import { openCasesDueBy } from './deadlines-repository';

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
        ? phrase('coreReminders:isOverdue', { count: -daysLeft })
        : level === 'due-today'
          ? phrase('coreReminders:isDueToday')
          : phrase('coreReminders:isDueIn', { count: daysLeft });
    // Until a processor case is forwarded, it is due for forwarding to the customer.
    const forwarding = row.capacity === 'processor' && !row.forwarded_on;
    const date = { date: row.due_date, style: 'weekdayYear' } as const;
    const titleText = phrase(forwarding ? 'coreReminders:caseTitleForward' : 'coreReminders:caseTitle', {
      number: row.number,
      when,
    });
    const bodyText = forwarding
      ? phrase('coreReminders:caseBodyForward', { date })
      : phrase(row.extended_at ? 'coreReminders:caseBodyExtended' : 'coreReminders:caseBody', { date });
    return {
      // The due date is part of the key: after an extension (or the forwarding) the new date is announced afresh.
      key: `case:${row.id}@${row.due_date}`,
      level,
      title: english(titleText),
      body: english(bodyText),
      titleText,
      bodyText,
      path: `/cases/${row.id}`,
      roles: ['dpo', 'admin'],
    };
  });
};
