import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryHash, keyedEntryHash, type AuditRow } from '../../src/main/core/audit/chain';
import { auditHeadFileName } from '../../src/main/core/audit/head';
import { verifyAuditChain } from '../../src/main/core/audit/service';
import { runCli } from './support/cli';
import { expectOk, signedIn, testCore, type TestCore } from './support/core';
import { disableAuditProtection } from './support/tamper';

/**
 * The audit log's tamper evidence, held by a test of its own, on both engines: whoever edits the
 * database directly (past the triggers that refuse changes) is found, whichever column they touch,
 * whether they delete, insert, re-hash one entry, recompute the whole chain, or cut entries off the
 * end (or all of them). What they lack is outside the database: the key and the chain's head.
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
  await core.env.audit.heads.flush();
  await disableAuditProtection(core);
  return core;
}

const rows = (core: TestCore): Promise<AuditRow[]> => core.db('audit_log').orderBy('id').select('*');

const verify = (core: TestCore) => runCli(['--db', core.database, '--data-dir', core.dir, 'audit', 'verify']);

/** Re-hashes every entry from `fromId` on, as a careful forger would, with the hash they can compute. */
async function rehashFrom(core: TestCore, fromId: number, hash: (prev: string, row: AuditRow) => string) {
  const all = await rows(core);
  let prev = all.find((row) => row.id === fromId - 1)?.hash ?? '0'.repeat(64);
  for (const row of all.filter((candidate) => candidate.id >= fromId)) {
    const next = hash(prev, row);
    await core.db('audit_log').where({ id: row.id }).update({ prev_hash: prev, hash: next });
    prev = next;
  }
}

describe('tampering with the audit log', () => {
  it('is found whichever column of whichever entry, or of its payload, is changed', async () => {
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
      ['payload_hash', 'f'.repeat(64)],
    ];
    for (const [index, [column, value]] of changes.entries()) {
      const id = 1 + (index % total);
      const original = (await core.db('audit_log').where({ id }).first())[column];
      await core
        .db('audit_log')
        .where({ id })
        .update({ [column]: value });
      expect(await verifyAuditChain(core), column).toMatchObject({ ok: false, firstBadId: id });
      await core
        .db('audit_log')
        .where({ id })
        .update({ [column]: original });
    }
    for (const column of ['before_json', 'after_json', 'salt'] as const) {
      const entry = (await core.db('audit_payloads').orderBy('entry_id', 'desc').first()) as Record<
        string,
        string
      >;
      await core
        .db('audit_payloads')
        .where({ entry_id: entry.entry_id })
        .update({ [column]: '{"summary":"edited"}' });
      expect(await verifyAuditChain(core), column).toMatchObject({
        ok: false,
        firstBadId: Number(entry.entry_id),
        reason: 'its payload does not match its hash',
      });
      await core
        .db('audit_payloads')
        .where({ entry_id: entry.entry_id })
        .update({ [column]: entry[column] });
    }
    // A payload written into the chained entry itself, where the app would show it.
    await core.db('audit_log').where({ id: 2 }).update({ after_json: '{"summary":"planted"}' });
    expect(await verifyAuditChain(core)).toMatchObject({ ok: false, firstBadId: 2 });
    await core.db('audit_log').where({ id: 2 }).update({ after_json: null });
    expect(await verifyAuditChain(core)).toMatchObject({ ok: true, entries: total });
  });

  it('is found when an entry is deleted, inserted, or edited and re-hashed alone', async () => {
    const core = await officeWithHistory();
    const all = await rows(core);
    await core.db('audit_log').where({ id: 5 }).delete();
    expect(await verifyAuditChain(core)).toMatchObject({
      ok: false,
      firstBadId: 5,
      reason: 'entry 5 is missing (next is 6)',
    });
    await core.db('audit_log').insert(all.find((row) => row.id === 5)!);

    const forged = { ...all[all.length - 1], id: all.length + 2, action: 'forged' };
    await core.db('audit_log').insert(forged);
    expect(await verifyAuditChain(core)).toMatchObject({ ok: false, firstBadId: all.length + 1 });
    await core.db('audit_log').where({ id: forged.id }).delete();

    // With a guessed key, only the edited entry re-hashed: it does not match.
    await core.db('audit_log').where({ id: 3 }).update({ username: 'nobody' });
    await rehashFrom(core, 3, (prev, row) => keyedEntryHash(crypto.randomBytes(32), prev, row));
    expect(await verifyAuditChain(core)).toMatchObject({
      ok: false,
      firstBadId: 3,
      reason: 'its content does not match its hash',
    });
  });

  it('is found when the whole chain is recomputed with the database alone', async () => {
    const core = await officeWithHistory();
    await core.db('audit_log').where({ id: 2 }).update({ username: 'nobody' });
    // Without the key a forger can only use a hash anyone can compute, or a key of their own.
    await rehashFrom(core, 1, (prev, row) => entryHash(prev, row));
    expect(await verifyAuditChain(core)).toMatchObject({ ok: false, firstBadId: 1 });
    const ownKey = crypto.randomBytes(32);
    await rehashFrom(core, 1, (prev, row) => keyedEntryHash(ownKey, prev, row));
    expect(await verifyAuditChain(core)).toMatchObject({
      ok: false,
      firstBadId: 1,
      reason: 'its content does not match its hash',
    });
    const cli = await verify(core);
    expect(cli.code).toBe(1);
    expect(cli.out[0]).toBe(
      'mismatch at entry 1: its content does not match its hash (0 entries before it are intact)',
    );
  });

  it('is found when the last five entries are deleted with SQL alone, or all of them', async () => {
    const core = await officeWithHistory();
    const all = await rows(core);
    expect((await verify(core)).code).toBe(0);
    const last = all.length;
    // "delete from audit_log where id > N - 5": every remaining link is intact, the end is not.
    await core
      .db('audit_log')
      .where('id', '>', last - 5)
      .delete();
    expect(await verifyAuditChain(core)).toMatchObject({ ok: false, entries: last - 5 });
    const cut = await verify(core);
    expect(cut.code).toBe(1);
    expect(cut.out[0]).toMatch(
      new RegExp(
        `^mismatch at entry ${last - 4}: the log ends at entry ${last - 5}, but the head kept outside the database \\(.*${auditHeadFileName}\\) recorded ${last}: the last 5 were removed \\(${last - 5} entries before it are intact\\)$`,
      ),
    );

    await core.db('audit_log').delete();
    const none = await verify(core);
    expect(none.code).toBe(1);
    expect(none.out[0]).toMatch(
      /^mismatch at entry 1: the log is empty, but the head .* recorded \d+ entries: every entry was removed/,
    );
    // Also with the chain's own record of itself removed.
    await core.db('audit_state').delete();
    const forgotten = await verifyAuditChain(core);
    expect(forgotten).toMatchObject({ ok: false, firstBadId: 1 });
    expect(forgotten.reason).toMatch(/the log is empty, but .* every entry was removed/);
  });

  it('is found when the tail is re-keyed and the head outside is edited without the key', async () => {
    const core = await officeWithHistory();
    const headFile = path.join(core.dir, auditHeadFileName);
    const head = JSON.parse(fs.readFileSync(headFile, 'utf8'));
    const [id] = Object.keys(head.heads);
    await core.db('audit_log').where('id', '>', 3).delete();
    head.heads[id] = { ...head.heads[id], entries: 3, hash: (await rows(core))[2].hash };
    fs.writeFileSync(headFile, JSON.stringify(head));
    expect(await verifyAuditChain(core)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(
        /head kept outside the database .* was changed by someone without the key/,
      ),
    });
  });
});
