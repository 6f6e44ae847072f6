import { describe, expect, it } from 'vitest';
import { breachDeadlines, breachReminders } from '../../src/main/core/breaches/deadlines';
import { breachYearSummary } from '../../src/main/core/breaches/reports';
import { runAsSystem } from '../../src/main/core/core';
import { agreement, breachOffice, customer, moveTo, recordBreach, wrongRecipient } from './support/breaches';
import { expectError, expectOk } from './support/core';

describe('breaches: the duties corrected in review', () => {
  it('Art. 33(2): a promise above 48 hours is flagged, and the clock runs the shorter of the promise and the target', async () => {
    const office = await breachOffice('2026-03-12T13:05:00.000Z');
    const { core, dpo } = office;
    const slow = await customer(core, 'Treg Logistikk AS');
    const quick = await customer(core, 'Kvikk Regnskap AS');
    await agreement(core, { organisationId: slow, hours: 60, reference: 'DPA-SLOW' });
    await agreement(core, { organisationId: quick, hours: 12, reference: 'DPA-QUICK' });
    const id = await recordBreach(office, { capacity: 'processor', customerIds: [slow, quick] });
    const detail = await expectOk(core, dpo, 'breaches.get', { id });
    const clock = (name: string) => detail.clocks.find((candidate) => candidate.label === name)!;
    expect(clock('Treg Logistikk AS')).toMatchObject({
      hours: 24,
      promisedHours: 60,
      dueAt: '2026-03-13T13:05:00.000Z',
    });
    expect(clock('Treg Logistikk AS').basis).toBe(
      'Agreement DPA-SLOW promises 60 hours, but without undue delay (Art. 33(2)) our target is 24: the shorter applies. A promise above 48 hours leaves the customer too little of its own 72: the agreement is flagged.',
    );
    expect(clock('Kvikk Regnskap AS')).toMatchObject({
      hours: 12,
      promisedHours: null,
      dueAt: '2026-03-13T01:05:00.000Z',
    });
    expect(detail.customers.map((entry) => [entry.name, entry.noticeHours, entry.noticeHoursFlag])).toEqual([
      ['Kvikk Regnskap AS', 12, false],
      ['Treg Logistikk AS', 60, true],
    ]);
  });

  it('Art. 34: telling the people affected has its own clock from the high-risk assessment, on the dashboard and in reminders', async () => {
    const office = await breachOffice('2026-03-12T13:05:00.000Z');
    const { core, dpo, admin } = office;
    const id = await recordBreach(office, { dataTypes: ['health'] });
    let detail = await expectOk(core, dpo, 'breaches.get', { id });
    expect(detail.clocks.map((clock) => clock.key)).toEqual(['authority']);
    moveTo(office, '2026-03-13T08:00:00.000Z');
    detail = await expectOk(core, dpo, 'breaches.assess', {
      id,
      risk: 'high',
      reasons: 'Health data of 240 callers reached an outsider.',
    });
    expect(detail.subjects).toMatchObject({
      required: true,
      highRiskAt: '2026-03-13T08:00:00.000Z',
      dueAt: '2026-03-16T08:00:00.000Z',
    });
    const subjects = detail.clocks.find((clock) => clock.key === 'subjects')!;
    expect(subjects).toMatchObject({
      party: 'subjects',
      label: 'The people affected',
      startsAt: '2026-03-13T08:00:00.000Z',
      hours: 72,
      dueAt: '2026-03-16T08:00:00.000Z',
      status: 'running',
      explanation: 'high risk 13.03 09:00 + 72 h target = 16.03 09:00',
    });
    const items = await runAsSystem(core, 'test', (ctx) =>
      breachDeadlines(ctx, {
        today: '2026-03-13',
        now: ctx.clock.now(),
        from: null,
        to: '2026-03-31',
        limit: 10,
      }),
    );
    expect(items.map((item) => [item.key, item.title])).toEqual([
      [`breach:${id}:authority`, 'Breach BR-2026-0001: notify Datatilsynet'],
      [`breach:${id}:subjects`, 'Breach BR-2026-0001: tell the people affected'],
    ]);
    moveTo(office, '2026-03-15T10:00:00.000Z');
    const reminders = await runAsSystem(core, 'test', (ctx) =>
      breachReminders(ctx, '2026-03-15', ctx.clock.now()),
    );
    expect(reminders.find((reminder) => reminder.key.startsWith(`breach:${id}:subjects`))).toMatchObject({
      level: 'breach-clock',
      title: 'Breach BR-2026-0001: 22 h 0 min left to tell the people affected',
      body: 'Tell the people affected by 16.03.2026 09:00 (our target: without undue delay).',
    });
    // Reassessed, still high: the clock keeps its start. Told in time: met.
    detail = await expectOk(core, dpo, 'breaches.assess', { id, risk: 'high', reasons: 'Confirmed.' });
    expect(detail.subjects.highRiskAt).toBe('2026-03-13T08:00:00.000Z');
    detail = await expectOk(core, dpo, 'breaches.recordSubjectsTold', {
      id,
      toldAt: '2026-03-15T09:00:00.000Z',
      how: 'letter',
      count: 240,
      message: 'What happened, what we did, what you can do, and how to reach our DPO.',
    });
    expect(detail.clocks.find((clock) => clock.key === 'subjects')?.status).toBe('met');

    // The target is a setting; a new high-risk assessment uses it.
    await expectOk(core, admin, 'settings.update', { subjectNoticeHours: 24 });
    const other = await recordBreach(office, { awareAt: '2026-03-15T08:00:00.000Z' });
    detail = await expectOk(core, dpo, 'breaches.assess', { id: other, risk: 'high', reasons: 'Bank data' });
    expect(detail.subjects.dueAt).toBe('2026-03-16T10:00:00.000Z');
    detail = await expectOk(core, dpo, 'breaches.recordSubjectsException', {
      id: other,
      exception: 'unintelligible',
      explanation: 'The file was encrypted and the key was not lost.',
    });
    expect(detail.clocks.find((clock) => clock.key === 'subjects')).toMatchObject({
      status: 'not-required',
      note: 'Exception of Art. 34(3): data unintelligible',
    });
    // Lowered from high: no clock for the people.
    const lowered = await recordBreach(office, { awareAt: '2026-03-15T09:00:00.000Z' });
    await expectOk(core, dpo, 'breaches.assess', { id: lowered, risk: 'high', reasons: 'At first sight' });
    detail = await expectOk(core, dpo, 'breaches.assess', {
      id: lowered,
      risk: 'risk',
      reasons: 'On reflection',
    });
    expect(detail.clocks.map((clock) => clock.key)).toEqual(['authority']);
    expect(detail.subjects).toMatchObject({ required: false, highRiskAt: null, dueAt: null });
  });

  it('Arts. 33-34: one incident can be ours and customers’ at once, with every clock it brings', async () => {
    const office = await breachOffice('2026-03-12T13:05:00.000Z');
    const { core, dpo } = office;
    const fjord = await customer(core, 'Fjord Energi AS');
    const nordlys = await customer(core, 'Nordlys Bank ASA');
    const missing = await expectError(core, dpo, 'breaches.create', wrongRecipient({ capacity: 'both' }));
    expect(missing.issues).toMatchObject([
      { path: 'customerIds', message: 'Name the customer or customers whose data is affected' },
    ]);
    const id = await recordBreach(office, { capacity: 'both', customerIds: [fjord, nordlys] });
    let detail = await expectOk(core, dpo, 'breaches.assess', {
      id,
      risk: 'high',
      reasons: 'Our callers and two customers’ end-customers, with account numbers.',
    });
    expect(detail.clocks.map((clock) => clock.key)).toEqual([
      'authority',
      'subjects',
      `customer:${fjord}`,
      `customer:${nordlys}`,
    ]);
    expect(detail.obligations.map((obligation) => obligation.key)).toEqual([
      'assessed',
      'record',
      'authority',
      'authority-final',
      'subjects',
      `customer:${fjord}`,
      `customer:${nordlys}`,
    ]);
    moveTo(office, '2026-03-12T17:00:00.000Z');
    await expectOk(core, dpo, 'breaches.notifyAuthority', {
      id,
      phase: 'final',
      sentAt: '2026-03-12T15:00:00.000Z',
    });
    for (const organisationId of [fjord, nordlys])
      await expectOk(core, dpo, 'breaches.notifyCustomer', {
        id,
        organisationId,
        toldAt: '2026-03-12T15:00:00.000Z',
        how: 'email',
        toldTo: 'Privacy contact',
      });
    const notYet = await expectError(core, dpo, 'breaches.close', { id });
    expect(notYet.message).toBe(
      'Breach BR-2026-0001 cannot be closed yet: the people affected are told, or an exception of Art. 34(3) is recorded.',
    );
    await expectOk(core, dpo, 'breaches.recordSubjectsTold', {
      id,
      toldAt: '2026-03-12T16:00:00.000Z',
      how: 'sms',
      count: 240,
      message: 'What happened and what to do.',
    });
    // Datatilsynet knows it as ours: it cannot become the customers' alone.
    const { awareAt: _aware, ...fields } = wrongRecipient({
      capacity: 'processor',
      customerIds: [fjord, nordlys],
    });
    const narrowed = await expectError(core, dpo, 'breaches.update', { id, changes: fields });
    expect(narrowed.code).toBe('RULE_VIOLATION');
    // Either filter finds it.
    for (const capacity of ['controller', 'processor', 'both'] as const)
      expect((await expectOk(core, dpo, 'breaches.list', { capacity })).rows.map((row) => row.id)).toEqual([
        id,
      ]);
    detail = await expectOk(core, dpo, 'breaches.close', { id });
    expect(detail.state).toBe('closed');
    const summary = await runAsSystem(core, 'test', (ctx) => breachYearSummary(ctx, 2026));
    expect(summary).toMatchObject({
      byCapacity: { controller: 0, processor: 0, both: 1 },
      authority: { total: 1, notifiedOnTime: 1 },
      subjects: { required: 1, told: 1 },
      customers: { notifications: 2, toldOnTime: 2 },
    });
  });

  it('Art. 33(5): closing requires the record of what happened, its effects and the measures taken', async () => {
    const office = await breachOffice('2026-03-12T13:05:00.000Z');
    const { core, dpo } = office;
    const id = await recordBreach(office, { consequences: undefined, measuresTaken: undefined });
    await expectOk(core, dpo, 'breaches.assess', {
      id,
      risk: 'none',
      reasons: 'The recipient is a colleague bound to confidentiality.',
      noNotificationReasons: 'Unlikely to result in a risk.',
    });
    const detail = await expectOk(core, dpo, 'breaches.get', { id });
    expect(detail.obligations.find((obligation) => obligation.key === 'record')).toMatchObject({
      key: 'record',
      label: 'The record of Art. 33(5) is complete: what happened, its effects and the measures taken',
      met: false,
      detail: 'Record its likely consequences, the measures taken (Edit)',
    });
    const refused = await expectError(core, dpo, 'breaches.close', { id });
    expect(refused).toMatchObject({ code: 'RULE_VIOLATION' });
    expect(refused.message).toContain(
      'the record of Art. 33(5) is complete: what happened, its effects and the measures taken',
    );
    const { awareAt: _aware, ...fields } = wrongRecipient();
    await expectOk(core, dpo, 'breaches.update', { id, changes: fields });
    expect((await expectOk(core, dpo, 'breaches.close', { id })).state).toBe('closed');
  });

  it('annual figures: an unassessed breach is "not assessed", not "not yet notified", and the table adds up', async () => {
    const office = await breachOffice('2026-03-12T13:05:00.000Z');
    const { core, dpo } = office;
    await recordBreach(office);
    const notified = await recordBreach(office);
    await expectOk(core, dpo, 'breaches.assess', { id: notified, risk: 'risk', reasons: 'Contact data' });
    moveTo(office, '2026-03-12T14:30:00.000Z');
    await expectOk(core, dpo, 'breaches.notifyAuthority', {
      id: notified,
      phase: 'initial',
      sentAt: '2026-03-12T14:00:00.000Z',
    });
    const pending = await recordBreach(office);
    await expectOk(core, dpo, 'breaches.assess', { id: pending, risk: 'high', reasons: 'Health data' });
    const summary = await runAsSystem(core, 'test', (ctx) => breachYearSummary(ctx, 2026));
    expect(summary.authority).toEqual({
      total: 3,
      required: 2,
      notifiedOnTime: 1,
      notifiedLate: 0,
      notYetNotified: 1,
      notNotifiedWithReasons: 0,
      notAssessed: 1,
    });
  });
});
