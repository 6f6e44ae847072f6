import { describe, expect, it } from 'vitest';
import { runAsSystem } from '../../src/main/core/core';
import {
  agreementDeadlines,
  agreementDeadlineSource,
  agreementReminders,
} from '../../src/main/core/agreements/deadlines';
import { agreementRegisterSummary } from '../../src/main/core/agreements/summary';
import { deadlineSources } from '../../src/main/core/deadlines/sources';
import { checkReminders } from '../../src/main/core/reminders/service';
import { reminderSources } from '../../src/main/core/reminders/sources';
import { agreementOffice, customerAgreement, supplierAgreement, tickAll } from './support/agreements';
import { expectOk } from './support/core';

/**
 * Registered on 10 January 2026, looked at on Saturday 31 January: 30 days on is 2 March, 60 days
 * on is 1 April, 14 days on is 14 February, a week on is 7 February.
 */
async function dueOffice() {
  const office = await agreementOffice('2026-01-10T09:00:00.000Z');
  const { core, admin, cloud, customer } = office;
  const create = async (title: string, extra: Parameters<typeof supplierAgreement>[1] = {}) =>
    expectOk(
      core,
      admin,
      'agreements.create',
      supplierAgreement(cloud.id, { title, nextReviewOn: '2026-12-31', ...extra }),
    );
  const ids = {
    review30: (await create('Review in 30 days', { nextReviewOn: '2026-03-02' })).id,
    review31: (await create('Review in 31 days', { nextReviewOn: '2026-03-03' })).id,
    expiry60: (await create('Expires in 60 days', { expiryOn: '2026-04-01' })).id,
    expiry61: (await create('Expires in 61 days', { expiryOn: '2026-04-02' })).id,
    reviewPast: (await create('Review overdue', { nextReviewOn: '2026-01-30' })).id,
    expired: (await create('Expired but active', { expiryOn: '2026-01-20' })).id,
    draft: (
      await create('Draft with an old review', {
        status: 'draft',
        signedOn: null,
        effectiveOn: null,
        nextReviewOn: '2026-01-01',
      })
    ).id,
    reviewToday: (await create('Review today', { nextReviewOn: '2026-01-31' })).id,
  };
  const service = await expectOk(
    core,
    admin,
    'agreements.create',
    customerAgreement(customer.id, { title: 'Customer service', nextReviewOn: '2026-12-31' }),
  );
  const notice = async (description: string, objectionDeadline: string) =>
    (
      await expectOk(core, admin, 'agreements.addNotice', {
        id: service.id,
        change: 'addition',
        organisationId: cloud.id,
        description,
        sentOn: '2026-01-05',
        objectionDeadline,
      })
    ).notices.find((entry) => entry.description === description)?.id as number;
  const closing = await notice('Closes in 5 days', '2026-02-05');
  const later = await notice('Closes in 20 days', '2026-02-20');
  const objected = await notice('Objected to', '2026-02-20');
  await expectOk(core, admin, 'agreements.recordObjection', {
    id: service.id,
    noticeId: objected,
    receivedOn: '2026-01-08',
    reason: 'Not in the US',
  });
  await office.moveClock('2026-01-31T11:00:00.000Z');
  return { ...office, ids, service, notices: { closing, later, objected } };
}

describe('what is due in the register', () => {
  it('lists reviews within 30 days or past, expiry within 60 days or past, objection windows and open objections', async () => {
    const { core, dpo, ids, service, notices } = await dueOffice();
    const { today, items } = await expectOk(core, dpo, 'agreements.deadlines', {});
    expect(today).toBe('2026-01-31');
    expect(items.map((item) => [item.kind, item.title, item.due, item.daysLeft])).toEqual([
      ['expired-active', 'Expired but active', '2026-01-20', -11],
      ['review-overdue', 'Review overdue', '2026-01-30', -1],
      ['review-due', 'Review today', '2026-01-31', 0],
      ['objection-closing', 'Customer service', '2026-02-05', 5],
      ['objection-open', 'Customer service', '2026-02-20', 20],
      ['review-due', 'Review in 30 days', '2026-03-02', 30],
      ['expiring', 'Expires in 60 days', '2026-04-01', 60],
    ]);
    expect(items[0]).toMatchObject({
      agreementId: ids.expired,
      summary:
        'Expired 20.01.2026 (11 days ago) but still marked active: close it (set it to Expired, or terminate it)',
      noticeId: null,
      key: `agreement:${ids.expired}:expiry@2026-01-20`,
    });
    expect(items[3]).toMatchObject({
      agreementId: service.id,
      noticeId: notices.closing,
      organisationName: 'Fjord Regnskap AS',
      summary: 'The customer’s objection window closes in 5 days (05.02.2026)',
    });
    expect(items[4].summary).toBe('The customer objected on 08.01.2026; the objection is not resolved');

    // The same query behind the register's filters and the agreement's own view.
    const due = await expectOk(core, dpo, 'agreements.list', { due: 'any', sort: 'reference' });
    expect(due.rows.map((row) => row.title).sort()).toEqual(
      [
        'Expired but active',
        'Expires in 60 days',
        'Review in 30 days',
        'Review overdue',
        'Review today',
      ].sort(),
    );
    expect(
      (await expectOk(core, dpo, 'agreements.list', { due: 'expired-active' })).rows.map((row) => row.alerts),
    ).toEqual([['expired-active']]);
    expect((await expectOk(core, dpo, 'agreements.list', { due: 'review-soon' })).total).toBe(2);
    expect((await expectOk(core, dpo, 'agreements.list', { due: 'review-overdue' })).total).toBe(1);
    expect((await expectOk(core, dpo, 'agreements.list', { due: 'expiring' })).total).toBe(1);
    const view = await expectOk(core, dpo, 'agreements.get', { id: service.id });
    // The agreement's own view shows every open window, also beyond the register's 14 days.
    expect(view.deadlines.map((item) => [item.kind, item.due])).toEqual([
      ['objection-closing', '2026-02-05'],
      ['objection-closing', '2026-02-20'],
      ['objection-open', '2026-02-20'],
    ]);
    expect(view.notices.find((entry) => entry.id === notices.later)?.state).toBe('window-open');
  });

  it('feed the dashboard as DeadlineItems within its window, with urgency and the screen to open', async () => {
    const { core, ids, service } = await dueOffice();
    expect(deadlineSources).toContain(agreementDeadlineSource);
    const now = core.clock.now();
    const week = await runAsSystem(core, 'test', (ctx) =>
      agreementDeadlineSource(ctx, { today: '2026-01-31', now, from: null, to: '2026-02-07', limit: 100 }),
    );
    expect(week).toMatchObject([
      {
        kind: 'agreement',
        key: `agreement:${ids.expired}:expiry@2026-01-20`,
        title: 'DPA-2026-006 “Expired but active”: expired, close it',
        detail:
          'Cloudway Hosting Inc.. Expired 20.01.2026 (11 days ago) but still marked active: close it (set it to Expired, or terminate it).',
        due: '2026-01-20',
        dueAt: null,
        urgency: 'overdue',
        path: `/registers/agreements/${ids.expired}`,
      },
      expect.objectContaining({ title: 'DPA-2026-005 “Review overdue”: review overdue', urgency: 'overdue' }),
      expect.objectContaining({ title: 'DPA-2026-008 “Review today”: review due', urgency: 'dueToday' }),
      expect.objectContaining({
        kind: 'objection',
        title: 'DPA-2026-009 “Customer service”: objection window closing',
        urgency: 'dueThisWeek',
        path: `/registers/agreements/${service.id}?tab=subprocessors`,
      }),
    ]);
    const quarter = await runAsSystem(core, 'test', (ctx) =>
      agreementDeadlineSource(ctx, {
        today: '2026-01-31',
        now,
        from: '2026-01-31',
        to: '2026-04-30',
        limit: 100,
      }),
    );
    expect(quarter.map((item) => [item.due, item.title.split('”')[0].slice(14), item.urgency])).toEqual([
      ['2026-01-31', 'Review today', 'dueToday'],
      ['2026-02-05', 'Customer service', 'dueThisWeek'],
      // The window closing in 20 days is beyond the 14-day warning; the objection not resolved is at risk.
      ['2026-02-20', 'Customer service', 'later'],
      ['2026-02-20', 'Customer service', 'atRisk'],
      ['2026-03-02', 'Review in 30 days', 'atRisk'],
      ['2026-03-03', 'Review in 31 days', 'later'],
      ['2026-04-01', 'Expires in 60 days', 'atRisk'],
      ['2026-04-02', 'Expires in 61 days', 'later'],
    ]);
    expect(quarter.filter((item) => item.kind === 'objection')).toHaveLength(3);
  });

  it('announce desktop reminders once per item and level, naming the agreement', async () => {
    const { core, ids } = await dueOffice();
    expect(reminderSources).toContain(agreementReminders);
    const reminders = await runAsSystem(core, 'test', (ctx) =>
      agreementReminders(ctx, '2026-01-31', core.clock.now()),
    );
    expect(reminders.map((item) => [item.level, item.title])).toEqual([
      ['overdue', 'Agreement DPA-2026-006 “Expired but active”: expired, close it'],
      ['overdue', 'Agreement DPA-2026-005 “Review overdue”: review overdue'],
      ['due-today', 'Agreement DPA-2026-008 “Review today”: review due'],
      ['due-soon', 'Agreement DPA-2026-009 “Customer service”: objection window closing'],
      ['due-soon', 'Agreement DPA-2026-009 “Customer service”: objection not resolved'],
      ['due-soon', 'Agreement DPA-2026-001 “Review in 30 days”: review due'],
      ['due-soon', 'Agreement DPA-2026-003 “Expires in 60 days”: expiring'],
    ]);
    expect(reminders[0]).toMatchObject({
      body: 'Cloudway Hosting Inc.. Expired 20.01.2026 (11 days ago) but still marked active: close it (set it to Expired, or terminate it).',
      path: `/registers/agreements/${ids.expired}`,
      roles: ['admin', 'dpo'],
    });
    expect(await checkReminders(core, [agreementReminders])).toHaveLength(7);
    expect(await checkReminders(core, [agreementReminders])).toEqual([]);
  });
});

describe('the register summary for the dashboard and the annual report', () => {
  it('counts by direction and status, gaps and the commonest missing clauses, transfers by basis, what is due', async () => {
    const { core, admin, india, ids, service } = await dueOffice();
    await tickAll(core, admin, ids.review30, ['audits', 'infringing-instructions']);
    await tickAll(core, admin, ids.review31, ['audits']);
    await tickAll(core, admin, ids.expiry60);
    const flagged = await expectOk(
      core,
      admin,
      'agreements.create',
      supplierAgreement(india.id, { title: 'IT support', locations: ['IN'], nextReviewOn: '2026-12-31' }),
    );
    await expectOk(core, admin, 'agreements.addTransfer', {
      id: ids.expiry61,
      transfer: {
        importer: 'Cloudway Hosting Inc.',
        country: 'US',
        basis: 'scc',
        sccModule: 2,
        tiaDone: true,
        tiaOn: '2026-01-20',
      },
    });
    await expectOk(core, admin, 'agreements.terminate', {
      id: ids.reviewToday,
      terminatedOn: '2026-01-31',
      endOfProcessing: 'deleted',
    });
    const summary = await runAsSystem(core, 'test', (ctx) => agreementRegisterSummary(ctx, '2026-01-31'));
    expect(summary).toEqual({
      today: '2026-01-31',
      total: 10,
      // The agreement past its expiry date counts as expired, though still marked active.
      byDirection: {
        controller: {
          draft: 1,
          negotiation: 0,
          active: 6,
          suspended: 0,
          terminated: 1,
          expired: 1,
          total: 9,
        },
        processor: { draft: 0, negotiation: 0, active: 1, suspended: 0, terminated: 0, expired: 0, total: 1 },
      },
      byStatus: { draft: 1, negotiation: 0, active: 7, suspended: 0, terminated: 1, expired: 1, total: 10 },
      withGaps: 2,
      missingClauses: [
        {
          key: 'audits',
          label: 'Makes available the information to show compliance and allows audits',
          article: 'Art. 28(3)(h)',
          count: 2,
        },
        {
          key: 'infringing-instructions',
          label: 'Informs the controller at once if an instruction infringes the law',
          article: 'Art. 28(3), second subparagraph',
          count: 1,
        },
      ],
      transfers: {
        byBasis: { adequacy: 0, scc: 1, bcr: 0, derogation: 0 },
        total: 1,
        flagged: [
          {
            agreementId: flagged.id,
            reference: flagged.reference,
            title: 'IT support',
            organisation: 'Bengaluru Support Pvt Ltd',
            problems: ['Data is processed in India without a valid transfer basis.'],
            problemTexts: [{ key: 'coreRegisters:noBasis', params: { country: { country: 'IN' } } }],
          },
        ],
      },
      due: {
        reviewWithin30Days: 1,
        reviewOverdue: 1,
        expiringWithin60Days: 1,
        expiredButActive: 1,
        objectionWindowsClosing: 1,
        objectionsOpen: 1,
      },
    });
    expect(await runAsSystem(core, 'test', (ctx) => agreementDeadlines(ctx, '2026-01-31'))).toHaveLength(6);
    expect(service.id).toBeGreaterThan(0);
  });
});
