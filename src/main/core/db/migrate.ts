import fs from 'node:fs';
import type { Knex } from 'knex';
import { migrations as allMigrations, sourceOf } from '../../../../migrations';
import { isSqlite, prepareDatabase } from './connection';

const migrationTable = 'knex_migrations';

export class DatabaseTooNewError extends Error {
  constructor(
    /** The file, or the PostgreSQL address without its password. */
    readonly file: string,
    readonly unknownMigrations: string[],
  ) {
    super(
      `The database ${file} was made by a newer version of Privacy Desk (it has changes this version does not know: ` +
        `${unknownMigrations.join(', ')}). Install the newer version to open it. The file has not been changed.`,
    );
    this.name = 'DatabaseTooNewError';
  }
}

export interface MigrationReport {
  applied: string[];
  /** Copy of the database taken before migrating, when there was anything to migrate. */
  backupFile: string | null;
}

export async function appliedMigrations(db: Knex): Promise<string[]> {
  if (!(await db.schema.hasTable(migrationTable))) return [];
  const rows: Array<{ name: string }> = await db(migrationTable).select('name').orderBy('id');
  return rows.map((row) => row.name);
}

/** Whether the database lacks any of the app's migrations (a new, empty file does). */
export async function hasPendingMigrations(db: Knex, migrations = allMigrations): Promise<boolean> {
  const applied = new Set(await appliedMigrations(db));
  return migrations.some(([name]) => !applied.has(name));
}

/**
 * Brings the database to the app's schema. The version check comes first and touches nothing: a
 * database from a newer version is refused byte for byte as it was. An SQLite database that already
 * holds data is then copied (`VACUUM INTO`, consistent even in WAL mode) to
 * `<file>.before-<migration>-<time>.bak`; a PostgreSQL database is backed up with `pg_dump` by its
 * administrator (README, office mode).
 */
export async function migrateToLatest(
  db: Knex,
  file: string,
  now = new Date(),
  migrations = allMigrations,
): Promise<MigrationReport> {
  const migrationNames = migrations.map(([name]) => name);
  const applied = await appliedMigrations(db);
  const unknown = applied.filter((name) => !migrationNames.includes(name));
  if (unknown.length > 0) throw new DatabaseTooNewError(file, unknown);
  await prepareDatabase(db);

  const pending = migrationNames.filter((name) => !applied.includes(name));
  if (pending.length === 0) return { applied: [], backupFile: null };

  let backupFile: string | null = null;
  if (applied.length > 0 && isSqlite(db) && file !== ':memory:') {
    const stamp = now.toISOString().replace(/[:.]/g, '-');
    backupFile = `${file}.before-${pending[0]}-${stamp}.bak`;
    if (fs.existsSync(backupFile)) fs.rmSync(backupFile);
    await db.raw('VACUUM INTO ?', [backupFile]);
  }

  await db.migrate.latest({ migrationSource: sourceOf(migrations), tableName: migrationTable });
  return { applied: pending, backupFile };
}
