import { describe, expect, it } from 'vitest';
import { dueDate, extendedDueDate } from '../../src/main/core/deadlines/engine';
import { caseReminders } from '../../src/main/core/cases/reminders';
import { checkReminders } from '../../src/main/core/reminders/service';
import { caseOffice, type CaseOffice, openCase, passDays } from './support/cases';
import { expectError, expectOk } from './support/core';

async function storedDue(office: CaseOffice, id: number): Promise<string> {
  return (await office.core.db('cases').where({ id }).first('due_date')).due_date;
}

function extension(id: number, on: string) {
  return {
    id,
    decidedOn: on,
    personToldOn: on,
    noticeChannel: 'email' as const,
    reasons: 'Six years of call recordings must be searched and third parties redacted.',
  };
}

describe('a case’s due date', () => {
  it('is the engine’s date, stored and explained, for month ends, leap years, Easter and Christmas', async () => {
    const office = await caseOffice('2029-01-01T09:00:00.000Z');
    const received = [
      '2026-01-31',
      '2028-01-31',
      '2026-03-02',
      '2027-02-25',
      '2026-11-25',
      '2027-11-24',
      '2026-04-14',
      '2024-02-29',
    ];
    for (const date of received) {
      const id = await openCase(office, {
        receivedDate: date,
        personName: `Person ${date}`,
        personEmail: undefined,
        personPhone: undefined,
      });
      const detail = await expectOk(office.core, office.dpo, 'cases.get', { id });
      const engine = dueDate({ received: date });
      expect(detail.clock.current, date).toEqual(engine);
      expect(detail.clock.extendedDue, date).toEqual(extendedDueDate({ received: date }));
      expect(await storedDue(office, id), date).toBe(engine.date);
    }
    const christmas = await expectOk(office.core, office.dpo, 'cases.list', {
      q: 'Person 2026-11-25',
      status: 'all',
    });
    expect(christmas.rows[0].dueDate).toBe('2026-12-28');
  });

  it('shows days left and the statuses a DPO needs, following the "due soon" setting', async () => {
    const office = await caseOffice('2026-04-01T08:00:00.000Z');
    const id = await openCase(office, { receivedDate: '2026-03-02' }); // due Tue 7 Apr
    let detail = await expectOk(office.core, office.dpo, 'cases.get', { id });
    expect(detail.clock).toMatchObject({
      daysLeft: 6,
      statuses: ['due-soon', 'extension-notice-needed'],
      extensionPossibleUntil: '2026-04-07',
    });
    expect(
      (await expectOk(office.core, office.dpo, 'cases.list', { status: 'extension-notice-needed' })).total,
    ).toBe(1);
    await expectOk(office.core, office.admin, 'settings.update', { dueSoonDays: 3 });
    detail = await expectOk(office.core, office.dpo, 'cases.get', { id });
    expect(detail.clock.statuses).toEqual([]);
    expect(await expectOk(office.core, office.dpo, 'cases.counts', {})).toMatchObject({
      dueSoon: 0,
      dueSoonDays: 3,
    });
    await passDays(office, 7);
    detail = await expectOk(office.core, office.dpo, 'cases.get', { id });
    expect(detail.clock).toMatchObject({ daysLeft: -1, statuses: ['overdue'], extensionPossibleUntil: null });
  });
});

describe('extensions', () => {
  it('are allowed once, with notice up to and including the original due date, and move the case to receipt + 3 months', async () => {
    const office = await caseOffice('2026-04-07T08:00:00.000Z');
    const id = await openCase(office, { receivedDate: '2026-03-02' });
    const detail = await expectOk(office.core, office.dpo, 'cases.extend', extension(id, '2026-04-07'));
    expect(detail.clock).toMatchObject({
      current: { date: '2026-06-02', explanation: '2 Mar + 3 months = 2 Jun' },
      daysLeft: 56,
      statuses: [],
      extension: {
        decidedOn: '2026-04-07',
        personToldOn: '2026-04-07',
        noticeChannel: 'email',
        recordedBy: 'Test dina',
      },
      extensionPossibleUntil: null,
    });
    expect(detail.timeline[0].summary).toMatch(
      /^Deadline extended to 02\.06\.2026 \(2 Mar \+ 3 months = 2 Jun\); the person was told on 07\.04\.2026/,
    );
    expect(await storedDue(office, id)).toBe('2026-06-02');
    const twice = await expectError(office.core, office.dpo, 'cases.extend', extension(id, '2026-04-07'));
    expect(twice.message).toBe(
      'The deadline has already been extended once; the law allows one extension of two months.',
    );
  });

  it('are refused after the original due date, and with dates that cannot be', async () => {
    const office = await caseOffice('2026-04-08T08:00:00.000Z');
    const id = await openCase(office, { receivedDate: '2026-03-02' });
    const late = await expectError(office.core, office.dpo, 'cases.extend', extension(id, '2026-04-08'));
    expect(late).toMatchObject({
      code: 'RULE_VIOLATION',
      message:
        'Too late: an extension must be decided and the person told by the original due date (Tue 7 Apr).',
    });
    // Backdating the decision does not help when the person was told too late.
    const backdated = await expectError(office.core, office.dpo, 'cases.extend', {
      ...extension(id, '2026-04-01'),
      personToldOn: '2026-04-08',
    });
    expect(backdated.message).toMatch(/^Too late/);
    const future = await expectError(office.core, office.dpo, 'cases.extend', extension(id, '2026-04-09'));
    expect(future.issues?.[0]).toMatchObject({
      path: 'decidedOn',
      message: 'The date cannot be in the future',
    });
    const order = await expectError(office.core, office.dpo, 'cases.extend', {
      ...extension(id, '2026-04-01'),
      personToldOn: '2026-03-30',
    });
    expect(order.issues?.[0].path).toBe('personToldOn');
    const noReasons = await expectError(office.core, office.dpo, 'cases.extend', {
      ...extension(id, '2026-04-01'),
      reasons: '',
    });
    expect(noReasons.issues?.[0].path).toBe('reasons');
    expect(await storedDue(office, id)).toBe('2026-04-07');
  });

  it('refuse a change of the received date that would make the notice late', async () => {
    const office = await caseOffice('2026-04-07T08:00:00.000Z');
    const id = await openCase(office, { receivedDate: '2026-03-02' });
    await expectOk(office.core, office.dpo, 'cases.extend', extension(id, '2026-04-07'));
    const error = await expectError(office.core, office.dpo, 'cases.changeReceivedDate', {
      id,
      receivedDate: '2026-02-20',
      reason: 'Found an earlier e-mail',
    });
    expect(error.message).toContain('would have come too late');
  });
});

describe('the identity verification pause (setting)', () => {
  it('is off by default: waiting for the person does not move the due date', async () => {
    const office = await caseOffice('2026-03-10T08:00:00.000Z');
    const id = await openCase(office, { receivedDate: '2026-03-09' });
    const detail = await expectOk(office.core, office.dpo, 'cases.setVerificationDates', {
      id,
      requestedOn: '2026-03-10',
      receivedOn: '2026-03-10',
    });
    expect(detail.clock).toMatchObject({
      pauseSetting: false,
      current: { date: '2026-04-09', pausedDays: 0 },
    });
  });

  it('adds the days waited, moves daily while still waiting, and stops when the person answers', async () => {
    const office = await caseOffice('2026-03-10T08:00:00.000Z');
    await expectOk(office.core, office.admin, 'settings.update', { pauseForVerification: true });
    const id = await openCase(office, { receivedDate: '2026-03-09' });
    await expectOk(office.core, office.dpo, 'cases.setVerificationDates', {
      id,
      requestedOn: '2026-03-10',
      receivedOn: null,
    });
    await passDays(office, 3); // 13 March: three days paused
    let detail = await expectOk(office.core, office.dpo, 'cases.get', { id });
    expect(detail.clock).toMatchObject({
      pauseRunning: true,
      current: { date: '2026-04-13', pausedDays: 3 },
    });
    expect(detail.clock.current.explanation).toBe(
      '9 Mar + 1 month = 9 Apr + 3 days paused for identity verification (still waiting) = 12 Apr, a Sunday -> Mon 13 Apr',
    );
    await passDays(office, 7); // 20 March
    const list = await expectOk(office.core, office.dpo, 'cases.list', {});
    expect(list.rows[0]).toMatchObject({ dueDate: '2026-04-20', statuses: ['awaiting-person'] });
    expect(await storedDue(office, id)).toBe('2026-04-20');
    detail = await expectOk(office.core, office.dpo, 'cases.setVerificationDates', {
      id,
      requestedOn: '2026-03-10',
      receivedOn: '2026-03-16',
    });
    expect(detail.clock).toMatchObject({
      pauseRunning: false,
      current: { date: '2026-04-15', pausedDays: 6 },
    });
    await passDays(office, 10);
    expect((await expectOk(office.core, office.dpo, 'cases.get', { id })).clock.current.date).toBe(
      '2026-04-15',
    );
  });

  it('ends when a result is decided even if no answer date was entered', async () => {
    const office = await caseOffice('2026-03-10T08:00:00.000Z');
    await expectOk(office.core, office.admin, 'settings.update', { pauseForVerification: true });
    const id = await openCase(office, { receivedDate: '2026-03-09' });
    await expectOk(office.core, office.dpo, 'cases.setVerificationDates', {
      id,
      requestedOn: '2026-03-10',
      receivedOn: null,
    });
    await passDays(office, 2);
    await expectOk(office.core, office.dpo, 'cases.decideVerification', {
      id,
      result: 'failed',
      method: 'code',
      reason: 'No answer to the code we sent',
    });
    await passDays(office, 10);
    const detail = await expectOk(office.core, office.dpo, 'cases.get', { id });
    expect(detail.clock).toMatchObject({
      pauseRunning: false,
      current: { pausedDays: 2, date: '2026-04-13' },
    });
  });

  it('moves the stored due dates of open cases when an admin switches it, in the same transaction', async () => {
    const office = await caseOffice('2026-03-20T08:00:00.000Z');
    const waiting = await openCase(office, { receivedDate: '2026-03-09' });
    const answered = await openCase(office, {
      receivedDate: '2026-03-09',
      personName: 'Per',
      personEmail: undefined,
      personPhone: undefined,
    });
    const closed = await openCase(office, {
      receivedDate: '2026-03-09',
      personName: 'Ann',
      personEmail: undefined,
      personPhone: undefined,
    });
    await expectOk(office.core, office.dpo, 'cases.setVerificationDates', {
      id: waiting,
      requestedOn: '2026-03-10',
      receivedOn: null,
    });
    await expectOk(office.core, office.dpo, 'cases.setVerificationDates', {
      id: answered,
      requestedOn: '2026-03-10',
      receivedOn: '2026-03-13',
    });
    await expectOk(office.core, office.dpo, 'cases.setVerificationDates', {
      id: closed,
      requestedOn: '2026-03-10',
      receivedOn: '2026-03-13',
    });
    await expectOk(office.core, office.dpo, 'cases.close', { id: closed, outcome: 'withdrawn' });
    expect([
      await storedDue(office, waiting),
      await storedDue(office, answered),
      await storedDue(office, closed),
    ]).toEqual(['2026-04-09', '2026-04-09', '2026-04-09']);
    await expectOk(office.core, office.admin, 'settings.update', { pauseForVerification: true });
    expect([
      await storedDue(office, waiting),
      await storedDue(office, answered),
      await storedDue(office, closed),
    ]).toEqual([
      '2026-04-20', // 10 days paused so far (10-20 March) -> 19 Apr, a Sunday -> 20 Apr
      '2026-04-13', // 3 days paused -> 12 Apr, a Sunday -> 13 Apr
      '2026-04-09', // closed cases keep the date they were closed on
    ]);
    const audit = await office.core
      .db('audit_log')
      .join('audit_payloads', 'audit_payloads.entry_id', 'audit_log.id')
      .where({ action: 'recompute-deadlines' })
      .first('audit_payloads.after_json', 'channel');
    expect(audit.channel).toBe('settings.update');
    expect(JSON.parse(audit.after_json).casesWithNewDueDate).toBe(2);
    await expectOk(office.core, office.admin, 'settings.update', { pauseForVerification: false });
    expect(await storedDue(office, waiting)).toBe('2026-04-09');
  });
});

describe('reminders for cases', () => {
  it('announce due soon, due today and overdue by case number, never by the person', async () => {
    const office = await caseOffice('2026-04-07T08:00:00.000Z');
    await openCase(office, { receivedDate: '2026-03-02' }); // due 7 Apr: today
    await openCase(office, {
      receivedDate: '2026-03-03',
      personName: 'Per Hansen',
      personEmail: undefined,
      personPhone: undefined,
    }); // due 7 Apr (Easter)
    await openCase(office, {
      receivedDate: '2026-03-05',
      personName: 'Anna Berg',
      personEmail: undefined,
      personPhone: undefined,
    }); // due 7 Apr
    await openCase(office, {
      receivedDate: '2026-02-27',
      personName: 'Ole Lie',
      personEmail: undefined,
      personPhone: undefined,
    }); // due 27 Mar
    await openCase(office, {
      receivedDate: '2026-03-10',
      personName: 'Eva Dahl',
      personEmail: undefined,
      personPhone: undefined,
    }); // due 10 Apr
    const items = await checkReminders(office.core, [caseReminders]);
    expect(items.map((item) => `${item.level} ${item.title}`).sort()).toEqual([
      'due-soon Case 2026-0005 is due in 3 days',
      'due-today Case 2026-0001 is due today',
      'due-today Case 2026-0002 is due today',
      'due-today Case 2026-0003 is due today',
      'overdue Case 2026-0004 is overdue by 11 days',
    ]);
    for (const item of items) {
      expect(JSON.stringify(item)).not.toMatch(/Kari|Nordmann|Hansen|Berg|Lie|Dahl/);
      expect(item.roles).toEqual(['dpo', 'admin']);
    }
    expect(items.find((item) => item.title.startsWith('Case 2026-0001'))).toMatchObject({
      path: '/cases/1',
      body: 'Due Tue 7 Apr 2026.',
    });
    expect(await checkReminders(office.core, [caseReminders])).toEqual([]);
  });
});
