import { describe, expect, it } from 'vitest';
import { caseOffice, type CaseOffice, details, openCase, verify } from './support/cases';
import { expectError, expectOk } from './support/core';

async function get(office: CaseOffice, id: number) {
  return expectOk(office.core, office.dpo, 'cases.get', { id });
}

/** Ticks every task that changes nothing, so only the gate stands between the case and closing. */
async function doSafeTasks(office: CaseOffice, id: number): Promise<void> {
  for (const task of (await get(office, id)).tasks.filter((candidate) => !candidate.effect))
    await expectOk(office.core, office.dpo, 'cases.setTaskState', { id, taskId: task.id, state: 'done' });
}

/** Every way data could be disclosed, changed or erased for the person, tried on an unverified case. */
async function bypassAttempts(office: CaseOffice, id: number) {
  const detail = await get(office, id);
  const effectTask = detail.tasks.find((task) => task.effect)!;
  const attempts = {
    'tick a task that discloses or changes data': await expectError(
      office.core,
      office.dpo,
      'cases.setTaskState',
      {
        id,
        taskId: effectTask.id,
        state: 'done',
      },
    ),
    'close as granted': await expectError(office.core, office.dpo, 'cases.close', {
      id,
      outcome: 'granted',
      replyDate: '2026-03-02',
      replyChannel: 'letter',
    }),
    'close as partly granted': await expectError(office.core, office.dpo, 'cases.close', {
      id,
      outcome: 'partly-granted',
      reasons: 'Some of it',
      statesComplaintRight: true,
      statesJudicialRemedy: true,
      replyDate: '2026-03-02',
      replyChannel: 'letter',
    }),
    'close as granted, by an administrator': await expectError(office.core, office.admin, 'cases.close', {
      id,
      outcome: 'granted',
      replyDate: '2026-03-02',
      replyChannel: 'letter',
    }),
  };
  return attempts;
}

describe('the identity verification gate', () => {
  it('holds on every channel that could disclose or change data until the identity is verified', async () => {
    const office = await caseOffice();
    const id = await openCase(office, { types: ['access'] });
    await doSafeTasks(office, id);
    for (const [attempt, error] of Object.entries(await bypassAttempts(office, id))) {
      expect(error.code, attempt).toBe('RULE_VIOLATION');
      expect(error.message, attempt).toContain("the person's identity must be verified");
    }
    const detail = await get(office, id);
    expect(detail.state).toBe('open');
    expect(detail.tasks.find((task) => task.key === 'access:copy')?.state).toBe('open');

    await verify(office, id);
    await expectOk(office.core, office.dpo, 'cases.setTaskState', {
      id,
      taskId: detail.tasks.find((task) => task.key === 'access:copy')!.id,
      state: 'done',
    });
    const closed = await expectOk(office.core, office.dpo, 'cases.close', {
      id,
      outcome: 'granted',
      replyDate: '2026-03-02',
      replyChannel: 'letter',
    });
    expect(closed.state).toBe('closed');
  });

  it('holds for Art. 19 notices of a change until the identity is verified', async () => {
    const office = await caseOffice();
    const id = await openCase(office, { types: ['erasure'] });
    const recipient = (
      await expectOk(office.core, office.dpo, 'cases.addRecipient', { id, name: 'Lønnsservice Norge AS' })
    ).recipients[0];
    const error = await expectError(office.core, office.dpo, 'cases.notifyRecipient', {
      id,
      recipientId: recipient.id,
      notifiedOn: '2026-03-02',
    });
    expect(error).toMatchObject({ code: 'RULE_VIOLATION' });
    expect(error.message).toMatch(
      /^Telling Lønnsservice Norge AS of the change is not possible yet\. Before personal data is erased/,
    );
  });

  it('stays shut after a failed verification', async () => {
    const office = await caseOffice();
    const id = await openCase(office);
    await expectOk(office.core, office.dpo, 'cases.decideVerification', {
      id,
      result: 'failed',
      method: 'questions',
      reason: 'Could not name the address on file',
    });
    const error = await expectError(office.core, office.dpo, 'cases.close', {
      id,
      outcome: 'granted',
      replyDate: '2026-03-02',
      replyChannel: 'letter',
    });
    expect(error.message).toContain('identity verification failed (Could not name the address on file)');
    // Refusing discloses nothing: it needs no verified identity.
    const refused = await expectOk(office.core, office.dpo, 'cases.close', {
      id,
      outcome: 'refused',
      reasons: 'We could not confirm the identity of the person asking.',
      statesComplaintRight: true,
      statesJudicialRemedy: true,
      replyDate: '2026-03-02',
      replyChannel: 'letter',
    });
    expect(refused.closing?.outcome).toBe('refused');
  });

  it('needs every checklist item ticked before "verified", and then keeps them ticked', async () => {
    const office = await caseOffice();
    const id = await openCase(office);
    const [first] = (await get(office, id)).verification.items;
    await expectOk(office.core, office.dpo, 'cases.tickVerificationItem', {
      id,
      itemId: first.id,
      ticked: true,
    });
    const early = await expectError(office.core, office.dpo, 'cases.decideVerification', {
      id,
      result: 'verified',
      method: 'callback',
      reason: 'Called back',
    });
    expect(early.message).toMatch(
      /^Tick every checklist item before recording the identity as verified \(3 not ticked/,
    );
    const noMethod = await expectError(office.core, office.dpo, 'cases.decideVerification', {
      id,
      result: 'verified',
      reason: 'x',
    });
    expect(noMethod.issues).toMatchObject([{ path: 'method', message: 'Choose the method used' }]);
    await verify(office, id);
    const detail = await get(office, id);
    expect(detail.verification).toMatchObject({
      result: 'verified',
      method: 'callback',
      decidedBy: 'Test dina',
      decidedFor: ['access'],
    });
    expect(detail.verification.items.every((item) => item.tickedBy === 'Test dina' && item.tickedAt)).toBe(
      true,
    );
    expect(
      (
        await expectError(office.core, office.dpo, 'cases.tickVerificationItem', {
          id,
          itemId: first.id,
          ticked: false,
        })
      ).code,
    ).toBe('RULE_VIOLATION');
  });

  it('does not carry a verification over to request types added later', async () => {
    const office = await caseOffice();
    const id = await openCase(office, { types: ['marketing-opt-out'], channel: 'email' });
    expect((await get(office, id)).verification.gate.open).toBe(true);
    // Someone starts verifying, so the checklist is kept rather than chosen again...
    await expectOk(office.core, office.dpo, 'cases.setVerificationDates', {
      id,
      requestedOn: '2026-03-02',
      receivedOn: null,
    });
    const detail = await expectOk(office.core, office.dpo, 'cases.update', {
      id,
      changes: details({ types: ['marketing-opt-out', 'access'], channel: 'email' }),
    });
    // ...but the "not needed" of the opt-out does not cover the access request.
    expect(detail.verification.result).toBe('not-needed');
    expect(detail.verification.gate).toMatchObject({ open: false });
    expect(detail.verification.gate.explanation).toContain('decided before access was added');
    expect(detail.verification.items.length).toBeGreaterThan(0);
  });

  it('asks for a representative’s authority before acting on the request', async () => {
    const office = await caseOffice();
    const id = await openCase(office, {
      representative: { name: 'Advokat Berg', relation: 'lawyer', contact: 'berg@advokat.example' },
    });
    await verify(office, id);
    let detail = await get(office, id);
    expect(detail.verification.gate).toMatchObject({
      open: false,
      explanation: "Before personal data is disclosed, the representative's authority must be checked.",
    });
    detail = await expectOk(office.core, office.dpo, 'cases.checkRepresentativeAuthority', {
      id,
      evidence: 'power-of-attorney',
      note: 'Signed power of attorney dated 1 March, seen; no copy kept',
    });
    expect(detail.representative).toMatchObject({
      authorityEvidence: 'power-of-attorney',
      authorityCheckedBy: 'Test dina',
    });
    expect(detail.verification.gate.open).toBe(true);
    const noRep = await openCase(office, {
      personName: 'Per',
      personEmail: undefined,
      personPhone: undefined,
    });
    expect(
      (
        await expectError(office.core, office.dpo, 'cases.checkRepresentativeAuthority', {
          id: noRep,
          evidence: 'other',
        })
      ).code,
    ).toBe('RULE_VIOLATION');
  });

  it('opens to a DPO’s written override, which is audited and shown on the case', async () => {
    const office = await caseOffice();
    const id = await openCase(office);
    const noReason = await expectError(office.core, office.dpo, 'cases.overrideVerification', {
      id,
      reason: '',
    });
    expect(noReason.issues?.[0].path).toBe('reason');
    const detail = await expectOk(office.core, office.dpo, 'cases.overrideVerification', {
      id,
      reason: 'The person came with their guardian; identity known to the DPO personally.',
    });
    expect(detail.verification.override).toMatchObject({ by: 'Test dina', covers: ['access'] });
    expect(detail.verification.gate).toMatchObject({ open: true });
    expect(detail.verification.gate.explanation).toMatch(
      /^Overridden by Test dina on 02\.03\.2026: The person came/,
    );
    expect(detail.timeline[0]).toMatchObject({ kind: 'override' });
    const audit = await office.core
      .db('audit_log')
      .join('audit_payloads', 'audit_payloads.entry_id', 'audit_log.id')
      .where({ action: 'verification-override', entity_id: String(id) })
      .first('username', 'audit_payloads.after_json');
    expect(audit.username).toBe('dina');
    expect(JSON.parse(audit.after_json).reason).toContain('guardian');

    // An override covers the request types it was given for, not ones added afterwards.
    const widened = await expectOk(office.core, office.dpo, 'cases.update', {
      id,
      changes: details({ types: ['access', 'erasure'] }),
    });
    expect(widened.verification.gate.open).toBe(false);
  });

  it('applies to an information request whose reply discloses personal data', async () => {
    const office = await caseOffice();
    const id = await openCase(office, { types: ['information'] });
    for (const task of (await get(office, id)).tasks)
      await expectOk(office.core, office.dpo, 'cases.setTaskState', { id, taskId: task.id, state: 'done' });
    const error = await expectError(office.core, office.dpo, 'cases.close', {
      id,
      outcome: 'granted',
      disclosesPersonalData: true,
      replyDate: '2026-03-02',
      replyChannel: 'email',
    });
    expect(error.code).toBe('RULE_VIOLATION');
    const closed = await expectOk(office.core, office.dpo, 'cases.close', {
      id,
      outcome: 'granted',
      replyDate: '2026-03-02',
      replyChannel: 'email',
    });
    expect(closed.closing?.disclosesPersonalData).toBe(false);
  });

  it('needs no verification for a marketing opt-out, by its template', async () => {
    const office = await caseOffice();
    const id = await openCase(office, { types: ['marketing-opt-out'] });
    const detail = await get(office, id);
    expect(detail.verification).toMatchObject({
      result: 'not-needed',
      items: [],
      decidedFor: ['marketing-opt-out'],
    });
    expect(detail.verification.reason).toContain('always granted');
    for (const task of detail.tasks)
      await expectOk(office.core, office.dpo, 'cases.setTaskState', { id, taskId: task.id, state: 'done' });
    await expectOk(office.core, office.dpo, 'cases.close', {
      id,
      outcome: 'granted',
      replyDate: '2026-03-02',
      replyChannel: 'email',
    });
  });
});

describe('verification dates', () => {
  it('mark the case as awaiting the person and are checked', async () => {
    const office = await caseOffice();
    const id = await openCase(office);
    let detail = await expectOk(office.core, office.dpo, 'cases.setVerificationDates', {
      id,
      requestedOn: '2026-03-02',
      receivedOn: null,
    });
    expect(detail.clock.statuses).toEqual(['awaiting-person']);
    expect(detail.timeline[0].summary).toBe('Verification asked of the person on 02.03.2026');
    const backwards = await expectError(office.core, office.dpo, 'cases.setVerificationDates', {
      id,
      requestedOn: '2026-03-02',
      receivedOn: '2026-03-01',
    });
    expect(backwards.issues).toMatchObject([
      { path: 'receivedOn', message: 'The answer cannot come before the question' },
    ]);
    const beforeRequest = await expectError(office.core, office.dpo, 'cases.setVerificationDates', {
      id,
      requestedOn: '2026-02-01',
      receivedOn: null,
    });
    expect(beforeRequest.issues?.[0].message).toBe(
      'Verification cannot have been asked for before the request arrived',
    );
    const orphan = await expectError(office.core, office.dpo, 'cases.setVerificationDates', {
      id,
      requestedOn: null,
      receivedOn: '2026-03-02',
    });
    expect(orphan.issues?.[0].path).toBe('receivedOn');
    detail = await expectOk(office.core, office.dpo, 'cases.setVerificationDates', {
      id,
      requestedOn: '2026-03-02',
      receivedOn: '2026-03-02',
    });
    expect(detail.clock.statuses).toEqual([]);
  });
});
