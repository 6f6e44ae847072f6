import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { clauseKeys } from '../../src/shared/agreements/rules';
import { runAsSystem } from '../../src/main/core/core';
import { createAgreement } from '../../src/main/core/agreements/service';
import { updateChecklist } from '../../src/main/core/agreements/checklist';
import { agreementFields } from '../../src/shared/agreements/contract';
import { agreementOffice, customerAgreement, supplierAgreement, tickAll } from './support/agreements';
import { expectError, expectOk } from './support/core';

describe('registering agreements', () => {
  it('gives a reference, an unchecked Art. 28(3) checklist and a default next review, and audits it', async () => {
    const { core, admin, cloud } = await agreementOffice();
    const created = await expectOk(core, admin, 'agreements.create', supplierAgreement(cloud.id));
    expect(created).toMatchObject({
      reference: 'DPA-2026-001',
      companyRole: 'controller',
      status: 'active',
      organisation: { id: cloud.id, name: 'Cloudway Hosting Inc.', country: 'US' },
      // effective 15 Jan 2025 + the 12-month setting
      nextReviewOn: '2026-01-15',
      checklist: { total: 14, present: 0, missing: 0, notApplicable: 0, unchecked: 14, percent: 0 },
      canEdit: true,
      canTickChecklist: true,
    });
    expect(created.clauses.map((clause) => clause.key)).toEqual(clauseKeys);
    expect(created.clauses.map((clause) => clause.article)).toContain('Art. 28(3)(h)');
    const second = await expectOk(
      core,
      admin,
      'agreements.create',
      supplierAgreement(cloud.id, { title: 'Backups' }),
    );
    expect(second.reference).toBe('DPA-2026-002');
    const own = await expectOk(
      core,
      admin,
      'agreements.create',
      supplierAgreement(cloud.id, { reference: 'CW-17', title: 'Support' }),
    );
    expect(own.reference).toBe('CW-17');
    const taken = await expectError(
      core,
      admin,
      'agreements.create',
      supplierAgreement(cloud.id, { reference: 'cw-17' }),
    );
    expect(taken.issues).toMatchObject([
      { path: 'reference', message: 'The reference cw-17 is already used by “Support”' },
    ]);

    const history = await expectOk(core, admin, 'agreements.history', { id: created.id });
    expect(history.map((entry) => entry.action)).toEqual(['create']);
    expect(history[0].after).toMatchObject({
      title: 'Hosting of the telephony platform',
      breachNoticeHours: 48,
    });
  });

  it('record an update with only what changed, before and after', async () => {
    const { core, admin, cloud } = await agreementOffice();
    const created = await expectOk(core, admin, 'agreements.create', supplierAgreement(cloud.id));
    const updated = await expectOk(core, admin, 'agreements.update', {
      id: created.id,
      changes: supplierAgreement(cloud.id, {
        breachNoticeHours: 24,
        specialCategories: ['health', 'health'],
        locations: ['NO', 'NO', 'SE'],
      }),
    });
    expect(updated.breachNoticeHours).toBe(24);
    expect(updated.specialCategories).toEqual(['health']);
    expect(updated.locations).toEqual(['NO', 'SE']);
    const history = await expectOk(core, admin, 'agreements.history', { id: created.id });
    // The history reads as a person would: names and labels, not codes.
    expect(history.at(-1)).toEqual(
      expect.objectContaining({
        action: 'update',
        before: { breachNoticeHours: 48, specialCategories: null, locations: 'Norway' },
        after: { breachNoticeHours: 24, specialCategories: 'Health', locations: 'Norway, Sweden' },
      }),
    );
  });

  it('need an organisation of the right kind, and organisation numbers are checked by modulus 11', async () => {
    const { core, admin, customer, cloud } = await agreementOffice();
    const wrongKind = await expectError(core, admin, 'agreements.create', supplierAgreement(customer.id));
    expect(wrongKind).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: 'organisationId', message: 'Fjord Regnskap AS is not registered as a supplier' }],
    });
    const notCustomer = await expectError(core, admin, 'agreements.create', customerAgreement(cloud.id));
    expect(notCustomer.issues?.[0].message).toBe('Cloudway Hosting Inc. is not registered as a customer');
    // A supplier with a wrong check digit never enters the register…
    const badNumber = await expectError(core, admin, 'organisations.create', {
      name: 'Feil AS',
      orgNumber: '974 760 674',
      isSupplier: true,
    });
    expect(badNumber.issues?.[0].path).toBe('orgNumber');
    // …a correct one, typed with spaces, is stored as digits and used at once.
    const good = await expectOk(core, admin, 'organisations.create', {
      name: 'Riktig AS',
      orgNumber: '985 615 616',
      isSupplier: true,
    });
    expect(good.orgNumber).toBe('985615616');
    expect(
      (await expectOk(core, admin, 'agreements.create', supplierAgreement(good.id))).organisation.name,
    ).toBe('Riktig AS');
    await expectOk(core, admin, 'organisations.setActive', { id: good.id, active: false });
    const inactive = await expectError(core, admin, 'agreements.create', supplierAgreement(good.id));
    expect(inactive.issues?.[0].message).toBe('Riktig AS is deactivated');
    expect((await expectError(core, admin, 'agreements.create', supplierAgreement(9999))).code).toBe(
      'NOT_FOUND',
    );
  });

  it('answer bad input with INVALID_INPUT and the fields concerned', async () => {
    const { core, admin, cloud } = await agreementOffice();
    const empty = await expectError(core, admin, 'agreements.create', {});
    expect(empty.code).toBe('INVALID_INPUT');
    expect(empty.issues?.map((issue) => issue.path).sort()).toEqual(['companyRole', 'title']);
    const unknown = await expectError(core, admin, 'agreements.create', {
      ...supplierAgreement(cloud.id),
      signedBy: 'someone',
    });
    expect(unknown.code).toBe('INVALID_INPUT');
    const inForce = await expectError(
      core,
      admin,
      'agreements.create',
      supplierAgreement(cloud.id, { signedOn: null, effectiveOn: null, expiryOn: '2027-01-01' }),
    );
    expect(inForce.issues).toMatchObject([
      { path: 'signedOn', message: 'An agreement in force needs the date it was signed' },
      { path: 'effectiveOn', message: 'An agreement in force needs the date it took effect' },
    ]);
    const fields = await expectError(
      core,
      admin,
      'agreements.create',
      supplierAgreement(cloud.id, { breachNoticeHours: 0, locations: ['XX' as 'NO'] }),
    );
    expect(fields.issues).toMatchObject([
      { path: 'locations.0', message: 'Choose a country from the list' },
      { path: 'breachNoticeHours', message: 'At least 1 hour' },
    ]);
    const dates = await expectError(
      core,
      admin,
      'agreements.create',
      supplierAgreement(cloud.id, { expiryOn: '2025-01-15', securityResult: 'adequate' }),
    );
    expect(dates.issues).toMatchObject([
      { path: 'expiryOn', message: 'The agreement must expire after it takes effect' },
      { path: 'securityAssessedOn', message: 'Give the date of the security assessment' },
    ]);
    const future = await expectError(
      core,
      admin,
      'agreements.create',
      supplierAgreement(cloud.id, { signedOn: '2026-04-01', effectiveOn: '1926-04-01' }),
    );
    expect(future.issues).toMatchObject([
      { path: 'signedOn', message: 'The date cannot be in the future' },
      { path: 'effectiveOn', message: 'Check the year: the date is before 1995' },
    ]);
    const terminated = await expectError(
      core,
      admin,
      'agreements.create',
      supplierAgreement(cloud.id, { status: 'terminated' }),
    );
    expect(terminated.issues?.[0]).toMatchObject({
      path: 'status',
      message: 'Use Terminate to end an agreement: it records what happened to the data',
    });
  });

  it('answer missing agreements and their parts with NOT_FOUND', async () => {
    const { core, admin, cloud } = await agreementOffice();
    const created = await expectOk(core, admin, 'agreements.create', supplierAgreement(cloud.id));
    expect((await expectError(core, admin, 'agreements.get', { id: 999 })).message).toBe(
      'Agreement 999 was not found.',
    );
    for (const [channel, input] of [
      ['agreements.update', { id: 999, changes: supplierAgreement(cloud.id) }],
      ['agreements.history', { id: 999 }],
      ['agreements.updateChecklist', { id: 999, items: [{ key: 'security', state: 'missing' }] }],
      ['agreements.removeTransfer', { id: created.id, transferId: 5 }],
      ['agreements.removeDeclaredSubprocessor', { id: created.id, declaredId: 5 }],
      ['agreements.recordObjection', { id: created.id, noticeId: 5, receivedOn: '2026-03-01', reason: 'No' }],
      ['attachments.list', { ownerType: 'agreement', ownerId: 999 }],
    ] as const)
      expect((await expectError(core, admin, channel, input)).code, channel).toBe('NOT_FOUND');
  });

  it('keep sensible states: terminated stays terminated, expired needs the date to have passed', async () => {
    const { core, admin, cloud, moveClock } = await agreementOffice();
    const created = await expectOk(
      core,
      admin,
      'agreements.create',
      supplierAgreement(cloud.id, { expiryOn: '2026-06-30' }),
    );
    const early = await expectError(core, admin, 'agreements.update', {
      id: created.id,
      changes: supplierAgreement(cloud.id, { expiryOn: '2026-06-30', status: 'expired' }),
    });
    expect(early.issues?.[0]).toMatchObject({
      path: 'status',
      message: 'The agreement expires only on 30.06.2026',
    });
    await moveClock('2026-07-02T09:00:00.000Z');
    // The agreement expired while marked active: saving it asks for the state to be put right.
    const stale = await expectError(core, admin, 'agreements.update', {
      id: created.id,
      changes: supplierAgreement(cloud.id, { expiryOn: '2026-06-30', notes: 'Checked' }),
    });
    expect(stale.issues?.[0]).toMatchObject({
      path: 'status',
      message: 'The agreement expired on 30.06.2026: set the status to Expired, or enter the new expiry date',
    });
    const renewed = await expectOk(core, admin, 'agreements.update', {
      id: created.id,
      changes: supplierAgreement(cloud.id, { expiryOn: '2028-06-30' }),
    });
    expect(renewed.status).toBe('active');

    const noOutcome = await expectError(core, admin, 'agreements.terminate', {
      id: created.id,
      terminatedOn: '2026-07-01',
    });
    expect(noOutcome.issues?.[0]).toMatchObject({
      path: 'endOfProcessing',
      message: 'Say what happened to the data',
    });
    const beforeStart = await expectError(core, admin, 'agreements.terminate', {
      id: created.id,
      terminatedOn: '2025-01-01',
      endOfProcessing: 'deleted',
    });
    expect(beforeStart.issues?.[0].message).toBe(
      'The agreement took effect on 15.01.2025; it cannot end before',
    );
    const ended = await expectOk(core, admin, 'agreements.terminate', {
      id: created.id,
      terminatedOn: '2026-07-01',
      endOfProcessing: 'deleted',
      endConfirmedOn: null,
    });
    expect(ended).toMatchObject({
      status: 'terminated',
      termination: { terminatedOn: '2026-07-01', endOfProcessing: 'deleted', endConfirmedOn: null },
    });
    const confirmed = await expectOk(core, admin, 'agreements.confirmEnd', {
      id: created.id,
      endOfProcessing: 'deleted',
      endConfirmedOn: '2026-07-02',
    });
    expect(confirmed.termination?.endConfirmedOn).toBe('2026-07-02');
    const revive = await expectError(core, admin, 'agreements.update', {
      id: created.id,
      changes: supplierAgreement(cloud.id, { expiryOn: '2028-06-30' }),
    });
    expect(revive).toMatchObject({ code: 'RULE_VIOLATION' });
    expect(revive.message).toContain('stays terminated');
    const notes = await expectOk(core, admin, 'agreements.update', {
      id: created.id,
      changes: supplierAgreement(cloud.id, {
        status: 'terminated',
        expiryOn: '2028-06-30',
        notes: 'Archived',
      }),
    });
    expect(notes.notes).toBe('Archived');
    expect(
      (
        await expectError(core, admin, 'agreements.terminate', {
          id: created.id,
          terminatedOn: '2026-07-01',
          endOfProcessing: 'deleted',
        })
      ).code,
    ).toBe('CONFLICT');
    expect(
      (
        await expectError(core, admin, 'agreements.addTransfer', {
          id: created.id,
          transfer: { importer: 'X', country: 'US', basis: 'bcr' },
        })
      ).code,
    ).toBe('RULE_VIOLATION');
    const history = await expectOk(core, admin, 'agreements.history', { id: created.id });
    expect(history.map((entry) => entry.action)).toEqual([
      'create',
      'update',
      'terminate',
      'confirm-end',
      'update',
    ]);
  });
});

describe('the review date', () => {
  it('follows the setting by the month rule around month ends', async () => {
    const { core, admin, cloud } = await agreementOffice('2026-03-02T09:00:00.000Z');
    await expectOk(core, admin, 'settings.update', { agreementReviewMonths: 1 });
    const jan31 = await expectOk(
      core,
      admin,
      'agreements.create',
      supplierAgreement(cloud.id, { signedOn: '2026-01-31', effectiveOn: '2026-01-31' }),
    );
    expect(jan31.nextReviewOn).toBe('2026-02-28');
    const leap = await expectOk(
      core,
      admin,
      'agreements.create',
      supplierAgreement(cloud.id, { signedOn: '2024-01-30', effectiveOn: '2024-01-31' }),
    );
    expect(leap.nextReviewOn).toBe('2024-02-29');
    await expectOk(core, admin, 'settings.update', { agreementReviewMonths: 12 });
    const feb29 = await expectOk(
      core,
      admin,
      'agreements.create',
      supplierAgreement(cloud.id, { signedOn: '2024-02-29', effectiveOn: '2024-02-29' }),
    );
    expect(feb29.nextReviewOn).toBe('2025-02-28');
    // A draft without dates is first reviewed a year from today.
    const draft = await expectOk(
      core,
      admin,
      'agreements.create',
      supplierAgreement(cloud.id, { status: 'draft', signedOn: null, effectiveOn: null }),
    );
    expect(draft.nextReviewOn).toBe('2027-03-02');
    // A date typed by the admin wins over the default.
    const typed = await expectOk(
      core,
      admin,
      'agreements.create',
      supplierAgreement(cloud.id, { nextReviewOn: '2026-05-31' }),
    );
    expect(typed.nextReviewOn).toBe('2026-05-31');
  });

  it('moves on from the day of a review, 31 August + 6 months = 28 February', async () => {
    const { core, admin, cloud } = await agreementOffice('2026-09-01T09:00:00.000Z');
    await expectOk(core, admin, 'settings.update', { agreementReviewMonths: 6 });
    const created = await expectOk(core, admin, 'agreements.create', supplierAgreement(cloud.id));
    const reviewed = await expectOk(core, admin, 'agreements.markReviewed', {
      id: created.id,
      reviewedOn: '2026-08-31',
    });
    expect(reviewed).toMatchObject({ lastReviewedOn: '2026-08-31', nextReviewOn: '2027-02-28' });
    const chosen = await expectOk(core, admin, 'agreements.markReviewed', {
      id: created.id,
      reviewedOn: '2026-09-01',
      nextReviewOn: '2027-01-31',
    });
    expect(chosen.nextReviewOn).toBe('2027-01-31');
    const backwards = await expectError(core, admin, 'agreements.markReviewed', {
      id: created.id,
      reviewedOn: '2026-09-01',
      nextReviewOn: '2026-09-01',
    });
    expect(backwards.issues).toMatchObject([
      { path: 'nextReviewOn', message: 'The next review must come after this one' },
    ]);
    const later = await expectError(core, admin, 'agreements.markReviewed', {
      id: created.id,
      reviewedOn: '2026-09-02',
    });
    expect(later.issues).toMatchObject([{ path: 'reviewedOn', message: 'The date cannot be in the future' }]);
    // An agreement with no date of its own, edited later, keeps following its last review.
    const edited = await expectOk(core, admin, 'agreements.update', {
      id: created.id,
      changes: supplierAgreement(cloud.id, { nextReviewOn: null }),
    });
    expect(edited.nextReviewOn).toBe('2027-03-01');
  });
});

describe('the Art. 28(3) checklist', () => {
  it('gives a completeness figure, lists what is missing and feeds the "with gaps" filter', async () => {
    const { core, admin, dpo, cloud, payroll } = await agreementOffice();
    const gappy = await expectOk(core, admin, 'agreements.create', supplierAgreement(cloud.id));
    const whole = await expectOk(
      core,
      admin,
      'agreements.create',
      supplierAgreement(payroll.id, { title: 'Payroll' }),
    );
    await expectOk(core, admin, 'agreements.create', supplierAgreement(payroll.id, { title: 'Untouched' }));
    await tickAll(core, dpo, gappy.id, ['audits', 'infringing-instructions']);
    await tickAll(core, admin, whole.id);
    const detail = await expectOk(core, dpo, 'agreements.updateChecklist', {
      id: whole.id,
      items: [
        { key: 'subprocessors', state: 'not-applicable', note: 'The supplier may use no sub-processors' },
      ],
    });
    expect(detail.checklist).toEqual({
      total: 14,
      present: 13,
      missing: 0,
      notApplicable: 1,
      unchecked: 0,
      percent: 100,
    });
    const gaps = await expectOk(core, dpo, 'agreements.get', { id: gappy.id });
    expect(gaps.checklist).toEqual({
      total: 14,
      present: 12,
      missing: 2,
      notApplicable: 0,
      unchecked: 0,
      percent: 85,
    });
    expect(gaps.clauses.filter((clause) => clause.state === 'missing').map((clause) => clause.label)).toEqual(
      [
        'Makes available the information to show compliance and allows audits',
        'Informs the controller at once if an instruction infringes the law',
      ],
    );
    const ticked = gaps.clauses.find((clause) => clause.key === 'security');
    expect(ticked).toMatchObject({ state: 'present', clauseRef: 'Clause 8', checkedBy: 'Test dina' });

    const titles = async (checklist: 'gaps' | 'unchecked' | 'complete') =>
      (await expectOk(core, dpo, 'agreements.list', { checklist })).rows.map((row) => row.title);
    expect(await titles('gaps')).toEqual(['Hosting of the telephony platform']);
    expect(await titles('unchecked')).toEqual(['Untouched']);
    expect(await titles('complete')).toEqual(['Payroll']);
    const sorted = await expectOk(core, dpo, 'agreements.list', { sort: 'completeness', direction: 'desc' });
    expect(sorted.rows.map((row) => row.checklist.percent)).toEqual([100, 85, 0]);

    const history = await expectOk(core, admin, 'agreements.history', { id: whole.id });
    expect(history.at(-1)).toMatchObject({
      action: 'checklist',
      username: 'dina',
      before: { 'Respects the conditions for engaging sub-processors': 'Present (Clause 9)' },
      after: {
        'Respects the conditions for engaging sub-processors':
          'Not applicable: The supplier may use no sub-processors',
      },
    });
  });

  it('asks where a present clause is and why an item does not apply', async () => {
    const { core, admin, cloud } = await agreementOffice();
    const created = await expectOk(core, admin, 'agreements.create', supplierAgreement(cloud.id));
    const error = await expectError(core, admin, 'agreements.updateChecklist', {
      id: created.id,
      items: [
        { key: 'security', state: 'present' },
        { key: 'audits', state: 'not-applicable' },
        { key: 'nonsense', state: 'present', clauseRef: '1' },
      ],
    });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues).toMatchObject([
      { path: 'items.0.clauseRef', message: 'Say where in the agreement it is (e.g. clause 4.2)' },
      { path: 'items.1.note', message: 'Say why it does not apply' },
      { path: 'items.2.key', message: 'Unknown checklist item' },
    ]);
    const untouched = await expectOk(core, admin, 'agreements.get', { id: created.id });
    expect(untouched.checklist.unchecked).toBe(14);
  });
});

describe('roles', () => {
  it('agents are refused the register; the DPO reads everything and ticks the checklist but edits nothing', async () => {
    const { core, admin, dpo, agent, cloud } = await agreementOffice();
    const created = await expectOk(core, admin, 'agreements.create', supplierAgreement(cloud.id));
    for (const [channel, input] of [
      ['agreements.list', {}],
      ['agreements.get', { id: created.id }],
      ['agreements.history', { id: created.id }],
      ['agreements.deadlines', {}],
      ['agreements.forOrganisation', { organisationId: cloud.id }],
      ['agreements.export', { format: 'csv' }],
      ['agreements.create', supplierAgreement(cloud.id)],
      ['agreements.updateChecklist', { id: created.id, items: [{ key: 'security', state: 'missing' }] }],
    ] as const)
      expect((await expectError(core, agent, channel, input)).code, channel).toBe('FORBIDDEN');
    expect(
      (await expectError(core, agent, 'attachments.list', { ownerType: 'agreement', ownerId: created.id }))
        .code,
    ).toBe('FORBIDDEN');

    const read = await expectOk(core, dpo, 'agreements.get', { id: created.id });
    expect(read).toMatchObject({ canEdit: false, canTickChecklist: true });
    expect((await expectOk(core, dpo, 'agreements.list', {})).total).toBe(1);
    await expectOk(core, dpo, 'agreements.updateChecklist', {
      id: created.id,
      items: [{ key: 'security', state: 'missing' }],
    });
    for (const [channel, input] of [
      ['agreements.create', supplierAgreement(cloud.id)],
      ['agreements.update', { id: created.id, changes: supplierAgreement(cloud.id) }],
      ['agreements.terminate', { id: created.id, terminatedOn: '2026-03-01', endOfProcessing: 'deleted' }],
      ['agreements.markReviewed', { id: created.id, reviewedOn: '2026-03-01' }],
      [
        'agreements.addTransfer',
        { id: created.id, transfer: { importer: 'X', country: 'US', basis: 'bcr' } },
      ],
      ['agreements.addDeclaredSubprocessor', { id: created.id, name: 'Y', country: 'US' }],
    ] as const)
      expect((await expectError(core, dpo, channel, input)).code, channel).toBe('FORBIDDEN');
    const upload = await expectError(core, dpo, 'attachments.add', {
      ownerType: 'agreement',
      ownerId: created.id,
      fileName: 'signed.pdf',
      contentBase64: Buffer.from('%PDF-1.4').toString('base64'),
    });
    expect(upload.code).toBe('FORBIDDEN');
    expect(
      await expectOk(core, dpo, 'attachments.list', { ownerType: 'agreement', ownerId: created.id }),
    ).toEqual([]);
  });
});

describe('documents and the security evidence', () => {
  it('keep the SHA-256 of the signed agreement and take the evidence from its own documents', async () => {
    const { core, admin, cloud } = await agreementOffice();
    const created = await expectOk(core, admin, 'agreements.create', supplierAgreement(cloud.id));
    const other = await expectOk(
      core,
      admin,
      'agreements.create',
      supplierAgreement(cloud.id, { title: 'Other' }),
    );
    const bytes = Buffer.from('%PDF-1.4 ISO 27001 certificate');
    const file = await expectOk(core, admin, 'attachments.add', {
      ownerType: 'agreement',
      ownerId: created.id,
      fileName: 'ISO 27001.pdf',
      mediaType: 'application/pdf',
      contentBase64: bytes.toString('base64'),
    });
    expect(file.sha256).toBe(crypto.createHash('sha256').update(bytes).digest('hex'));
    const assessed = await expectOk(core, admin, 'agreements.update', {
      id: created.id,
      changes: supplierAgreement(cloud.id, {
        securityAssessedOn: '2026-02-20',
        securityResult: 'adequate',
        securityEvidenceId: file.id,
      }),
    });
    expect(assessed.security).toMatchObject({
      assessedOn: '2026-02-20',
      result: 'adequate',
      evidence: { id: file.id, fileName: 'ISO 27001.pdf', sha256: file.sha256, removed: false },
    });
    const foreign = await expectError(core, admin, 'agreements.update', {
      id: other.id,
      changes: supplierAgreement(cloud.id, {
        securityAssessedOn: '2026-02-20',
        securityResult: 'adequate',
        securityEvidenceId: file.id,
      }),
    });
    expect(foreign.issues?.[0]).toMatchObject({
      path: 'securityEvidenceId',
      message: 'Choose one of the agreement’s documents as the evidence',
    });
    const history = await expectOk(core, admin, 'agreements.history', { id: created.id });
    expect(history.map((entry) => entry.action)).toEqual(['create', 'attach', 'update']);
  });
});

describe('transactions', () => {
  it('an agreement and its fourteen checklist rows are written together or not at all', async () => {
    const { core, cloud } = await agreementOffice();
    const fields = agreementFields.parse(supplierAgreement(cloud.id));
    await expect(
      runAsSystem(core, 'test', async (ctx) => {
        const created = await createAgreement(ctx, fields);
        await updateChecklist(ctx, created.id, [{ key: 'security', state: 'missing' }]);
        throw new Error('the disk is full');
      }),
    ).rejects.toThrow('the disk is full');
    expect(await core.db('agreements').count({ n: '*' })).toEqual([{ n: 0 }]);
    expect(await core.db('agreement_clauses').count({ n: '*' })).toEqual([{ n: 0 }]);
    const created = await runAsSystem(core, 'test', (ctx) => createAgreement(ctx, fields));
    expect(await core.db('agreement_clauses').where({ agreement_id: created.id }).count({ n: '*' })).toEqual([
      { n: 14 },
    ]);
  });
});
