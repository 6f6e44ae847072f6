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
  const db = openDatabase({ engine: 'sqlite', file });
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

  it('turns foreign keys on for every connection, and WAL on once the version check has passed', async () => {
    const file = freshFile();
    const db = open(file);
    expect(await db.raw('PRAGMA foreign_keys')).toEqual([{ foreign_keys: 1 }]);
    expect(await db.raw('PRAGMA journal_mode')).toEqual([{ journal_mode: 'delete' }]);
    await migrateToLatest(db, file);
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
      database: file,
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

  it('040-044 move existing cases, breaches and agreements to the rules of issue 14, keeping the figures', async () => {
    const file = freshFile();
    const db = open(file);
    const before = migrations.filter(([name]) => name < '040');
    await migrateToLatest(db, file, new Date('2026-06-01T06:00:00Z'), before);
    const at = '2026-03-01T08:00:00.000Z';
    const blank = {
      state: 'open',
      person_name_key: 'x',
      capacity: 'controller',
      channel: 'email',
      due_computed_on: '2026-03-01',
      created_by_name: 'Dina',
      created_at: at,
      updated_at: at,
    };
    const insert = async (row: Record<string, unknown>) => {
      const [inserted] = await db('cases')
        .insert({ ...blank, ...row })
        .returning('id');
      return typeof inserted === 'object' ? (inserted as { id: number }).id : (inserted as number);
    };
    const marketing = await insert({
      number: '2026-0001',
      person_name: 'Kari',
      request_types: ',objection,',
      notes: 'Wants no more newsletters or marketing by SMS',
      received_date: '2026-03-01',
      due_date: '2026-04-01',
    });
    await db('case_tasks').insert([
      {
        case_id: marketing,
        position: 701,
        request_type: 'objection',
        task_key: 'objection:kind',
        label: 'Decide the kind',
        state: 'open',
      },
      {
        case_id: marketing,
        position: 703,
        request_type: 'objection',
        task_key: 'objection:stop',
        label: 'Stop',
        effect: 'change',
        state: 'open',
      },
    ]);
    const legitimate = await insert({
      number: '2026-0002',
      person_name: 'Per',
      request_types: ',objection,',
      notes: 'Objects to call recording',
      received_date: '2026-03-01',
      due_date: '2026-04-01',
    });
    // Received 02.02, extended, refused 10.04: recorded on time against the extended date before 040.
    await insert({
      number: '2026-0003',
      person_name: 'Ola',
      request_types: ',erasure,',
      received_date: '2026-02-02',
      due_date: '2026-05-04',
      extension_decided_on: '2026-02-20',
      extension_told_on: '2026-02-20',
      extended_at: '2026-02-20T09:00:00.000Z',
      state: 'closed',
      outcome: 'refused',
      outcome_reasons: 'Bookkeeping',
      reply_date: '2026-04-10',
      closed_at: '2026-04-10T09:00:00.000Z',
      closed_late: false,
    });
    const onTime = async () =>
      (
        await db('case_month_figures')
          .where({ month: '2026-04', measure: 'on-time', request_type: '*' })
          .first()
      )?.n ?? 0;
    expect(await onTime()).toBe(1);

    // Breaches: a high-risk one of ours, and a customer promised 72 hours that was not told yet.
    const idOf = (inserted: unknown) =>
      typeof inserted === 'object' ? (inserted as { id: number }).id : (inserted as number);
    const organisation = async (name: string, country: string, customer: boolean) =>
      idOf(
        (
          await db('organisations')
            .insert({
              name,
              country,
              is_customer: customer,
              is_supplier: !customer,
              created_at: at,
              updated_at: at,
            })
            .returning('id')
        )[0],
      );
    const fjord = await organisation('Fjord Regnskap AS', 'NO', true);
    const cloudway = await organisation('Cloudway Hosting Inc.', 'US', false);
    const breach = async (row: Record<string, unknown>) =>
      idOf(
        (
          await db('breaches')
            .insert({
              state: 'assessed',
              title: 'Letter to the wrong customer',
              description: 'A letter went to the wrong address.',
              aware_at: '2026-05-30T08:00:00.000Z',
              reported_by_name: 'Dina',
              created_at: at,
              updated_at: at,
              ...row,
            })
            .returning('id')
        )[0],
      );
    const high = await breach({
      number: 'BR-2026-0001',
      capacity: 'controller',
      risk: 'high',
      assessed_at: '2026-05-30T12:00:00.000Z',
    });
    const forCustomer = await breach({ number: 'BR-2026-0002', capacity: 'processor', risk: 'risk' });
    await db('breach_customers').insert({
      breach_id: forCustomer,
      organisation_id: fjord,
      notice_hours: 72,
      due_at: '2026-06-02T08:00:00.000Z',
    });

    // Agreements: a customer agreement under a general authorisation with an SCC module 3 transfer
    // and no impact assessment, and a sub-processor added after its change notice.
    const agreement = idOf(
      (
        await db('agreements')
          .insert({
            reference: 'DPA-2026-001',
            title: 'Customer service for Fjord Regnskap',
            company_role: 'processor',
            organisation_id: fjord,
            status: 'active',
            signed_on: '2026-01-10',
            effective_on: '2026-01-15',
            locations_json: '["NO","US"]',
            subprocessor_authorisation: 'general',
            transfer_flag: false,
            created_at: at,
            updated_at: at,
          })
          .returning('id')
      )[0],
    );
    await db('agreement_transfers').insert({
      agreement_id: agreement,
      importer: 'Cloudway Hosting Inc.',
      country: 'US',
      basis: 'scc',
      scc_module: 3,
      created_at: at,
      updated_at: at,
    });
    const notice = idOf(
      (
        await db('agreement_change_notices')
          .insert({
            agreement_id: agreement,
            change: 'addition',
            organisation_id: cloudway,
            description: 'Cloudway hosts the call recordings',
            sent_on: '2026-02-01',
            objection_deadline: '2026-03-03',
            created_at: at,
            created_by: 'Kari',
          })
          .returning('id')
      )[0],
    );
    await db('agreement_subprocessors').insert({
      agreement_id: agreement,
      organisation_id: cloudway,
      service: 'Hosting',
      added_at: '2026-03-05T09:00:00.000Z',
      added_by: 'Kari',
    });
    await db.destroy();
    dbs.splice(dbs.indexOf(db), 1);

    const core = await openCore({
      database: file,
      clock: adjustableClock('2026-06-01T08:00:00.000Z'),
      scrypt: testScrypt,
    });
    try {
      expect(core.migration.applied).toEqual(
        migrations.map(([name]) => name).filter((name) => name >= '040'),
      );
      const rows = await core.db('cases').orderBy('id').select('request_types', 'closed_late', 'late_reason');
      expect(rows.map((row) => row.request_types)).toEqual([
        ',marketing-objection,',
        ',objection,',
        ',erasure,',
      ]);
      expect(Boolean(rows[2].closed_late)).toBe(true);
      expect(rows[2].late_reason).toContain('original due date 02.03.2026');
      // The figures of 011 follow: the refusal no longer counts as on time, the new type is counted.
      const figures = await core
        .db('case_month_figures')
        .where({ month: '2026-04', measure: 'on-time', request_type: '*' })
        .first();
      expect(figures?.n ?? 0).toBe(0);
      const received = await core
        .db('case_month_figures')
        .where({ month: '2026-03', measure: 'received' })
        .whereIn('request_type', ['objection', 'marketing-objection'])
        .orderBy('request_type');
      expect(received.map((row) => [row.request_type, row.n])).toEqual([
        ['marketing-objection', 1],
        ['objection', 1],
      ]);
      const tasks = await core
        .db('case_tasks')
        .where({ case_id: marketing })
        .orderBy('position')
        .select('task_key', 'effect');
      expect(tasks).toEqual([
        { task_key: 'marketing-objection:stop', effect: null },
        { task_key: 'marketing-objection:suppress', effect: null },
      ]);
      expect(await core.db('case_tasks').where({ case_id: legitimate }).count({ n: '*' })).toEqual([
        { n: 0 },
      ]);
      const dpo = await signedIn(core, ['dpo'], 'dina');
      const detail = await expectOk(core, dpo, 'cases.get', { id: marketing });
      expect(detail.types).toEqual(['marketing-objection']);
      expect(detail.timeline[0].summary).toContain('objection to direct marketing');
      expect((await expectOk(core, dpo, 'processing.list', {})).rows).toHaveLength(7);

      // 042: the Art. 34 clock starts at the high-risk assessment; the customer's clock is capped at 24 hours.
      expect(await core.db('breaches').where({ id: high }).first('high_risk_at', 'subjects_due_at')).toEqual({
        high_risk_at: '2026-05-30T12:00:00.000Z',
        subjects_due_at: '2026-06-02T12:00:00.000Z',
      });
      expect(await core.db('breach_customers').where({ breach_id: forCustomer }).first('due_at')).toEqual({
        due_at: '2026-05-31T08:00:00.000Z',
      });
      const clocks = await expectOk(core, dpo, 'breaches.get', { id: high });
      expect(clocks.clocks.map((clock) => clock.party)).toContain('subjects');

      // 043: the transfer gets the direction its module fits, the link its notice, the flag the missing TIA.
      expect(
        await core.db('agreement_transfers').where({ agreement_id: agreement }).first('direction'),
      ).toEqual({
        direction: 'processor-processor',
      });
      expect(
        await core.db('agreement_subprocessors').where({ agreement_id: agreement }).first('notice_id'),
      ).toEqual({
        notice_id: notice,
      });
      const flagged = await core
        .db('agreements')
        .where({ id: agreement })
        .first('transfer_flag', 'flags_checked_on');
      expect(Boolean(flagged?.transfer_flag)).toBe(true);
      expect(flagged?.flags_checked_on).not.toBeNull();
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

    const attempt = openCore({ database: file });
    await expect(attempt).rejects.toBeInstanceOf(DatabaseTooNewError);
    await expect(attempt).rejects.toThrow(
      /newer version of Privacy Desk.*950_from_the_future.*has not been changed/,
    );
    expect(sha256(file)).toBe(before);
  });

  it('leaves a newer rollback-journal database byte-identical: nothing switches it to WAL first', async () => {
    const file = freshFile();
    const db = open(file);
    await migrateToLatest(db, file);
    await db.raw('PRAGMA journal_mode = DELETE');
    await db('knex_migrations').insert({
      name: '951_from_the_future',
      batch: 2,
      migration_time: new Date().toISOString(),
    });
    await db.destroy();
    dbs.splice(dbs.indexOf(db), 1);
    const before = sha256(file);

    await expect(openCore({ database: file })).rejects.toBeInstanceOf(DatabaseTooNewError);
    expect(sha256(file)).toBe(before);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });
});
