import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from '../../migrations';
import { entryHash, genesisHash, keyIdOf } from '../../src/main/core/audit/chain';
import { auditHeadFileName } from '../../src/main/core/audit/head';
import { verifyAuditChain } from '../../src/main/core/audit/service';
import { type Core, openCore, runAsSystem } from '../../src/main/core/core';
import { openDatabase } from '../../src/main/core/db/connection';
import { migrateToLatest } from '../../src/main/core/db/migrate';
import { parseDatabaseTarget } from '../../src/main/core/db/target';
import { runCli } from './support/cli';
import {
  expectError,
  expectOk,
  freshDatabase,
  signedIn,
  tempDir,
  testCore,
  testScrypt,
} from './support/core';
import { disableAuditProtection } from './support/tamper';

async function officeWithHistory() {
  const core = await testCore();
  const admin = await signedIn(core, ['admin'], 'admin');
  const user = await expectOk(core, admin, 'users.create', {
    username: 'ola',
    displayName: 'Ola Nordmann',
    roles: ['agent'],
    password: 'a long enough password',
  });
  await expectOk(core, admin, 'users.update', {
    id: user.id,
    displayName: 'Ola N.',
    roles: ['agent', 'dpo'],
  });
  await expectOk(core, admin, 'settings.update', { idleLockMinutes: 10 });
  return { core, admin, user };
}

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

describe('audit log', () => {
  it('records who changed what, with before and after kept apart from the chain, never a password', async () => {
    const { core, admin, user } = await officeWithHistory();
    const page = await expectOk(core, admin, 'audit.list', { entityType: 'user', entityId: String(user.id) });
    expect(page.rows.map((row) => row.action)).toEqual(['update', 'create']);
    const [update, create] = page.rows;
    expect(update).toMatchObject({
      username: 'admin',
      channel: 'users.update',
      before: { displayName: 'Ola Nordmann', roles: ['agent'] },
      after: { displayName: 'Ola N.', roles: ['agent', 'dpo'] },
      redacted: null,
    });
    expect(JSON.stringify(create)).not.toContain('a long enough password');
    // The chained entry holds the payload's hash; the payload lives in a table of its own.
    const entry = await core.db('audit_log').where({ channel: 'users.update' }).first();
    expect(entry).toMatchObject({ before_json: null, after_json: null });
    expect(entry.payload_hash).toMatch(/^[0-9a-f]{64}$/);
    const payloads = await core.db('audit_payloads').select('before_json', 'after_json');
    expect(JSON.stringify(payloads)).toContain('Ola N.');
    expect(JSON.stringify(payloads)).not.toMatch(/scrypt\$|a long enough password/);
    // The people a payload names are indexed for the person search and erasure.
    expect(
      await core
        .db('audit_subjects')
        .where({ entry_id: entry.id })
        .orderBy('subject_key')
        .pluck('subject_key'),
    ).toEqual(['ola', 'ola n.', 'ola nordmann']);
  });

  it('names people by their names and records by their numbers, as they stand now', async () => {
    const { core, admin } = await officeWithHistory();
    const agent = await signedIn(core, ['agent'], 'kari');
    const inquiry = await expectOk(core, agent, 'inquiries.create', {
      channel: 'phone',
      receivedAt: '2026-03-02T08:00:00.000Z',
      onBehalfOfId: null,
      personPhone: '91234567',
      category: 'general',
      summary: 'Asked about recordings',
    });
    await expectOk(core, admin, 'organisations.create', { name: 'Fjord Energi AS', isCustomer: true });
    const page = await expectOk(core, admin, 'audit.list', {});
    const byChannel = (channel: string) => page.rows.find((row) => row.channel === channel)!;
    expect(byChannel('inquiries.create')).toMatchObject({
      username: 'kari',
      userName: 'Test kari',
      entityType: 'inquiry',
      record: inquiry.number,
    });
    expect(byChannel('organisations.create')).toMatchObject({
      userName: 'Test admin',
      record: 'Fjord Energi AS',
    });
    expect(byChannel('users.update')).toMatchObject({ record: 'Ola N.' });
    expect(byChannel('settings.update')).toMatchObject({ record: null });
    // An inquiry's history says who in the same words.
    const history = await expectOk(core, agent, 'inquiries.history', { id: inquiry.id });
    expect(history[0]).toMatchObject({ userName: 'Test kari', record: inquiry.number });
    // An id in the record's fields is named too: the agent it is assigned to.
    const kariId = (await core.db('users').where({ username: 'kari' }).first('id')).id as number;
    expect(history[0]!.after).toMatchObject({ assignedToId: kariId });
    expect(history[0]!.labels).toEqual({ [`user:${kariId}`]: 'Test kari' });
  });

  it('filters by date, user, entity and action, newest first, in pages', async () => {
    const { core, admin } = await officeWithHistory();
    const all = await expectOk(core, admin, 'audit.list', {});
    // Reading the log is itself a read of personal data: each list adds its entry on top.
    const page = await expectOk(core, admin, 'audit.list', { page: 1, pageSize: 2 });
    expect(page.total).toBe(all.total + 1);
    expect(page.rows.map((row) => row.id)).toEqual(all.rows.slice(1, 3).map((row) => row.id));
    const settings = await expectOk(core, admin, 'audit.list', { entityType: 'settings' });
    expect(settings.rows).toHaveLength(1);
    expect((await expectOk(core, admin, 'audit.list', { from: '2026-03-03' })).total).toBe(0);
    expect((await expectOk(core, admin, 'audit.list', { to: '2026-03-02' })).total).toBe(all.total + 4);
    const facets = await expectOk(core, admin, 'audit.facets', {});
    expect(facets.entityTypes).toEqual(['audit', 'settings', 'user']);
  });

  it('offers no channel that changes or deletes entries, and the database refuses edits', async () => {
    const { core } = await officeWithHistory();
    const { contract } = await import('../../src/shared/contract');
    const auditChannels = Object.keys(contract).filter((name) => name.startsWith('audit.'));
    expect(auditChannels.sort()).toEqual(['audit.facets', 'audit.list', 'audit.saveKeyFile', 'audit.verify']);
    await expect(core.db('audit_log').update({ username: 'someone else' })).rejects.toThrow(
      /cannot be changed/,
    );
    await expect(core.db('audit_log').where({ id: 1 }).delete()).rejects.toThrow(
      /cannot be (changed or )?deleted/,
    );
    await expect(core.db('audit_payloads').update({ after_json: '{}' })).rejects.toThrow(/cannot be changed/);
  });

  it('verifies an intact chain against the head kept outside the database', async () => {
    const { core, admin } = await officeWithHistory();
    const result = await expectOk(core, admin, 'audit.verify', {});
    expect(result).toMatchObject({ ok: true, firstBadId: null, legacyEntries: 0, redacted: 0 });
    expect(result.entries).toBeGreaterThanOrEqual(4);
    expect(result.head?.entries).toBe(result.entries);
    const head = JSON.parse(fs.readFileSync(path.join(core.dir, auditHeadFileName), 'utf8'));
    // The check itself is the newest entry.
    expect(Object.values(head.heads)).toEqual([expect.objectContaining({ entries: result.entries + 1 })]);
  });

  it('finds a hand-edited payload or entry, even when the editor got past the triggers', async () => {
    const { core } = await officeWithHistory();
    await disableAuditProtection(core);
    await core
      .db('audit_payloads')
      .where({ entry_id: 3 })
      .update({ after_json: '{"displayName":"Someone else"}' });
    expect(await verifyAuditChain(core)).toMatchObject({
      ok: false,
      firstBadId: 3,
      entries: 2,
      reason: 'its payload does not match its hash',
    });
  });

  it('finds a deleted entry', async () => {
    const { core } = await officeWithHistory();
    await disableAuditProtection(core);
    await core.db('audit_log').where({ id: 2 }).delete();
    expect(await verifyAuditChain(core)).toMatchObject({ ok: false, firstBadId: 2 });
  });

  it('`privacy-desk audit verify` prints ok N entries, or names the bad entry and exits 1', async () => {
    const { core } = await officeWithHistory();
    const entries = (await verifyAuditChain(core)).entries;
    const verify = () => runCli(['--db', core.database, '--data-dir', core.dir, 'audit', 'verify']);
    const intact = await verify();
    expect(intact.code).toBe(0);
    expect(intact.out[0]).toBe(`ok ${entries} entries`);
    expect(intact.out[1]).toMatch(/^the head kept outside the database matches \(\d+ entries at /);
    await disableAuditProtection(core);
    await core.db('audit_log').where({ id: 2 }).update({ username: 'nobody' });
    const tampered = await verify();
    expect(tampered.code).toBe(1);
    expect(tampered.out[0]).toBe(
      'mismatch at entry 2: its content does not match its hash (1 entries before it are intact)',
    );
  });
});

describe('redacting payloads', () => {
  it('drops a payload, keeps its hash, and the chain still verifies, saying how many and why', async () => {
    const { core, admin, user } = await officeWithHistory();
    const ids: number[] = await core
      .db('audit_log')
      .where({ entity_type: 'user', entity_id: String(user.id) })
      .pluck('id');
    const redacted = await runAsSystem(core, 'test', (ctx) => ctx.env.audit.redact(ctx, ids, 'erasure'));
    expect(redacted).toBe(2);
    // Again: nothing left to redact, no second entry.
    expect(await runAsSystem(core, 'test', (ctx) => ctx.env.audit.redact(ctx, ids, 'erasure'))).toBe(0);
    const page = await expectOk(core, admin, 'audit.list', { entityType: 'user', entityId: String(user.id) });
    expect(page.rows.map((row) => [row.before, row.after, row.redacted])).toEqual([
      [null, null, 'erasure'],
      [null, null, 'erasure'],
    ]);
    expect(await core.db('audit_subjects').whereIn('entry_id', ids).count({ n: '*' }).first()).toEqual({
      n: 0,
    });
    const result = await expectOk(core, admin, 'audit.verify', {});
    expect(result).toMatchObject({ ok: true, redacted: 2, redactions: [{ reason: 'erasure', entries: 2 }] });
    const cli = await runCli(['--db', core.database, '--data-dir', core.dir, 'audit', 'verify']);
    expect(cli.out).toContain('2 payloads redacted: 2 erasure');
  });

  it('finds a payload removed without a redaction, and a redaction no entry recorded', async () => {
    const { core } = await officeWithHistory();
    await disableAuditProtection(core);
    await core.db('audit_payloads').where({ entry_id: 3 }).delete();
    expect(await verifyAuditChain(core)).toMatchObject({
      ok: false,
      firstBadId: 3,
      reason: 'its payload is missing and no redaction is recorded',
    });
    await core
      .db('audit_redactions')
      .insert({ entry_id: 3, redacted_at: '2026-03-02T10:00:00.000Z', reason: 'erasure', by_entry_id: 2 });
    expect(await verifyAuditChain(core)).toMatchObject({
      ok: false,
      firstBadId: 2,
      reason: '1 payloads are recorded as redacted by entry 2, which recorded no redaction',
    });
  });
});

describe("the audit chain's key", () => {
  it('is created on first use in the data folder, readable only by its owner, and guarded against another key', async () => {
    const { core } = await officeWithHistory();
    const keyFile = path.join(core.dir, 'audit.key');
    if (process.platform !== 'win32') expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(await core.db('audit_state').where({ name: 'key_id' }).first('value')).toEqual({
      value: core.env.audit.key.id,
    });
    await core.close();
    // Another key, or none where the log is keyed: refused with what to do, nothing written.
    const elsewhere = tempDir();
    await expect(
      openCore({ database: core.database, dataDir: elsewhere, scrypt: testScrypt }),
    ).rejects.toThrow(/is keyed with a key that is not here .* --audit-key FILE/);
    const other = await openCore({
      database: core.database,
      dataDir: core.dir,
      auditKey: Buffer.alloc(32, 7),
      scrypt: testScrypt,
    }).then(
      () => null,
      (error: Error) => error.message,
    );
    expect(other).toMatch(/keyed with another key/);
    // The CLI names the key with --audit-key.
    const cli = await runCli([
      '--db',
      core.database,
      '--data-dir',
      elsewhere,
      '--audit-key',
      keyFile,
      'audit',
      'verify',
    ]);
    expect(cli.out[0]).toMatch(/^ok \d+ entries$/);
    fs.chmodSync(keyFile, 0o644);
    const loose = await runCli(['--db', core.database, '--data-dir', core.dir, 'audit', 'verify']);
    expect(loose.err[0]).toMatch(/can be read by others than its owner.*chmod 600/);
  });

  it('is saved for the command-line tool from a desk whose key lives in the keychain', async () => {
    const dir = tempDir();
    const { database, drop } = await freshDatabase(dir);
    const key = Buffer.alloc(32, 9);
    const core = await openCore({ database, dataDir: dir, auditKey: key, scrypt: testScrypt });
    cleanups.push(async () => {
      await core.close();
      await drop();
    });
    const admin = await signedIn(core, ['admin'], 'admin');
    expect(fs.existsSync(path.join(dir, 'audit.key'))).toBe(false);
    expect(await expectOk(core, admin, 'audit.saveKeyFile', {})).toEqual({
      file: path.join(dir, 'audit.key'),
      created: true,
    });
    expect((await runCli(['--db', database, '--data-dir', dir, 'audit', 'verify'])).code).toBe(0);
    const agent = await signedIn(core, ['agent'], 'agent');
    expect((await expectError(core, agent, 'audit.saveKeyFile', {})).code).toBe('FORBIDDEN');
    expect(keyIdOf(key)).toBe(core.env.audit.key.id);
  });
});

describe('a database from before the keyed chain', () => {
  async function legacyDatabase(): Promise<{ database: string; dir: string }> {
    const dir = tempDir();
    const { database, drop } = await freshDatabase(dir, { empty: true });
    const db = openDatabase(parseDatabaseTarget(database));
    const before = migrations.slice(
      0,
      migrations.findIndex(([name]) => name === '030_audit_payloads'),
    );
    await migrateToLatest(db, database, new Date(), before);
    let prev = genesisHash;
    for (let id = 1; id <= 3; id++) {
      const row = {
        id,
        at: `2026-01-0${id}T09:00:00.000Z`,
        user_id: null,
        username: 'admin',
        channel: 'inquiries.create',
        action: 'create',
        entity_type: 'inquiry',
        entity_id: String(id),
        before_json: null,
        after_json: JSON.stringify({ personName: `Kari ${id}`, personEmail: `kari${id}@example.no` }),
      };
      const hash = entryHash(prev, { ...row, payload_hash: null });
      await db('audit_log').insert({ ...row, prev_hash: prev, hash });
      prev = hash;
    }
    await db.destroy();
    cleanups.push(drop);
    return { database, dir };
  }

  it('is sealed with the key on first open: verifiable, redactable, and still tamper-evident', async () => {
    const { database, dir } = await legacyDatabase();
    const core: Core = await openCore({ database, dataDir: dir, scrypt: testScrypt });
    cleanups.unshift(() => core.close());
    expect(await verifyAuditChain(core)).toMatchObject({ ok: true, entries: 3, legacyEntries: 3 });
    expect(
      await core.db('audit_subjects').where({ kind: 'email' }).orderBy('entry_id').pluck('subject_key'),
    ).toEqual(['kari1@example.no', 'kari2@example.no', 'kari3@example.no']);
    // New entries are keyed, linked to the last old one.
    const admin = await signedIn(core, ['admin'], 'admin');
    await expectOk(core, admin, 'settings.update', { idleLockMinutes: 10 });
    expect(await runAsSystem(core, 'test', (ctx) => ctx.env.audit.redact(ctx, [2], 'retention purge'))).toBe(
      1,
    );
    expect(await core.db('audit_log').where({ id: 2 }).first('after_json')).toEqual({ after_json: null });
    const verified = await verifyAuditChain(core);
    expect(verified).toMatchObject({ ok: true, legacyEntries: 3, redacted: 1 });
    // The redacted old entry can no longer be checked by its SHA-256, but its seal still holds it.
    await disableAuditProtection(core);
    await core.db('audit_log').where({ id: 2 }).update({ username: 'someone else' });
    expect(await verifyAuditChain(core)).toMatchObject({
      ok: false,
      firstBadId: 2,
      reason: 'its content does not match its seal',
    });
  });
});
