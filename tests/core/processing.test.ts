import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../src/shared/contract';
import { agreementOffice, customerAgreement, supplierAgreement } from './support/agreements';
import { runCli } from './support/cli';
import { expectError, expectOk, tempDir } from './support/core';

function pdfText(base64: string): string {
  const file = path.join(tempDir(), 'record.pdf');
  fs.writeFileSync(file, Buffer.from(base64, 'base64'));
  return execFileSync('pdftotext', ['-layout', file, '-']).toString();
}

const ownProcessing: ChannelInput<'processing.create'> = {
  role: 'controller',
  name: 'Call recording for quality',
  purposes: 'To document agreements made by phone and train staff.',
  legalBases: ['6-1-f'],
  dataSubjects: ['Callers'],
  dataCategories: ['Call recordings'],
  recipients: ['Our telephony supplier (processor)'],
  retention: 'Six months after the call.',
  securityMeasures: 'Encrypted storage; access for team leaders only, logged.',
};

describe('the record of processing activities (Art. 30)', () => {
  it('Art. 30(1): the record as controller comes seeded from the privacy statement, and lists what it still lacks', async () => {
    const { core, dpo } = await agreementOffice();
    const register = await expectOk(core, dpo, 'processing.list', {});
    expect(register.rows.map((row) => [row.reference, row.name])).toEqual([
      ['PA-001', 'Inquiries by phone and e-mail'],
      ['PA-002', 'Service improvement: user behaviour analyses, user surveys and studies'],
      ['PA-003', 'Payments, invoicing and bookkeeping'],
      ['PA-004', 'Security, fraud and abuse prevention'],
      ['PA-005', 'Marketing of our services by SMS and e-mail'],
      ['PA-006', 'Recruitment'],
      ['PA-007', 'Other purposes the person has consented to'],
    ]);
    const bookkeeping = await expectOk(core, dpo, 'processing.get', { id: register.rows[2].id });
    expect(bookkeeping).toMatchObject({
      role: 'controller',
      legalBases: ['6-1-c'],
      missing: [],
      canEdit: false,
    });
    expect(bookkeeping.retention).toContain('bokføringsloven § 13');
    // The statement names no time limit for erasure of recruitment data: the record says it is missing.
    expect(register.rows.find((row) => row.name === 'Recruitment')?.missing).toEqual([
      'The time limits for erasure (Art. 30(1)(f))',
    ]);
  });

  it('Art. 30(2): a record as processor for each customer, linked to its agreement; agreements in force without one are listed', async () => {
    const { core, admin, dpo, customer, cloud } = await agreementOffice();
    const service = await expectOk(
      core,
      admin,
      'agreements.create',
      customerAgreement(customer.id, {
        subjectMatter: 'Customer service by phone',
        naturePurpose: 'Answering calls and e-mails from Fjord Regnskap’s customers for it.',
        dataTypes: ['Name', 'Phone number', 'Call notes and correspondence'],
      }),
    );
    await expectOk(core, admin, 'agreements.addTransfer', {
      id: service.id,
      transfer: {
        importer: 'Cloudway Hosting Inc.',
        country: 'US',
        basis: 'scc',
        sccModule: 3,
        tiaDone: true,
        tiaOn: '2026-02-01',
      },
    });
    let register = await expectOk(core, dpo, 'processing.list', {});
    expect(register.uncovered).toEqual([
      {
        agreementId: service.id,
        reference: service.reference,
        title: service.title,
        customer: { id: customer.id, name: 'Fjord Regnskap AS' },
      },
    ]);
    const record = await expectOk(core, admin, 'processing.createFromAgreement', { agreementId: service.id });
    expect(record).toMatchObject({
      reference: 'PA-008',
      role: 'processor',
      name: service.title,
      customer: { id: customer.id, name: 'Fjord Regnskap AS' },
      agreement: { id: service.id, reference: service.reference, status: 'active' },
      dataCategories: ['Name', 'Phone number', 'Call notes and correspondence'],
      processingCategories:
        'Customer service by phone. Answering calls and e-mails from Fjord Regnskap’s customers for it.',
      transfers: [
        {
          recipient: 'Cloudway Hosting Inc.',
          country: 'US',
          basis: 'scc',
          sccModule: 3,
          direction: 'processor-processor',
          errors: [],
        },
      ],
      missing: ['A general description of the security measures (Art. 30(2)(d))'],
    });
    register = await expectOk(core, dpo, 'processing.list', { role: 'processor' });
    expect(register.uncovered).toEqual([]);
    expect(register.rows.map((row) => row.reference)).toEqual(['PA-008']);
    expect(
      (await expectError(core, admin, 'processing.createFromAgreement', { agreementId: service.id })).message,
    ).toBe(`PA-008 already records the processing under ${service.reference}.`);
    const hosting = await expectOk(core, admin, 'agreements.create', supplierAgreement(cloud.id));
    expect(
      (await expectError(core, admin, 'processing.createFromAgreement', { agreementId: hosting.id })).code,
    ).toBe('RULE_VIOLATION');
    expect(
      (await expectError(core, admin, 'processing.createFromAgreement', { agreementId: 9999 })).code,
    ).toBe('NOT_FOUND');
    const noCustomer = await expectError(core, admin, 'processing.create', {
      role: 'processor',
      name: 'Payroll for customers',
    });
    expect(noCustomer.issues).toMatchObject([
      { path: 'customerId', message: 'Choose the customer we process for' },
    ]);
    const wrongAgreement = await expectError(core, admin, 'processing.create', {
      role: 'processor',
      name: 'Payroll for customers',
      customerId: customer.id,
      agreementId: hosting.id,
    });
    expect(wrongAgreement.issues?.[0]).toMatchObject({
      path: 'agreementId',
      message: `${hosting.reference} is not our agreement as processor for the chosen customer`,
    });
    const notACustomer = await expectError(core, admin, 'processing.create', {
      role: 'processor',
      name: 'Hosting',
      customerId: cloud.id,
    });
    expect(notACustomer.issues?.[0].message).toBe('Cloudway Hosting Inc. is not registered as a customer');
  });

  it('administrators keep it, the data protection officer reads it, agents are refused; changes are in its history', async () => {
    const { core, admin, dpo, agent } = await agreementOffice();
    expect((await expectError(core, agent, 'processing.list', {})).code).toBe('FORBIDDEN');
    expect((await expectError(core, agent, 'processing.export', { format: 'pdf' })).code).toBe('FORBIDDEN');
    expect((await expectError(core, dpo, 'processing.create', ownProcessing)).code).toBe('FORBIDDEN');
    const created = await expectOk(core, admin, 'processing.create', ownProcessing);
    expect(created).toMatchObject({ reference: 'PA-008', missing: [], canEdit: true });
    const updated = await expectOk(core, admin, 'processing.update', {
      id: created.id,
      changes: { ...ownProcessing, retention: 'Three months after the call.' },
    });
    expect(updated.retention).toBe('Three months after the call.');
    const archived = await expectOk(core, admin, 'processing.archive', {
      id: created.id,
      reason: 'Calls are no longer recorded from 1 March.',
    });
    expect(archived.archive).toMatchObject({
      by: 'Test kari',
      reason: 'Calls are no longer recorded from 1 March.',
    });
    expect((await expectOk(core, dpo, 'processing.list', {})).rows.map((row) => row.id)).not.toContain(
      created.id,
    );
    expect(
      (await expectOk(core, dpo, 'processing.list', { includeArchived: true })).rows.map((row) => row.id),
    ).toContain(created.id);
    expect(
      (await expectError(core, admin, 'processing.update', { id: created.id, changes: ownProcessing })).code,
    ).toBe('RULE_VIOLATION');
    await expectOk(core, admin, 'processing.restore', { id: created.id });
    expect((await expectError(core, admin, 'processing.restore', { id: created.id })).code).toBe('CONFLICT');
    const history = await expectOk(core, dpo, 'processing.history', { id: created.id });
    expect(history.map((entry) => entry.action)).toEqual(['create', 'update', 'archive', 'restore']);
    expect(history[1]).toMatchObject({
      before: { retention: 'Six months after the call.' },
      after: { retention: 'Three months after the call.' },
    });
    expect((await expectError(core, dpo, 'processing.get', { id: 999 })).code).toBe('NOT_FOUND');
    const unknownKey = await expectError(core, admin, 'processing.create', {
      ...ownProcessing,
      colour: 'red',
    });
    expect(unknownKey.code).toBe('INVALID_INPUT');
  });

  it('Chapter V: a transfer in the record needs a basis that fits (module, occasional derogation, impact assessment)', async () => {
    const { core, admin } = await agreementOffice();
    const regular = await expectError(core, admin, 'processing.create', {
      ...ownProcessing,
      transfers: [
        { recipient: 'Law firm in Brazil', country: 'BR', basis: 'derogation', derogation: 'legal-claims' },
      ],
    });
    expect(regular.issues?.[0].path).toBe('transfers.0.occasional');
    const wrongModule = await expectError(core, admin, 'processing.create', {
      ...ownProcessing,
      transfers: [
        {
          recipient: 'Agency in India',
          country: 'IN',
          basis: 'scc',
          sccModule: 3,
          direction: 'controller-controller',
        },
      ],
    });
    expect(wrongModule.issues).toMatchObject([
      { path: 'transfers.0.sccModule', message: 'This direction uses module 1, not module 3' },
    ]);
    const created = await expectOk(core, admin, 'processing.create', {
      ...ownProcessing,
      transfers: [
        {
          recipient: 'Agency in India',
          country: 'IN',
          basis: 'scc',
          sccModule: 1,
          direction: 'controller-controller',
        },
      ],
    });
    expect(created.transferFlag).toBe(true);
    expect(created.transfers[0].errors).toEqual([
      'No transfer impact assessment is recorded: one is required before data goes out under SCCs or BCRs (C-311/18, Schrems II; EDPB recommendations 01/2020).',
    ]);
    expect(created.countries).toEqual(['IN']);
  });

  it('exports as a PDF to hand Datatilsynet, and as XLSX, from the app and the command line', async () => {
    const { core, admin, dpo, customer } = await agreementOffice();
    const service = await expectOk(core, admin, 'agreements.create', customerAgreement(customer.id));
    await expectOk(core, admin, 'processing.createFromAgreement', { agreementId: service.id });
    await expectOk(core, dpo, 'auth.setLanguage', { language: 'en' });
    const pdf = await expectOk(core, dpo, 'processing.export', { format: 'pdf' });
    expect(pdf).toMatchObject({
      fileName: 'record-of-processing-2026-03-02.pdf',
      mediaType: 'application/pdf',
    });
    const text = pdfText(pdf.base64).replace(/\s+/g, ' ');
    for (const expected of [
      'Record of processing activities',
      'We Assist AS, org. no. 928 179 575',
      'Data protection officer: Test dina',
      '1. As controller (Art. 30(1))',
      'PA-003 Payments, invoicing and bookkeeping',
      'Time limits for erasure (Art. 30(1)(f))',
      '2. As processor, for each customer (Art. 30(2))',
      `Fjord Regnskap AS, agreement ${service.reference}`,
      'Still to record: The time limits for erasure (Art. 30(1)(f))',
    ])
      expect(text).toContain(expected);
    const xlsx = await expectOk(core, dpo, 'processing.export', { format: 'xlsx' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.rowCount).toBe(9);
    expect(sheet.getRow(1).getCell(1).value).toBe('Reference');
    expect(sheet.getRow(9).getCell(4).value).toBe('Fjord Regnskap AS');
    const audits = await core.db('audit_log').where({ entity_type: 'processing-activity', action: 'export' });
    expect(audits).toHaveLength(2);

    const out = path.join(tempDir(), 'ropa.pdf');
    const cli = await runCli([
      '--db',
      core.database,
      '--data-dir',
      core.dir,
      'processing',
      'export',
      '--format',
      'pdf',
      '--out',
      out,
    ]);
    expect(cli.code, cli.err.join('\n')).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    expect(
      (
        await runCli([
          '--db',
          core.database,
          '--data-dir',
          core.dir,
          'processing',
          'export',
          '--format',
          'csv',
        ])
      ).code,
    ).toBe(2);
  });
});
