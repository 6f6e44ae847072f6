import { describe, expect, it } from 'vitest';
import { agreementRegisterSummary } from '../../src/main/core/agreements/summary';
import { runAsSystem } from '../../src/main/core/core';
import { agreementOffice, customerAgreement, supplierAgreement } from './support/agreements';
import { expectError, expectOk } from './support/core';

describe('the agreements register: the rules corrected in review', () => {
  it('Art. 33(2): a breach-notice promise above 48 hours is flagged on the agreement and in the register', async () => {
    const { core, admin, dpo, cloud, payroll } = await agreementOffice();
    const slow = await expectOk(
      core,
      admin,
      'agreements.create',
      supplierAgreement(cloud.id, { breachNoticeHours: 72 }),
    );
    expect(slow.noticeHoursFlag).toBe(true);
    expect(slow.noticeHoursProblem).toBe(
      'The supplier promises to tell of a breach within 72 hours: more than 48 leaves the controller too little of its own 72 (Art. 33(1)-(2)). The breach clock still aims at without undue delay (24 hours).',
    );
    const fine = await expectOk(
      core,
      admin,
      'agreements.create',
      supplierAgreement(payroll.id, { title: 'Payroll', breachNoticeHours: 48 }),
    );
    expect(fine).toMatchObject({ noticeHoursFlag: false, noticeHoursProblem: null });
    const rows = (await expectOk(core, dpo, 'agreements.list', {})).rows;
    expect(rows.map((row) => [row.reference, row.noticeHoursFlag])).toEqual([
      [slow.reference, true],
      [fine.reference, false],
    ]);
  });

  it('Art. 28(2), 28(4): under a general authorisation a sub-processor is added only after a change notice and its objection window', async () => {
    const { core, admin, customer, cloud, japan, moveClock } = await agreementOffice();
    const service = await expectOk(core, admin, 'agreements.create', customerAgreement(customer.id));
    const unannounced = await expectError(core, admin, 'agreements.addSubprocessor', {
      id: service.id,
      organisationId: cloud.id,
    });
    expect(unannounced).toMatchObject({
      code: 'RULE_VIOLATION',
      issues: [{ path: 'organisationId', message: 'Announce Cloudway Hosting Inc. to the customer first' }],
    });
    expect(unannounced.message).toContain(
      'is added only after a change notice to Fjord Regnskap AS (Art. 28(2))',
    );
    let detail = await expectOk(core, admin, 'agreements.addNotice', {
      id: service.id,
      change: 'addition',
      organisationId: cloud.id,
      description: 'Hosting of call recordings by Cloudway',
      sentOn: '2026-03-02',
      objectionDeadline: '2026-03-16',
    });
    const window = await expectError(core, admin, 'agreements.addSubprocessor', {
      id: service.id,
      organisationId: cloud.id,
    });
    expect(window.message).toBe(
      "Fjord Regnskap AS may object to Cloudway Hosting Inc. until 16.03.2026 (notice of 02.03.2026): add it once the window has closed without objection, or record the customer's written approval of the notice.",
    );
    await moveClock('2026-03-17T09:00:00.000Z');
    detail = await expectOk(core, admin, 'agreements.addSubprocessor', {
      id: service.id,
      organisationId: cloud.id,
    });
    expect(detail.subprocessors[0]).toMatchObject({
      noticeId: detail.notices[0].id,
      authorisedOn: '2026-03-17',
      problems: [
        'No agreement with Cloudway Hosting Inc. is linked: the same obligations must bind the sub-processor (Art. 28(4)).',
      ],
    });
    // An explicit written approval allows it before the window closes.
    detail = await expectOk(core, admin, 'agreements.addNotice', {
      id: service.id,
      change: 'addition',
      organisationId: japan.id,
      description: 'Transcription in Japan',
      sentOn: '2026-03-17',
      objectionDeadline: '2026-04-17',
    });
    const japanNotice = detail.notices.find((entry) => entry.organisation?.id === japan.id)!;
    const early = await expectError(core, admin, 'agreements.recordApproval', {
      id: service.id,
      noticeId: japanNotice.id,
      approvedOn: '2026-03-16',
    });
    expect(early.issues?.[0].message).toBe('The notice was sent on 17.03.2026; the approval came later');
    detail = await expectOk(core, admin, 'agreements.recordApproval', {
      id: service.id,
      noticeId: japanNotice.id,
      approvedOn: '2026-03-17',
      note: 'Approved by e-mail from the customer’s DPO',
    });
    expect(detail.notices.find((entry) => entry.id === japanNotice.id)).toMatchObject({
      state: 'accepted',
      approval: { approvedOn: '2026-03-17', note: 'Approved by e-mail from the customer’s DPO' },
    });
    detail = await expectOk(core, admin, 'agreements.addSubprocessor', {
      id: service.id,
      organisationId: japan.id,
    });
    expect(detail.subprocessors.find((link) => link.organisation.id === japan.id)?.authorisedOn).toBe(
      '2026-03-17',
    );
    // One added before this rule, without a notice, is flagged for review.
    await core.db('agreement_subprocessors').where({ agreement_id: service.id }).update({ notice_id: null });
    detail = await expectOk(core, admin, 'agreements.get', { id: service.id });
    expect(detail.subprocessors[0].problems).toContain(
      'Added without a change notice to the customer: under a general authorisation every addition is announced first, and the customer may object (Art. 28(2)).',
    );
  });

  it('Art. 46: the SCC module must fit who exports to whom', async () => {
    const { core, admin, cloud, customer } = await agreementOffice();
    const hosting = await expectOk(core, admin, 'agreements.create', supplierAgreement(cloud.id));
    const scc = { importer: 'Cloudway Hosting Inc.', country: 'US' as const, basis: 'scc' as const };
    const tia = { tiaDone: true, tiaOn: '2026-02-01' };
    const wrongModule = await expectError(core, admin, 'agreements.addTransfer', {
      id: hosting.id,
      transfer: { ...scc, sccModule: 3, ...tia },
    });
    expect(wrongModule.issues).toMatchObject([
      {
        path: 'transfer.sccModule',
        message: 'Controller to processor uses module 2 of the standard contractual clauses, not module 3',
      },
    ]);
    const wrongDirection = await expectError(core, admin, 'agreements.addTransfer', {
      id: hosting.id,
      transfer: { ...scc, sccModule: 4, direction: 'processor-controller', ...tia },
    });
    expect(wrongDirection.issues?.[0]).toMatchObject({
      path: 'transfer.direction',
      message:
        'Under a supplier agreement a transfer goes controller to processor or processor to processor (a sub-processor)',
    });
    let detail = await expectOk(core, admin, 'agreements.addTransfer', {
      id: hosting.id,
      transfer: { ...scc, sccModule: 2, ...tia },
    });
    expect(detail.transfers[0]).toMatchObject({
      direction: 'controller-processor',
      sccModule: 2,
      errors: [],
    });
    detail = await expectOk(core, admin, 'agreements.addTransfer', {
      id: hosting.id,
      transfer: {
        ...scc,
        importer: 'Atlas Cloud LLC',
        sccModule: 3,
        direction: 'processor-processor',
        ...tia,
      },
    });
    expect(detail.transfers[1]).toMatchObject({ direction: 'processor-processor', errors: [] });
    // A customer agreement: back to the customer is module 4.
    const service = await expectOk(core, admin, 'agreements.create', customerAgreement(customer.id));
    detail = await expectOk(core, admin, 'agreements.addTransfer', {
      id: service.id,
      transfer: {
        ...scc,
        importer: 'Fjord Regnskap, US office',
        sccModule: 4,
        direction: 'processor-controller',
        ...tia,
      },
    });
    expect(detail.transfers[0]).toMatchObject({ direction: 'processor-controller', errors: [] });
    // A record from before, with a module that does not fit, is flagged.
    await core.db('agreement_transfers').where({ id: detail.transfers[0].id }).update({ scc_module: 1 });
    detail = await expectOk(core, admin, 'agreements.get', { id: service.id });
    expect(detail.transfers[0].errors).toEqual([
      'Module 1 is for controller to controller; this transfer is processor back to its controller: use module 4.',
    ]);
  });

  it('Art. 49: a derogation is refused for a regular, repeated transfer', async () => {
    const { core, admin, cloud } = await agreementOffice();
    const hosting = await expectOk(core, admin, 'agreements.create', supplierAgreement(cloud.id));
    const transfer = {
      importer: 'Lawyer in Brazil',
      country: 'BR' as const,
      basis: 'derogation' as const,
      derogation: 'legal-claims' as const,
    };
    const regular = await expectError(core, admin, 'agreements.addTransfer', { id: hosting.id, transfer });
    expect(regular.issues).toMatchObject([
      {
        path: 'transfer.occasional',
        message:
          'An Art. 49 derogation covers occasional transfers only: a regular, repeated transfer needs SCCs or BCRs',
      },
    ]);
    const detail = await expectOk(core, admin, 'agreements.addTransfer', {
      id: hosting.id,
      transfer: { ...transfer, occasional: true },
    });
    expect(detail).toMatchObject({ transferFlag: false, transfers: [{ occasional: true, errors: [] }] });
    // One recorded before the rule, not marked occasional, is flagged.
    await core.db('agreement_transfers').where({ agreement_id: hosting.id }).update({ occasional: false });
    const flagged = await expectOk(core, admin, 'agreements.get', { id: hosting.id });
    expect(flagged.transfers[0].errors).toEqual([
      'An Art. 49 derogation covers occasional transfers only; a regular, repeated transfer needs safeguards such as SCCs or BCRs (EDPB guidelines 2/2018).',
    ]);
  });

  it('C-311/18 (Schrems II): a transfer impact assessment is required for SCC and BCR transfers before the agreement can be active', async () => {
    const { core, admin, dpo, cloud } = await agreementOffice();
    const draft = await expectOk(
      core,
      admin,
      'agreements.create',
      supplierAgreement(cloud.id, { status: 'draft', signedOn: null, effectiveOn: null }),
    );
    let detail = await expectOk(core, admin, 'agreements.addTransfer', {
      id: draft.id,
      transfer: { importer: 'Cloudway Hosting Inc.', country: 'US', basis: 'bcr' },
    });
    expect(detail.transferFlag).toBe(true);
    expect(detail.transfers[0].errors).toEqual([
      'No transfer impact assessment is recorded: one is required before data goes out under SCCs or BCRs (C-311/18, Schrems II; EDPB recommendations 01/2020).',
    ]);
    expect((await expectOk(core, dpo, 'agreements.list', { basis: 'flagged' })).total).toBe(1);
    const activate = supplierAgreement(cloud.id, { status: 'active' });
    const refused = await expectError(core, admin, 'agreements.update', { id: draft.id, changes: activate });
    expect(refused).toMatchObject({
      code: 'RULE_VIOLATION',
      issues: [{ path: 'status', message: 'Record the transfer impact assessment first' }],
    });
    expect(refused.message).toContain(
      `A transfer impact assessment is required before ${draft.reference} can be active: record it for the transfer to Cloudway Hosting Inc. (United States)`,
    );
    await expectOk(core, admin, 'agreements.updateTransfer', {
      id: draft.id,
      transferId: detail.transfers[0].id,
      transfer: {
        importer: 'Cloudway Hosting Inc.',
        country: 'US',
        basis: 'bcr',
        tiaDone: true,
        tiaOn: '2026-03-01',
      },
    });
    detail = await expectOk(core, admin, 'agreements.update', { id: draft.id, changes: activate });
    expect(detail).toMatchObject({ status: 'active', transferFlag: false });
  });

  it('Art. 45: each adequacy decision has its date and end, and a transfer whose decision has ended is flagged', async () => {
    const { core, admin, dpo, cloud, payroll, moveClock } = await agreementOffice();
    const uk = await expectOk(
      core,
      admin,
      'agreements.create',
      supplierAgreement(payroll.id, { title: 'Mail in the UK', locations: ['GB'] }),
    );
    let detail = await expectOk(core, admin, 'agreements.addTransfer', {
      id: uk.id,
      transfer: { importer: 'Northwind Mail Ltd', country: 'GB', basis: 'adequacy' },
    });
    expect(detail.transfers[0]).toMatchObject({
      errors: [],
      adequacyDecision: {
        reference: 'Implementing Decision of 19 December 2025 renewing 2021/1772',
        adopted: '2025-12-19',
        endsOn: '2031-12-27',
      },
    });
    // A US transfer recorded in 2019 under Privacy Shield lost its basis in 2020: the DPF does not
    // continue it, so it is flagged until confirmed again.
    const us = await expectOk(
      core,
      admin,
      'agreements.create',
      supplierAgreement(cloud.id, { title: 'Hosting', locations: ['US'] }),
    );
    detail = await expectOk(core, admin, 'agreements.addTransfer', {
      id: us.id,
      transfer: {
        importer: 'Cloudway Hosting Inc.',
        country: 'US',
        basis: 'adequacy',
        adequacyConfirmed: true,
      },
    });
    expect(detail.transfers[0].errors).toEqual([]);
    await core
      .db('agreement_transfers')
      .where({ agreement_id: us.id })
      .update({ updated_at: '2019-05-02T10:00:00.000Z' });
    detail = await expectOk(core, admin, 'agreements.get', { id: us.id });
    expect(detail.transfers[0].errors).toEqual([
      'The transfer was recorded under Implementing Decision (EU) 2016/1250 (Privacy Shield), which ended on 15.07.2020; Implementing Decision (EU) 2023/1795 (Data Privacy Framework) applies now: check that the importer is covered and confirm the transfer again.',
    ]);
    // After 27 December 2031 the UK decision has ended: the register flags the agreement that day.
    await moveClock('2032-01-05T09:00:00.000Z');
    const flagged = await expectOk(core, dpo, 'agreements.list', { basis: 'flagged' });
    expect(flagged.rows.map((row) => row.reference)).toEqual([uk.reference, us.reference]);
    detail = await expectOk(core, dpo, 'agreements.get', { id: uk.id });
    expect(detail.transfers[0].errors[0]).toBe(
      'The adequacy decision for United Kingdom (Implementing Decision of 19 December 2025 renewing 2021/1772) ended on 27.12.2031 (Renewed for six years): choose standard contractual clauses, binding corporate rules or an Art. 49 derogation.',
    );
  });

  it('an agreement past its expiry date is expired in the register and the report, and the dashboard asks to close it', async () => {
    const { core, admin, dpo, cloud, moveClock } = await agreementOffice();
    const created = await expectOk(
      core,
      admin,
      'agreements.create',
      supplierAgreement(cloud.id, { expiryOn: '2026-03-20' }),
    );
    await moveClock('2026-03-25T09:00:00.000Z');
    const detail = await expectOk(core, dpo, 'agreements.get', { id: created.id });
    expect(detail).toMatchObject({ status: 'expired', recordedStatus: 'active' });
    const ids = async (status: 'active' | 'expired') =>
      (await expectOk(core, dpo, 'agreements.list', { status })).rows.map((row) => row.id);
    expect(await ids('active')).toEqual([]);
    expect(await ids('expired')).toEqual([created.id]);
    const overview = await expectOk(core, dpo, 'dashboard.overview');
    const items = overview.sections.flatMap((section) => section.kinds.flatMap((kind) => kind.items));
    expect(items.filter((item) => item.kind === 'agreement').map((item) => item.title)).toEqual([
      `${created.reference} “Hosting of the telephony platform”: expired, close it`,
    ]);
    const summary = await runAsSystem(core, 'test', (ctx) => agreementRegisterSummary(ctx, '2026-03-25'));
    expect(summary.byStatus).toMatchObject({ active: 0, expired: 1 });
  });
});
