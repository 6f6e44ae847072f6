import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { osloDate } from '../../src/shared/oslo';
import { openCore, runAsSystem } from '../../src/main/core/core';
import { verifyAuditChain } from '../../src/main/core/audit/service';
import { agreementDeadlines } from '../../src/main/core/agreements/deadlines';
import { agreementRegisterSummary } from '../../src/main/core/agreements/summary';
import { cpuSeconds, runCli } from './support/cli';
import { tempDir, testPassword, officeDatabase } from './support/core';

const env = { PRIVACY_DESK_PASSWORD: testPassword };

describe('privacy-desk seed-demo --agreements and agreements export', () => {
  it('seeds realistic agreements both ways, with chains, transfers, gaps, due dates and objections', async () => {
    const dir = tempDir();
    const db = await officeDatabase(dir);
    const seeded = await runCli(
      ['--db', db, '--data-dir', dir, 'seed-demo', '--inquiries', '0', '--cases', '0'],
      { env },
    );
    expect(seeded.code).toBe(0);
    expect(seeded.out).toContain('agreements: 40 (12 with suppliers, 28 with customers)');

    const core = await openCore({ database: db, dataDir: dir });
    try {
      const rows: Array<{ company_role: string; status: string }> = await core
        .db('agreements')
        .select('company_role', 'status');
      expect(rows.filter((row) => row.company_role === 'controller')).toHaveLength(12);
      const statuses = new Set(rows.map((row) => row.status));
      for (const status of ['active', 'draft', 'negotiation', 'terminated'])
        expect(statuses).toContain(status);
      const transfers: Array<{ country: string; basis: string; scc_module: number | null }> = await core
        .db('agreement_transfers')
        .select('country', 'basis', 'scc_module');
      expect(transfers).toContainEqual({ country: 'US', basis: 'scc', scc_module: 2 });
      expect(transfers).toContainEqual({ country: 'US', basis: 'scc', scc_module: 3 });
      expect(transfers).toContainEqual({ country: 'IN', basis: 'scc', scc_module: 2 });
      expect(transfers).toContainEqual({ country: 'JP', basis: 'adequacy', scc_module: null });
      const links: Array<{ supplier_agreement_id: number | null }> = await core
        .db('agreement_subprocessors')
        .select('supplier_agreement_id');
      expect(links.length).toBeGreaterThan(28);
      expect(links.every((link) => link.supplier_agreement_id !== null)).toBe(true);
      expect(await core.db('agreements').where({ transfer_flag: true }).count({ n: '*' })).not.toEqual([
        { n: 0 },
      ]);
      expect(
        await core
          .db('agreement_change_notices')
          .whereNotNull('objection_on')
          .whereNull('resolution')
          .count({ n: '*' }),
      ).not.toEqual([{ n: 0 }]);

      const today = osloDate(core.clock.now());
      const summary = await runAsSystem(core, 'test', (ctx) => agreementRegisterSummary(ctx, today));
      expect(summary.total).toBe(40);
      expect(summary.withGaps).toBeGreaterThan(2);
      expect(summary.missingClauses.length).toBeGreaterThan(1);
      expect(summary.transfers.flagged.length).toBeGreaterThan(0);
      expect(summary.due.reviewWithin30Days + summary.due.reviewOverdue).toBeGreaterThan(0);
      expect(summary.due.expiringWithin60Days).toBeGreaterThan(0);
      expect(summary.due.expiredButActive).toBeGreaterThan(0);
      expect(summary.due.objectionWindowsClosing).toBeGreaterThan(0);
      expect(summary.due.objectionsOpen).toBeGreaterThan(0);
      const kinds = new Set(
        (await runAsSystem(core, 'test', (ctx) => agreementDeadlines(ctx, today))).map((item) => item.kind),
      );
      expect(kinds.size).toBe(6);
      expect((await verifyAuditChain(core)).ok).toBe(true);
    } finally {
      await core.close();
    }

    const csvFile = path.join(dir, 'register.csv');
    const csv = await runCli([
      '--db',
      db,
      '--data-dir',
      dir,
      'agreements',
      'export',
      '--format',
      'csv',
      '--out',
      csvFile,
    ]);
    expect(csv).toMatchObject({ code: 0, out: [`wrote ${csvFile}`] });
    const lines = fs.readFileSync(csvFile, 'utf8').trim().split(/\r?\n/);
    expect(lines).toHaveLength(41);
    expect(lines[0]).toContain('Reference,Title,Direction,Organisation,Status');
    expect(
      lines.some((line) => line.includes('Cloudway Hosting Inc., United States: SCC module 2, TIA done')),
    ).toBe(true);

    const xlsxFile = path.join(dir, 'register.xlsx');
    expect(
      (
        await runCli([
          '--db',
          db,
          '--data-dir',
          dir,
          'agreements',
          'export',
          '--format',
          'xlsx',
          '--out',
          xlsxFile,
        ])
      ).code,
    ).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsxFile);
    expect(workbook.worksheets[0].rowCount).toBe(41);

    const bad = await runCli(['--db', db, '--data-dir', dir, 'agreements', 'export', '--format', 'pdf']);
    expect(bad.code).toBe(2);
    expect(bad.err.join('\n')).toContain('Choose --format csv or --format xlsx.');
    const badCount = await runCli(['--db', db, '--data-dir', dir, 'seed-demo', '--agreements', 'lots']);
    expect(badCount.err[0]).toBe('--agreements takes a whole number.');
    fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('makes the 2,000 agreements of the dashboard benchmark well within a minute', async () => {
    const dir = tempDir();
    const db = await officeDatabase(dir);
    // A minute of processor time, which a busy machine does not stretch as it does the wall clock.
    const { result: seeded, seconds } = await cpuSeconds(() =>
      runCli(
        [
          '--db',
          db,
          '--data-dir',
          dir,
          'seed-demo',
          '--inquiries',
          '0',
          '--cases',
          '0',
          '--agreements',
          '2000',
        ],
        {
          env,
        },
      ),
    );
    expect(seeded.code).toBe(0);
    expect(seconds).toBeLessThan(60);
    const core = await openCore({ database: db, dataDir: dir });
    try {
      expect(await core.db('agreements').count({ n: '*' })).toEqual([{ n: 2000 }]);
      expect(await core.db('agreement_clauses').count({ n: '*' })).toEqual([{ n: 28_000 }]);
      const references: Array<{ n: number }> = await core.db('agreements').countDistinct({ n: 'reference' });
      expect(references[0].n).toBe(2000);
    } finally {
      await core.close();
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }, 120_000);
});
