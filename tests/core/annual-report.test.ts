import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { annualFigures } from '../../src/main/core/reports/annual-figures';
import { runAsSystem } from '../../src/main/core/core';
import { caseOffice, type CaseOffice, grant, openCase, passDays, withdraw } from './support/cases';
import { runCli } from './support/cli';
import { expectError, expectOk, tempDir, officeDatabase } from './support/core';

function pdfText(base64: string): string {
  const file = path.join(tempDir(), 'report.pdf');
  fs.writeFileSync(file, Buffer.from(base64, 'base64'));
  return execFileSync('pdftotext', ['-layout', file, '-']).toString();
}

/** Four requests of 2026: granted on time, extended and granted, refused (late), withdrawn; one still open. */
async function yearOfRequests(office: CaseOffice): Promise<void> {
  const granted = await openCase(office, { receivedDate: '2026-01-05' });
  const extended = await openCase(office, { receivedDate: '2026-01-05', types: ['access', 'erasure'] });
  await expectOk(office.core, office.dpo, 'cases.extend', {
    id: extended,
    decidedOn: '2026-01-05',
    personToldOn: '2026-01-05',
    noticeChannel: 'email',
    reasons: 'Data in three customer systems must be collected.',
  });
  const refused = await openCase(office, {
    receivedDate: '2026-01-05',
    types: ['erasure'],
    personPhone: undefined,
  });
  const withdrawn = await openCase(office, { receivedDate: '2026-01-05' });
  await openCase(office, { receivedDate: '2026-01-05', types: ['portability'] });

  await passDays(office, 40);
  await grant(office, granted, '2026-02-04');
  await grant(office, extended, '2026-02-14', { replyChannel: 'letter' });
  await expectOk(office.core, office.dpo, 'cases.close', {
    id: refused,
    outcome: 'refused',
    reasons: 'The invoices are bookkeeping records kept for five years (bokføringsloven § 13).',
    statesComplaintRight: true,
    statesJudicialRemedy: true,
    disclosesPersonalData: false,
    replyDate: '2026-02-14',
    replyChannel: 'letter',
    lateReason: 'The letter was misfiled.',
  });
  await withdraw(office, withdrawn);
}

describe('the annual privacy report', () => {
  it('adds up the year: requests by type and outcome, on time, extensions, refusals with their grounds', async () => {
    const office = await caseOffice('2026-01-05T09:00:00.000Z');
    await yearOfRequests(office);
    const figures = await runAsSystem(office.core, 'test', (ctx) => annualFigures(ctx, 2026));
    expect(figures.through).toBe('2026-02-14');
    expect(figures.requests).toMatchObject({
      received: 5,
      replied: 3,
      onTime: 2,
      extensions: 1,
      receivedStillOpen: 1,
      medianDaysToReply: 40,
    });
    expect(figures.requests.receivedByType).toMatchObject({ access: 3, erasure: 2, portability: 1 });
    expect(figures.requests.closed.total).toBe(4);
    expect(figures.requests.closed.byOutcome).toEqual({
      granted: 2,
      'partly-granted': 0,
      refused: 1,
      withdrawn: 1,
      'no-data': 0,
    });
    expect(figures.requests.closedByType.erasure.byOutcome).toMatchObject({ granted: 1, refused: 1 });
    expect(figures.requests.refusals.total).toBe(1);
    expect(figures.requests.refusals.listed[0]).toMatchObject({
      types: ['erasure'],
      outcome: 'refused',
      grounds: 'The invoices are bookkeeping records kept for five years (bokføringsloven § 13).',
    });
    const lastYear = await runAsSystem(office.core, 'test', (ctx) => annualFigures(ctx, 2025));
    expect(lastYear.requests.received).toBe(0);
    expect(lastYear.through).toBe('2025-12-31');
  });

  it('is a PDF with the figures in words and tables, produced for the DPO and audited', async () => {
    const office = await caseOffice('2026-01-05T09:00:00.000Z');
    await yearOfRequests(office);
    const file = await expectOk(office.core, office.dpo, 'reports.annual', { year: 2026 });
    expect(file).toMatchObject({ fileName: 'privacy-report-2026.pdf', mediaType: 'application/pdf' });
    const text = pdfText(file.base64);
    expect(text).toContain('Annual privacy report 2026');
    expect(text).toContain('1 January to 14.02.2026 (the year is not over)');
    // English text, English number style (issue 16: no "66,7 %" in an English sentence).
    expect(text).toMatch(/66\.7%\s+of the 3 replies were given by the due date/);
    expect(text).toContain('bokføringsloven § 13');
    expect(text).toMatch(/Erasure \(Art\. 17\)\s+2\s+2\s+1\s+0\s+1\s+0\s+0/);
    const audit = await office.core.db('audit_log').where({ channel: 'reports.annual' }).first();
    expect(audit).toMatchObject({ action: 'report', entity_type: 'annual-report', entity_id: '2026' });

    // The same report in bokmål: its words, its number style, its citations.
    const nb = await expectOk(office.core, office.dpo, 'reports.annual', { year: 2026, language: 'nb' });
    expect(nb.fileName).toBe('personvernrapport-2026.pdf');
    const nbText = pdfText(nb.base64);
    expect(nbText).toContain('Årsrapport om personvern 2026');
    expect(nbText).toContain('1. januar til 14.02.2026 (året er ikke omme)');
    expect(nbText).toMatch(/66,7\s%\s+av de 3 svarene ble gitt innen fristen/);
    expect(nbText).toMatch(/Sletting \(art\. 17\)\s+2\s+2\s+1\s+0\s+1\s+0\s+0/);
    expect(nbText).toContain('Avslag og begrunnelsene for dem (art. 12 nr. 4)');
    expect(nbText).toContain('Side 1 av');
    expect(nbText).not.toContain('requests were received');
  });

  it('shows open requests past their due date beside the on-time rate, refusals after an extension, agreements in force on its last day, and the record of processing', async () => {
    const office = await caseOffice('2026-01-05T09:00:00.000Z');
    await yearOfRequests(office);
    const { core, dpo, admin } = office;
    const org = (
      await expectOk(core, admin, 'organisations.create', {
        name: 'Cloudway Hosting Inc.',
        country: 'US',
        isSupplier: true,
      })
    ).id;
    const agreement = {
      title: 'Hosting',
      companyRole: 'controller' as const,
      organisationId: org,
      status: 'active' as const,
      signedOn: '2025-01-10',
      effectiveOn: '2025-01-15',
    };
    await expectOk(core, admin, 'agreements.create', agreement);
    await expectOk(core, admin, 'agreements.create', {
      ...agreement,
      title: 'Ended',
      expiryOn: '2026-03-01',
    });
    const figures = await runAsSystem(core, 'test', (ctx) => annualFigures(ctx, 2026));
    expect(figures.requests.openPastDue).toEqual({ total: 1, numbers: ['2026-0005'] });
    expect(figures.agreementsInForce).toEqual({ suppliers: 2, customers: 0, on: '2026-02-14' });
    expect(figures.processing).toMatchObject({ controller: 7, processor: 0, uncovered: [] });
    const lastYear = await runAsSystem(core, 'test', (ctx) => annualFigures(ctx, 2025));
    expect(lastYear.agreementsInForce).toEqual({ suppliers: 2, customers: 0, on: '2025-12-31' });
    const text = pdfText((await expectOk(core, dpo, 'reports.annual', { year: 2026 })).base64).replace(
      /\s+/g,
      ' ',
    );
    expect(text).toContain('1 open request was past the due date on 14.02.2026: 2026-0005.');
    expect(text).toContain('On 14.02.2026 2 agreements were in force with suppliers');
    expect(text).toContain('5. The record of processing activities (Art. 30)');
    expect(text).toContain('The record holds 7 processing activities as controller and 0 as processor');
    expect(text).toContain('Recruitment');
  });

  it('refuses a year not begun, a bad year and anyone but the DPO or an administrator', async () => {
    const office = await caseOffice('2026-01-05T09:00:00.000Z');
    const future = await expectError(office.core, office.dpo, 'reports.annual', { year: 2027 });
    expect(future).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: 'year', message: '2027 has not begun yet: choose 2026 or earlier' }],
    });
    expect((await expectError(office.core, office.dpo, 'reports.annual', { year: 2017 })).code).toBe(
      'INVALID_INPUT',
    );
    expect((await expectError(office.core, office.dpo, 'reports.annual', { year: '2026' })).code).toBe(
      'INVALID_INPUT',
    );
    expect((await expectError(office.core, office.agent, 'reports.annual', { year: 2026 })).code).toBe(
      'FORBIDDEN',
    );
    await expectOk(office.core, office.admin, 'reports.annual', { year: 2025 });
  });

  it('is written by privacy-desk report annual', async () => {
    const dir = tempDir();
    const db = await officeDatabase(dir);
    const seeded = await runCli(
      ['--db', db, '--data-dir', dir, 'seed-demo', '--inquiries', '300', '--cases', '200'],
      {
        env: { PRIVACY_DESK_PASSWORD: 'demo password' },
      },
    );
    expect(seeded.code).toBe(0);
    const out = path.join(dir, 'board.pdf');
    const year = String(new Date().getFullYear());
    const result = await runCli([
      '--db',
      db,
      '--data-dir',
      dir,
      'report',
      'annual',
      '--year',
      year,
      '--out',
      out,
    ]);
    expect(result).toMatchObject({ code: 0, out: [`wrote ${out}`] });
    const text = pdfText(fs.readFileSync(out).toString('base64'));
    expect(text).toContain(`Annual privacy report ${year}`);
    expect(text).toContain('4. Inquiries documented');

    for (const [args, message] of [
      [['report', 'annual'], 'Give the year with --year YYYY.'],
      [['report', 'annual', '--year', '26'], '--year "26" is not a year in the form YYYY.'],
      [['report', 'annual', '--year', '2016'], 'The GDPR applies from 2018: choose 2018 or later.'],
      [['report', 'annual', '--year', year, '--out', 'x.txt'], '--out must name a .pdf file.'],
    ] as const) {
      const bad = await runCli(['--db', db, '--data-dir', dir, ...args]);
      expect(bad.code).toBe(2);
      expect(bad.err.join('\n')).toContain(message);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
