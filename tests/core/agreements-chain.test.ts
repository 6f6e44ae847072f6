import { describe, expect, it } from 'vitest';
import { agreementOffice, customerAgreement, supplierAgreement, tickAll } from './support/agreements';
import { expectError, expectOk } from './support/core';

describe('transfers outside the EEA', () => {
  it('flag a non-EEA location without a valid basis, and the partial US adequacy without the DPF confirmation', async () => {
    const { core, admin, dpo, cloud } = await agreementOffice();
    const created = await expectOk(
      core,
      admin,
      'agreements.create',
      supplierAgreement(cloud.id, { locations: ['NO', 'US', 'IN', 'JP'] }),
    );
    expect(created.transferFlag).toBe(true);
    expect(created.coverage).toEqual([
      { country: 'IN', status: 'third-country', coveredBy: null },
      // Japan's adequacy decision is a basis by itself.
      { country: 'JP', status: 'adequate', coveredBy: 'adequacy' },
      { country: 'US', status: 'partially-adequate', coveredBy: null },
    ]);
    expect(created.countries).toEqual(['IN', 'JP', 'US']);

    const claimed = await expectOk(core, admin, 'agreements.addTransfer', {
      id: created.id,
      transfer: { importer: 'Cloudway Hosting Inc.', country: 'US', basis: 'adequacy' },
    });
    expect(claimed.transfers[0].errors).toEqual([
      'The adequacy decision for United States covers only some recipients (Only organisations certified under the EU-U.S. Data Privacy Framework): confirm that the importer is covered, or choose another basis.',
    ]);
    expect(claimed.transferFlag).toBe(true);
    const certified = await expectOk(core, admin, 'agreements.updateTransfer', {
      id: created.id,
      transferId: claimed.transfers[0].id,
      transfer: {
        importer: 'Cloudway Hosting Inc.',
        country: 'US',
        basis: 'adequacy',
        adequacyConfirmed: true,
      },
    });
    expect(certified.coverage.find((entry) => entry.country === 'US')?.coveredBy).toBe('transfer');
    expect(certified.transferProblems).toEqual([
      'Data is processed in India without a valid transfer basis.',
    ]);
    const wrongBasis = await expectOk(core, admin, 'agreements.addTransfer', {
      id: created.id,
      transfer: { importer: 'Bengaluru Support Pvt Ltd', country: 'IN', basis: 'adequacy' },
    });
    expect(wrongBasis.transferFlag).toBe(true);
    expect(wrongBasis.transfers[1].errors[0]).toContain('There is no adequacy decision for India');
    const scc = await expectOk(core, admin, 'agreements.updateTransfer', {
      id: created.id,
      transferId: wrongBasis.transfers[1].id,
      transfer: {
        importer: 'Bengaluru Support Pvt Ltd',
        country: 'IN',
        basis: 'scc',
        sccModule: 2,
        tiaDone: true,
        tiaOn: '2026-02-01',
        supplementaryMeasures: 'Pseudonymised tickets; access through our jump host',
      },
    });
    expect(scc.transferFlag).toBe(false);
    expect(scc.transferProblems).toEqual([]);
    expect(scc.transfers[1]).toMatchObject({
      basis: 'scc',
      sccModule: 2,
      tiaDone: true,
      errors: [],
      warnings: [],
    });

    // A sub-processor the supplier declared in a third country is a processing location too.
    const declared = await expectOk(core, admin, 'agreements.addDeclaredSubprocessor', {
      id: created.id,
      name: 'Manila Helpdesk Inc.',
      country: 'PH',
      service: 'Night-time first-line support',
    });
    expect(declared.transferFlag).toBe(true);
    expect(declared.transferProblems).toEqual([
      'Data is processed in Philippines without a valid transfer basis.',
    ]);
    const removed = await expectOk(core, admin, 'agreements.removeDeclaredSubprocessor', {
      id: created.id,
      declaredId: declared.declaredSubprocessors[0].id,
    });
    expect(removed.transferFlag).toBe(false);
    expect(removed.declaredSubprocessors).toEqual([]);
    const restored = await expectOk(core, admin, 'agreements.restoreDeclaredSubprocessor', {
      id: created.id,
      declaredId: declared.declaredSubprocessors[0].id,
    });
    expect(restored.transferFlag).toBe(true);

    const list = async (filter: object) =>
      (await expectOk(core, dpo, 'agreements.list', filter)).rows.map((row) => row.reference);
    await expectOk(core, admin, 'agreements.create', supplierAgreement(cloud.id, { title: 'Home only' }));
    expect(await list({ basis: 'flagged' })).toEqual([created.reference]);
    expect(await list({ basis: 'scc' })).toEqual([created.reference]);
    expect(await list({ basis: 'bcr' })).toEqual([]);
    expect(await list({ country: 'PH' })).toEqual([created.reference]);
    expect(await list({ country: 'JP' })).toEqual([created.reference]);
    expect(await list({ country: 'NO' })).toHaveLength(2);
  });

  it('need a module for SCCs, a derogation named, and no transfer to a country of the EEA', async () => {
    const { core, admin, cloud } = await agreementOffice();
    const created = await expectOk(core, admin, 'agreements.create', supplierAgreement(cloud.id));
    const missing = await expectError(core, admin, 'agreements.addTransfer', {
      id: created.id,
      transfer: { importer: 'X', country: 'US', basis: 'scc', tiaDone: true },
    });
    expect(missing.issues).toMatchObject([
      { path: 'transfer.sccModule', message: 'Choose the module of the standard contractual clauses' },
      { path: 'transfer.tiaOn', message: 'Give the date of the transfer impact assessment' },
    ]);
    const module5 = await expectError(core, admin, 'agreements.addTransfer', {
      id: created.id,
      transfer: { importer: 'X', country: 'US', basis: 'scc', sccModule: 5 },
    });
    expect(module5.issues?.[0].message).toBe('The modules are numbered 1 to 4');
    const derogation = await expectError(core, admin, 'agreements.addTransfer', {
      id: created.id,
      transfer: { importer: 'X', country: 'BR', basis: 'derogation' },
    });
    expect(derogation.issues?.[0]).toMatchObject({
      path: 'transfer.derogation',
      message: 'Choose which Art. 49 derogation applies',
    });
    const eea = await expectError(core, admin, 'agreements.addTransfer', {
      id: created.id,
      transfer: { importer: 'Signwise AB', country: 'SE', basis: 'adequacy' },
    });
    expect(eea.issues?.[0].message).toContain('Sweden is in the EEA');
    const occasional = await expectOk(core, admin, 'agreements.addTransfer', {
      id: created.id,
      transfer: {
        importer: 'Lawyer in Brazil',
        country: 'BR',
        basis: 'derogation',
        derogation: 'legal-claims',
        occasional: true,
      },
    });
    expect(occasional.transfers[0]).toMatchObject({ occasional: true, errors: [], warnings: [] });
    const gone = await expectOk(core, admin, 'agreements.removeTransfer', {
      id: created.id,
      transferId: occasional.transfers[0].id,
    });
    expect(gone.transfers).toEqual([]);
    const back = await expectOk(core, admin, 'agreements.restoreTransfer', {
      id: created.id,
      transferId: occasional.transfers[0].id,
    });
    expect(back.transfers).toHaveLength(1);
    const history = await expectOk(core, admin, 'agreements.history', { id: created.id });
    expect(history.map((entry) => entry.action)).toEqual([
      'create',
      'add-transfer',
      'remove-transfer',
      'restore-transfer',
    ]);
    expect(history[1].after).toMatchObject({
      country: 'Brazil',
      basis: 'Derogation (Art. 49) (e) Legal claims',
    });
  });
});

describe('the sub-processor chain', () => {
  async function chain() {
    const office = await agreementOffice();
    const { core, admin, customer, cloud, india } = office;
    const hosting = await expectOk(
      core,
      admin,
      'agreements.create',
      supplierAgreement(cloud.id, { locations: ['US'] }),
    );
    await expectOk(core, admin, 'agreements.addTransfer', {
      id: hosting.id,
      transfer: {
        importer: 'Cloudway Hosting Inc.',
        country: 'US',
        basis: 'scc',
        sccModule: 2,
        tiaDone: true,
        tiaOn: '2025-01-10',
      },
    });
    await tickAll(core, admin, hosting.id, ['audits']);
    const support = await expectOk(
      core,
      admin,
      'agreements.create',
      supplierAgreement(india.id, {
        title: 'Second-line IT support',
        status: 'negotiation',
        signedOn: null,
        effectiveOn: null,
      }),
    );
    const service = await expectOk(core, admin, 'agreements.create', customerAgreement(customer.id));
    return { ...office, hosting, support, service };
  }

  it('is navigable both ways: customer → us → supplier, and from the supplier back to its customers', async () => {
    const { core, admin, dpo, customer, cloud, india, hosting, support, service } = await chain();
    // Listed in the agreement when it was signed: authorised by it (no change notice needed).
    const linked = await expectOk(core, admin, 'agreements.addSubprocessor', {
      id: service.id,
      organisationId: cloud.id,
      supplierAgreementId: hosting.id,
      service: 'Hosting of call recordings',
      authorisedOn: '2025-02-01',
    });
    expect(linked.subprocessors).toEqual([
      expect.objectContaining({
        organisation: { id: cloud.id, name: 'Cloudway Hosting Inc.', country: 'US' },
        supplierAgreement: {
          id: hosting.id,
          reference: hosting.reference,
          title: 'Hosting of the telephony platform',
          status: 'active',
          transferFlag: false,
        },
        service: 'Hosting of call recordings',
        problems: ['Our agreement with Cloudway Hosting Inc. lacks 1 Art. 28(3) clause.'],
      }),
    ]);
    const withIndia = await expectOk(core, admin, 'agreements.addSubprocessor', {
      id: service.id,
      organisationId: india.id,
      supplierAgreementId: support.id,
      authorisedOn: '2025-02-01',
    });
    expect(withIndia.subprocessors[1].problems).toEqual([
      'Our agreement with Bengaluru Support Pvt Ltd (DPA-2026-002) is in negotiation.',
    ]);

    const back = await expectOk(core, dpo, 'agreements.get', { id: hosting.id });
    expect(back.usedFor).toEqual([
      {
        linkId: linked.subprocessors[0].id,
        agreement: { id: service.id, reference: service.reference, title: service.title, status: 'active' },
        customer: { id: customer.id, name: 'Fjord Regnskap AS' },
        service: 'Hosting of call recordings',
      },
    ]);
    const cloudView = await expectOk(core, dpo, 'agreements.forOrganisation', { organisationId: cloud.id });
    expect(cloudView.asSupplier.map((row) => row.reference)).toEqual([hosting.reference]);
    expect(cloudView.asCustomer).toEqual([]);
    expect(cloudView.subprocessorFor).toEqual([
      {
        linkId: linked.subprocessors[0].id,
        agreement: { id: service.id, reference: service.reference, title: service.title, status: 'active' },
        customer: { id: customer.id, name: 'Fjord Regnskap AS' },
        via: { id: hosting.id, reference: hosting.reference, title: hosting.title, status: 'active' },
      },
    ]);
    const customerView = await expectOk(core, dpo, 'agreements.forOrganisation', {
      organisationId: customer.id,
    });
    expect(customerView.asCustomer.map((row) => row.reference)).toEqual([service.reference]);

    // A wrong link, a second link for the same supplier, and a link on a supplier agreement are refused.
    const mismatch = await expectError(core, admin, 'agreements.addSubprocessor', {
      id: service.id,
      organisationId: cloud.id,
      supplierAgreementId: support.id,
    });
    expect(mismatch.issues).toMatchObject([
      {
        path: 'supplierAgreementId',
        message: `${support.reference} is not our agreement with Cloudway Hosting Inc.`,
      },
    ]);
    const twice = await expectError(core, admin, 'agreements.addSubprocessor', {
      id: service.id,
      organisationId: cloud.id,
      supplierAgreementId: hosting.id,
    });
    expect(twice).toMatchObject({
      code: 'CONFLICT',
      message: 'Cloudway Hosting Inc. is already a sub-processor for Fjord Regnskap AS.',
    });
    const wrongSide = await expectError(core, admin, 'agreements.addSubprocessor', {
      id: hosting.id,
      organisationId: india.id,
    });
    expect(wrongSide.code).toBe('RULE_VIOLATION');
    const notSupplier = await expectError(core, admin, 'agreements.addSubprocessor', {
      id: service.id,
      organisationId: customer.id,
    });
    expect(notSupplier.issues?.[0].message).toBe('Fjord Regnskap AS is not registered as a supplier');

    // Removing is undoable.
    const removed = await expectOk(core, admin, 'agreements.removeSubprocessor', {
      id: service.id,
      subprocessorId: withIndia.subprocessors[1].id,
    });
    expect(removed.subprocessors).toHaveLength(1);
    const restored = await expectOk(core, admin, 'agreements.restoreSubprocessor', {
      id: service.id,
      subprocessorId: withIndia.subprocessors[1].id,
    });
    expect(restored.subprocessors).toHaveLength(2);
    // Once part of a chain, an agreement keeps its organisation and direction.
    const move = await expectError(core, admin, 'agreements.update', {
      id: hosting.id,
      changes: supplierAgreement(india.id),
    });
    expect(move.message).toContain('part of a sub-processor chain');
  });

  it('under a specific authorisation needs the date the customer approved each sub-processor', async () => {
    const { core, admin, customer, cloud, hosting } = await chain();
    const specific = await expectOk(
      core,
      admin,
      'agreements.create',
      customerAgreement(customer.id, { title: 'Payroll', subprocessorAuthorisation: 'specific' }),
    );
    const undated = await expectError(core, admin, 'agreements.addSubprocessor', {
      id: specific.id,
      organisationId: cloud.id,
      supplierAgreementId: hosting.id,
    });
    expect(undated.issues).toMatchObject([
      {
        path: 'authorisedOn',
        message: 'Give the date the customer authorised this sub-processor in writing',
      },
    ]);
    const dated = await expectOk(core, admin, 'agreements.addSubprocessor', {
      id: specific.id,
      organisationId: cloud.id,
      supplierAgreementId: hosting.id,
      authorisedOn: '2026-02-10',
    });
    expect(dated.subprocessors[0].authorisedOn).toBe('2026-02-10');
    const notice = await expectError(core, admin, 'agreements.addNotice', {
      id: specific.id,
      change: 'addition',
      description: 'New hosting',
      sentOn: '2026-03-01',
      objectionDeadline: '2026-03-31',
    });
    expect(notice.message).toContain('Under a specific authorisation');
    const unset = await expectOk(
      core,
      admin,
      'agreements.create',
      customerAgreement(customer.id, { title: 'Unset', subprocessorAuthorisation: null }),
    );
    const first = await expectError(core, admin, 'agreements.addSubprocessor', {
      id: unset.id,
      organisationId: cloud.id,
    });
    expect(first).toMatchObject({ code: 'RULE_VIOLATION', issues: [{ path: 'subprocessorAuthorisation' }] });
  });

  it('keeps a dated log of change notices and objections under a general authorisation', async () => {
    const { core, admin, india, support, service } = await chain();
    const late = await expectError(core, admin, 'agreements.addNotice', {
      id: service.id,
      change: 'addition',
      organisationId: india.id,
      description: 'Second-line support from Bengaluru',
      sentOn: '2026-03-01',
      objectionDeadline: '2026-03-01',
    });
    expect(late.issues).toMatchObject([
      {
        path: 'objectionDeadline',
        message: 'The customer needs time to object: the deadline must come after the notice',
      },
    ]);
    const sent = await expectOk(core, admin, 'agreements.addNotice', {
      id: service.id,
      change: 'addition',
      organisationId: india.id,
      description: 'Second-line support from Bengaluru',
      sentOn: '2026-03-01',
      sentTo: 'personvern@fjord.example',
      objectionDeadline: '2026-03-31',
    });
    expect(sent.notices[0]).toMatchObject({
      change: 'addition',
      organisation: { id: india.id, name: 'Bengaluru Support Pvt Ltd' },
      sentOn: '2026-03-01',
      objectionDeadline: '2026-03-31',
      objection: null,
      state: 'window-open',
    });
    const objected = await expectOk(core, admin, 'agreements.recordObjection', {
      id: service.id,
      noticeId: sent.notices[0].id,
      receivedOn: '2026-03-02',
      reason: 'No support from outside the EEA',
    });
    expect(objected.notices[0]).toMatchObject({
      state: 'objected',
      objection: { receivedOn: '2026-03-02', reason: 'No support from outside the EEA', late: false },
    });
    expect(objected.deadlines.map((item) => item.kind)).toContain('objection-open');
    const blocked = await expectError(core, admin, 'agreements.addSubprocessor', {
      id: service.id,
      organisationId: india.id,
      supplierAgreementId: support.id,
    });
    expect(blocked.message).toBe(
      'Fjord Regnskap AS objected to Bengaluru Support Pvt Ltd on 02.03.2026; resolve the objection first.',
    );
    expect(
      (
        await expectError(core, admin, 'agreements.recordObjection', {
          id: service.id,
          noticeId: sent.notices[0].id,
          receivedOn: '2026-03-02',
          reason: 'Again',
        })
      ).code,
    ).toBe('CONFLICT');
    const ended = await expectError(core, admin, 'agreements.resolveObjection', {
      id: service.id,
      noticeId: sent.notices[0].id,
      resolution: 'agreement-ended',
      resolvedOn: '2026-03-02',
    });
    expect(ended.message).toContain('Terminate');
    const resolved = await expectOk(core, admin, 'agreements.resolveObjection', {
      id: service.id,
      noticeId: sent.notices[0].id,
      resolution: 'change-dropped',
      resolvedOn: '2026-03-02',
      note: 'Support stays in Norway',
    });
    expect(resolved.notices[0]).toMatchObject({
      state: 'resolved',
      resolution: { outcome: 'change-dropped', resolvedOn: '2026-03-02', note: 'Support stays in Norway' },
    });
    expect(resolved.deadlines.map((item) => item.kind)).toEqual(['review-overdue']);
    const history = await expectOk(core, admin, 'agreements.history', { id: service.id });
    expect(history.map((entry) => entry.action)).toEqual([
      'create',
      'change-notice',
      'objection',
      'resolve-objection',
    ]);
  });

  it('ending a customer agreement ends its sub-processors only once they were told; a supplier agreement in a chain cannot end', async () => {
    const { core, admin, cloud, india, hosting, support, service } = await chain();
    await expectOk(core, admin, 'agreements.addSubprocessor', {
      id: service.id,
      organisationId: cloud.id,
      supplierAgreementId: hosting.id,
      authorisedOn: '2025-02-01',
    });
    await expectOk(core, admin, 'agreements.addSubprocessor', {
      id: service.id,
      organisationId: india.id,
      supplierAgreementId: support.id,
      authorisedOn: '2025-02-01',
    });
    const supplierFirst = await expectError(core, admin, 'agreements.terminate', {
      id: hosting.id,
      terminatedOn: '2026-03-01',
      endOfProcessing: 'deleted',
    });
    expect(supplierFirst).toMatchObject({
      code: 'RULE_VIOLATION',
      message: `Cloudway Hosting Inc. is a sub-processor under 1 customer agreement not ended: ${service.reference} (Fjord Regnskap AS). Remove it from that agreement first; under a general authorisation, announce the change to the customer.`,
    });
    const unconfirmed = await expectError(core, admin, 'agreements.terminate', {
      id: service.id,
      terminatedOn: '2026-03-01',
      endOfProcessing: 'returned',
    });
    expect(unconfirmed).toMatchObject({
      code: 'RULE_VIOLATION',
      message:
        '2 sub-processors still process Fjord Regnskap AS’s data for us: Cloudway Hosting Inc., Bengaluru Support Pvt Ltd. Confirm that they were told to delete or return it too (Art. 28(3)(g) and 28(4)); they then end with the agreement.',
      issues: [{ path: 'endSubprocessors' }],
    });
    const expire = await expectError(core, admin, 'agreements.update', {
      id: service.id,
      changes: customerAgreement(service.organisation.id, { status: 'expired', expiryOn: '2026-03-01' }),
    });
    expect(expire.message).toContain('Use Terminate');
    // The same refusals in bokmål, the counts and lists included.
    await expectOk(core, admin, 'auth.setLanguage', { language: 'nb' });
    const terminate = { terminatedOn: '2026-03-01', endOfProcessing: 'returned' } as const;
    expect(
      (await expectError(core, admin, 'agreements.terminate', { id: hosting.id, ...terminate })).message,
    ).toBe(
      `Cloudway Hosting Inc. er underleverandør under 1 kundeavtale som ikke er avsluttet: ${service.reference} (Fjord Regnskap AS). Fjern den fra den avtalen først; ved generell godkjenning varsler du kunden om endringen.`,
    );
    expect(
      (await expectError(core, admin, 'agreements.terminate', { id: service.id, ...terminate })).message,
    ).toBe(
      '2 underleverandører behandler fortsatt opplysningene til Fjord Regnskap AS for oss: Cloudway Hosting Inc., Bengaluru Support Pvt Ltd. Bekreft at også de ble bedt om å slette eller returnere opplysningene (art. 28 nr. 3 bokstav g og nr. 4); de avsluttes da sammen med avtalen.',
    );
    await expectOk(core, admin, 'auth.setLanguage', { language: 'en' });
    expect((await expectOk(core, admin, 'agreements.get', { id: service.id })).subprocessors).toHaveLength(2);

    const ended = await expectOk(core, admin, 'agreements.terminate', {
      id: service.id,
      terminatedOn: '2026-03-01',
      endOfProcessing: 'returned',
      endConfirmedOn: '2026-03-02',
      endSubprocessors: true,
    });
    expect(ended).toMatchObject({ status: 'terminated', subprocessors: [] });
    const links = await core
      .db('agreement_subprocessors')
      .where({ agreement_id: service.id })
      .select('removed_reason');
    expect(links).toEqual([
      { removed_reason: 'The customer agreement was terminated on 01.03.2026' },
      { removed_reason: 'The customer agreement was terminated on 01.03.2026' },
    ]);
    const history = await expectOk(core, admin, 'agreements.history', { id: service.id });
    expect(history.at(-1)).toMatchObject({
      action: 'terminate',
      after: { status: 'Terminated', subprocessorsEnded: 2 },
    });
    expect((await expectOk(core, admin, 'agreements.get', { id: hosting.id })).usedFor).toEqual([]);
    const supplierNow = await expectOk(core, admin, 'agreements.terminate', {
      id: hosting.id,
      terminatedOn: '2026-03-01',
      endOfProcessing: 'deleted',
    });
    expect(supplierNow.status).toBe('terminated');
    const restore = await expectError(core, admin, 'agreements.restoreSubprocessor', {
      id: service.id,
      subprocessorId: 1,
    });
    expect(restore.code).toBe('RULE_VIOLATION');
  });
});
