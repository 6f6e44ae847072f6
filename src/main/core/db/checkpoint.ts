import type { Knex } from 'knex';
import { isSqlite } from './connection';

export interface IdleCheckpointer {
  /** Says the database was just used; the checkpoint waits until it has been quiet for a while. */
  touched(): void;
  /** What the last checkpoint did (pages in the log, pages copied back), or null before the first. */
  readonly last: { log: number; checkpointed: number } | null;
  stop(): void;
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
