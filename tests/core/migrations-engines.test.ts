import { afterEach, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { migrations, sourceOf } from '../../migrations';
import { openDatabase } from '../../src/main/core/db/connection';
import { appliedMigrations, migrateToLatest } from '../../src/main/core/db/migrate';
import { parseDatabaseTarget } from '../../src/main/core/db/target';
import { freshDatabase, tempDir, testEngine } from './support/core';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function emptyDatabase(): Promise<Knex> {
  const { database, drop } = await freshDatabase(tempDir(), { empty: true });
  const db = openDatabase(parseDatabaseTarget(database));
  cleanups.push(drop, () => db.destroy());
  return db;
}

async function userTables(db: Knex): Promise<string[]> {
  const rows: Array<{ name: string }> =
    testEngine === 'sqlite'
      ? await db('sqlite_master').where({ type: 'table' }).select('name')
      : await db('pg_tables').where({ schemaname: 'public' }).select('tablename as name');
  return rows
    .map((row) => row.name)
    .filter((name) => !name.startsWith('knex_') && !name.startsWith('sqlite_'))
    .sort();
}

describe(`every migration on ${testEngine}`, () => {
  it('applies in order to an empty database, rolls back one by one to nothing, and applies again', async () => {
    const db = await emptyDatabase();
    const names = migrations.map(([name]) => name);
    await migrateToLatest(db, 'test');
    expect(await appliedMigrations(db)).toEqual(names);
    const tables = await userTables(db);
    for (const table of ['users', 'audit_log', 'inquiries', 'cases', 'agreements', 'breaches'])
      expect(tables).toContain(table);

    for (let i = migrations.length; i > 0; i--)
      console.log(
        'down',
        await db.migrate.down({ migrationSource: sourceOf(migrations) }),
        await appliedMigrations(db),
      );
    expect(await userTables(db)).toEqual([]);

    await migrateToLatest(db, 'test');
    expect(await userTables(db)).toEqual(tables);
  });
});

describe.skipIf(testEngine !== 'postgresql')('PostgreSQL indexes', () => {
  it('end with the id, as SQLite’s end with the rowid, so a list ordered by a column and the id walks its index', async () => {
    const db = await emptyDatabase();
    await migrateToLatest(db, 'test');
    const lacking = await db.raw<{ rows: Array<{ name: string }> }>(`
      select i.relname as name
        from pg_index x
        join pg_class i on i.oid = x.indexrelid
        join pg_class t on t.oid = x.indrelid
        join pg_namespace n on n.oid = t.relnamespace
        join pg_am am on am.oid = i.relam
        join pg_attribute id on id.attrelid = t.oid and id.attname = 'id'
       where n.nspname = current_schema() and am.amname = 'btree'
         and not x.indisunique and not x.indisprimary
         and x.indkey[x.indnkeyatts - 1] <> id.attnum`);
    // A new index on PostgreSQL: `table.index(['due_date', 'id'])`, or append the id in its raw SQL.
    expect(lacking.rows.map((row) => row.name)).toEqual([]);

    const plan = await db.raw<{ rows: Array<{ 'QUERY PLAN': string }> }>(
      `explain select id from cases where state = 'open' order by due_date, id limit 50`,
    );
    expect(plan.rows.map((row) => row['QUERY PLAN']).join('\n')).not.toMatch(/Sort Key/);
  });

  it('rolling 070 back restores the indexes without the id', async () => {
    const db = await emptyDatabase();
    await migrateToLatest(db, 'test');
    const definition = async () =>
      (
        await db.raw<{ rows: Array<{ d: string }> }>(
          `select pg_get_indexdef('inquiries_open_follow_up'::regclass) as d`,
        )
      ).rows[0].d;
    expect(await definition()).toMatch(/\(follow_up_on, id\) WHERE/);
    // Down to before 070, undoing the later migrations first.
    while ((await appliedMigrations(db)).includes('070_postgresql_index_order'))
      await db.migrate.down({ migrationSource: sourceOf(migrations) });
    expect(await definition()).toMatch(/\(follow_up_on\) WHERE/);
  });
});
