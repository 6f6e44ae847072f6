import { describe, expect, it } from 'vitest';
import type { ReminderEvent } from '../../src/shared/events';
import { createCoreHost } from '../../src/main/core/host/host';
import { checkReminders, reminderIn, summarise } from '../../src/main/core/reminders/service';
import type { ReminderSource } from '../../src/main/core/reminders/sources';
import { phrase } from '../../src/shared/i18n/phrases';
import { expectOk, signedIn, testCore, testPassword } from './support/core';

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
    const [summary, single] = summarise(burst);
    expect(summary).toMatchObject({
      key: 'summary:overdue',
      level: 'overdue',
      title: '4 items overdue',
      body: 'Case 1 is overdue; Case 2 is overdue; Case 3 is overdue; …',
      path: '/',
      roles: ['dpo'],
    });
    expect(single).toEqual(item('5', 'due-soon'));
    // In bokmål the summary's own words change; titles written without a phrase stay as written.
    expect(reminderIn('nb', summary!)).toMatchObject({
      title: '4 saker over fristen',
      body: 'Case 1 is overdue; Case 2 is overdue; Case 3 is overdue; …',
    });
    expect(summarise([item('1'), item('2')])).toEqual([item('1'), item('2')]);
  });

  it('reach each person in their own language, the English word for word', async () => {
    const core = await testCore();
    await signedIn(core, ['dpo'], 'kari');
    await signedIn(core, ['dpo'], 'john');
    const host = createCoreHost(core);
    const heard = new Map<string, ReminderEvent[]>();
    const open = async (username: string, language: 'nb' | 'en') => {
      const token = host.openSession();
      await host.invoke(token, 'auth.signIn', { username, password: testPassword });
      await host.invoke(token, 'auth.setLanguage', { language });
      heard.set(username, []);
      host.subscribe(token, (event, payload) => {
        if (event === 'reminder') heard.get(username)!.push(payload as ReminderEvent);
      });
    };
    await open('kari', 'nb');
    await open('john', 'en');
    const titleText = phrase('coreReminders:caseTitle', {
      number: '2026-0001',
      when: phrase('coreReminders:isOverdue', { count: 2 }),
    });
    const bodyText = phrase('coreReminders:caseBodyExtended', {
      date: { date: '2026-03-02', style: 'weekdayYear' },
    });
    const reminder: ReminderEvent = {
      ...item('2026-0001'),
      title: 'Case 2026-0001 is overdue by 2 days',
      body: 'Due Mon 2 Mar 2026 (extended).',
      titleText,
      bodyText,
    };
    core.events.emit('reminder', reminder);
    const until = Date.now() + 5000;
    while ([...heard.values()].some((list) => list.length === 0) && Date.now() < until)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(heard.get('kari')).toMatchObject([
      { title: 'Sak 2026-0001 er 2 dager over fristen', body: 'Frist man. 02.03.2026 (forlenget).' },
    ]);
    expect(heard.get('john')).toMatchObject([{ title: reminder.title, body: reminder.body }]);
    host.close();
  });

  it('word a case’s reminders from phrases whose English is the title and body', async () => {
    const core = await testCore('2026-03-20T09:00:00.000Z');
    const dpo = await signedIn(core, ['dpo'], 'dina');
    await expectOk(core, dpo, 'cases.create', {
      channel: 'phone',
      receivedDate: '2026-02-10',
      personName: 'Kari Nordmann',
      types: ['access'],
      capacity: 'controller',
    } as never);
    const fresh = await checkReminders(core);
    expect(fresh.length).toBeGreaterThan(0);
    for (const reminder of fresh) {
      expect(reminder.titleText, reminder.title).toBeDefined();
      expect(reminderIn('en', reminder)).toEqual(reminder);
      const nb = reminderIn('nb', reminder);
      expect(nb.title).not.toBe(reminder.title);
    }
  });
});
