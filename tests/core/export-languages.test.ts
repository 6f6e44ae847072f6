import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Session } from '../../src/main/core/session';
import type { ChannelInput } from '../../src/shared/contract';
import { agreementOffice, supplierAgreement } from './support/agreements';
import { wrongRecipient } from './support/breaches';
import { accessByPhone } from './support/cases';
import { expectOk, signedIn, type TestCore } from './support/core';

type Exported = { base64: string; fileName: string };

const firstLine = (file: Exported) =>
  Buffer.from(file.base64, 'base64')
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .split('\r\n')[0];

async function sheet(file: Exported) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
  return book.worksheets[0]!;
}

/** Every export of the app, as its user's language writes it. */
async function exportsOf(core: TestCore, user: Session) {
  const csv = <C extends 'inquiries.export' | 'cases.export' | 'breaches.export' | 'agreements.export'>(
    channel: C,
    input: ChannelInput<C>,
  ) => expectOk(core, user, channel, input as never) as Promise<Exported>;
  return {
    inquiries: firstLine(await csv('inquiries.export', { format: 'csv' })),
    cases: firstLine(await csv('cases.export', { format: 'csv' })),
    breaches: firstLine(await csv('breaches.export', { format: 'csv', state: 'all' })),
    agreements: firstLine(await csv('agreements.export', { format: 'csv' })),
    dashboard: firstLine(await expectOk(core, user, 'dashboard.export', { urgency: 'all', format: 'csv' })),
    processing: await sheet(await expectOk(core, user, 'processing.export', { format: 'xlsx' })),
    casesSheet: await sheet(await csv('cases.export', { format: 'xlsx' })),
  };
}

describe('exports in the user’s language (issue 16)', () => {
  it('writes headers, sheet names and the words of codes in the signed-in user’s language, bokmål until chosen', async () => {
    const o = await agreementOffice();
    await expectOk(o.core, o.admin, 'agreements.create', supplierAgreement(o.cloud.id));
    await expectOk(o.core, o.dpo, 'breaches.create', wrongRecipient({ awareAt: '2026-02-20T10:00:00.000Z' }));
    await expectOk(o.core, o.dpo, 'cases.create', accessByPhone({ receivedDate: '2026-01-05' }));
    const nobody = await signedIn(o.core, ['dpo', 'agent'], 'nora');
    await expectOk(o.core, o.dpo, 'auth.setLanguage', { language: 'en' });
    const english = await exportsOf(o.core, o.dpo);
    const bokmal = await exportsOf(o.core, nobody);

    expect(english.cases).toMatch(/^Case,Person,Request,Capacity,/);
    expect(bokmal.cases).toMatch(/^Sak,Person,Krav,Rolle,/);
    expect(english.inquiries).toMatch(/^Inquiry,Received,Channel,/);
    expect(bokmal.inquiries).toMatch(/^Henvendelse,Mottatt,Kanal,/);
    expect(english.breaches).toMatch(/^Breach,Title,State,/);
    expect(bokmal.breaches).toMatch(/^Avvik,Tittel,Tilstand,/);
    expect(english.agreements).toMatch(/^Reference,Title,Direction,/);
    expect(bokmal.agreements).toMatch(/^Referanse,Tittel,Retning,/);
    expect(english.dashboard).toBe('Urgency,Group,Kind,Item,Due,Due at (Oslo),Details');
    expect(bokmal.dashboard).toBe('Hastegrad,Gruppe,Type,Sak,Frist,Frist (Oslo-tid),Detaljer');
    expect([english.processing.name, bokmal.processing.name]).toEqual([
      'Record of processing',
      'Behandlingsprotokoll',
    ]);
    expect(bokmal.processing.getRow(1).getCell(2).value).toBe('Som');
    expect([english.casesSheet.name, bokmal.casesSheet.name]).toEqual(['Cases', 'Saker']);
    // The case number stays the first column, and codes are words of the language.
    const row = bokmal.casesSheet.getRow(2);
    expect(String(row.getCell(1).value)).toMatch(/^\d{4}-\d{4}$/);
    expect(row.getCell(3).value).toBe('Innsyn');
    expect(row.getCell(4).value).toBe('Behandlingsansvarlig (vår egen behandling)');
    expect(english.casesSheet.getRow(2).getCell(3).value).toBe('Access');
    for (const line of [english, bokmal].flatMap((all) => [
      all.inquiries,
      all.cases,
      all.breaches,
      all.agreements,
    ]))
      expect(new Set(line.split(',')).size, line).toBe(line.split(',').length);
  });

  it('writes a breach’s clocks and the dashboard’s deadline details in the export’s language', async () => {
    const o = await agreementOffice();
    await expectOk(o.core, o.dpo, 'breaches.create', wrongRecipient({ awareAt: '2026-02-20T10:00:00.000Z' }));
    await expectOk(o.core, o.dpo, 'cases.create', accessByPhone({ receivedDate: '2026-01-05' }));
    const nobody = await signedIn(o.core, ['dpo', 'agent'], 'nora');
    await expectOk(o.core, o.dpo, 'auth.setLanguage', { language: 'en' });
    const cells = async (user: Session) => {
      const breaches = await sheet(
        await expectOk(o.core, user, 'breaches.export', { format: 'xlsx', state: 'all' }),
      );
      const dashboard = await sheet(
        await expectOk(o.core, user, 'dashboard.export', { urgency: 'all', format: 'xlsx' }),
      );
      const clocks = breaches.getRow(1).values as unknown[];
      const details = dashboard.getRow(1).values as unknown[];
      const column = (values: unknown[], name: string) => values.indexOf(name);
      return {
        clocks: String(
          breaches.getRow(2).getCell(column(clocks, user === nobody ? 'Frister' : 'Clocks')).value,
        ),
        details: dashboard
          .getColumn(column(details, user === nobody ? 'Detaljer' : 'Details'))
          .values.slice(2)
          .map(String),
      };
    };
    const english = await cells(o.dpo);
    const bokmal = await cells(nobody);
    expect(english.clocks).toMatch(/^Datatilsynet: Overdue by \d+ days( \d+ h)? \(due 23\.02\.2026 11:00\)/);
    expect(bokmal.clocks).toMatch(
      /^Datatilsynet: Forfalt for \d+ dager( \d+ t)? siden \(frist 23\.02\.2026 11:00\)/,
    );
    expect(english.details.length).toBeGreaterThan(0);
    expect(bokmal.details).toHaveLength(english.details.length);
    expect(bokmal.details).not.toEqual(english.details);
    expect(bokmal.details.join(' ')).not.toMatch(/\b(days|overdue|left|due)\b/i);
  });
});
