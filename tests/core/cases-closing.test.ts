import { describe, expect, it } from 'vitest';
import { caseOffice, type CaseOffice, finishTasks, openCase, verify } from './support/cases';
import { expectError, expectOk } from './support/core';

const reply = { replyDate: '2026-03-02', replyChannel: 'letter' } as const;

async function erasureCase(office: CaseOffice): Promise<number> {
  const id = await openCase(office, { types: ['erasure'], channel: 'letter', personPhone: undefined });
  await verify(office, id);
  return id;
}

describe('closing with a refusal (Art. 12(4))', () => {
  it('is rejected without reasons, and without the rights to complain and to a judicial remedy', async () => {
    const office = await caseOffice();
    const id = await erasureCase(office);
    const bare = await expectError(office.core, office.dpo, 'cases.close', {
      id,
      outcome: 'refused',
      ...reply,
    });
    expect(bare.code).toBe('INVALID_INPUT');
    expect(bare.issues).toMatchObject([
      { path: 'reasons', message: 'A refusal must give the reasons (Art. 12(4))' },
      {
        path: 'statesComplaintRight',
        message: 'The reply must tell the person of the right to complain to Datatilsynet (Art. 12(4))',
      },
      {
        path: 'statesJudicialRemedy',
        message: 'The reply must tell the person of the right to a judicial remedy (Art. 12(4))',
      },
    ]);
    const noRemedy = await expectError(office.core, office.dpo, 'cases.close', {
      id,
      outcome: 'partly-granted',
      reasons: 'Bookkeeping records are kept for 5 years',
      statesComplaintRight: true,
      ...reply,
    });
    expect(noRemedy.issues?.map((issue) => issue.path)).toEqual(['statesJudicialRemedy']);
    expect((await expectOk(office.core, office.dpo, 'cases.get', { id })).state).toBe('open');
  });

  it('records a partial refusal of an erasure under Art. 17(3) with the required statements', async () => {
    const office = await caseOffice();
    const id = await erasureCase(office);
    const detail = await expectOk(office.core, office.dpo, 'cases.get', { id });
    const exceptions = detail.tasks.find((task) => task.key === 'erasure:exceptions')!;
    await expectOk(office.core, office.dpo, 'cases.commentTask', {
      id,
      taskId: exceptions.id,
      text: 'Invoices 2023-2025 are bookkeeping records (bokføringsloven § 13): kept 5 years, restricted.',
    });
    const recipients = detail.tasks.find((task) => task.key === 'erasure:recipients')!;
    await expectOk(office.core, office.dpo, 'cases.setTaskState', {
      id,
      taskId: recipients.id,
      state: 'not-applicable',
      note: 'The data was never disclosed to anyone',
    });
    await finishTasks(office, id);
    const closed = await expectOk(office.core, office.dpo, 'cases.close', {
      id,
      outcome: 'partly-granted',
      reasons:
        'Your customer profile, call notes and marketing data are erased. Your invoices are bookkeeping records we must keep for 5 years (bokføringsloven § 13, GDPR Art. 17(3)(b)); they are restricted and erased when the period ends.',
      statesComplaintRight: true,
      statesJudicialRemedy: true,
      ...reply,
    });
    expect(closed.closing).toMatchObject({
      outcome: 'partly-granted',
      statesComplaintRight: true,
      statesJudicialRemedy: true,
      replyDate: '2026-03-02',
      replyChannel: 'letter',
      late: false,
      closedBy: 'Test dina',
    });
    expect(closed.closing?.reasons).toContain('Art. 17(3)(b)');
    expect(closed.timeline[0].summary).toBe(
      'Closed: granted in part, reply of 02.03.2026 by letter to the address on file',
    );
    const audit = await office.core
      .db('audit_log')
      .join('audit_payloads', 'audit_payloads.entry_id', 'audit_log.id')
      .where({ action: 'close', entity_id: String(id) })
      .first('audit_payloads.after_json');
    expect(JSON.parse(audit.after_json)).toMatchObject({
      outcome: 'partly-granted',
      statesComplaintRight: true,
    });
  });

  it('needs its own justification when the request is manifestly unfounded or excessive (Art. 12(5))', async () => {
    const office = await caseOffice();
    const id = await openCase(office);
    const base = {
      id,
      outcome: 'refused' as const,
      reasons: 'The twelfth identical request this month',
      statesComplaintRight: true,
      statesJudicialRemedy: true,
      manifestlyUnfounded: true,
      ...reply,
    };
    const unjustified = await expectError(office.core, office.dpo, 'cases.close', base);
    expect(unjustified.issues?.[0]).toMatchObject({
      path: 'unfoundedJustification',
      message:
        'Justify why the request is manifestly unfounded or excessive; the burden of proof is ours (Art. 12(5))',
    });
    const notARefusal = await expectError(office.core, office.dpo, 'cases.close', {
      ...base,
      outcome: 'no-data',
      unfoundedJustification: 'x',
    });
    expect(notARefusal.issues?.[0].path).toBe('manifestlyUnfounded');
    const closed = await expectOk(office.core, office.dpo, 'cases.close', {
      ...base,
      unfoundedJustification:
        'Twelve identical requests since January, each answered in full; the log is attached.',
    });
    expect(closed.closing).toMatchObject({ manifestlyUnfounded: true });
  });

  it('never refuses a marketing opt-out', async () => {
    const office = await caseOffice();
    const id = await openCase(office, { types: ['marketing-opt-out'] });
    const error = await expectError(office.core, office.dpo, 'cases.close', {
      id,
      outcome: 'refused',
      reasons: 'No',
      statesComplaintRight: true,
      statesJudicialRemedy: true,
      ...reply,
    });
    expect(error.message).toContain('Marketing opt-out is never refused (Arts. 7(3), 21(2)-(3))');
  });
});

describe('closing in general', () => {
  it('needs the reply date and channel, except when the person withdrew', async () => {
    const office = await caseOffice();
    const id = await openCase(office);
    const missing = await expectError(office.core, office.dpo, 'cases.close', { id, outcome: 'no-data' });
    expect(missing.issues?.map((issue) => issue.path)).toEqual(['replyDate', 'replyChannel']);
    const future = await expectError(office.core, office.dpo, 'cases.close', {
      id,
      outcome: 'no-data',
      replyDate: '2026-03-03',
      replyChannel: 'email',
    });
    expect(future.issues).toMatchObject([{ path: 'replyDate', message: 'The date cannot be in the future' }]);
    const early = await expectError(office.core, office.dpo, 'cases.close', {
      id,
      outcome: 'no-data',
      replyDate: '2026-03-01',
      replyChannel: 'email',
    });
    expect(early.issues?.[0].message).toBe('The reply cannot predate the request');
    const closed = await expectOk(office.core, office.dpo, 'cases.close', { id, outcome: 'withdrawn' });
    expect(closed.closing).toMatchObject({ outcome: 'withdrawn', replyDate: null, late: false });
    expect(
      (await expectError(office.core, office.dpo, 'cases.close', { id, outcome: 'withdrawn' })).code,
    ).toBe('RULE_VIOLATION');
  });

  it('needs the work done before granting: open tasks and untold recipients are named', async () => {
    const office = await caseOffice();
    const id = await openCase(office, { types: ['rectification'] });
    await verify(office, id);
    const tasks = await expectError(office.core, office.dpo, 'cases.close', {
      id,
      outcome: 'granted',
      ...reply,
    });
    expect(tasks.message).toMatch(/^4 tasks are still open: "Identify the inaccurate or incomplete data", /);
    await finishTasks(office, id);
    await expectOk(office.core, office.dpo, 'cases.addRecipient', { id, name: 'SMS-Porten AS' });
    const recipients = await expectError(office.core, office.dpo, 'cases.close', {
      id,
      outcome: 'granted',
      ...reply,
    });
    expect(recipients.message).toBe('Tell each recipient of the change first (Art. 19): SMS-Porten AS.');
  });

  it('allows a late reply, recorded as late with its reason', async () => {
    const office = await caseOffice('2026-04-08T08:00:00.000Z');
    const id = await openCase(office, { receivedDate: '2026-03-02', types: ['information'] }); // due Tue 7 Apr
    await finishTasks(office, id);
    const noReason = await expectError(office.core, office.dpo, 'cases.close', {
      id,
      outcome: 'granted',
      replyDate: '2026-04-08',
      replyChannel: 'email',
    });
    expect(noReason).toMatchObject({
      code: 'RULE_VIOLATION',
      message: 'The reply of 08.04.2026 is after the due date 07.04.2026: say why it is late.',
      issues: [{ path: 'lateReason', message: 'Say why the reply is late' }],
    });
    const closed = await expectOk(office.core, office.dpo, 'cases.close', {
      id,
      outcome: 'granted',
      replyDate: '2026-04-08',
      replyChannel: 'email',
      lateReason: 'The handler was ill over Easter',
    });
    expect(closed.closing).toMatchObject({ late: true, lateReason: 'The handler was ill over Easter' });
    expect(closed.clock.daysLeft).toBe(-1);
    const list = await expectOk(office.core, office.dpo, 'cases.list', { status: 'closed-late' });
    expect(list.rows.map((row) => row.id)).toEqual([id]);
  });

  it('is on time when the reply went out on the due date even if the case is closed later', async () => {
    const office = await caseOffice('2026-04-09T08:00:00.000Z');
    const id = await openCase(office, { receivedDate: '2026-03-02', types: ['information'] });
    await finishTasks(office, id);
    const closed = await expectOk(office.core, office.dpo, 'cases.close', {
      id,
      outcome: 'granted',
      replyDate: '2026-04-07',
      replyChannel: 'email',
    });
    expect(closed.closing?.late).toBe(false);
    expect(closed.clock.daysLeft).toBe(0);
  });

  it('as processor, needs the forwarding recorded first', async () => {
    const office = await caseOffice();
    const customer = await expectOk(office.core, office.admin, 'organisations.create', {
      name: 'Kyst Helse AS',
      isCustomer: true,
    });
    const id = await openCase(office, { capacity: 'processor', customerId: customer.id });
    const error = await expectError(office.core, office.dpo, 'cases.close', {
      id,
      outcome: 'no-data',
      ...reply,
    });
    expect(error.message).toBe(
      'Record the forwarding of the request to the customer before closing the case.',
    );
  });
});
