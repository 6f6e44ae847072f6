import { describe, expect, it } from 'vitest';
import { isValidNorwegianOrgNumber } from '../../src/shared/organisations/org-number';
import { openCore } from '../../src/main/core/core';
import { verifyAuditChain } from '../../src/main/core/audit/service';
import { runCli } from './support/cli';
import { tempDir, officeDatabase } from './support/core';

describe('seed-demo', () => {
  it('creates staff and customers and suppliers with valid numbers, the same for the same seed', async () => {
    const run = async () => {
      const dataDir = tempDir();
      const db = await officeDatabase(dataDir);
      const result = await runCli(
        ['--db', db, '--data-dir', dataDir, 'seed-demo', '--inquiries', '0', '--seed', '7'],
        {
          env: { PRIVACY_DESK_PASSWORD: 'demo password 1' },
        },
      );
      expect(result.code).toBe(0);
      const core = await openCore({ database: db, dataDir: dataDir });
      const organisations = await core
        .db('organisations')
        .select('name', 'org_number', 'country', 'is_customer', 'is_supplier');
      const users = await core.db('users').select('username');
      const chain = await verifyAuditChain(core);
      await core.close();
      return { organisations, users, chain };
    };
    const first = await run();
    expect(first.users.map((user) => user.username)).toContain('dpo');
    const norwegian = first.organisations.filter((org) => org.country === 'NO');
    expect(norwegian.length).toBeGreaterThan(20);
    for (const org of norwegian) expect(isValidNorwegianOrgNumber(org.org_number), org.org_number).toBe(true);
    expect(first.organisations.some((org) => org.country === 'US' && org.is_supplier)).toBe(true);
    expect(first.chain.ok).toBe(true);
    const second = await run();
    expect(second.organisations).toEqual(first.organisations);
    // Two full demo offices, each hashing eight passwords at the production cost: slow on a busy machine.
  }, 150_000);

  it('refuses a bad count or a short password', async () => {
    const dataDir = tempDir();
    const db = await officeDatabase(dataDir);
    expect(
      (await runCli(['--db', db, '--data-dir', dataDir, 'seed-demo', '--inquiries', 'many'])).err[0],
    ).toBe('--inquiries takes a whole number.');
    expect(
      (
        await runCli(['--db', db, '--data-dir', dataDir, 'seed-demo'], {
          env: { PRIVACY_DESK_PASSWORD: 'short' },
        })
      ).code,
    ).toBe(2);
  });
});
