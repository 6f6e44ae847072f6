import fs from 'node:fs';
import path from 'node:path';
import type { AuditKey } from '../audit/chain';
import {
  type AuditKeyOption,
  auditKeyFileName,
  createKeyFile,
  defaultAuditKeyFile,
  readKeyFile,
} from '../audit/key';
import { type Clock, systemClock } from '../clock';
import type { Actor } from '../context';
import { type Core, openCore, runAsSystem } from '../core';
import { AppError } from '../errors';
import { attachmentsDirOf } from './files';
import { assertFree, assertNotPostgres } from './make';
import { type BackupManifest, readManifest } from './manifest';
import { countRows } from './repository';
import { cannotRestore, verifyBackup } from './verify';

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
  assertNotPostgres(options.to);
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
