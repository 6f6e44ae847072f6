import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Knex } from 'knex';
import { migrations, type NamedMigration, sourceOf } from '../../migrations';
import { openCore } from '../../src/main/core/core';
import { idleCheckpointer } from '../../src/main/core/db/checkpoint';
import { openDatabase } from '../../src/main/core/db/connection';
import { appliedMigrations, DatabaseTooNewError, migrateToLatest } from '../../src/main/core/db/migrate';
import { adjustableClock } from '../../src/main/core/clock';
import { expectOk, signedIn, tempDir, testScrypt } from './support/core';

const dirs: string[] = [];
const dbs: Knex[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.destroy();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function freshFile(): string {
  const dir = tempDir();
  dirs.push(dir);
  return path.join(dir, 'office.sqlite3');
}

function open(file: string): Knex {
  const db = openDatabase(file);
  dbs.push(db);
  return db;
}

const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('migrations', () => {
  it('apply every migration, in order, to an empty database', async () => {
    const file = freshFile();
    const db = open(file);
    const report = await migrateToLatest(db, file);
    expect(report).toEqual({ applied: migrations.map(([name]) => name), backupFile: null });
    expect(await appliedMigrations(db)).toEqual(migrations.map(([name]) => name));
    for (const table of ['users', 'user_roles', 'settings', 'audit_log'])
      expect(await db.schema.hasTable(table)).toBe(true);
  });

  it('can be rolled back one by one, each down undoing its up', async () => {
    const file = freshFile();
    const db = open(file);
    await migrateToLatest(db, file);
    for (let i = migrations.length; i > 0; i--)
      await db.migrate.down({ migrationSource: (await import('../../migrations')).sourceOf(migrations) });
    const tables: Array<{ name: string }> = await db('sqlite_master').where({ type: 'table' }).select('name');
    expect(
      tables.map((t) => t.name).filter((name) => !name.startsWith('knex_') && !name.startsWith('sqlite_')),
    ).toEqual([]);
  });

  it('turns foreign keys and WAL on for every connection', async () => {
    const file = freshFile();
    const db = open(file);
    expect(await db.raw('PRAGMA foreign_keys')).toEqual([{ foreign_keys: 1 }]);
    expect(await db.raw('PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }]);
  });

  it('copies the write-ahead log back into the database once nobody has used it for a moment', async () => {
    const file = freshFile();
    const db = open(file);
    await migrateToLatest(db, file);
    await db.raw('PRAGMA wal_checkpoint(TRUNCATE)');
    await db('settings').insert({ key: 'probe', value_json: '1', updated_at: '2026-12-01T08:00:00Z' });
    const wal = `${file}-wal`;
    expect(fs.statSync(wal).size).toBeGreaterThan(0);
    // The quiet period runs on fake timers (SQLite's own work stays real): moments, not sleeps.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const checkpointer = idleCheckpointer(db, 30);
      // Busy: every use puts the checkpoint off, past the 30 ms since the first use.
      for (let i = 0; i < 5; i++) {
        checkpointer.touched();
        vi.advanceTimersByTime(10);
      }
      vi.advanceTimersByTime(19);
      // One connection serves the queries in turn: once this one is answered, a checkpoint started
      // before it would have been too.
      await db.raw('select 1');
      expect(checkpointer.last).toBeNull();
      // Quiet for 30 ms since the last use: checkpointed, every page of the log copied back.
      vi.advanceTimersByTime(1);
      await vi.waitFor(() => expect(checkpointer.last).not.toBeNull());
      expect(checkpointer.last!.checkpointed).toBe(checkpointer.last!.log);
      // Stopped (the core closing), it leaves the database alone.
      checkpointer.stop();
      const before = checkpointer.last;
      checkpointer.touched();
      vi.advanceTimersByTime(150);
      expect(vi.getTimerCount()).toBe(0);
      await db.raw('select 1');
      expect(checkpointer.last).toBe(before);
    } finally {
      vi.useRealTimers();
    }
  });

  it('does nothing, and takes no backup, when the database is current', async () => {
    const file = freshFile();
    await migrateToLatest(open(file), file);
    expect(await migrateToLatest(open(file), file)).toEqual({ applied: [], backupFile: null });
    expect(fs.readdirSync(path.dirname(file)).filter((name) => name.endsWith('.bak'))).toEqual([]);
  });

  it('saves a copy of a database that holds data before migrating it', async () => {
    const file = freshFile();
    const db = open(file);
    await migrateToLatest(db, file);
    await db('settings').insert({
      key: 'idleLockMinutes',
      value_json: '5',
      updated_at: '2026-01-01T00:00:00Z',
    });
    const next: NamedMigration = [
      '999_test_addition',
      {
        up: (k: Knex) => k.schema.createTable('extra', (t) => t.increments()),
        down: (k: Knex) => k.schema.dropTable('extra'),
      },
    ];
    const report = await migrateToLatest(db, file, new Date('2026-05-01T10:00:00Z'), [...migrations, next]);
    expect(report.applied).toEqual(['999_test_addition']);
    expect(report.backupFile).toBe(`${file}.before-999_test_addition-2026-05-01T10-00-00-000Z.bak`);
    const backup = open(report.backupFile!);
    expect(await backup.schema.hasTable('extra')).toBe(false);
    expect(await backup('settings').select('key')).toEqual([{ key: 'idleLockMinutes' }]);
  });

  it('brings a database of the last release up to date, with its data, and its features work on it', async () => {
    const file = freshFile();
    const db = open(file);
    // The migrations of the release that landed last, 009 as it was then (the agreement alone).
    const released = [
      '001_spine',
      '002_organisations',
      '003_attachments',
      '004_inquiries',
      '005_cases',
      '007_reminders',
      '008_case_inquiries',
      '009_agreements',
      '011_case_figures',
    ];
    await migrateToLatest(
      db,
      file,
      new Date('2026-11-25T06:00:00Z'),
      migrations.filter(([name]) => released.includes(name)),
    );
    expect(await db.schema.hasTable('agreement_clauses')).toBe(false);
    const at = '2026-11-25T06:00:00.000Z';
    const [organisation] = await db('organisations')
      .insert({
        name: 'Fjordkraft Kundeservice AS',
        org_number: '928179575',
        country: 'NO',
        is_customer: true,
        created_at: at,
        updated_at: at,
      })
      .returning('id');
    const organisationId =
      typeof organisation === 'object' ? (organisation as { id: number }).id : organisation;
    await db('agreements').insert({
      reference: 'DPA-1',
      title: 'Customer service',
      company_role: 'processor',
      organisation_id: organisationId,
      status: 'active',
      created_at: at,
      updated_at: at,
    });
    await db.destroy();
    dbs.splice(dbs.indexOf(db), 1);

    // The app opens it: what came after the release is applied, after a copy is saved.
    const core = await openCore({
      dbFile: file,
      clock: adjustableClock('2026-12-01T08:00:00.000Z'),
      scrypt: testScrypt,
    });
    try {
      expect(core.migration.applied).toEqual(
        migrations.map(([name]) => name).filter((name) => !released.includes(name)),
      );
      expect(core.migration.backupFile).toMatch(/\.before-010_breaches-2026-12-01T08-00-00-000Z\.bak$/);
      const admin = await signedIn(core, ['admin'], 'admin');
      const [agreement] = (await expectOk(core, admin, 'agreements.list', {})).rows;
      expect(agreement).toMatchObject({
        reference: 'DPA-1',
        organisation: { name: 'Fjordkraft Kundeservice AS' },
      });
      // Registered before the checklist existed: every item is there, unchecked, and can be ticked.
      const detail = await expectOk(core, admin, 'agreements.get', { id: agreement.id });
      expect(detail.clauses.length).toBeGreaterThan(10);
      expect(detail.clauses.every((clause) => clause.state === 'unchecked')).toBe(true);
      const ticked = await expectOk(core, admin, 'agreements.updateChecklist', {
        id: agreement.id,
        items: [{ key: 'instructions', state: 'present', clauseRef: '§ 3.1' }],
      });
      expect(ticked.clauses.find((clause) => clause.key === 'instructions')).toMatchObject({
        state: 'present',
      });
      // The inquiry log and its search work on it too.
      const logged = await expectOk(core, admin, 'inquiries.create', {
        channel: 'phone',
        receivedAt: '2026-12-01T07:55:00.000Z',
        onBehalfOfId: organisationId,
        personName: 'Kari Nordmann',
        personPhone: '+47 912 34 567',
        category: 'general',
        summary: 'Asked about the agreement',
      });
      const found = await expectOk(core, admin, 'inquiries.list', { q: 'nordmann' });
      expect(found.rows.map((row) => row.id)).toEqual([logged.id]);
    } finally {
      await core.close();
    }
  });

  it('moves the inquiries into the search index of 012, live ones only, and back on the way down', async () => {
    const file = freshFile();
    const db = open(file);
    const upTo011 = migrations.slice(0, migrations.findIndex(([name]) => name === '011_case_figures') + 1);
    await migrateToLatest(db, file, new Date('2026-11-30T06:00:00Z'), upTo011);
    const at = '2026-11-30T06:00:00.000Z';
    const [agent] = await db('users')
      .insert({
        username: 'agent1',
        display_name: 'Agent',
        password_hash: 'x',
        created_at: at,
        updated_at: at,
      })
      .returning('id');
    const agentId = typeof agent === 'object' ? (agent as { id: number }).id : (agent as number);
    const inquiry = (personName: string, receivedAt: string, deletedAt: string | null = null) => ({
      channel: 'phone',
      direction: 'incoming',
      received_at: receivedAt,
      received_date: receivedAt.slice(0, 10),
      person_name: personName,
      category: 'general',
      summary: 'Asked about the invoice',
      status: 'open',
      assigned_to_id: agentId,
      logged_by_id: agentId,
      created_at: at,
      updated_at: at,
      deleted_at: deletedAt,
    });
    await db('inquiries').insert([
      inquiry('Hansen newer', '2026-11-29T10:00:00.000Z'),
      inquiry('Hansen older', '2026-11-28T10:00:00.000Z', null),
      inquiry('Hansen deleted', '2026-11-29T11:00:00.000Z', at),
    ]);
    // Received out of the order they were logged in.
    await db('inquiries').insert(inquiry('Hansen newest', '2026-11-30T05:00:00.000Z'));
    await db('inquiries')
      .where({ person_name: 'Hansen older' })
      .update({ received_at: '2026-11-01T10:00:00.000Z' });

    await migrateToLatest(db, file, new Date('2026-12-01T08:00:00Z'));
    expect(await db.schema.hasTable('inquiries_fts')).toBe(false);
    const found = async () =>
      (
        await db('inquiries_search')
          .whereRaw('inquiries_search match ?', ['"hansen"*'])
          .orderBy('rowid', 'desc')
          .select(db.raw('rowid & 2147483647 as id'))
      ).map((row: { id: number }) => row.id);
    const names = async (ids: number[]) => {
      const rows: Array<{ id: number; person_name: string }> = await db('inquiries')
        .whereIn('id', ids)
        .select('id', 'person_name');
      return ids.map((id) => rows.find((row) => row.id === id)?.person_name);
    };
    expect(await names(await found())).toEqual(['Hansen newest', 'Hansen newer', 'Hansen older']);
    // New rows reach the index through its triggers.
    await db('inquiries').insert(inquiry('Hansen after the upgrade', '2026-12-01T07:00:00.000Z'));
    expect((await names(await found()))[0]).toBe('Hansen after the upgrade');

    await db.migrate.down({ migrationSource: sourceOf(migrations), name: '012_inquiry_search' });
    const before: Array<{ rowid: number }> = await db('inquiries_fts')
      .whereRaw('inquiries_fts match ?', ['"hansen"*'])
      .orderBy('rowid')
      .select('rowid');
    expect(await names(before.map((row) => row.rowid))).toEqual([
      'Hansen newer',
      'Hansen older',
      'Hansen newest',
      'Hansen after the upgrade',
    ]);
  });

  it('refuses a database made by a newer version and leaves it untouched', async () => {
    const file = freshFile();
    const db = open(file);
    await migrateToLatest(db, file);
    await db('knex_migrations').insert({
      name: '950_from_the_future',
      batch: 2,
      migration_time: new Date().toISOString(),
    });
    await db.destroy();
    dbs.splice(dbs.indexOf(db), 1);
    const before = sha256(file);

    const attempt = openCore({ dbFile: file });
    await expect(attempt).rejects.toBeInstanceOf(DatabaseTooNewError);
    await expect(attempt).rejects.toThrow(
      /newer version of Privacy Desk.*950_from_the_future.*has not been changed/,
    );
    expect(sha256(file)).toBe(before);
  });
});
