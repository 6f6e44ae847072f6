import fs from 'node:fs';
import type { Knex } from 'knex';
import { migrations as allMigrations, sourceOf } from '../../../../migrations';

const migrationTable = 'knex_migrations';

export class DatabaseTooNewError extends Error {
  constructor(
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
 * Brings the database to the app's schema. A database that already holds data is first copied
 * (`VACUUM INTO`, which is consistent even in WAL mode) to `<file>.before-<migration>-<time>.bak`.
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

  const pending = migrationNames.filter((name) => !applied.includes(name));
  if (pending.length === 0) return { applied: [], backupFile: null };

  let backupFile: string | null = null;
  if (applied.length > 0 && file !== ':memory:') {
    const stamp = now.toISOString().replace(/[:.]/g, '-');
    backupFile = `${file}.before-${pending[0]}-${stamp}.bak`;
    if (fs.existsSync(backupFile)) fs.rmSync(backupFile);
    await db.raw('VACUUM INTO ?', [backupFile]);
  }

  await db.migrate.latest({ migrationSource: sourceOf(migrations), tableName: migrationTable });
  return { applied: pending, backupFile };
}
