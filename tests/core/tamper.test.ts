import { describe, expect, it } from 'vitest';
import { entryHash, type AuditRow } from '../../src/main/core/audit/chain';
import { verifyAuditChain } from '../../src/main/core/audit/service';
import { dailyBackup } from '../../src/main/core/backup/service';
import { runCli } from './support/cli';
import { expectOk, signedIn, testCore, testEngine, type TestCore } from './support/core';
import { disableAuditProtection } from './support/tamper';

/**
 * The audit log's tamper evidence, held by a test of its own: whoever edits the file directly
 * (past the triggers that refuse changes) is found, whichever column they touch, and whether they
 * delete, insert, re-hash one entry, or rewrite or cut off the whole tail after a backup.
 */
async function officeWithHistory(): Promise<TestCore> {
  const core = await testCore();
  const admin = await signedIn(core, ['admin'], 'admin');
  const agent = await signedIn(core, ['agent'], 'agent1');
  for (let i = 0; i < 4; i++)
    await expectOk(core, agent, 'inquiries.create', {
      channel: 'phone',
      receivedAt: '2026-03-02T08:30:00.000Z',
      onBehalfOfId: null,
      personName: `Caller ${i}`,
      personPhone: '912 34 567',
      category: 'general',
      summary: `Call ${i}`,
    });
  await expectOk(core, admin, 'settings.update', { idleLockMinutes: 10 });
  await disableAuditProtection(core);
  return core;
}

const rows = (core: TestCore): Promise<AuditRow[]> => core.db('audit_log').orderBy('id').select('*');

/** Re-hashes every entry from `fromId` on, as a careful forger would after an edit. */
async function rehashFrom(core: TestCore, fromId: number): Promise<void> {
  const all = await rows(core);
  let prev = all.find((row) => row.id === fromId - 1)?.hash ?? '0'.repeat(64);
  for (const row of all.filter((candidate) => candidate.id >= fromId)) {
    const hash = entryHash(prev, row);
    await core.db('audit_log').where({ id: row.id }).update({ prev_hash: prev, hash });
    prev = hash;
  }
}

describe('tampering with the audit log', () => {
  it('is found whichever column of whichever entry is changed', async () => {
    const core = await officeWithHistory();
    const total = (await rows(core)).length;
    const changes: Array<[keyof AuditRow, unknown]> = [
      ['at', '2020-01-01T00:00:00.000Z'],
      ['user_id', 99],
      ['username', 'someone else'],
      ['channel', 'inquiries.delete'],
      ['action', 'read'],
      ['entity_type', 'case'],
      ['entity_id', '999'],
      ['before_json', '{"summary":"edited"}'],
      ['after_json', '{"summary":"edited"}'],
    ];
    for (const [index, [column, value]] of changes.entries()) {
      const id = 1 + (index % total);
      const original = (await core.db('audit_log').where({ id }).first())[column];
      await core
        .db('audit_log')
        .where({ id })
        .update({ [column]: value });
      expect(await verifyAuditChain(core.db), column).toMatchObject({
        ok: false,
        firstBadId: id,
        reason: 'its content does not match its hash',
      });
      await core
        .db('audit_log')
        .where({ id })
        .update({ [column]: original });
    }
    expect(await verifyAuditChain(core.db)).toMatchObject({ ok: true, entries: total });
  });

  it('is found when an entry is deleted, inserted, or edited and re-hashed alone', async () => {
    const core = await officeWithHistory();
    const all = await rows(core);

    await core.db('audit_log').where({ id: 3 }).update({ username: 'nobody' });
    await rehashFrom(core, 3);
    // Re-hashing only the edited entry leaves the next one pointing at the old hash.
    const next = all.find((row) => row.id === 4)!;
    await core.db('audit_log').where({ id: 4 }).update({ prev_hash: next.prev_hash, hash: next.hash });
    expect(await verifyAuditChain(core.db)).toMatchObject({
      ok: false,
      firstBadId: 4,
      reason: 'its link to the previous entry is broken',
    });
    await core.db('audit_log').delete();
    await core.db('audit_log').insert(all);

    await core.db('audit_log').where({ id: 5 }).delete();
    expect(await verifyAuditChain(core.db)).toMatchObject({
      ok: false,
      firstBadId: 5,
      reason: 'entry 5 is missing (next is 6)',
    });
    await core.db('audit_log').insert(all.find((row) => row.id === 5)!);

    const forged = { ...all[all.length - 1], id: all.length + 2, action: 'forged' };
    await core.db('audit_log').insert(forged);
    expect(await verifyAuditChain(core.db)).toMatchObject({ ok: false, firstBadId: all.length + 1 });
  });

  // The daily backup (an SQLite file) anchors the chain of an SQLite database; PostgreSQL is backed up
  // with pg_dump by its administrator.
  it.runIf(testEngine === 'sqlite')(
    'is found against the newest backup when the tail is rewritten and re-hashed, or cut off',
    async () => {
      const core = await officeWithHistory();
      await dailyBackup(core);
      const verify = () => runCli(['--db', core.database, 'audit', 'verify']);
      const intact = await verify();
      expect(intact.code).toBe(0);
      expect(intact.out[1]).toMatch(/^the \d+ entries of the backup privacy-desk-.*\.sqlite3 are intact$/);

      const all = await rows(core);
      // A whole tail rewritten and hashed anew passes the chain alone, but not the backup's anchor.
      await core.db('audit_log').where({ id: 2 }).update({ username: 'nobody' });
      await rehashFrom(core, 2);
      expect(await verifyAuditChain(core.db)).toMatchObject({ ok: true });
      const rewritten = await verify();
      expect(rewritten.code).toBe(1);
      expect(rewritten.out[1]).toMatch(
        /^mismatch: entry \d+ is not the one the backup .* holds: the log was rewritten$/,
      );

      // Cutting off the newest entries.
      await core.db('audit_log').delete();
      await core.db('audit_log').insert(all.slice(0, -3));
      expect(await verifyAuditChain(core.db)).toMatchObject({ ok: true });
      const cut = await verify();
      expect(cut.code).toBe(1);
      expect(cut.out[1]).toMatch(
        /^mismatch: entry \d+, the last one the backup .* holds, is gone: the log was cut short$/,
      );
    },
  );
});
