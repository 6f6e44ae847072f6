import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import knex, { type Knex } from 'knex';
import sqlite3 from 'sqlite3';
import { osloDate } from '../../../shared/oslo';
import { type AuditKey, keyIdOf } from '../audit/chain';
import {
  type AuditKeyOption,
  auditKeyFileName,
  createKeyFile,
  defaultAuditKeyFile,
  readKeyFile,
  resolveAuditKey,
} from '../audit/key';
import { readAuditState } from '../audit/repository';
import { verifyChain } from '../audit/verify';
import { type Clock, systemClock } from '../clock';
import type { Actor } from '../context';
import { type Core, openCore, runAsSystem } from '../core';
import { isSqlite } from '../db/connection';
import { appliedMigrations } from '../db/migrate';
import type { CoreEnv } from '../env';
import { errorMessage } from '../../../shared/i18n/errors';
import { AppError, conflict, type ErrorText, ruleViolation } from '../errors';
import { readSettings } from '../settings/service';
import { settleStagedAttachments } from '../attachments/service';
import {
  attachmentsDirOf,
  backupsDir,
  dailyBackupName,
  dailyBackupTime,
  listBackupFiles,
  manifestFileOf,
} from './files';
import { countRows, integrityProblems, lastAuditEntry, tableNames } from './repository';

/**
 * Backups and restores. A backup is a consistent copy of a live database made with SQLite's
 * online backup on a connection of its own (it reads one snapshot while the app goes on writing),
 * and beside it `<file>.attachments/` with every attached file and `manifest.json`: when, from
 * which version, the row count of every table, the audit chain's length and head, and each
 * file's SHA-256. Files, not an archive: a million-inquiry office's database alone comes close to
 * the 4 GB a zip without ZIP64 can hold. On PostgreSQL (office mode) the database's own
 * `pg_dump` is the way, and the commands say so.
 */
export const manifestFormat = 'privacy-desk-backup/1';

export interface BackupManifest {
  format: typeof manifestFormat;
  createdAt: string;
  database: string;
  migrations: string[];
  tables: Record<string, number>;
  audit: { entries: number; head: string | null; keyId?: string };
  attachments: Array<{ storedName: string; sha256: string; sizeBytes: number }>;
}

export const pgDumpAdvice =
  'This office keeps its data in PostgreSQL: back it up with the database server\'s own pg_dump (e.g. `pg_dump --format=custom --file=privacy-desk.dump "$DATABASE_URL"`) and restore with pg_restore into a new database; copy the attachments folder beside it.';

function sha256File(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

function openFile(file: string): Knex {
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

function assertFree(file: string, what: string): void {
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

  const copy = openFile(partial);
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

export function readManifest(backupFile: string): BackupManifest | null {
  try {
    const manifest = JSON.parse(fs.readFileSync(manifestFileOf(backupFile), 'utf8')) as BackupManifest;
    return manifest.format === manifestFormat ? manifest : null;
  } catch {
    return null;
  }
}

export interface Verification {
  ok: boolean;
  /** What the check found, as messages of the `errors` namespace; `problems` is their English. */
  findings: ErrorText[];
  problems: string[];
  auditEntries: number;
  attachments: number;
}

/**
 * Checks a backup before it is restored: the file is a sound SQLite database, its audit chain is
 * intact, its row counts are those of its manifest, and every attached file is there with its
 * SHA-256.
 */
export async function verifyBackup(backupFile: string, officeKey?: AuditKey): Promise<Verification> {
  const findings: ErrorText[] = [];
  const found = (key: ErrorText['key'], params?: ErrorText['params']) => findings.push({ key, params });
  if (!fs.existsSync(backupFile)) {
    found('backupMissing', { file: backupFile });
    return { ok: false, findings, problems: englishOf(findings), auditEntries: 0, attachments: 0 };
  }
  const manifest = readManifest(backupFile);
  if (!manifest) found('backupManifestMissing', { file: manifestFileOf(backupFile) });
  const db = openFile(backupFile);
  let auditEntries = 0;
  try {
    const damage = await integrityProblems(db);
    if (damage.length > 0) found('backupDamaged', { found: damage.join('; ') });
    const recordedKeyId = (await readAuditState(db)).key_id ?? null;
    const besideIt = readKeyFile(path.join(attachmentsDirOf(backupFile), auditKeyFileName));
    const key = [besideIt, officeKey].find((candidate) => candidate && keyIdOf(candidate) === recordedKeyId);
    if (recordedKeyId !== null && !key) {
      found('backupOtherKey', { id: recordedKeyId, folder: attachmentsDirOf(backupFile) });
    } else {
      const resolved = resolveAuditKey(key ?? crypto.randomBytes(32), recordedKeyId, backupFile);
      const chain = await verifyChain(db, resolved, null);
      auditEntries = chain.entries;
      if (!chain.ok)
        found('backupChainBreaks', { id: chain.firstBadId, reason: chain.reason, entries: chain.entries });
      else if (manifest) {
        const last = await lastAuditEntry(db);
        if ((last?.id ?? 0) !== manifest.audit.entries || (last?.hash ?? null) !== manifest.audit.head)
          found('backupChainEnd');
      }
    }
    if (manifest) {
      const counts = await countRows(db, Object.keys(manifest.tables));
      for (const [table, count] of Object.entries(manifest.tables))
        if (counts[table] !== count) found('backupRowCount', { table, rows: counts[table], expected: count });
    }
  } catch (error) {
    found('backupUnreadable', {
      code: error instanceof Error && 'code' in error ? String(error.code) : { key: 'unknownError' },
    });
  } finally {
    await db.destroy();
  }
  for (const file of manifest?.attachments ?? []) {
    const stored = path.join(attachmentsDirOf(backupFile), file.storedName);
    if (!fs.existsSync(stored)) found('backupFileMissing', { file: file.storedName });
    else if (sha256File(stored) !== file.sha256) found('backupFileAltered', { file: file.storedName });
  }
  return {
    ok: findings.length === 0,
    findings,
    problems: englishOf(findings),
    auditEntries,
    attachments: manifest?.attachments.length ?? 0,
  };
}

function englishOf(findings: readonly ErrorText[]): string[] {
  return findings.map((finding) => errorMessage('en', finding));
}

/** Refuses to restore a backup that did not verify, naming the first three things its check found. */
export function cannotRestore(name: string, verification: Verification): AppError {
  return ruleViolation({
    key: 'cannotRestore',
    params: { name, problems: { list: verification.findings.slice(0, 3), join: ' ' } },
  });
}

export interface RestoreReport {
  tables: Record<string, number>;
  auditEntries: number;
  attachments: number;
  migrated: string[];
}

/**
 * Restores a backup into a NEW database file (never over one that holds data, nor into a folder
 * whose attachments folder holds files), then opens it, which migrates a backup of an older
 * version, and verifies its audit chain.
 */
export async function restoreBackup(options: {
  from: string;
  to: string;
  clock?: Clock;
  /** The audit key of the restored database (default: audit.key beside it, copied from the backup). */
  auditKey?: AuditKeyOption;
}): Promise<RestoreReport> {
  const from = path.resolve(options.from);
  const to = path.resolve(options.to);
  if (/^postgres(ql)?:\/\//.test(options.to)) throw ruleViolation(pgDumpAdvice);
  assertFree(to, 'a restore');
  const attachmentsTarget = path.join(path.dirname(to), 'attachments');
  assertFree(attachmentsTarget, 'a restore');
  const given = Buffer.isBuffer(options.auditKey)
    ? options.auditKey
    : (readKeyFile(options.auditKey?.file ?? defaultAuditKeyFile(path.dirname(to))) ?? undefined);
  const verification = await verifyBackup(from, given);
  if (!verification.ok) throw cannotRestore(from, verification);
  const manifest = readManifest(from) as BackupManifest;
  const keyBeside = path.join(attachmentsDirOf(from), auditKeyFileName);
  const keyTarget = defaultAuditKeyFile(path.dirname(to));
  if (options.auditKey === undefined && !fs.existsSync(keyTarget) && fs.existsSync(keyBeside))
    createKeyFile(keyTarget, readKeyFile(keyBeside) as AuditKey);
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.copyFileSync(from, to, fs.constants.COPYFILE_EXCL);
  if (manifest.attachments.length > 0) fs.mkdirSync(attachmentsTarget, { recursive: true });
  for (const file of manifest.attachments)
    fs.copyFileSync(
      path.join(attachmentsDirOf(from), file.storedName),
      path.join(attachmentsTarget, file.storedName),
    );
  const core = await openCore({
    database: { engine: 'sqlite', file: to },
    clock: options.clock,
    auditKey: options.auditKey,
  });
  try {
    // A restored copy is a database of its own: a new id, and its head as it stands now.
    await core.env.audit.adoptAsNew(core.db, (options.clock ?? systemClock).now());
    const chain = await core.env.audit.verify(core.db);
    if (!chain.ok)
      throw new AppError(
        'DAMAGED',
        `The restored audit chain breaks at entry ${chain.firstBadId}: ${chain.reason}.`,
      );
    return {
      tables: await countRows(core.db, Object.keys(manifest.tables)),
      auditEntries: chain.entries,
      attachments: manifest.attachments.length,
      migrated: core.migration.applied,
    };
  } finally {
    await core.close();
  }
}

/** The name the current database is kept under when a backup replaces it in the app. */
export function keptAsidePath(dbFile: string, at: Date): string {
  return `${dbFile}.before-restore-${at.toISOString().slice(0, 19).replace(/:/g, '-')}Z`;
}

/**
 * The app's way to go back to a backup: the current database (and its attachments folder) is kept
 * aside under a timestamped name, never overwritten, the backup is restored in its place, and the
 * core is opened again on it; the restore is recorded in the restored audit log. If anything
 * fails, the current database is put back.
 */
export async function replaceWithBackup(options: {
  core: Core;
  backupFile: string;
  actor: Actor;
  /** When the restore was asked for: it names the kept-aside copy. */
  at: Date;
  reopen: () => Promise<Core>;
}): Promise<{ core: Core; keptAs: string }> {
  const { core, backupFile, actor, at } = options;
  const dbFile = path.resolve(core.env.dbFile);
  const keptAs = keptAsidePath(dbFile, at);
  const verification = await verifyBackup(backupFile, core.env.audit.key.key);
  if (!verification.ok) throw cannotRestore(path.basename(backupFile), verification);
  const { key, file } = core.env.audit.key;
  const auditKey: AuditKeyOption = file === null ? key : { file };
  await core.close();
  const moves: Array<[string, string]> = [
    [dbFile, keptAs],
    [`${dbFile}-wal`, `${keptAs}-wal`],
    [`${dbFile}-shm`, `${keptAs}-shm`],
    [
      path.join(core.env.dataDir, 'attachments'),
      `${path.join(core.env.dataDir, 'attachments')}.before-restore-${path.basename(keptAs).split('.before-restore-')[1]}`,
    ],
  ];
  const done: Array<[string, string]> = [];
  try {
    for (const [from, to] of moves) {
      if (!fs.existsSync(from)) continue;
      fs.renameSync(from, to);
      done.push([from, to]);
    }
    await restoreBackup({ from: backupFile, to: dbFile, clock: core.clock, auditKey });
  } catch (error) {
    fs.rmSync(dbFile, { force: true });
    fs.rmSync(path.join(core.env.dataDir, 'attachments'), { recursive: true, force: true });
    for (const [from, to] of done.reverse()) fs.renameSync(to, from);
    await options.reopen();
    throw error;
  }
  const reopened = await options.reopen();
  await runAsSystem(
    reopened,
    'backups.restore',
    (ctx) =>
      ctx.audit({
        action: 'restore',
        entityType: 'database',
        after: { backup: path.basename(backupFile), keptAs: path.basename(keptAs) },
      }),
    actor,
  );
  return { core: reopened, keptAs };
}

export interface BackupItem {
  name: string;
  createdAt: string;
  sizeBytes: number;
  auditEntries: number | null;
  attachments: number | null;
}

export function listBackups(env: Pick<CoreEnv, 'dataDir'>): BackupItem[] {
  return listBackupFiles(env.dataDir).map((file) => {
    const manifest = readManifest(file);
    return {
      name: path.basename(file),
      createdAt: dailyBackupTime(path.basename(file)) as string,
      sizeBytes: fs.statSync(file).size,
      auditEntries: manifest?.audit.entries ?? null,
      attachments: manifest?.attachments.length ?? null,
    };
  });
}

/** A backup in the app's backups folder, by name only (nothing outside the folder is reachable). */
export function backupByName(env: Pick<CoreEnv, 'dataDir'>, name: string): string {
  const file = listBackupFiles(env.dataDir).find((candidate) => path.basename(candidate) === name);
  if (!file) throw new AppError('NOT_FOUND', `There is no backup called ${name.slice(0, 80)}.`);
  return file;
}

/** Makes a backup in the backups folder now, named by the time. */
export async function backupNow(core: {
  db: Knex | Knex.Transaction;
  env: CoreEnv;
  clock: Clock;
}): Promise<BackupReport> {
  return makeBackup(core, path.join(backupsDir(core.env.dataDir), dailyBackupName(core.clock.now())));
}

/** Keeps the newest `keep` backups in the folder and removes the rest (with their attachments). */
export function pruneBackups(env: Pick<CoreEnv, 'dataDir'>, keep: number): string[] {
  const removed = listBackupFiles(env.dataDir).slice(keep);
  for (const file of removed) {
    fs.rmSync(file, { force: true });
    fs.rmSync(attachmentsDirOf(file), { recursive: true, force: true });
  }
  return removed;
}

/**
 * The daily backup: once per Oslo day (the newest backup's day decides), verified, then the oldest
 * beyond the setting's number are removed. Also settles attachments a stop left staged.
 */
export async function dailyBackup(core: Core): Promise<BackupReport | null> {
  if (!isSqlite(core.db) || core.env.dbFile === ':memory:') return null;
  // A damaged database is not copied over the good backups it would push out.
  if ((await core.checkHealth()).damaged) return null;
  await runAsSystem(core, 'backups.daily', (ctx) => settleStagedAttachments(ctx));
  const newest = listBackupFiles(core.env.dataDir)[0];
  const today = osloDate(core.clock.now());
  if (newest && osloDate(dailyBackupTime(path.basename(newest)) as string) === today) return null;
  const report = await backupNow(core);
  const verification = await verifyBackup(report.file, core.env.audit.key.key);
  if (!verification.ok) {
    // Keep every older backup: this one cannot replace them.
    core.env.log.error(`The daily backup ${report.file} does not verify`, verification.problems);
    return report;
  }
  const { backupKeep } = await readSettings(core.db);
  pruneBackups(core.env, backupKeep);
  core.env.log.info(`Daily backup made: ${report.file}`);
  return report;
}

/** Checks at start and then every `intervalMs`; failures are logged, never thrown. Returns a stop function. */
export function startBackupScheduler(core: Core, intervalMs = 60 * 60_000): () => void {
  const run = () => {
    dailyBackup(core).catch((error: unknown) => core.env.log.error('Daily backup failed', error));
  };
  run();
  const timer = setInterval(run, intervalMs);
  return () => clearInterval(timer);
}
