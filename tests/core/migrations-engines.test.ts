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
      await db.migrate.down({ migrationSource: sourceOf(migrations) });
    expect(await userTables(db)).toEqual([]);

    await migrateToLatest(db, 'test');
    expect(await userTables(db)).toEqual(tables);
  });
});
