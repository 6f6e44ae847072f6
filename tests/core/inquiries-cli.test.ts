import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/cli';
import { tempDir, officeDatabase } from './support/core';

describe('privacy-desk seed-demo --inquiries and inquiries export', () => {
  it('seeds realistic inquiries and exports a period as CSV and XLSX', async () => {
    const dir = tempDir();
    const db = await officeDatabase(dir);
    const env = { PRIVACY_DESK_PASSWORD: 'demo password' };
    const seeded = await runCli(
      ['--db', db, '--data-dir', dir, 'seed-demo', '--inquiries', '400', '--cases', '0'],
      { env },
    );
    expect(seeded.code).toBe(0);
    expect(seeded.out).toContain('inquiries: 400');

    const csvFile = path.join(dir, 'all.csv');
    const all = await runCli([
      '--db',
      db,
      '--data-dir',
      dir,
      'inquiries',
      'export',
      '--format',
      'csv',
      '--out',
      csvFile,
    ]);
    expect(all).toMatchObject({ code: 0, out: [`wrote ${csvFile}`] });
    const lines = fs.readFileSync(csvFile, 'utf8').trim().split(/\r?\n/);
    expect(lines).toHaveLength(401);
    const categories = new Set(lines.slice(1).map((line) => line.split(',')[10]));
    expect(categories.size).toBeGreaterThanOrEqual(5);

    const xlsxFile = path.join(dir, 'period.xlsx');
    const period = await runCli([
      '--db',
      db,
      '--data-dir',
      dir,
      'inquiries',
      'export',
      '--format',
      'xlsx',
      '--from',
      '2026-01-01',
      '--to',
      '2026-01-31',
      '--out',
      xlsxFile,
    ]);
    expect(period.code).toBe(0);
    expect(fs.readFileSync(xlsxFile).subarray(0, 2).toString()).toBe('PK');

    const bad = await runCli(['--db', db, '--data-dir', dir, 'inquiries', 'export', '--format', 'pdf']);
    expect(bad.code).toBe(2);
    expect(bad.err.join('\n')).toContain('Choose --format csv or --format xlsx.');
    const badDate = await runCli([
      '--db',
      db,
      '--data-dir',
      dir,
      'inquiries',
      'export',
      '--format',
      'csv',
      '--from',
      '2026-02-30',
    ]);
    expect(badDate.code).toBe(2);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
