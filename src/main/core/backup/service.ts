import fs from 'node:fs';
import path from 'node:path';
import type { Knex } from 'knex';
import { osloDate } from '../../../shared/oslo';
import type { Clock } from '../clock';
import { type Core, runAsSystem } from '../core';
import { isSqlite } from '../db/connection';
import type { CoreEnv } from '../env';
import { AppError } from '../errors';
import { readSettings } from '../settings/service';
import { settleStagedAttachments } from '../attachments/service';
import { attachmentsDirOf, backupsDir, dailyBackupName, dailyBackupTime, listBackupFiles } from './files';
import { type BackupReport, makeBackup } from './make';
import { readManifest } from './manifest';
import { verifyBackup } from './verify';

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
