import path from 'node:path';
import type { Knex } from 'knex';
import { defaultScryptParams, type ScryptParams } from './auth/password';
import { AuditHeadStore } from './audit/head';
import { type AuditKeyOption, defaultAuditKeyFile, resolveAuditKey } from './audit/key';
import { readAuditState } from './audit/repository';
import { AuditTrail, writeAudit } from './audit/trail';
import { type Clock, systemClock } from './clock';
import { type Actor, type Ctx, systemActor } from './context';
import { type IdleCheckpointer, idleCheckpointer } from './db/checkpoint';
import { engineOf, openDatabase } from './db/connection';
import { applyCheck, quickCheck } from './db/health';
import { afterCommitOf, workAfterCommit } from './db/batches';
import { runTransaction } from './db/transaction';
import { hasPendingMigrations, type MigrationReport, migrateToLatest } from './db/migrate';
import { type DatabaseTarget, describeTarget, type Engine, parseDatabaseTarget } from './db/target';
import { createDispatch, type Dispatch } from './dispatch';
import type { CoreEnv, DatabaseHealth, Platform } from './env';
import { AppError } from './errors';
import { faultMessage, translateFault } from './faults';
import { newestBackupFile } from './backup/files';
import { createEventBus, type EventBus } from './events';
import { type Logger, silentLogger } from './log';
import { isStale, newSession, type Session } from './session';
import { findUserById } from './users/repository';
import { isLanguage, type Language } from '../../shared/i18n/languages';
import type { Role } from '../../shared/roles';

export interface CoreOptions {
  /** An SQLite file, a `postgres://` URL (a `--db` value), or a parsed target. */
  database: string | DatabaseTarget;
  /**
   * Where attachments and other companions of the database live: by default the SQLite file's folder;
   * required for PostgreSQL (the server's data folder).
   */
  dataDir?: string;
  /** Connections kept open to PostgreSQL (default 10); SQLite always uses one. */
  poolSize?: number;
  clock?: Clock;
  platform?: Platform;
  log?: Logger;
  /** Tests lower the scrypt cost to keep runs fast; the app always uses the default. */
  scrypt?: ScryptParams;
  /** How long the database must be quiet before the write-ahead log is checkpointed (default 1 s). */
  checkpointQuietMs?: number;
  /**
   * The audit chain's key: the key itself (the desktop app keeps it in the system keychain), or a key
   * file readable only by its owner, created on first use. Default: `audit.key` in the data folder.
   */
  auditKey?: AuditKeyOption;
}

export interface Core {
  readonly db: Knex;
  readonly engine: Engine;
  /** The database as people may see it: the file, or the PostgreSQL address without its password. */
  readonly databaseName: string;
  readonly clock: Clock;
  readonly env: CoreEnv;
  readonly events: EventBus;
  readonly migration: MigrationReport;
  readonly dispatch: Dispatch;
  newSession(): Session;
  /** Checkpoints the write-ahead log when the database is quiet (see db/checkpoint.ts). */
  readonly checkpointer: IdleCheckpointer;
  /**
   * What the check of the database found (`PRAGMA quick_check`, started at open on its own
   * connection; awaited before any migration). `checkHealth()` resolves when the check is done.
   */
  readonly health: DatabaseHealth;
  checkHealth(): Promise<DatabaseHealth>;
  /** The signed-in, unlocked user of a session, or null (used to decide who sees a notification). */
  /** The signed-in, unlocked person of a session, with the language they chose (null: not chosen). */
  activeUser(
    session: Session,
  ): Promise<{ id: number; roles: readonly Role[]; language: Language | null } | null>;
  close(): Promise<void>;
}

const noPlatform: Platform = {
  openPath: async () => {
    throw new Error('Opening files is not available here');
  },
};

/** Opens (and migrates) the database and wires the application together. Never imports electron. */
export async function openCore(options: CoreOptions): Promise<Core> {
  const target =
    typeof options.database === 'string' ? parseDatabaseTarget(options.database) : options.database;
  const dataDir = options.dataDir ?? (target.engine === 'sqlite' ? path.dirname(target.file) : undefined);
  if (dataDir === undefined)
    throw new Error('A PostgreSQL database needs a data folder for its attachments (--data-dir).');
  const databaseName = describeTarget(target);
  const db = openDatabase(target, { poolSize: options.poolSize });
  const clock = options.clock ?? systemClock;
  const log = options.log ?? silentLogger;
  // The SQLite file, or the PostgreSQL address without its password: what messages name.
  const dbFile = target.engine === 'sqlite' ? target.file : databaseName;
  const health: DatabaseHealth = { damaged: false, problems: [] };
  const place = () => ({ dbFile, newestBackup: newestBackupFile(dataDir) });
  let check: ReturnType<typeof quickCheck> | null = null;
  let migration: MigrationReport;
  try {
    const pending = await hasPendingMigrations(db);
    // `PRAGMA quick_check` on its own connection; a damaged file is never migrated. (PostgreSQL
    // checks its own pages.)
    check = target.engine === 'sqlite' && target.file !== ':memory:' ? quickCheck(target.file) : null;
    if (pending && check) {
      applyCheck(health, await check.done);
      if (health.damaged) throw new AppError('DAMAGED', faultMessage('damaged', place()));
    }
    migration = await migrateToLatest(db, dbFile, clock.now());
  } catch (error) {
    check?.cancel();
    await check?.done;
    await db.destroy();
    throw translateFault(error, place()) ?? error;
  }
  let audit: AuditTrail;
  try {
    const recorded = (await readAuditState(db)).key_id ?? null;
    const key = resolveAuditKey(
      options.auditKey ?? { file: defaultAuditKeyFile(dataDir) },
      recorded,
      databaseName,
    );
    // The head lives beside the key file (by default both in the data folder); a key handed over
    // (the desktop app's, from the keychain) has its head in the data folder.
    const headDir = key.file ? path.dirname(key.file) : path.resolve(dataDir);
    audit = new AuditTrail(key, new AuditHeadStore(headDir), log);
    // Entries from before the keyed chain are sealed once (core/audit/service.ts).
    if (!health.damaged) await audit.sealLegacy(db, clock.now());
    await audit.load(db);
  } catch (error) {
    check?.cancel();
    await check?.done;
    await db.destroy();
    throw translateFault(error, place()) ?? error;
  }
  const checked = (check?.done ?? Promise.resolve([])).then((problems) => {
    if (applyCheck(health, problems).damaged)
      log.error(`The database ${dbFile} is damaged: commands are refused`, problems);
    return health;
  });
  const events = createEventBus();
  const env: CoreEnv = {
    dbFile,
    dataDir: path.resolve(dataDir),
    health,
    platform: options.platform ?? noPlatform,
    events,
    log,
    scrypt: options.scrypt ?? defaultScryptParams,
    audit,
    database: db,
  };
  const dispatch = createDispatch(db, clock, env);
  const checkpointer = idleCheckpointer(db, options.checkpointQuietMs);
  return {
    db,
    engine: engineOf(db),
    databaseName,
    clock,
    env,
    events,
    migration,
    checkpointer,
    dispatch: async (channel, input, session) => {
      try {
        return await dispatch(channel, input, session);
      } finally {
        checkpointer.touched();
      }
    },
    newSession,
    activeUser: async (session) => {
      if (session.userId === null || session.locked) return null;
      const user = await findUserById(db, session.userId);
      return user && user.active && !isStale(session, user.session_epoch)
        ? { id: user.id, roles: user.roles, language: isLanguage(user.language) ? user.language : null }
        : null;
    },
    health,
    checkHealth: () => checked,
    close: async () => {
      checkpointer.stop();
      check?.cancel();
      await checked;
      await audit.heads.flush();
      await db.destroy();
    },
  };
}

/**
 * Runs work outside dispatch (the CLI, scheduled jobs) in one transaction, audited under the
 * given channel name and actor.
 */
export async function runAsSystem<T>(
  core: Pick<Core, 'db' | 'clock' | 'env'>,
  channel: string,
  work: (ctx: Ctx) => Promise<T>,
  actor: Actor = systemActor(),
): Promise<T> {
  const result = await runTransaction(
    core.db,
    async (trx, hooks) => {
      const ctx: Ctx = {
        db: trx,
        actor,
        clock: core.clock,
        env: core.env,
        audit: (record) =>
          writeAudit(core.env.audit, trx, hooks, record.actor ?? actor, channel, core.clock.now(), record),
        afterCommit: hooks.afterCommit,
        onRollback: hooks.onRollback,
      };
      return work(ctx);
    },
    (error) => core.env.log.error(`A follow-up of ${channel} failed`, error),
  );
  // A long read answers once the transaction committed, outside it (db/batches.ts).
  const after = workAfterCommit(result);
  if (!after) return result;
  const onHookError = (error: unknown) => core.env.log.error(`A follow-up of ${channel} failed`, error);
  return (await after(
    afterCommitOf(core.db, { actor, clock: core.clock, env: core.env }, channel, onHookError),
  )) as T;
}
