import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { PersonSelection } from '../../src/shared/people/contract';
import { runCli } from './support/cli';
import { officeOnSecondMarch, phoneCall } from './support/people';
import knex from 'knex';
import { call as dispatch, expectError, expectOk, officeDatabase, tempDir, testEngine } from './support/core';

function pdfText(base64: string): string {
  const file = path.join(tempDir(), 'report.pdf');
  fs.writeFileSync(file, Buffer.from(base64, 'base64'));
  // Without -layout: the words of a table cell that wraps stay in order.
  return execFileSync('pdftotext', [file, '-']).toString().replace(/\s+/g, ' ');
}

function unzip(base64: string): Record<string, string> {
  const files = unzipSync(new Uint8Array(Buffer.from(base64, 'base64')));
  return Object.fromEntries(
    Object.entries(files).map(([name, bytes]) => [name, Buffer.from(bytes).toString('utf8')]),
  );
}

/** Kari Nordmann under two spellings: an inquiry as "Kari Nordmann", another as "K. Nordmann-Berg", a case, a contact person. */
async function office() {
  const { core, agent, dpo, admin } = await officeOnSecondMarch();
  const first = await expectOk(
    core,
    agent,
    'inquiries.create',
    phoneCall('Kari Nordmann', { personPhone: '+47 912 34 567', personEmail: 'kari@example.no' }),
  );
  const second = await expectOk(
    core,
    agent,
    'inquiries.create',
    phoneCall('K. Nordmann-Berg', {
      personEmail: 'kari.berg@example.no',
      category: 'rights-request',
      summary: 'Wants a copy of her data',
      notes: 'Asked for it in writing, Æ Ø Å',
    }),
  );
  const other = await expectOk(
    core,
    agent,
    'inquiries.create',
    phoneCall('Ola Hansen', { personPhone: '41 00 00 00' }),
  );
  const opened = await expectOk(core, dpo, 'cases.openFromInquiry', {
    inquiryId: second.id,
    types: ['access'],
  });
  const organisation = await expectOk(core, admin, 'organisations.create', {
    name: 'Fjord Energi AS',
    country: 'NO',
    isCustomer: true,
    privacyContactName: 'Kari Nordmann',
    privacyContactEmail: 'kari@example.no',
  });
  return { core, agent, dpo, admin, first, second, other, opened, organisation };
}

/** What the DPO gathers on the People screen: two searches, the records of both. */
async function gathered(o: Awaited<ReturnType<typeof office>>): Promise<PersonSelection> {
  const items: PersonSelection['items'] = [];
  for (const query of ['kari@example.no', 'kari.berg@example.no']) {
    const found = await expectOk(o.core, o.dpo, 'people.find', { query });
    for (const group of found.groups)
      for (const item of group.items) items.push({ kind: item.kind, id: item.id });
  }
  return { items, queries: ['kari@example.no', 'kari.berg@example.no'] };
}

describe('the access report', () => {
  it('holds the records of every spelling and the Art. 15(1) items from the settings', async () => {
    const o = await office();
    const selection = await gathered(o);
    expect(selection.items).toEqual(
      expect.arrayContaining([
        { kind: 'inquiry', id: o.first.id },
        { kind: 'inquiry', id: o.second.id },
        { kind: 'case', id: o.opened.id },
        { kind: 'organisation', id: o.organisation.id },
      ]),
    );
    await expectOk(o.core, o.admin, 'settings.update', {
      accessRecipientsEn: 'Our bookkeeper Regnskap AS receives invoices.\n\nNobody else.',
    });
    const report = await expectOk(o.core, o.dpo, 'people.report', { selection, language: 'en' });
    expect(report.pdf).toMatchObject({
      fileName: 'Access report 2026-03-02.pdf',
      mediaType: 'application/pdf',
    });
    expect(report.bundle).toMatchObject({
      fileName: 'Access report 2026-03-02.zip',
      mediaType: 'application/zip',
    });
    expect(report.counts).toEqual(
      expect.arrayContaining([
        { kind: 'inquiry', count: 2 },
        { kind: 'case', count: 1 },
        { kind: 'organisation', count: 1 },
        { kind: 'audit', count: 0 },
      ]),
    );
    expect(report.missing).toBe(0);
    const text = pdfText(report.pdf.base64);
    expect(text).toContain('Your personal data at We Assist AS');
    expect(text).toContain('searched by: “kari@example.no” and “kari.berg@example.no”');
    for (const expected of [
      'INQ-000001',
      'INQ-000002',
      'K. Nordmann-Berg',
      'Asked for it in writing, Æ Ø Å',
      opened(o),
      'Fjord Energi AS',
      'Purposes',
      'Categories of personal data',
      'Our bookkeeper Regnskap AS receives invoices.',
      'Nobody else.',
      'How long we keep the data',
      'Where the data comes from',
      'rectification',
      'Datatilsynet',
      'Data portability (Art. 20)',
      'support@weassist.no',
    ])
      expect(text, expected).toContain(expected);
    expect(text).not.toContain('Ola Hansen');
  });

  it('is written in bokmål when asked, and its bundle holds valid JSON and a CSV per kind with the Art. 20 marks', async () => {
    const o = await office();
    const report = await expectOk(o.core, o.dpo, 'people.report', {
      selection: await gathered(o),
      language: 'nb',
    });
    expect(report.pdf.fileName).toBe('Innsyn 2026-03-02.pdf');
    const text = pdfText(report.pdf.base64);
    expect(text).toContain('Dine personopplysninger hos We Assist AS');
    expect(text).toContain('Retten til å klage');
    expect(text).toContain('Datatilsynet');
    const files = unzip(report.bundle.base64);
    expect(Object.keys(files).sort()).toEqual([
      'cases.csv',
      'contact-persons.csv',
      'inquiries.csv',
      'records.json',
    ]);
    const json = JSON.parse(files['records.json']!) as {
      language: string;
      searches: string[];
      controller: { name: string };
      records: Record<string, Array<Record<string, unknown>>>;
    };
    expect(json).toMatchObject({ language: 'nb', controller: { name: 'We Assist AS' } });
    expect(json.searches).toEqual(['kari@example.no', 'kari.berg@example.no']);
    expect(json.records.inquiries).toHaveLength(2);
    expect(json.records.inquiries![0]).toMatchObject({
      number: 'INQ-000001',
      name: 'Kari Nordmann',
      phone: '+47 912 34 567',
      receivedAt: '2026-03-02T08:30:00.000Z',
      channel: 'phone',
      providedByYou: true,
      legalBasis: 'contract',
      portable: true,
    });
    expect(json.records.cases![0]).toMatchObject({
      providedByYou: true,
      legalBasis: 'legal-obligation',
      portable: false,
    });
    const csv = files['inquiries.csv']!;
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^Nummer,Mottatt,Kanal,/);
    expect(lines[0]).toContain('Portabel');
    expect(lines[1]).toContain('INQ-000001');
    expect(lines[1]).toContain('02.03.2026 09:30');
    expect(lines[1]).toMatch(/,ja$/);
  });

  it('refuses an empty selection, an agent, and the audit log to a DPO; an administrator gets the audit entries', async () => {
    const o = await office();
    expect(
      await expectError(o.core, o.dpo, 'people.report', { selection: { items: [], queries: [] } }),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: 'selection.items', message: expect.stringMatching(/The selection is empty/) }],
    });
    const selection = await gathered(o);
    expect((await expectError(o.core, o.agent, 'people.report', { selection })).code).toBe('FORBIDDEN');
    const found = await expectOk(o.core, o.admin, 'people.find', { query: 'kari@example.no' });
    const entries = found.groups.find((group) => group.kind === 'audit')!.items;
    expect(entries.length).toBeGreaterThan(0);
    const withAudit = {
      ...selection,
      items: [...selection.items, { kind: 'audit' as const, id: entries[0]!.id }],
    };
    expect(await expectError(o.core, o.dpo, 'people.report', { selection: withAudit })).toMatchObject({
      code: 'FORBIDDEN',
      // In the caller's language: a user who chose none reads bokmål.
      message: expect.stringMatching(/Bare administratorer kan lese revisjonsloggen/),
    });
    const report = await expectOk(o.core, o.admin, 'people.report', { selection: withAudit });
    expect(report.counts.find((count) => count.kind === 'audit')).toEqual({ kind: 'audit', count: 1 });
    expect(Object.keys(unzip(report.bundle.base64))).toContain('audit-log.csv');
  });

  it('is audited as a read of the records chosen, with the searches, and counts records deleted since they were chosen', async () => {
    const o = await office();
    const selection = await gathered(o);
    const report = await expectOk(o.core, o.dpo, 'people.report', {
      selection: { ...selection, items: [...selection.items, { kind: 'inquiry', id: 9999 }] },
      language: 'en',
    });
    expect(report.missing).toBe(1);
    expect(pdfText(report.pdf.base64)).toContain('1 record chosen for this report no longer exists');
    const entries = await expectOk(o.core, o.admin, 'audit.list', {
      entityType: 'person',
      action: 'access-report',
    });
    expect(entries.rows).toHaveLength(1);
    expect(entries.rows[0]).toMatchObject({
      username: 'dpo',
      after: {
        searches: ['kari@example.no', 'kari.berg@example.no'],
        language: 'en',
        records: expect.arrayContaining([`inquiry:${o.first.id}`, `case:${o.opened.id}`, 'inquiry:9999']),
      },
    });
  });

  it('made for a case, keeps the PDF and the ZIP as case documents and notes it on the timeline', async () => {
    const o = await office();
    const selection = await gathered(o);
    const made = await expectOk(o.core, o.dpo, 'people.reportToCase', {
      caseId: o.opened.id,
      selection,
      language: 'en',
    });
    expect(made.documents.map((document) => [document.fileName, document.mediaType])).toEqual([
      ['Access report 2026-03-02.pdf', 'application/pdf'],
      ['Access report 2026-03-02.zip', 'application/zip'],
    ]);
    expect(made.summary).toMatch(
      /^Access report made: 4 records found by "kari@example.no", "kari.berg@example.no", dated 02.03.2026/,
    );
    const documents = await expectOk(o.core, o.dpo, 'attachments.list', {
      ownerType: 'case',
      ownerId: o.opened.id,
    });
    expect(documents.map((document) => document.fileName).sort()).toEqual([
      'Access report 2026-03-02.pdf',
      'Access report 2026-03-02.zip',
    ]);
    const zip = await expectOk(o.core, o.dpo, 'attachments.download', { id: made.documents[1]!.id });
    expect(JSON.parse(unzip(zip.base64)['records.json']!)).toMatchObject({
      format: 'privacy-desk-access-report/1',
    });
    const detail = await expectOk(o.core, o.dpo, 'cases.get', { id: o.opened.id });
    expect(detail.timeline.map((event) => event.summary)).toContainEqual(made.summary);
    expect((await expectError(o.core, o.dpo, 'people.reportToCase', { caseId: 9999, selection })).code).toBe(
      'NOT_FOUND',
    );
    expect(
      (await expectError(o.core, o.agent, 'people.reportToCase', { caseId: o.opened.id, selection })).code,
    ).toBe('FORBIDDEN');
  });

  it('takes a ZIP of data files as a document, and refuses one holding anything else', async () => {
    const o = await office();
    const add = (fileName: string, bytes: Uint8Array) =>
      dispatch(o.core, o.dpo, 'attachments.add', {
        ownerType: 'case',
        ownerId: o.opened.id,
        fileName,
        contentBase64: Buffer.from(bytes).toString('base64'),
      });
    expect((await add('data.zip', zipSync({ 'a.json': strToU8('{}'), 'b.csv': strToU8('x') }))).ok).toBe(
      true,
    );
    const refused = await add('tools.zip', zipSync({ 'a.json': strToU8('{}'), 'run.exe': strToU8('MZ') }));
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect((await add('nested.zip', zipSync({ 'folder/a.csv': strToU8('x') }))).ok).toBe(false);
  });
});

function opened(o: Awaited<ReturnType<typeof office>>): string {
  return o.opened.number;
}

describe('privacy-desk person report', () => {
  it('writes the PDF and the bundle for an e-mail address, in bokmål when asked', async () => {
    const o = await office();
    const dir = tempDir();
    const out = path.join(dir, 'kari.pdf');
    const bundle = path.join(dir, 'kari.zip');
    const cli = (...args: string[]) => runCli(['--db', o.core.database, '--data-dir', o.core.dir, ...args]);
    const made = await cli(
      'person',
      'report',
      '--email',
      'kari@example.no',
      '--out',
      out,
      '--bundle',
      bundle,
      '--lang',
      'nb',
    );
    expect(made.code, made.err.join('\n')).toBe(0);
    expect(made.out.join('\n')).toContain(`wrote ${out}`);
    const text = pdfText(fs.readFileSync(out).toString('base64'));
    expect(text).toContain('Dine personopplysninger');
    expect(text).toContain('INQ-000001');
    expect(text).toContain('Fjord Energi AS');
    expect(JSON.parse(unzip(fs.readFileSync(bundle).toString('base64'))['records.json']!)).toMatchObject({
      language: 'nb',
      searches: ['kari@example.no'],
    });
    const usage = await cli('person', 'report', '--out', out);
    expect(usage.code).toBe(2);
    expect(usage.err.join(' ')).toMatch(/--email, --phone or --name/);
    const nothing = await cli('person', 'report', '--name', 'Nobody Atall', '--out', out);
    expect(nothing.code).toBe(1);
    expect(nothing.err.join(' ')).toMatch(/Nothing was found for "Nobody Atall"/);
  });

  it('writes both files for a requester of a demo office', async () => {
    const dir = tempDir();
    const db = await officeDatabase(dir);
    const seeded = await runCli(
      ['--db', db, '--data-dir', dir, 'seed-demo', '--inquiries', '200', '--cases', '40'],
      {
        env: { PRIVACY_DESK_PASSWORD: 'demo password' },
      },
    );
    expect(seeded.code, seeded.err.join('\n')).toBe(0);
    const reader = knex({
      client: testEngine === 'sqlite' ? 'sqlite3' : 'pg',
      connection: testEngine === 'sqlite' ? { filename: db } : db,
      useNullAsDefault: true,
    });
    const requester = (await reader('cases')
      .whereNotNull('person_email')
      .orderBy('id')
      .first('person_email', 'person_name')) as {
      person_email: string;
      person_name: string;
    };
    await reader.destroy();
    const out = path.join(dir, 'person.pdf');
    const bundle = path.join(dir, 'person.zip');
    const made = await runCli([
      '--db',
      db,
      '--data-dir',
      dir,
      'person',
      'report',
      '--email',
      requester.person_email,
      '--name',
      requester.person_name,
      '--out',
      out,
      '--bundle',
      bundle,
    ]);
    expect(made.code, made.err.join('\n')).toBe(0);
    expect(made.out.slice(0, 2)).toEqual([`wrote ${out}`, `wrote ${bundle}`]);
    expect(fs.readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfText(fs.readFileSync(out).toString('base64'))).toContain(requester.person_name);
    const files = unzip(fs.readFileSync(bundle).toString('base64'));
    const json = JSON.parse(files['records.json']!) as { records: { cases: Array<{ email: string }> } };
    expect(json.records.cases.map((record) => record.email)).toContain(requester.person_email);
    expect(files['cases.csv']).toContain(requester.person_email);
  });
});
