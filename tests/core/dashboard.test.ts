import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../src/shared/calendar';
import { osloDate } from '../../src/shared/oslo';
import { systemActor } from '../../src/main/core/context';
import { seedDemo } from '../../src/main/core/demo/seed';
import { caseOffice, grant, openCase, passDays, withdraw } from './support/cases';
import { expectError, expectOk, signedIn, testCore } from './support/core';

type Urgency = 'overdue' | 'dueToday' | 'dueThisWeek' | 'atRisk' | 'later';

/** The rule the dashboard must follow, written out plainly for a brute-force count. */
function urgencyByHand(due: string, today: string, dueSoonDays: number): Urgency {
  const left = daysBetween(today, due);
  if (left < 0) return 'overdue';
  if (left === 0) return 'dueToday';
  if (left <= 7) return 'dueThisWeek';
  return left <= dueSoonDays ? 'atRisk' : 'later';
}

describe('the dashboard', () => {
  it('counts what a brute-force pass over a seeded office counts', async () => {
    const core = await testCore('2026-11-16T08:00:00.000Z');
    await seedDemo(
      core,
      { seed: 3, password: 'demo password', inquiries: 4000, cases: 600 },
      systemActor('test'),
      () => {},
    );
    const dpo = await signedIn(core, ['dpo'], 'dashboard-dpo');
    const overview = await expectOk(core, dpo, 'dashboard.overview');
    const today = osloDate(core.clock.now());
    expect(overview.today).toBe(today);

    const open: Array<{ due_date: string; capacity: string; extended_at: string | null }> = await core
      .db('cases')
      .where({ state: 'open' })
      .select('due_date', 'capacity', 'extended_at');
    const horizon = addDays(today, 60);
    const cases = { overdue: 0, dueToday: 0, dueThisWeek: 0, atRisk: 0, later: 0 };
    let extensionNotices = 0;
    for (const row of open) {
      if (row.due_date > horizon) continue;
      cases[urgencyByHand(row.due_date, today, 7)] += 1;
      const left = daysBetween(today, row.due_date);
      if (row.capacity === 'controller' && !row.extended_at && left >= 0 && left < 7) extensionNotices += 1;
    }
    const followUps: Array<{ follow_up_on: string | null; status: string; deleted_at: string | null }> =
      await core.db('inquiries').select('follow_up_on', 'status', 'deleted_at');
    const passed = followUps.filter(
      (row) =>
        row.deleted_at === null && row.status !== 'closed' && row.follow_up_on && row.follow_up_on < today,
    ).length;

    expect(cases.overdue + cases.dueThisWeek).toBeGreaterThan(0);
    expect(passed).toBeGreaterThan(0);
    expect(overview.counters).toEqual({
      overdue: cases.overdue + passed,
      dueToday: cases.dueToday,
      dueThisWeek: cases.dueThisWeek,
      atRisk: cases.atRisk,
      // The cases' replies are legal deadlines; the inquiries' follow-ups are work reminders, apart.
      legal: {
        overdue: cases.overdue,
        dueToday: cases.dueToday,
        dueThisWeek: cases.dueThisWeek,
        atRisk: cases.atRisk,
      },
      reminder: { overdue: passed, dueToday: 0, dueThisWeek: 0, atRisk: 0 },
      breachClocks: 0,
      extensionNoticesNeeded: extensionNotices,
    });
    const overdue = overview.sections.find((section) => section.urgency === 'overdue')!;
    expect(overdue.kinds.map((kind) => [kind.kind, kind.group, kind.total])).toEqual([
      ...(cases.overdue > 0 ? [['case', 'legal', cases.overdue]] : []),
      ['inquiry', 'reminder', passed],
    ]);
    for (const kind of overdue.kinds) {
      expect(kind.items.length).toBe(Math.min(10, kind.total));
      const dues = kind.items.map((item) => item.due);
      expect(dues).toEqual([...dues].sort());
      for (const item of kind.items) expect(item.due < today).toBe(true);
    }
    // Titles name the record, never the person.
    const names: Array<{ person_name: string }> = await core.db('cases').select('person_name').limit(50);
    const text = JSON.stringify(overview);
    for (const { person_name } of names) expect(text).not.toContain(person_name);
  });

  it('lists a case due tomorrow and an overdue one, with the extension notice still to send', async () => {
    const office = await caseOffice('2026-03-02T09:00:00.000Z');
    // Received 3 Feb: due 3 Mar (tomorrow). Received 2 Jan: due 2 Feb, a month overdue.
    const tomorrow = await openCase(office, { receivedDate: '2026-02-03' });
    const late = await openCase(office, { receivedDate: '2026-01-02', personName: 'Per Hansen' });
    const overview = await expectOk(office.core, office.dpo, 'dashboard.overview');
    expect(overview.counters).toMatchObject({
      overdue: 1,
      dueToday: 0,
      dueThisWeek: 1,
      extensionNoticesNeeded: 1,
    });
    const week = overview.sections.find((section) => section.urgency === 'dueThisWeek')!;
    expect(week.kinds[0]!.items[0]).toMatchObject({
      kind: 'case',
      key: `case:${tomorrow}`,
      due: '2026-03-03',
      urgency: 'dueThisWeek',
      flags: ['extension-notice-needed'],
      path: `/cases/${tomorrow}`,
    });
    expect(week.kinds[0]!.items[0]!.detail).toContain('1 day left (Tue 3 Mar)');
    const overdue = overview.sections.find((section) => section.urgency === 'overdue')!;
    expect(overdue.kinds[0]!.items[0]).toMatchObject({ key: `case:${late}`, due: '2026-02-02' });
    expect(overdue.kinds[0]!.items[0]!.detail).toContain('overdue by 28 days');

    // The next day the first one is due today; closing it takes it off the dashboard.
    await passDays(office, 1);
    const next = await expectOk(office.core, office.dpo, 'dashboard.overview');
    expect(next.counters).toMatchObject({ overdue: 1, dueToday: 1, dueThisWeek: 0 });
    await grant(office, tomorrow, '2026-03-03');
    expect((await expectOk(office.core, office.dpo, 'dashboard.overview')).counters).toMatchObject({
      overdue: 1,
      dueToday: 0,
    });
  });

  it('puts every open deadline of a month on its day in the calendar', async () => {
    const office = await caseOffice('2026-03-02T09:00:00.000Z');
    const id = await openCase(office, { receivedDate: '2026-03-02' });
    const april = await expectOk(office.core, office.dpo, 'dashboard.calendar', { month: '2026-04' });
    expect(april.days).toHaveLength(30);
    expect(april.total).toBe(1);
    expect(april.truncated).toBe(false);
    // 2 April 2026 is Maundy Thursday, 3 April Good Friday, 6 April Easter Monday: due Tue 7 April.
    const day = april.days.find((candidate) => candidate.items.length > 0)!;
    expect(day.date).toBe('2026-04-07');
    expect(day.items[0]).toMatchObject({ key: `case:${id}`, urgency: 'later' });
    expect(april.days.filter((candidate) => candidate.holiday).map((candidate) => candidate.holiday)).toEqual(
      ['Maundy Thursday', 'Good Friday', 'Easter Sunday', 'Easter Monday'],
    );
    const march = await expectOk(office.core, office.dpo, 'dashboard.calendar', { month: '2026-03' });
    expect(march.total).toBe(0);
    expect(
      (await expectError(office.core, office.dpo, 'dashboard.calendar', { month: '2026-13' })).code,
    ).toBe('INVALID_INPUT');
  });

  it('is for the DPO and administrators only', async () => {
    const office = await caseOffice();
    for (const channel of ['dashboard.overview', 'dashboard.charts'] as const)
      expect((await expectError(office.core, office.agent, channel, {})).code).toBe('FORBIDDEN');
    expect((await expectError(office.core, office.agent, 'dashboard.export', { format: 'csv' })).code).toBe(
      'FORBIDDEN',
    );
    await expectOk(office.core, office.admin, 'dashboard.overview');
  });

  it('exports a list in full as CSV, and audits the export', async () => {
    const office = await caseOffice('2026-03-02T09:00:00.000Z');
    for (let index = 0; index < 12; index++) await openCase(office, { receivedDate: '2026-01-05' });
    await expectOk(office.core, office.dpo, 'auth.setLanguage', { language: 'en' });
    const file = await expectOk(office.core, office.dpo, 'dashboard.export', {
      urgency: 'overdue',
      format: 'csv',
    });
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('Urgency,Group,Kind,Item,Due,Due at (Oslo),Details');
    expect(lines).toHaveLength(13);
    expect(lines[1]).toMatch(/^Overdue,Legal deadlines,Rights request,Case 2026-\d{4},05\.02\.2026,,Access/);
    const entry = await office.core
      .db('audit_log')
      .join('audit_payloads', 'audit_payloads.entry_id', 'audit_log.id')
      .where({ channel: 'dashboard.export' })
      .first('audit_payloads.after_json');
    expect(JSON.parse(entry.after_json)).toMatchObject({ urgency: 'overdue', group: 'all', rows: 12 });
    // One group's list alone: the cases are legal deadlines, none is a work reminder.
    const legal = await expectOk(office.core, office.dpo, 'dashboard.export', {
      urgency: 'overdue',
      group: 'legal',
      format: 'csv',
    });
    expect(legal.fileName).toMatch(/^legal-deadlines-overdue-/);
    const reminders = await expectOk(office.core, office.dpo, 'dashboard.export', {
      urgency: 'overdue',
      group: 'reminder',
      format: 'csv',
    });
    expect(Buffer.from(reminders.base64, 'base64').toString('utf8').trim().split('\r\n')).toHaveLength(1);
  });
});

describe('the dashboard charts', () => {
  it('count on-time replies: an extended case answered before its extended date is on time, a late one is not, a withdrawn one needs no reply', async () => {
    const office = await caseOffice('2026-01-05T09:00:00.000Z');
    const onTime = await openCase(office, { receivedDate: '2026-01-05' }); // due 5 Feb
    const extended = await openCase(office, { receivedDate: '2026-01-05' });
    await expectOk(office.core, office.dpo, 'cases.extend', {
      id: extended,
      decidedOn: '2026-01-05',
      personToldOn: '2026-01-05',
      noticeChannel: 'email',
      reasons: 'Many requests at once; the data is spread over three customer systems.',
    });
    const late = await openCase(office, { receivedDate: '2026-01-05' });
    const withdrawn = await openCase(office, { receivedDate: '2026-01-05' });

    await passDays(office, 40); // 14 February
    await grant(office, onTime, '2026-02-04');
    await grant(office, extended, '2026-02-14'); // extended due 7 April
    await grant(office, late, '2026-02-14', { lateReason: 'The handler was ill.' });
    await withdraw(office, withdrawn);

    const charts = await expectOk(office.core, office.dpo, 'dashboard.charts', { months: 3 });
    expect(charts.months).toEqual(['2025-12', '2026-01', '2026-02']);
    expect(charts.received.map((month) => month.total)).toEqual([0, 4, 0]);
    expect(charts.received[1]!.byType.access).toBe(4);
    expect(charts.closed.map((month) => month.total)).toEqual([0, 0, 4]);
    expect(charts.onTime[2]).toEqual({ month: '2026-02', replied: 3, onTime: 2, rate: 2 / 3 });
    expect(charts.onTime[0]).toEqual({ month: '2025-12', replied: 0, onTime: 0, rate: null });
    // 30, 40 and 40 days from receipt to reply.
    expect(charts.medianDaysToClose[2]).toEqual({ month: '2026-02', median: 40 });
    expect(charts.medianDaysToClose[1]!.median).toBeNull();
  });
});

interface CaseFigureRow {
  received_date: string;
  request_types: string;
  state: string;
  outcome: string | null;
  reply_date: string | null;
  closed_at: string | null;
  closed_late: number;
}

/** The monthly figures computed the slow way, from every case row. */
async function figuresByHand(core: Awaited<ReturnType<typeof testCore>>) {
  const rows: CaseFigureRow[] = await core
    .db('cases')
    .select('received_date', 'request_types', 'state', 'outcome', 'reply_date', 'closed_at', 'closed_late');
  const counts = new Map<string, number>();
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  const days = new Map<string, number[]>();
  for (const row of rows) {
    const types = row.request_types.split(',').filter(Boolean);
    for (const type of [...types, '*']) add(`${row.received_date.slice(0, 7)}|received|${type}`);
    if (row.state !== 'closed') continue;
    const month = (row.reply_date ?? row.closed_at!.slice(0, 10)).slice(0, 7);
    for (const type of [...types, '*']) add(`${month}|closed|${type}`);
    if (row.outcome === 'withdrawn') continue;
    add(`${month}|replied|*`);
    if (!row.closed_late) add(`${month}|on-time|*`);
    if (row.reply_date)
      days.set(month, [...(days.get(month) ?? []), daysBetween(row.received_date, row.reply_date)]);
  }
  return { counts, days };
}

async function storedFigures(core: Awaited<ReturnType<typeof testCore>>) {
  const rows: Array<{ month: string; measure: string; request_type: string; n: number }> = await core
    .db('case_month_figures')
    .where('n', '>', 0);
  return new Map(rows.map((row) => [`${row.month}|${row.measure}|${row.request_type}`, row.n]));
}

describe('the monthly case figures behind the charts', () => {
  it('agree with a count of every case, after seeding, closing, correcting and deleting, and after a rebuild', async () => {
    const core = await testCore('2026-11-16T08:00:00.000Z');
    await seedDemo(
      core,
      { seed: 5, password: 'demo password', inquiries: 0, cases: 500 },
      systemActor('test'),
      () => {},
    );
    const dpo = await signedIn(core, ['dpo'], 'figures-dpo');
    const expectAgreement = async () => {
      const byHand = await figuresByHand(core);
      expect(await storedFigures(core)).toEqual(byHand.counts);
      const charts = await expectOk(core, dpo, 'dashboard.charts', { months: 18 });
      for (const { month, median } of charts.medianDaysToClose) {
        const values = [...(byHand.days.get(month) ?? [])].sort((a, b) => a - b);
        const expected =
          values.length === 0
            ? null
            : (values[Math.floor((values.length - 1) / 2)]! + values[Math.floor(values.length / 2)]!) / 2;
        expect(median, month).toBe(expected);
      }
      return charts;
    };
    const charts = await expectAgreement();
    expect(charts.closed.reduce((sum, month) => sum + month.total, 0)).toBeGreaterThan(100);

    // Change what the figures depend on, the way the app and a careless script could.
    const open: Array<{ id: number }> = await core.db('cases').where({ state: 'open' }).limit(3).select('id');
    await expectOk(core, dpo, 'cases.close', {
      id: open[0]!.id,
      outcome: 'withdrawn',
      disclosesPersonalData: false,
      replyDate: null,
      replyChannel: null,
    });
    await expectOk(core, dpo, 'cases.changeReceivedDate', {
      id: open[1]!.id,
      receivedDate: '2026-11-02',
      reason: 'The letter was stamped on arrival on 2 November.',
    });
    await core.db('cases').where({ id: open[2]!.id }).update({ request_types: ',erasure,objection,' });
    const closed = await core
      .db('cases')
      .where({ state: 'closed' })
      .whereNot('outcome', 'withdrawn')
      .first('id');
    await core.db('cases').where({ id: closed.id }).update({ closed_late: true, reply_date: '2026-10-30' });
    await core.db('case_events').where({ case_id: closed.id }).delete();
    await core.db('case_tasks').where({ case_id: closed.id }).delete();
    await core.db('case_verification_items').where({ case_id: closed.id }).delete();
    await core.db('case_inquiries').where({ case_id: closed.id }).delete();
    await core.db('case_recipients').where({ case_id: closed.id }).delete();
    await core.db('cases').where({ id: closed.id }).delete();
    await expectAgreement();

    // A database migrated from before the figures existed gets them from its cases: every migration
    // from 011 on is rolled back (040 added a request type to the figures) and applied again.
    const { sourceOf, migrations } = await import('../../migrations');
    const source = sourceOf(migrations);
    const later = migrations.map(([name]) => name).filter((name) => name >= '011');
    for (const name of [...later].reverse()) await core.db.migrate.down({ migrationSource: source, name });
    expect(await core.db.schema.hasTable('case_month_figures')).toBe(false);
    await core.db.migrate.latest({ migrationSource: source });
    await expectAgreement();
  });
});
