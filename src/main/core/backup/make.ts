import fs from 'node:fs';
import path from 'node:path';
import knex, { type Knex } from 'knex';
import sqlite3 from 'sqlite3';
import { auditKeyFileName, createKeyFile } from '../audit/key';
import type { Clock } from '../clock';
import { isSqlite } from '../db/connection';
import { appliedMigrations } from '../db/migrate';
import type { CoreEnv } from '../env';
import { conflict, ruleViolation } from '../errors';
import { attachmentsDirOf, manifestFileOf } from './files';
import { type BackupManifest, manifestFormat } from './manifest';
import { countRows, tableNames } from './repository';

export const pgDumpAdvice =
  'This office keeps its data in PostgreSQL: back it up with the database server\'s own pg_dump (e.g. `pg_dump --format=custom --file=privacy-desk.dump "$DATABASE_URL"`) and restore with pg_restore into a new database; copy the attachments folder beside it.';

export function openBackupFile(file: string): Knex {
  return knex({
    client: 'sqlite3',
    connection: { filename: file },
    useNullAsDefault: true,
    pool: { min: 1, max: 1 },
  });
}

/** The sqlite3 driver's `Database#backup` (sqlite3_backup_*), which its type declarations leave out. */
interface SqliteBackup {
  step(pages: number, callback: (error: Error | null) => void): void;
  finish(callback: (error: Error | null) => void): void;
  readonly completed: boolean;
}
type BackupSource = sqlite3.Database & {
  backup(file: string, callback: (error: Error | null) => void): SqliteBackup;
};

/** The copy itself: SQLite's online backup from a read connection of its own, all pages in one step. */
function onlineBackup(source: string, target: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(source, sqlite3.OPEN_READONLY, (openError) => {
      if (openError) return reject(openError);
      const backup = (db as BackupSource).backup(target, (initError) => {
        if (initError) return db.close(() => reject(initError));
        backup.step(-1, (stepError) => {
          backup.finish(() =>
            db.close(() => (stepError && !backup.completed ? reject(stepError) : resolve())),
          );
        });
      });
    });
  });
}

function assertSqlite(db: Knex | Knex.Transaction): void {
  if (!isSqlite(db)) throw ruleViolation(pgDumpAdvice);
}

/** A restore goes into a new SQLite file: a postgres:// target is refused with the advice. */
export function assertNotPostgres(target: string): void {
  if (/^postgres(ql)?:\/\//.test(target)) throw ruleViolation(pgDumpAdvice);
}

export function assertFree(file: string, what: string): void {
  if (
    fs.existsSync(file) &&
    (fs.statSync(file).isDirectory() ? fs.readdirSync(file).length > 0 : fs.statSync(file).size > 0)
  )
    throw conflict(
      `${file} already exists and holds data; ${what} never overwrites a file. Choose a new name.`,
    );
}

export interface BackupReport {
  file: string;
  manifest: BackupManifest;
  sizeBytes: number;
  missingFiles: string[];
}

/**
 * Makes a backup of the core's database at `outFile` (which must not exist), with the attachments
 * beside it. Safe while the app writes: the copy is one snapshot, and a file written for a row
 * not yet committed is not in it.
 */
export async function makeBackup(
  core: { db: Knex | Knex.Transaction; env: CoreEnv; clock: Clock },
  outFile: string,
): Promise<BackupReport> {
  assertSqlite(core.db);
  const target = path.resolve(outFile);
  assertFree(target, 'a backup');
  assertFree(attachmentsDirOf(target), 'a backup');
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  fs.rmSync(partial, { force: true });
  await onlineBackup(core.env.dbFile, partial);

  const copy = openBackupFile(partial);
  let manifest: BackupManifest;
  const missingFiles: string[] = [];
  try {
    const tables = await tableNames(copy);
    const head: { hash: string } | undefined = await copy('audit_log').orderBy('id', 'desc').first('hash');
    const rows: Array<{ stored_name: string; sha256: string; size_bytes: number }> = await copy('attachments')
      .orderBy('id')
      .select('stored_name', 'sha256', 'size_bytes');
    const folder = attachmentsDirOf(target);
    fs.mkdirSync(folder, { recursive: true });
    const source = path.join(core.env.dataDir, 'attachments');
    for (const row of rows) {
      const named = path.join(source, row.stored_name);
      const from = fs.existsSync(named) ? named : `${named}.staged`;
      if (!fs.existsSync(from)) {
        missingFiles.push(row.stored_name);
        continue;
      }
      fs.copyFileSync(from, path.join(folder, row.stored_name));
    }
    const counts = await countRows(copy, tables);
    manifest = {
      format: manifestFormat,
      createdAt: core.clock.now().toISOString(),
      database: path.basename(target),
      migrations: await appliedMigrations(copy),
      tables: counts,
      audit: { entries: counts.audit_log ?? 0, head: head?.hash ?? null, keyId: core.env.audit.key.id },
      attachments: rows
        .filter((row) => !missingFiles.includes(row.stored_name))
        .map((row) => ({
          storedName: row.stored_name,
          sha256: row.sha256,
          sizeBytes: Number(row.size_bytes),
        })),
    };
    fs.writeFileSync(manifestFileOf(target), `${JSON.stringify(manifest, null, 2)}\n`);
    // The key goes with a backup when it lives in a file (the command-line tool, the server), so the
    // copy restores and verifies anywhere; the desktop app's key stays in the system keychain.
    if (core.env.audit.key.file !== null)
      createKeyFile(path.join(folder, auditKeyFileName), core.env.audit.key.key);
  } finally {
    await copy.destroy();
  }
  fs.renameSync(partial, target);
  if (missingFiles.length > 0)
    core.env.log.warn(
      `Backup ${target}: ${missingFiles.length} attached files were missing from the data folder`,
    );
  return { file: target, manifest, sizeBytes: fs.statSync(target).size, missingFiles };
}
