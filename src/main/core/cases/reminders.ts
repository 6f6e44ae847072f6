import { addDays, daysBetween } from '../../../shared/calendar';
import type { ReminderEvent } from '../../../shared/events';
import { shortDate } from '../deadlines/engine';
import type { ReminderSource } from '../reminders/sources';
import { readSettings } from '../settings/service';
import { refreshRunningPauses } from './clock';

/**
 * Open cases due within the "due soon" window, due today, or overdue. Titles name the case by its
 * number, never the person: a desktop notification can be read by anyone near the screen.
 */
export const caseReminders: ReminderSource = async (ctx, today) => {
  await refreshRunningPauses(ctx);
  const { dueSoonDays } = await readSettings(ctx.db);
  const rows: Array<{ id: number; number: string; due_date: string; extended_at: string | null }> = await ctx
    .db('cases')
    .where({ state: 'open' })
    .where('due_date', '<=', addDays(today, dueSoonDays))
    .select('id', 'number', 'due_date', 'extended_at');
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
    return {
      // The due date is part of the key: after an extension the new date is announced afresh.
      key: `case:${row.id}@${row.due_date}`,
      level,
      title: `Case ${row.number} ${when}`,
      body: `Due ${shortDate(row.due_date, true)} ${row.due_date.slice(0, 4)}${row.extended_at ? ' (extended)' : ''}.`,
      path: `/cases/${row.id}`,
      roles: ['dpo', 'admin'],
    };
  });
};
