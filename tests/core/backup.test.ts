import fs from 'node:fs';
import path from 'node:path';
import type { Knex } from 'knex';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/main/core/audit/service';
import { attachmentsDirOf, listBackupFiles } from '../../src/main/core/backup/files';
import { makeBackup } from '../../src/main/core/backup/make';
import { replaceWithBackup } from '../../src/main/core/backup/restore';
import { dailyBackup } from '../../src/main/core/backup/service';
import { verifyBackup } from '../../src/main/core/backup/verify';
import { type Core, openCore } from '../../src/main/core/core';
import { runCli } from './support/cli';
import { call, expectError, expectOk, signedIn, tempDir, testCore, testScrypt } from './support/core';

const pdf = (text: string) => Buffer.from(`%PDF-1.4 ${text}`).toString('base64');

/** Every row of every table (FTS shadow tables included), in rowid order. */
async function everyTable(db: Knex): Promise<Record<string, unknown[]>> {
  const tables: Array<{ name: string }> = await db('sqlite_master')
    .where({ type: 'table' })
    .whereNot('name', 'like', 'sqlite_%')
    .whereRaw("sql not like 'CREATE VIRTUAL TABLE%'")
    .orderBy('name')
    .select('name');
  const contents: Record<string, unknown[]> = {};
  for (const { name } of tables) {
    // A restored copy is a database of its own: it gets a new id (core/audit).
    const rows: unknown[] = await db.raw(
      name === 'audit_state'
        ? `select * from "${name}" where name <> 'database_id'`
        : `select * from "${name}"`,
    );
    contents[name] = rows.map((row) => JSON.stringify(row)).sort();
  }
  return contents;
}

async function demoOffice(): Promise<{ dir: string; dbFile: string }> {
  const dir = tempDir();
  const dbFile = path.join(dir, 'office.sqlite3');
  const seeded = await runCli(
    [
      '--db',
      dbFile,
      'seed-demo',
      '--inquiries',
      '150',
      '--cases',
      '20',
      '--agreements',
      '6',
      '--breaches',
      '3',
    ],
    { env: { PRIVACY_DESK_PASSWORD: 'demo password 1' } },
  );
  expect(seeded.code).toBe(0);
  return { dir, dbFile };
}

async function withAttachment(core: Core): Promise<void> {
  const admin = await signedIn(core, ['admin'], 'backup-admin');
  const organisation =
    ((await core.db('organisations').first('id')) as { id: number } | undefined) ??
    (await expectOk(core, admin, 'organisations.create', {
      name: 'Cloud Inc.',
      country: 'US',
      isSupplier: true,
    }));
  await expectOk(core, admin, 'attachments.add', {
    ownerType: 'organisation',
    ownerId: organisation.id,
    fileName: 'SOC 2 report.pdf',
    contentBase64: pdf('SOC 2'),
  });
}

describe('privacy-desk backup and restore', () => {
  it('round-trip every table, the audit chain and the attachments', async () => {
    const { dir, dbFile } = await demoOffice();
    const source = await openCore({ database: dbFile, scrypt: testScrypt });
    await withAttachment(source);
    const before = await everyTable(source.db);
    await source.close();
    expect(Object.keys(before).length).toBeGreaterThan(25);

    const out = path.join(dir, 'copies', 'monday.sqlite3');
    const backup = await runCli(['--db', dbFile, 'backup', '--out', out]);
    expect(backup.code).toBe(0);
    expect(backup.out[0]).toMatch(
      new RegExp(`^backup saved to ${out} \\(.* MB\\), 1 attached files in ${out}\\.attachments$`),
    );
    expect(backup.out[1]).toMatch(/^verified: audit chain ok, \d+ entries$/);

    const restoredFile = path.join(tempDir(), 'restored.sqlite3');
    const restore = await runCli(['--db', restoredFile, 'restore', '--from', out]);
    expect(restore.code).toBe(0);
    expect(restore.out[0]).toMatch(
      /^restored .* into .*restored\.sqlite3: \d+ tables, \d+ rows, 1 attached files$/,
    );
    expect(restore.out.at(-1)).toBe(`audit chain ok, ${(before.audit_log as unknown[]).length} entries`);

    const restored = await openCore({ database: restoredFile, scrypt: testScrypt });
    try {
      expect(await everyTable(restored.db)).toEqual(before);
      expect(await verifyAuditChain(restored)).toMatchObject({ ok: true });
      const admin = restored.newSession();
      await expectOk(restored, admin, 'auth.signIn', {
        username: 'backup-admin',
        password: 'correct horse battery',
      });
      const [file] = await restored.db('attachments').select('id');
      const copy = await expectOk(restored, admin, 'attachments.download', { id: file.id });
      expect(Buffer.from(copy.base64, 'base64').toString()).toBe('%PDF-1.4 SOC 2');
    } finally {
      await restored.close();
    }
    // The backup was recorded in the source's audit log.
    const after = await openCore({ database: dbFile, scrypt: testScrypt });
    expect(await after.db('audit_log').where({ channel: 'cli:backup' }).count({ n: '*' })).toEqual([
      { n: 1 },
    ]);
    await after.close();
  });

  it('never overwrites: an existing backup file, a database holding data, a folder holding attachments', async () => {
    const core = await testCore();
    await withAttachment(core);
    const out = path.join(core.dir, 'b.sqlite3');
    expect((await runCli(['--db', core.database, 'backup', '--out', out])).code).toBe(0);
    const again = await runCli(['--db', core.database, 'backup', '--out', out]);
    expect(again).toMatchObject({
      code: 1,
      err: [
        `Failed: ${out} already exists and holds data; a backup never overwrites a file. Choose a new name.`,
      ],
    });
    const onLive = await runCli(['--db', core.database, 'restore', '--from', out]);
    expect(onLive.code).toBe(1);
    expect(onLive.err[0]).toContain('already exists and holds data; a restore never overwrites a file');
    const besideLive = await runCli(['--db', path.join(core.dir, 'new.sqlite3'), 'restore', '--from', out]);
    expect(besideLive.err[0]).toBe(
      `Failed: ${path.join(core.dir, 'attachments')} already exists and holds data; a restore never overwrites a file. Choose a new name.`,
    );
  });

  it('refuses to restore a backup whose audit chain or files were tampered with', async () => {
    const core = await testCore();
    await withAttachment(core);
    const out = path.join(tempDir(), 'b.sqlite3');
    await makeBackup(core, out);
    expect(await verifyBackup(out)).toMatchObject({ ok: true, attachments: 1 });

    const [stored] = fs.readdirSync(attachmentsDirOf(out)).filter((name) => name.endsWith('.pdf'));
    fs.writeFileSync(path.join(attachmentsDirOf(out), stored), '%PDF-1.4 altered');
    const copy = await openCore({ database: out, scrypt: testScrypt, auditKey: core.env.audit.key.key });
    await copy.db.raw('DROP TRIGGER audit_log_no_update');
    await copy.db('audit_log').where({ id: 2 }).update({ username: 'someone else' });
    await copy.close();
    const verification = await verifyBackup(out);
    expect(verification.ok).toBe(false);
    expect(verification.problems).toEqual(
      expect.arrayContaining([
        'The audit chain breaks at entry 2: its content does not match its hash (1 entries before it are intact).',
        `The attached file ${stored} does not match its SHA-256.`,
      ]),
    );
    const restore = await runCli(['--db', path.join(tempDir(), 'r.sqlite3'), 'restore', '--from', out]);
    expect(restore.code).toBe(1);
    expect(restore.err[0]).toContain('cannot be restored: ');
  });

  it('copies one consistent snapshot while the app goes on writing', async () => {
    const core = await testCore();
    const agent = await signedIn(core, ['agent'], 'agent1');
    const write = (i: number) =>
      call(core, agent, 'inquiries.create', {
        channel: 'phone',
        receivedAt: '2026-03-02T08:30:00.000Z',
        onBehalfOfId: null,
        personName: `Caller ${i}`,
        personPhone: '912 34 567',
        category: 'general',
        summary: `Call ${i}`,
      });
    for (let i = 0; i < 100; i++) await write(i);
    const out = path.join(tempDir(), 'live.sqlite3');
    let writing = true;
    let written = 0;
    const writer = (async () => {
      while (writing) if ((await write(1000 + written)).ok) written += 1;
    })();
    await makeBackup(core, out);
    writing = false;
    await writer;
    expect(written).toBeGreaterThan(0);
    const verification = await verifyBackup(out);
    expect(verification).toMatchObject({ ok: true });
  });

  it('says to use pg_dump for an office on PostgreSQL', async () => {
    const result = await runCli(['--db', 'postgres://office/privacy', 'backup', '--out', '/tmp/x.sqlite3']);
    expect(result.code).toBe(1);
    expect(result.err[0]).toContain('pg_dump');
    const restore = await runCli([
      '--db',
      'postgres://office/privacy',
      'restore',
      '--from',
      '/tmp/x.sqlite3',
    ]);
    expect(restore.err[0]).toContain('pg_restore');
  });
});

describe('the daily backup and Administration → Backups', () => {
  it('makes one backup per Oslo day beside the database and keeps the number the setting says', async () => {
    const core = await testCore('2026-03-02T09:00:00.000Z');
    const admin = await signedIn(core, ['admin'], 'admin');
    await expectOk(core, admin, 'settings.update', { backupKeep: 2 });
    expect(await dailyBackup(core)).not.toBeNull();
    core.clock.advance(3 * 60 * 60_000);
    expect(await dailyBackup(core)).toBeNull();
    for (let day = 1; day <= 3; day++) {
      core.clock.advance(24 * 60 * 60_000);
      expect(await dailyBackup(core)).not.toBeNull();
    }
    const kept = listBackupFiles(core.dir).map((file) => path.basename(file));
    expect(kept).toEqual([
      'privacy-desk-2026-03-05T12-00-00Z.sqlite3',
      'privacy-desk-2026-03-04T12-00-00Z.sqlite3',
    ]);
    expect(fs.readdirSync(path.join(core.dir, 'backups')).sort()).toEqual(
      [...kept, ...kept.map((name) => `${name}.attachments`)].sort(),
    );
    await expectOk(core, admin, 'auth.unlock', { password: 'correct horse battery' });
    const listed = await expectOk(core, admin, 'backups.list', {});
    expect(listed).toMatchObject({ keep: 2, folder: path.join(core.dir, 'backups') });
    expect(listed.backups.map((item) => item.name)).toEqual(kept);
    expect(listed.backups[0]).toMatchObject({ createdAt: '2026-03-05T12:00:00.000Z', attachments: 0 });
  });

  it("verifies the desktop app's daily backup with its key, which stays in the keychain", async () => {
    const dir = tempDir();
    const key = Buffer.alloc(32, 3);
    const clock = { now: () => new Date('2026-03-02T09:00:00.000Z') };
    const core = await openCore({
      database: path.join(dir, 'office.sqlite3'),
      auditKey: key,
      clock,
      scrypt: testScrypt,
    });
    try {
      const admin = await signedIn(core, ['admin'], 'admin');
      await expectOk(core, admin, 'settings.update', { backupKeep: 1 });
      const first = (await dailyBackup(core))!;
      expect(fs.existsSync(path.join(attachmentsDirOf(first.file), 'audit.key'))).toBe(false);
      expect(await verifyBackup(first.file, key)).toMatchObject({ ok: true });
      expect((await verifyBackup(first.file)).problems[0]).toMatch(
        /keyed with key id \w+, which is neither beside the backup nor this office's/,
      );
      // The next day's backup verifies with the app's key, so the older one is pruned.
      clock.now = () => new Date('2026-03-03T09:00:00.000Z');
      await dailyBackup(core);
      expect(listBackupFiles(dir).map((file) => path.basename(file))).toEqual([
        'privacy-desk-2026-03-03T09-00-00Z.sqlite3',
      ]);
    } finally {
      await core.close();
    }
  });

  it('lets only an administrator list, make and restore backups', async () => {
    const core = await testCore();
    const dpo = await signedIn(core, ['dpo'], 'dpo');
    for (const channel of ['backups.list', 'backups.create'] as const)
      expect((await expectError(core, dpo, channel, {})).code, channel).toBe('FORBIDDEN');
    const admin = await signedIn(core, ['admin'], 'admin');
    const made = await expectOk(core, admin, 'backups.create', {});
    expect(made.name).toMatch(/^privacy-desk-2026-03-02T09-00-00Z\.sqlite3$/);
    // Without the desktop app there is no core to reopen: the restore says how to do it instead.
    expect(await expectError(core, admin, 'backups.restore', { name: made.name })).toMatchObject({
      code: 'RULE_VIOLATION',
      message: expect.stringContaining('privacy-desk --db NEW-FILE restore'),
    });
    expect((await expectError(core, admin, 'backups.restore', { name: '../../etc/passwd' })).code).toBe(
      'INVALID_INPUT',
    );
    expect(
      (
        await expectError(core, admin, 'backups.restore', {
          name: 'privacy-desk-2020-01-01T00-00-00Z.sqlite3',
        })
      ).code,
    ).toBe('NOT_FOUND');
  });

  it('restores in the app: the current database is kept aside, the core reopens on the backup', async () => {
    const first = await testCore('2026-03-02T09:00:00.000Z');
    let core: Core = first;
    const reopen = async () =>
      (core = await openCore({ database: first.database, clock: first.clock, scrypt: testScrypt, platform }));
    const platform = {
      openPath: async () => {},
      restoreDatabase: async (request: { backupFile: string; actor: never; at: Date }) => {
        await replaceWithBackup({ core, reopen, ...request });
      },
    };
    Object.assign(first.env, { platform });
    const admin = await signedIn(first, ['admin'], 'admin');
    await withAttachment(first);
    const backup = await expectOk(first, admin, 'backups.create', {});
    const later = await signedIn(first, ['agent'], 'later-agent');
    expect(later).toBeTruthy();

    first.clock.advance(60_000);
    const restored = await expectOk(first, admin, 'backups.restore', { name: backup.name });
    expect(restored).toEqual({ keptAs: 'test.sqlite3.before-restore-2026-03-02T09-01-00Z' });
    expect(core).not.toBe(first);
    expect(fs.existsSync(path.join(first.dir, restored.keptAs))).toBe(true);
    expect(
      fs.readdirSync(path.join(first.dir, 'attachments.before-restore-2026-03-02T09-01-00Z')),
    ).toHaveLength(1);
    // The user made after the backup is gone; the restore itself is in the restored audit log.
    expect(await core.db('users').where({ username: 'later-agent' }).first()).toBeUndefined();
    expect(
      await core.db('audit_log').where({ action: 'restore', channel: 'backups.restore' }).first(),
    ).toMatchObject({
      username: 'admin',
    });
    expect(fs.readdirSync(path.join(first.dir, 'attachments'))).toHaveLength(1);
    expect(await verifyAuditChain(core)).toMatchObject({ ok: true });
    await core.close();
  });
});
