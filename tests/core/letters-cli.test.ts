import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './support/cli';
import { freshDatabase, tempDir } from './support/core';

/** The text of a PDF file as pdftotext reads it, spacing folded so phrases match across line ends. */
function pdfText(file: string): string {
  return execFileSync('pdftotext', [file, '-']).toString().replace(/\s+/g, ' ');
}

let dir: string;
let db: string;
let drop: () => Promise<void>;
let controllerCase: string;

beforeAll(async () => {
  dir = tempDir();
  ({ database: db, drop } = await freshDatabase(dir));
  const seeded = await runCli(['--db', db, 'seed-demo', '--inquiries', '0', '--cases', '80'], {
    env: { PRIVACY_DESK_PASSWORD: 'demo password' },
  });
  expect(seeded.code).toBe(0);
});

afterAll(async () => {
  await drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('privacy-desk cases export', () => {
  it('writes the case list as CSV and XLSX, the case number first', async () => {
    const csv = path.join(dir, 'cases.csv');
    const result = await runCli(['--db', db, 'cases', 'export', '--format', 'csv', '--out', csv]);
    expect(result).toMatchObject({ code: 0, out: [`wrote ${csv}`] });
    const lines = fs
      .readFileSync(csv, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0].split(',')[0]).toBe('Case');
    expect(lines).toHaveLength(81);
    expect(lines.slice(1).every((line) => /^\d{4}-\d{4},/.test(line))).toBe(true);

    const open = path.join(dir, 'open.csv');
    expect(
      (await runCli(['--db', db, 'cases', 'export', '--format', 'csv', '--status', 'open', '--out', open]))
        .code,
    ).toBe(0);
    const openLines = fs.readFileSync(open, 'utf8').trim().split(/\r?\n/);
    expect(openLines.length).toBeLessThan(lines.length);
    // An open case of our own: it takes every letter to a person, a refusal included.
    const own = openLines.find((line) => line.includes('Controller (our own processing)'));
    expect(own).toBeDefined();
    controllerCase = own!.split(',')[0];

    const xlsx = path.join(dir, 'cases.xlsx');
    expect((await runCli(['--db', db, 'cases', 'export', '--format', 'xlsx', '--out', xlsx])).code).toBe(0);
    expect(fs.readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');

    const badFormat = await runCli(['--db', db, 'cases', 'export', '--format', 'pdf']);
    expect(badFormat.code).toBe(2);
    expect(badFormat.err.join('\n')).toContain('Choose --format csv or --format xlsx.');
    const badStatus = await runCli(['--db', db, 'cases', 'export', '--format', 'csv', '--status', 'late']);
    expect(badStatus.code).toBe(2);
    expect(badStatus.err.join('\n')).toContain('--status "late": choose open, overdue');
  });
});

describe('privacy-desk exports in a language', () => {
  it('writes the headers, the sheet and the words of codes in bokmål with --lang nb, English by default', async () => {
    const csv = path.join(dir, 'saker.csv');
    expect(
      (await runCli(['--db', db, 'cases', 'export', '--format', 'csv', '--lang', 'nb', '--out', csv])).code,
    ).toBe(0);
    const lines = fs
      .readFileSync(csv, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe(
      'Sak,Person,Krav,Rolle,Kunde,Kanal,Mottatt,Frist,Dager igjen,Forlenget,Status,Utfall,Lukket for sent,Saksbehandler,Prioritet',
    );
    expect(lines).toHaveLength(81);
    expect(lines.slice(1).every((line) => /^\d{4}-\d{4},/.test(line))).toBe(true);
    expect(lines.some((line) => line.includes('Behandlingsansvarlig (vår egen behandling)'))).toBe(true);
    expect(lines.join('\n')).not.toContain('Controller (our own processing)');

    const xlsx = path.join(dir, 'saker.xlsx');
    expect(
      (await runCli(['--db', db, 'cases', 'export', '--format', 'xlsx', '--lang', 'nb', '--out', xlsx])).code,
    ).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(fs.readFileSync(xlsx) as unknown as ArrayBuffer);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Saker']);
    expect(book.worksheets[0]!.getRow(1).getCell(1).value).toBe('Sak');

    const register = path.join(dir, 'avtaler.csv');
    expect(
      (
        await runCli([
          '--db',
          db,
          'agreements',
          'export',
          '--format',
          'csv',
          '--lang',
          'nb',
          '--out',
          register,
        ])
      ).code,
    ).toBe(0);
    expect(fs.readFileSync(register, 'utf8').replace(/^\uFEFF/, '')).toMatch(/^Referanse,Tittel,Retning,/);
    const english = path.join(dir, 'agreements.csv');
    expect(
      (await runCli(['--db', db, 'agreements', 'export', '--format', 'csv', '--out', english])).code,
    ).toBe(0);
    expect(fs.readFileSync(english, 'utf8').replace(/^\uFEFF/, '')).toMatch(/^Reference,Title,Direction,/);

    const wrong = await runCli(['--db', db, 'inquiries', 'export', '--format', 'csv', '--lang', 'nn']);
    expect(wrong.code).toBe(2);
    expect(wrong.err.join('\n')).toContain('--lang "nn": choose nb (bokmål) or en (English).');
  });
});

describe('privacy-desk letters render', () => {
  it('writes a case letter in bokmål or English; a refusal names Datatilsynet and the courts', async () => {
    expect(controllerCase).toMatch(/^\d{4}-\d{4}$/);
    const nb = path.join(dir, 'kvittering.pdf');
    const receipt = await runCli([
      '--db',
      db,
      'letters',
      'render',
      '--case',
      controllerCase,
      '--kind',
      'acknowledgement',
      '--lang',
      'nb',
      '--out',
      nb,
    ]);
    expect(receipt).toMatchObject({ code: 0, out: [`wrote ${nb}`], err: [] });
    const nbText = pdfText(nb);
    expect(nbText).toContain(`Vår referanse: ${controllerCase}`);
    expect(nbText).toContain('Vi bekrefter at vi mottok henvendelsen din');
    expect(nbText).toContain('Med vennlig hilsen');

    const en = path.join(dir, 'refusal.pdf');
    const refusal = await runCli([
      '--db',
      db,
      'letters',
      'render',
      '--case',
      controllerCase,
      '--kind',
      'refusal',
      '--out',
      en,
    ]);
    expect(refusal.code, refusal.err.join('\n')).toBe(0);
    const enText = pdfText(en);
    expect(enText).toContain(`Our reference: ${controllerCase}`);
    expect(enText).toContain('Datatilsynet');
    expect(enText).toContain('the courts');
    // Rendered as the case stands: what it does not hold is shown, and named on the terminal.
    if (enText.includes('[Fill in:'))
      expect(refusal.err.join('\n')).toContain('Still to fill in before it goes out: [Fill in:');
  });

  it('names what is wrong: an unknown case, kind or language, no --out', async () => {
    const out = path.join(dir, 'x.pdf');
    const unknown = await runCli([
      '--db',
      db,
      'letters',
      'render',
      '--case',
      '1999-0001',
      '--kind',
      'acknowledgement',
      '--out',
      out,
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.err.join('\n')).toContain('Case 1999-0001 was not found.');
    expect(fs.existsSync(out)).toBe(false);
    for (const [args, message] of [
      [['--kind', 'acknowledgement', '--out', out], 'Give the case number with --case'],
      [['--case', '2026-0001', '--kind', 'breach-notice', '--out', out], 'Choose --kind acknowledgement'],
      [
        ['--case', '2026-0001', '--kind', 'reply', '--outcome', 'refused', '--out', out],
        '--outcome "refused"',
      ],
      [['--case', '2026-0001', '--kind', 'reply', '--lang', 'de', '--out', out], '--lang "de": choose nb'],
      [['--case', '2026-0001', '--kind', 'reply'], 'Give the file to write with --out FILE.pdf.'],
      [['--case', '2026-0001', '--kind', 'reply', '--out', 'x.txt'], '--out must name a .pdf file.'],
    ] as const) {
      const bad = await runCli(['--db', db, 'letters', 'render', ...args]);
      expect(bad.code, args.join(' ')).toBe(2);
      expect(bad.err.join('\n')).toContain(message);
    }
  });
});

describe('privacy-desk report annual --lang', () => {
  it('writes the annual report in bokmål, numbers in its style', async () => {
    const year = String(new Date().getFullYear());
    const out = path.join(dir, 'rapport.pdf');
    const result = await runCli([
      '--db',
      db,
      'report',
      'annual',
      '--year',
      year,
      '--lang',
      'nb',
      '--out',
      out,
    ]);
    expect(result).toMatchObject({ code: 0, out: [`wrote ${out}`] });
    const text = pdfText(out);
    expect(text).toContain(`Årsrapport om personvern ${year}`);
    expect(text).toContain('1. Henvendelser om personvernrettigheter');
    expect(text).toContain('2. Brudd på personopplysningssikkerheten');
    expect(text).toContain('Om tallene');
    expect(text).toMatch(/Side 1 av \d+/);
    expect(text).not.toContain('Annual privacy report');
    const bad = await runCli(['--db', db, 'report', 'annual', '--year', year, '--lang', 'sv']);
    expect(bad.code).toBe(2);
    expect(bad.err.join('\n')).toContain('--lang "sv": choose nb (bokmål) or en (English).');
  });
});
