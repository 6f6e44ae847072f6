import { describe, expect, it } from 'vitest';
import type { ReminderEvent } from '../../src/shared/events';
import { checkReminders, summarise } from '../../src/main/core/reminders/service';
import type { ReminderSource } from '../../src/main/core/reminders/sources';
import { testCore } from './support/core';

function item(key: string, level: ReminderEvent['level'] = 'overdue'): ReminderEvent {
  return { key, level, title: `Case ${key} is ${level}`, body: '', path: `/cases/${key}`, roles: ['dpo'] };
}

describe('reminders', () => {
  it('announce each item and level once, also across restarts', async () => {
    const core = await testCore();
    const seen: ReminderEvent[] = [];
    core.events.subscribe((event, payload) => event === 'reminder' && seen.push(payload as ReminderEvent));
    let current = [item('1', 'due-soon')];
    const source: ReminderSource = async () => current;

    expect((await checkReminders(core, [source])).map((r) => r.key)).toEqual(['1']);
    expect(await checkReminders(core, [source])).toEqual([]);
    current = [item('1', 'due-today'), item('2', 'due-soon')];
    expect((await checkReminders(core, [source])).map((r) => `${r.key}:${r.level}`)).toEqual([
      '1:due-today',
      '2:due-soon',
    ]);
    expect(seen.map((r) => `${r.key}:${r.level}`)).toEqual(['1:due-soon', '1:due-today', '2:due-soon']);
    const rows = await core.db('reminder_notifications').count({ n: '*' });
    expect(rows[0].n).toBe(3);
  });

  it('pass today in Oslo to the sources', async () => {
    const core = await testCore('2026-06-30T22:30:00.000Z');
    const days: string[] = [];
    await checkReminders(core, [
      async (_ctx, today) => {
        days.push(today);
        return [];
      },
    ]);
    expect(days).toEqual(['2026-07-01']);
  });

  it('summarise a burst into one reminder per level', () => {
    const burst = ['1', '2', '3', '4'].map((key) => item(key)).concat(item('5', 'due-soon'));
    expect(summarise(burst)).toEqual([
      {
        key: 'summary:overdue',
        level: 'overdue',
        title: '4 items overdue',
        body: 'Case 1 is overdue; Case 2 is overdue; Case 3 is overdue; …',
        path: '/',
        roles: ['dpo'],
      },
      item('5', 'due-soon'),
    ]);
    expect(summarise([item('1'), item('2')])).toEqual([item('1'), item('2')]);
  });
});
