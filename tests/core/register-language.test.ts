import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { say } from '../../src/shared/i18n/phrases';
import type { Session } from '../../src/main/core/session';
import { agreementOffice, customerAgreement, supplierAgreement, tickAll } from './support/agreements';
import { runCli } from './support/cli';
import { expectOk, signedIn, tempDir } from './support/core';

/** The text of a PDF, its line breaks and columns folded into single spaces. */
function pdfText(pdf: Buffer): string {
  const file = path.join(tempDir(), 'document.pdf');
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-']).toString().replace(/\s+/g, ' ');
}

const decoded = (file: { base64: string }) => Buffer.from(file.base64, 'base64');

/**
 * A register with something to say in every text it writes itself: a supplier agreement whose
 * transfer to the United States lacks the DPF confirmation, one clause missing, a transfer under
 * SCCs, no breach-notice hours and a review due; a customer agreement whose sub-processor's
 * agreement is still in negotiation; a record of processing without its time limits and with a
 * transfer lacking its impact assessment.
 */
async function register() {
  const office = await agreementOffice();
  const { core, admin } = office;
  const hosting = await expectOk(
    core,
    admin,
    'agreements.create',
    supplierAgreement(office.cloud.id, {
      locations: ['NO', 'US', 'IN'],
      breachNoticeHours: null,
      nextReviewOn: '2026-03-10',
    }),
  );
  await tickAll(core, admin, hosting.id, ['audits']);
  await expectOk(core, admin, 'agreements.addTransfer', {
    id: hosting.id,
    transfer: { importer: 'Cloudway Hosting Inc.', country: 'US', basis: 'adequacy' },
  });
  await expectOk(core, admin, 'agreements.addTransfer', {
    id: hosting.id,
    transfer: {
      importer: 'Bengaluru Support Pvt Ltd',
      country: 'IN',
      basis: 'scc',
      sccModule: 3,
      direction: 'processor-processor',
      tiaDone: true,
      tiaOn: '2026-02-01',
    },
  });
  const support = await expectOk(
    core,
    admin,
    'agreements.create',
    supplierAgreement(office.india.id, { title: 'Support desk', status: 'negotiation' }),
  );
  const service = await expectOk(core, admin, 'agreements.create', customerAgreement(office.customer.id));
  const linked = await expectOk(core, admin, 'agreements.addSubprocessor', {
    id: service.id,
    organisationId: office.india.id,
    supplierAgreementId: support.id,
    authorisedOn: '2025-02-01',
  });
  await expectOk(core, admin, 'processing.create', {
    role: 'controller',
    name: 'Call recording for quality',
    purposes: 'To document agreements made by phone and train staff.',
    legalBases: ['6-1-f'],
    dataSubjects: ['Callers'],
    dataCategories: ['Call recordings'],
    recipients: ['Our telephony supplier (processor)'],
    securityMeasures: 'Encrypted storage; access for team leaders only, logged.',
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
  // Nora has chosen no language: the app writes bokmål for her.
  const nora = await signedIn(core, ['dpo'], 'nora');
  await expectOk(core, office.dpo, 'auth.setLanguage', { language: 'en' });
  return { ...office, hosting, support, link: linked.subprocessors[0], nora };
}

type Register = Awaited<ReturnType<typeof register>>;

const agreementsCsv = async ({ core }: Register, user: Session) =>
  decoded(await expectOk(core, user, 'agreements.export', { format: 'csv' })).toString('utf8');

/** What the register writes itself, in English: every sentence must be gone from the bokmål files. */
const englishSentences = [
  'present, 0 n/a, 1 missing, 0 not checked',
  'TIA done',
  'Transfer to United States: The adequacy decision for United States covers only some recipients',
  'Data is processed in United States without a valid transfer basis (the adequacy decision covers only some recipients',
  'United States: Adequacy',
  'without undue delay',
];

describe('the registers in the reader’s language (issue 16)', () => {
  it('the agreements export writes its checklist, transfers, their problems and the breach notice in the user’s language', async () => {
    const office = await register();
    const english = await agreementsCsv(office, office.dpo);
    const bokmal = await agreementsCsv(office, office.nora);

    for (const sentence of englishSentences) expect(english).toContain(sentence);
    expect(english).toContain('92 % (13 present, 0 n/a, 1 missing, 0 not checked)');
    expect(english).toContain('Bengaluru Support Pvt Ltd, India: SCC module 3, TIA done');
    for (const sentence of englishSentences) expect(bokmal).not.toContain(sentence);
    expect(bokmal).toContain('92 % (13 finnes, 0 ikke relevant, 1 mangler, 0 ikke sjekket)');
    expect(bokmal).toContain('Bengaluru Support Pvt Ltd, India: SCC modul 3, TIA gjort');
    expect(bokmal).toContain(
      'Overføring til USA: Beslutningen om tilstrekkelig beskyttelsesnivå for USA omfatter bare noen mottakere',
    );
    expect(bokmal).toContain(
      'Opplysninger behandles i USA uten gyldig overføringsgrunnlag (beslutningen om tilstrekkelig beskyttelsesnivå omfatter bare noen mottakere',
    );
    expect(bokmal).toContain('Cloudway Hosting Inc., USA: Tilstrekkelighet');
    expect(bokmal).toContain('uten ugrunnet opphold');
  });

  it('a sub-processor link says what it lacks as a phrase, its English unchanged', async () => {
    const { link, support } = await register();
    const english = `Our agreement with Bengaluru Support Pvt Ltd (${support.reference}) is in negotiation.`;
    expect(link.problems).toEqual([english]);
    expect(link.problemTexts.map((text) => say('en', text))).toEqual([english]);
    expect(link.problemTexts.map((text) => say('nb', text))).toEqual([
      `Vår avtale med Bengaluru Support Pvt Ltd (${support.reference}) er under forhandling.`,
    ]);
  });

  it('the dashboard’s export writes a deadline’s item and details in the user’s language', async () => {
    const office = await register();
    const march = await expectOk(office.core, office.dpo, 'dashboard.calendar', { month: '2026-03' });
    const review = march.days
      .flatMap((day) => day.items)
      .find((item) => item.key.includes(`agreement:${office.hosting.id}`));
    expect(review).toBeDefined();
    const csv = async (user: Session) =>
      decoded(
        await expectOk(office.core, user, 'dashboard.export', { urgency: 'all', format: 'csv' }),
      ).toString('utf8');
    const english = await csv(office.dpo);
    const bokmal = await csv(office.nora);
    expect(english).toContain(review!.detail);
    expect(say('nb', review!.detailText)).not.toBe(review!.detail);
    expect(bokmal).toContain(say('nb', review!.detailText));
    expect(bokmal).not.toContain(review!.detail);
  });

  it('the processing PDF and XLSX are in the user’s language, from the app and with --lang', async () => {
    const office = await register();
    const english = pdfText(
      decoded(await expectOk(office.core, office.dpo, 'processing.export', { format: 'pdf' })),
    );
    const bokmal = pdfText(
      decoded(await expectOk(office.core, office.nora, 'processing.export', { format: 'pdf' })),
    );
    const englishTexts = [
      'Record of processing activities',
      '1. As controller (Art. 30(1))',
      'Legitimate interests (Art. 6(1)(f))',
      'Time limits for erasure (Art. 30(1)(f))',
      'Still to record: The time limits for erasure (Art. 30(1)(f))',
      'NOT A VALID BASIS',
      'No transfer impact assessment',
    ];
    for (const text of englishTexts) expect(english).toContain(text);
    for (const text of englishTexts) expect(bokmal).not.toContain(text);
    for (const text of [
      'Protokoll over behandlingsaktiviteter',
      '1. Som behandlingsansvarlig (art. 30 nr. 1)',
      '2. Som databehandler, for hver kunde (art. 30 nr. 2)',
      'Berettigede interesser (art. 6 nr. 1 bokstav f)',
      'Mangler fortsatt: Fristene for sletting (art. 30 nr. 1 bokstav f)',
      'IKKE ET GYLDIG GRUNNLAG',
      'Ingen vurdering av overføringens',
      'Side 1 av',
    ])
      expect(bokmal).toContain(text);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(
      decoded(
        await expectOk(office.core, office.nora, 'processing.export', { format: 'xlsx' }),
      ) as unknown as ArrayBuffer,
    );
    const cells: string[] = [];
    book.worksheets[0]!.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value))));
    const sheet = cells.join(' | ');
    expect(sheet).toContain('Fristene for sletting (art. 30 nr. 1 bokstav f)');
    expect(sheet).toContain('Berettigede interesser (art. 6 nr. 1 bokstav f)');
    expect(sheet).toContain('IKKE ET GYLDIG GRUNNLAG: Ingen vurdering av overføringens virkninger');
    for (const text of englishTexts) expect(sheet).not.toContain(text);

    const out = path.join(tempDir(), 'protokoll.pdf');
    const cli = await runCli([
      '--db',
      office.core.database,
      '--data-dir',
      office.core.dir,
      'processing',
      'export',
      '--format',
      'pdf',
      '--lang',
      'nb',
      '--out',
      out,
    ]);
    expect(cli.code, cli.err.join('\n')).toBe(0);
    const fromCli = pdfText(fs.readFileSync(out));
    expect(fromCli).toContain('Mangler fortsatt: Fristene for sletting (art. 30 nr. 1 bokstav f)');
    expect(fromCli).not.toContain('Still to record');
  });

  it('the annual report in bokmål says what an agreement’s transfer and a processing record lack in bokmål', async () => {
    const office = await register();
    const report = async (language: 'en' | 'nb') =>
      pdfText(decoded(await expectOk(office.core, office.dpo, 'reports.annual', { year: 2026, language })));
    const english = await report('en');
    const bokmal = await report('nb');
    for (const text of [
      'Transfer to United States: The adequacy decision for United States',
      'The time limits for erasure (Art. 30(1)(f))',
    ]) {
      expect(english).toContain(text);
      expect(bokmal).not.toContain(text);
    }
    expect(bokmal).toContain('Overføring til USA: Beslutningen om tilstrekkelig');
    expect(bokmal).toContain('Fristene for sletting (art. 30 nr. 1 bokstav f)');
  });
});
