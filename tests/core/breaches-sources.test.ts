import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReminderEvent } from '../../src/shared/events';
import { verifyAuditChain } from '../../src/main/core/audit/service';
import { breachesPerQuarter, breachYearSummary } from '../../src/main/core/breaches/reports';
import { breachDeadlines, breachReminders } from '../../src/main/core/breaches/deadlines';
import { obligationsOf } from '../../src/main/core/breaches/clocks';
import { openCore, runAsSystem } from '../../src/main/core/core';
import { deadlineSources } from '../../src/main/core/deadlines/sources';
import { checkReminders, reminderIn } from '../../src/main/core/reminders/service';
import { reminderSources } from '../../src/main/core/reminders/sources';
import { cpuSeconds, runCli } from './support/cli';
import { expectOk, tempDir, officeDatabase } from './support/core';
import {
  agreement,
  type BreachOffice,
  breachOffice,
  customer,
  moveTo,
  recordBreach,
} from './support/breaches';

async function deadlines(office: BreachOffice, from: string | null, to: string) {
  return runAsSystem(office.core, 'test', (ctx) =>
    breachDeadlines(ctx, { today: '2026-03-12', now: ctx.clock.now(), from, to, limit: 100 }),
  );
}

describe('breach deadlines and reminders', () => {
  it('give the dashboard one item per running clock, with dueAt, urgency and the path', async () => {
    const office = await breachOffice('2026-03-12T13:05:00.000Z');
    const { core, dpo } = office;
    expect(deadlineSources).toContain(breachDeadlines);
    expect(reminderSources).toContain(breachReminders);
    const fjord = await customer(core, 'Fjord Energi AS');
    await agreement(core, { organisationId: fjord, hours: 20, reference: 'DPA-FJORD' });
    const controller = await recordBreach(office, { awareAt: '2026-03-12T13:05:00.000Z' });
    const processor = await recordBreach(office, {
      awareAt: '2026-03-12T12:00:00.000Z',
      capacity: 'processor',
      customerIds: [fjord],
    });
    const stopped = await recordBreach(office, { awareAt: '2026-03-12T10:00:00.000Z' });
    await expectOk(core, dpo, 'breaches.assess', {
      id: stopped,
      risk: 'none',
      reasons: 'Recovered at once',
      noNotificationReasons: 'No risk',
    });

    const items = await deadlines(office, null, '2026-03-31');
    expect(items).toMatchObject([
      {
        kind: 'breach',
        key: `breach:${processor}:customer:${fjord}`,
        title: 'Breach BR-2026-0002: tell Fjord Energi AS',
        detail: 'aware 12.03 13:00 + 20 h = 13.03 09:00 · 18 h 55 min left · not assessed yet',
        due: '2026-03-13',
        dueAt: '2026-03-13T08:00:00.000Z',
        urgency: 'dueToday',
        path: `/breaches/${processor}`,
      },
      {
        kind: 'breach',
        key: `breach:${controller}:authority`,
        title: 'Breach BR-2026-0001: notify Datatilsynet',
        detail: 'aware 12.03 14:05 + 72 h = 15.03 14:05 · 72 h 0 min left · not assessed yet',
        due: '2026-03-15',
        dueAt: '2026-03-15T13:05:00.000Z',
        urgency: 'dueThisWeek',
        path: `/breaches/${controller}`,
      },
    ]);
    // The window: due from 15 March only; due up to 14 March only.
    expect((await deadlines(office, '2026-03-15', '2026-03-31')).map((item) => item.key)).toEqual([
      `breach:${controller}:authority`,
    ]);
    expect((await deadlines(office, null, '2026-03-14')).map((item) => item.key)).toEqual([
      `breach:${processor}:customer:${fjord}`,
    ]);

    moveTo(office, '2026-03-14T14:00:00.000Z');
    const later = await runAsSystem(core, 'test', (ctx) =>
      breachDeadlines(ctx, {
        today: '2026-03-14',
        now: ctx.clock.now(),
        from: null,
        to: '2026-03-20',
        limit: 100,
      }),
    );
    expect(later.map((item) => [item.key, item.urgency])).toEqual([
      [`breach:${processor}:customer:${fjord}`, 'overdue'],
      [`breach:${controller}:authority`, 'dueToday'],
    ]);
    await expectOk(core, dpo, 'breaches.notifyCustomer', {
      id: processor,
      organisationId: fjord,
      toldAt: '2026-03-14T12:30:00.000Z',
      how: 'email',
      toldTo: 'Privacy contact',
      lateReason: 'The privacy contact was away.',
    });
    expect((await deadlines(office, null, '2026-03-31')).map((item) => item.key)).toEqual([
      `breach:${controller}:authority`,
    ]);
  });

  it('announce a clock under 24 hours as "breach-clock" and a passed one as overdue, naming only the number', async () => {
    const office = await breachOffice('2026-03-12T13:05:00.000Z');
    const { core } = office;
    const seen: ReminderEvent[] = [];
    core.events.subscribe((event, payload) => event === 'reminder' && seen.push(payload as ReminderEvent));
    const fjord = await customer(core, 'Fjord Energi AS');
    const id = await recordBreach(office, {
      title: 'Kari Nordmann’s letter sent to the wrong address',
      awareAt: '2026-03-12T13:05:00.000Z',
    });
    const processor = await recordBreach(office, {
      awareAt: '2026-03-12T13:00:00.000Z',
      capacity: 'processor',
      customerIds: [fjord],
    });

    // The processor clock (24 h target without an agreement) is under 24 hours at once.
    expect((await checkReminders(core)).map((item) => [item.key, item.level])).toEqual([
      [`breach:${processor}:customer:${fjord}@2026-03-13T13:00:00.000Z`, 'breach-clock'],
    ]);
    moveTo(office, '2026-03-14T14:05:00.000Z');
    const fresh = await checkReminders(core);
    expect(fresh.map((item) => [item.key, item.level])).toEqual([
      [`breach:${processor}:customer:${fjord}@2026-03-13T13:00:00.000Z`, 'overdue'],
      [`breach:${id}:authority@2026-03-15T13:05:00.000Z`, 'breach-clock'],
    ]);
    expect(fresh[1]).toMatchObject({
      key: `breach:${id}:authority@2026-03-15T13:05:00.000Z`,
      level: 'breach-clock',
      title: 'Breach BR-2026-0001: 23 h 0 min left to notify Datatilsynet',
      body: 'Notify Datatilsynet by 15.03.2026 14:05. The breach is not assessed yet.',
      path: `/breaches/${id}`,
      roles: ['dpo', 'admin'],
    });
    expect(fresh[0].title).toBe('Breach BR-2026-0002: overdue by 25 h 5 min to tell a customer');
    // The person who reads them in bokmål reads them in bokmål (the core host words them).
    expect(reminderIn('nb', fresh[1]!)).toMatchObject({
      title: 'Avvik BR-2026-0001: 23 t 0 min igjen til å melde til Datatilsynet',
      body: 'Meld til Datatilsynet innen 15.03.2026 14:05. Avviket er ikke vurdert ennå.',
    });
    expect(reminderIn('nb', fresh[0]!).title).toBe(
      'Avvik BR-2026-0002: fristen for å varsle en kunde er overskredet med 25 t 5 min',
    );
    for (const item of fresh) expect(item.title).not.toMatch(/Kari|Fjord/);
    expect(await checkReminders(core)).toEqual([]);
    moveTo(office, '2026-03-15T13:06:00.000Z');
    expect((await checkReminders(core)).map((item) => item.level)).toEqual(['overdue']);
    expect(seen.map((item) => item.level)).toEqual(['breach-clock', 'overdue', 'breach-clock', 'overdue']);
  });
});

describe('the breach figures for the dashboard and the annual report', () => {
  it('count a year by risk, capacity, notifications and what the people were told; quarters by risk', async () => {
    const office = await breachOffice('2026-12-01T12:00:00.000Z');
    const { core, dpo } = office;
    const fjord = await customer(core, 'Fjord Energi AS');
    const nordlys = await customer(core, 'Nordlys Bank ASA');
    await agreement(core, { organisationId: fjord, hours: 48 });
    const assess = (id: number, risk: 'none' | 'risk' | 'high') =>
      expectOk(core, dpo, 'breaches.assess', {
        id,
        risk,
        reasons: 'Assessed',
        noNotificationReasons: risk === 'none' ? 'No risk' : undefined,
      });
    const notify = (id: number, sentAt: string, delayReasons?: string) =>
      expectOk(core, dpo, 'breaches.notifyAuthority', { id, phase: 'final', sentAt, delayReasons });

    const onTime = await recordBreach(office, { awareAt: '2026-02-10T09:00:00.000Z' });
    await assess(onTime, 'risk');
    await notify(onTime, '2026-02-11T09:00:00.000Z');
    const late = await recordBreach(office, { awareAt: '2026-05-01T09:00:00.000Z' });
    await assess(late, 'risk');
    await notify(late, '2026-05-06T09:00:00.000Z', 'Found late');
    const none = await recordBreach(office, { awareAt: '2026-05-20T09:00:00.000Z' });
    await assess(none, 'none');
    const told = await recordBreach(office, { awareAt: '2026-08-15T09:00:00.000Z', dataTypes: ['health'] });
    await assess(told, 'high');
    await notify(told, '2026-08-16T09:00:00.000Z');
    await expectOk(core, dpo, 'breaches.recordSubjectsTold', {
      id: told,
      toldAt: '2026-08-17T09:00:00.000Z',
      how: 'letter',
      count: 12,
      message: 'What happened',
    });
    const exception = await recordBreach(office, { awareAt: '2026-09-01T09:00:00.000Z' });
    await assess(exception, 'high');
    await notify(exception, '2026-09-02T09:00:00.000Z');
    await expectOk(core, dpo, 'breaches.recordSubjectsException', {
      id: exception,
      exception: 'risk-removed',
      explanation: 'The files were recovered unread.',
    });
    const highPending = await recordBreach(office, { awareAt: '2026-09-10T09:00:00.000Z' });
    await assess(highPending, 'high');
    await notify(highPending, '2026-09-11T09:00:00.000Z');
    const processor = await recordBreach(office, {
      awareAt: '2026-11-28T09:00:00.000Z',
      capacity: 'processor',
      customerIds: [fjord, nordlys],
    });
    await expectOk(core, dpo, 'breaches.notifyCustomer', {
      id: processor,
      organisationId: fjord,
      toldAt: '2026-11-29T09:00:00.000Z',
      how: 'email',
      toldTo: 'Privacy contact',
    });
    await expectOk(core, dpo, 'breaches.notifyCustomer', {
      id: processor,
      organisationId: nordlys,
      toldAt: '2026-11-30T09:00:00.000Z',
      how: 'email',
      toldTo: 'Privacy contact',
      lateReason: 'Took time to reach them',
    });
    await recordBreach(office, { awareAt: '2026-11-30T09:00:00.000Z' }); // unassessed, running
    // 31 December 23:30 in Oslo belongs to 2025; 1 January 00:30 in Oslo to 2026.
    await recordBreach(office, { awareAt: '2025-12-31T22:30:00.000Z' });
    const newYear = await recordBreach(office, { awareAt: '2025-12-31T23:30:00.000Z' });
    await assess(newYear, 'none');

    const summary = await runAsSystem(core, 'test', (ctx) => breachYearSummary(ctx, 2026));
    expect(summary).toEqual({
      year: 2026,
      total: 9,
      byRisk: { none: 2, risk: 2, high: 3, unassessed: 2 },
      byCapacity: { controller: 8, processor: 1, both: 0 },
      specialCategories: 1,
      open: 9,
      closed: 0,
      // The unassessed breach is "not assessed", not "not yet notified": the lines add up to the total.
      authority: {
        total: 8,
        required: 5,
        notifiedOnTime: 4,
        notifiedLate: 1,
        notYetNotified: 0,
        notNotifiedWithReasons: 2,
        notAssessed: 1,
      },
      subjects: { required: 3, told: 1, exceptionUsed: 1, pending: 1 },
      customers: { notifications: 2, toldOnTime: 1, toldLate: 1, notYetTold: 0 },
    });
    const quarters = await runAsSystem(core, 'test', (ctx) =>
      breachesPerQuarter(ctx, '2025-10-01', '2026-12-31'),
    );
    expect(
      quarters.map(({ quarter, none, risk, high, unassessed, total }) => ({
        quarter,
        none,
        risk,
        high,
        unassessed,
        total,
      })),
    ).toEqual([
      { quarter: '2025-Q4', none: 0, risk: 0, high: 0, unassessed: 1, total: 1 },
      { quarter: '2026-Q1', none: 1, risk: 1, high: 0, unassessed: 0, total: 2 },
      { quarter: '2026-Q2', none: 1, risk: 1, high: 0, unassessed: 0, total: 2 },
      { quarter: '2026-Q3', none: 0, risk: 0, high: 3, unassessed: 0, total: 3 },
      { quarter: '2026-Q4', none: 0, risk: 0, high: 0, unassessed: 2, total: 2 },
    ]);
    expect(quarters[1]).toMatchObject({ year: 2026, q: 1, from: '2026-01-01', to: '2026-03-31' });
  });
});

describe('the demo breaches', () => {
  // Seeded and checked at a fixed moment (fake Date), so the same breaches have clocks running on
  // every run, whatever the day.
  beforeEach(() => void vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-16T08:00:00.000Z') }));
  afterEach(() => void vi.useRealTimers());

  it('seed 500 breaches of every kind quickly, consistent with the rules, and figures that agree with a brute-force count', async () => {
    const dataDir = tempDir();
    const dbFile = await officeDatabase(dataDir);
    // "Quickly" is a minute of processor time, which a busy machine does not stretch.
    const { result, seconds } = await cpuSeconds(() =>
      runCli(
        [
          '--db',
          dbFile,
          '--data-dir',
          dataDir,
          'seed-demo',
          '--inquiries',
          '300',
          '--cases',
          '0',
          '--breaches',
          '500',
          '--seed',
          '3',
        ],
        { env: { PRIVACY_DESK_PASSWORD: 'demo password 1' } },
      ),
    );
    expect(result.code, result.err.join('\n')).toBe(0);
    expect(seconds).toBeLessThan(60);
    expect(result.out.join('\n')).toMatch(/breaches: 500 \(\d+ with a clock running, \d+ of them overdue/);
    const core = await openCore({ database: dbFile, dataDir: dataDir });
    try {
      const rows: Array<Record<string, unknown>> = await core.db('breaches').select('*');
      expect(rows).toHaveLength(500);
      const values = (column: string) => new Set(rows.map((row) => row[column]));
      expect(values('capacity')).toEqual(new Set(['controller', 'processor', 'both']));
      expect(values('risk')).toEqual(new Set(['none', 'risk', 'high', null]));
      expect(values('state')).toEqual(new Set(['reported', 'assessed', 'closed']));
      expect(rows.filter((row) => row.next_due_at !== null).length).toBeGreaterThanOrEqual(4);
      expect(
        rows.some(
          (row) => row.next_due_at !== null && (row.next_due_at as string) < core.clock.now().toISOString(),
        ),
      ).toBe(true);
      expect(rows.some((row) => row.subjects_exception)).toBe(true);
      expect(rows.some((row) => row.subjects_told_at)).toBe(true);
      expect(rows.some((row) => row.no_notification_reasons)).toBe(true);
      expect(new Set(rows.map((row) => row.number)).size).toBe(500);
      const notifications: Array<{
        breach_id: number;
        sent_at: string;
        delay_reasons: string | null;
        phase: string;
      }> = await core.db('breach_notifications').orderBy('sent_at');
      const customers = await core
        .db('breach_customers')
        .join('organisations', 'organisations.id', 'breach_customers.organisation_id')
        .select('breach_customers.*', 'organisations.name');
      const byBreach = (id: unknown) => notifications.filter((n) => n.breach_id === id);
      let late = 0;
      for (const row of rows) {
        const first = byBreach(row.id)[0];
        const due = new Date(new Date(row.aware_at as string).getTime() + 72 * 3_600_000).toISOString();
        if (first && first.sent_at > due) {
          late += 1;
          expect(first.delay_reasons, row.number as string).toBeTruthy();
        }
        if (row.state === 'closed') {
          const unmet = obligationsOf(
            row as never,
            customers.filter((customer: { breach_id: unknown }) => customer.breach_id === row.id),
            byBreach(row.id) as never,
          ).filter((obligation) => !obligation.met);
          expect(unmet, row.number as string).toEqual([]);
        }
      }
      expect(late).toBeGreaterThan(0);
      expect(await core.db('breach_inquiries').count({ n: '*' })).toEqual([{ n: expect.any(Number) }]);

      // The summary agrees with a count straight from the rows.
      const year = Number(core.clock.now().toISOString().slice(0, 4)) - 1;
      const summary = await runAsSystem(core, 'test', (ctx) => breachYearSummary(ctx, year));
      const inYear = rows.filter((row) => {
        const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric' }).format(
          new Date(row.aware_at as string),
        );
        return Number(day) === year;
      });
      expect(summary.total).toBe(inYear.length);
      expect(summary.byRisk.high).toBe(inYear.filter((row) => row.risk === 'high').length);
      expect(summary.byCapacity.processor).toBe(inYear.filter((row) => row.capacity === 'processor').length);
      expect(summary.byCapacity.both).toBe(inYear.filter((row) => row.capacity === 'both').length);
      const ours = inYear.filter((row) => row.capacity !== 'processor');
      expect(summary.authority.notifiedOnTime + summary.authority.notifiedLate).toBe(
        ours.filter((row) => byBreach(row.id).length > 0).length,
      );
      // The notification table adds up to the breaches of our own data.
      const { authority } = summary;
      expect(
        authority.notifiedOnTime +
          authority.notifiedLate +
          authority.notYetNotified +
          authority.notNotifiedWithReasons +
          authority.notAssessed,
      ).toBe(ours.length);
      expect(authority.total).toBe(ours.length);
      const quarters = await runAsSystem(core, 'test', (ctx) =>
        breachesPerQuarter(ctx, `${year}-01-01`, `${year}-12-31`),
      );
      expect(quarters.reduce((sum, quarter) => sum + quarter.total, 0)).toBe(inYear.length);
      expect(quarters.reduce((sum, quarter) => sum + quarter.none, 0)).toBe(
        inYear.filter((row) => row.risk === 'none').length,
      );
      expect((await verifyAuditChain(core)).ok).toBe(true);
    } finally {
      await core.close();
    }
  }, 120_000);
});
