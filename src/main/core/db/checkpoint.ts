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
  /** Copies the log back; resolves with how long it took in milliseconds (null: nothing to do, or it failed). */
  run(): Promise<number | null>;
  close(): Promise<void>;
}

/**
 * Copies the write-ahead log back on a second connection of its own, beside the core's one. Long
 * writing work (the retention purge) waits for it between its batches every few hundred records, then
 * runs `checkpointNow` for what is left, so the log stays small and SQLite's own checkpoint, inside a
 * commit once the log passes 64 MiB (a tenth of a second and more), never comes; meanwhile the core's
 * connection serves the desks (a checkpoint stops neither readers nor writers in WAL mode). Without
 * waiting for anyone (PASSIVE). PostgreSQL needs none.
 */
export function sideCheckpointer(db: Knex): SideCheckpointer {
  const file = sqliteFileOf(db);
  let connection: sqlite3.Database | null = null;
  return {
    run() {
      if (!file) return Promise.resolve(null);
      const began = performance.now();
      connection ??= new sqlite3.Database(file, sqlite3.OPEN_READWRITE);
      const open = connection;
      return new Promise((resolve) =>
        open.all('PRAGMA wal_checkpoint(PASSIVE)', (error) =>
          resolve(error ? null : performance.now() - began),
        ),
      );
    },
    async close() {
      const open = connection;
      connection = null;
      if (open) await new Promise<void>((resolve) => open.close(() => resolve()));
    },
  };
}

/**
 * A checkpoint on the core's own connection (PASSIVE): what the log held and what was copied, in
 * pages; null for PostgreSQL. After one on the side (below) it has little left to copy, and the next
 * write starts the log again from its beginning, which the side one alone does not bring about.
 */
export async function checkpointNow(db: Knex): Promise<{ log: number; checkpointed: number } | null> {
  if (!isSqlite(db)) return null;
  const rows: Array<{ log: number; checkpointed: number }> = await db.raw('PRAGMA wal_checkpoint(PASSIVE)');
  const [row] = rows;
  return row ? { log: row.log, checkpointed: row.checkpointed } : null;
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
