import path from 'node:path';
import type { Knex } from 'knex';
import { defaultScryptParams, type ScryptParams } from './auth/password';
import { writeAudit } from './audit/service';
import { type Clock, systemClock } from './clock';
import { type Actor, type Ctx, systemActor } from './context';
import { type IdleCheckpointer, idleCheckpointer } from './db/checkpoint';
import { openDatabase } from './db/connection';
import { type MigrationReport, migrateToLatest } from './db/migrate';
import { createDispatch, type Dispatch } from './dispatch';
import type { CoreEnv, Platform } from './env';
import { createEventBus, type EventBus } from './events';
import { type Logger, silentLogger } from './log';
import { isStale, newSession, type Session } from './session';
import { findUserById } from './users/repository';
import type { Role } from '../../shared/roles';

export interface CoreOptions {
  dbFile: string;
  /** Where attachments and other companions of the database live; defaults to the database's folder. */
  dataDir?: string;
  clock?: Clock;
  platform?: Platform;
  log?: Logger;
  /** Tests lower the scrypt cost to keep runs fast; the app always uses the default. */
  scrypt?: ScryptParams;
  /** How long the database must be quiet before the write-ahead log is checkpointed (default 1 s). */
  checkpointQuietMs?: number;
}

export interface Core {
  readonly db: Knex;
  readonly clock: Clock;
  readonly env: CoreEnv;
  readonly events: EventBus;
  readonly migration: MigrationReport;
  readonly dispatch: Dispatch;
  newSession(): Session;
  /** Checkpoints the write-ahead log when the database is quiet (see db/checkpoint.ts). */
  readonly checkpointer: IdleCheckpointer;
  /** The signed-in, unlocked user of a session, or null (used to decide who sees a notification). */
  activeUser(session: Session): Promise<{ id: number; roles: readonly Role[] } | null>;
  close(): Promise<void>;
}

const noPlatform: Platform = {
  openPath: async () => {
    throw new Error('Opening files is not available here');
  },
};

/** Opens (and migrates) the database and wires the application together. Never imports electron. */
export async function openCore(options: CoreOptions): Promise<Core> {
  const db = openDatabase(options.dbFile);
  const clock = options.clock ?? systemClock;
  let migration: MigrationReport;
  try {
    migration = await migrateToLatest(db, options.dbFile, clock.now());
  } catch (error) {
    await db.destroy();
    throw error;
  }
  const events = createEventBus();
  const env: CoreEnv = {
    dataDir: options.dataDir ?? path.dirname(path.resolve(options.dbFile)),
    platform: options.platform ?? noPlatform,
    events,
    log: options.log ?? silentLogger,
    scrypt: options.scrypt ?? defaultScryptParams,
  };
  const dispatch = createDispatch(db, clock, env);
  const checkpointer = idleCheckpointer(db, options.checkpointQuietMs);
  return {
    db,
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
        ? { id: user.id, roles: user.roles }
        : null;
    },
    close: () => {
      checkpointer.stop();
      return db.destroy();
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
  return core.db.transaction(async (trx) => {
    const ctx: Ctx = {
      db: trx,
      actor,
      clock: core.clock,
      env: core.env,
      audit: (record) => writeAudit(trx, record.actor ?? actor, channel, core.clock.now(), record),
    };
    return work(ctx);
  });
}
