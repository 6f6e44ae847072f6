import type { Knex } from 'knex';
import sqlite3 from 'sqlite3';
import { isSqlite } from './connection';

export interface IdleCheckpointer {
  /** Says the database was just used; the checkpoint waits until it has been quiet for a while. */
  touched(): void;
  /** What the last checkpoint did (pages in the log, pages copied back), or null before the first. */
  readonly last: { log: number; checkpointed: number } | null;
  stop(): void;
}

/** The file of an SQLite database (null for PostgreSQL or a database in memory). */
function sqliteFileOf(db: Knex): string | null {
  if (!isSqlite(db)) return null;
  const connection = db.client.config.connection as { filename?: string } | undefined;
  const file = connection?.filename;
  return file && file !== ':memory:' ? file : null;
}

export interface SideCheckpointer {
  /** Starts a checkpoint unless one is running; `done` hears how long it took, in milliseconds. */
  request(done?: (ms: number) => void): void;
  /** Waits for a running checkpoint and closes the connection. */
  close(): Promise<void>;
}

/**
 * Copies the write-ahead log back on a second connection of its own, beside the core's one, so long
 * writing work (the retention purge) keeps the log small without holding the connection every desk
 * waits on: a checkpoint does not stop writers or readers in WAL mode, and SQLite's own checkpoint
 * at 64 MiB, inside a commit, would stop every desk for half a second. Without waiting for anyone
 * (PASSIVE); one that cannot run now is simply left to the next request. PostgreSQL needs none.
 */
export function sideCheckpointer(db: Knex): SideCheckpointer {
  const file = sqliteFileOf(db);
  let connection: sqlite3.Database | null = null;
  let running: Promise<void> | null = null;
  return {
    request(done) {
      if (!file || running) return;
      const began = performance.now();
      running = new Promise<void>((resolve) => {
        connection ??= new sqlite3.Database(file, sqlite3.OPEN_READWRITE);
        connection.all('PRAGMA wal_checkpoint(PASSIVE)', (error) => {
          running = null;
          if (!error) done?.(performance.now() - began);
          resolve();
        });
      });
    },
    async close() {
      await running;
      const open = connection;
      connection = null;
      if (open) await new Promise<void>((resolve) => open.close(() => resolve()));
    },
  };
}

/**
 * SQLite copies its write-ahead log back into the database file (a checkpoint) inside whichever
 * commit makes the log pass `wal_autocheckpoint` pages, and that commit then waits for thousands of
 * page writes and an fsync: an agent saving a call would feel it. The core checkpoints instead when
 * nobody has used the database for `quietMs`; the automatic checkpoint stays as a backstop for a
 * database that is never quiet (connection.ts sets it at 64 MiB).
 */
export function idleCheckpointer(db: Knex, quietMs = 1_000): IdleCheckpointer {
  // PostgreSQL runs its own checkpoints in the background.
  if (!isSqlite(db)) return { touched: () => undefined, last: null, stop: () => undefined };
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  const checkpointer: IdleCheckpointer & { last: IdleCheckpointer['last'] } = {
    last: null,
    touched() {
      if (stopped) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        db.raw('PRAGMA wal_checkpoint(PASSIVE)').then(
          (rows: Array<{ log: number; checkpointed: number }>) => {
            const [row] = rows;
            if (row) checkpointer.last = { log: row.log, checkpointed: row.checkpointed };
          },
          // A closed or busy database is checkpointed by SQLite itself later; nothing is lost.
          () => undefined,
        );
      }, quietMs);
      // A command-line run ends when its work ends, not when the timer would fire.
      timer.unref();
    },
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
  return checkpointer;
}
