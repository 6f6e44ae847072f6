import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/main/core/audit/service';
import { openCore } from '../../src/main/core/core';
import { describeWriters, runWriters } from '../../bench/writers/run';
import { freshDatabase, tempDir, testEngine } from './support/core';

describe(`several processes writing to one ${testEngine} database`, () => {
  it('never fail for lock contention, and leave one unbroken audit chain', async () => {
    const dir = tempDir();
    const { database, drop } = await freshDatabase(dir);
    try {
      const result = await runWriters(database, dir, 3, 4);
      expect(describeWriters(result)).toMatch(/^writers: 3 processes, \d+ operations, 0 failed$/);
      expect(result.errors).toEqual({});
      expect(result.operations).toBeGreaterThan(30);
      const core = await openCore({ database, dataDir: dir });
      try {
        const logged = Number((await core.db('inquiries').count({ n: '*' }).first())?.n);
        expect(logged).toBeGreaterThan(5);
        expect(await verifyAuditChain(core)).toMatchObject({ ok: true, firstBadId: null });
      } finally {
        await core.close();
      }
    } finally {
      await drop();
    }
  }, 120_000);
});
