import fs from 'node:fs';
import path from 'node:path';
import knex, { type Knex } from 'knex';

/** A connection from the sqlite3 driver, as knex's pool hands it to afterCreate. */
interface SqliteConnection {
  run(sql: string, callback: (error: Error | null) => void): void;
}

/**
 * Opens the SQLite file. WAL lets readers continue while one writer works; foreign keys are a
 * per-connection setting in SQLite, so the pool sets it on every connection it creates.
 */
export function openDatabase(file: string): Knex {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  return knex({
    client: 'sqlite3',
    connection: { filename: file },
    useNullAsDefault: true,
    // A failed statement's error carries the SQL with `?`, never the values it was given (a
    // password hash, a name): errors end up in logs (core/log.ts reduces them to their shape too).
    compileSqlOnError: false,
    // knex would print driver errors (with SQLITE_ codes) on the console; they reach the person
    // translated (core/faults.ts) and the log by their shape instead.
    log: { warn: () => {}, error: () => {}, deprecate: () => {}, debug: () => {} },
    pool: {
      min: 1,
      max: 1,
      afterCreate: (
        connection: SqliteConnection,
        done: (error: Error | null, connection: unknown) => void,
      ) => {
        const pragmas = [
          'PRAGMA foreign_keys = ON',
          'PRAGMA journal_mode = WAL',
          'PRAGMA synchronous = NORMAL',
          // 64 MiB of page cache: lists over a million inquiries stay in memory after the first look.
          'PRAGMA cache_size = -65536',
          'PRAGMA busy_timeout = 5000',
          // Pages are read from the file's memory map, not copied in by a system call each.
          'PRAGMA mmap_size = 4294967296',
          // The core checkpoints when the database is quiet (db/checkpoint.ts); this is the backstop.
          'PRAGMA wal_autocheckpoint = 16384',
        ];
        const next = (index: number) => {
          if (index === pragmas.length) return done(null, connection);
          connection.run(pragmas[index], (error) => (error ? done(error, connection) : next(index + 1)));
        };
        next(0);
      },
    },
  });
}

export function isSqlite(db: Knex | Knex.Transaction): boolean {
  const client = db.client.config.client;
  return client === 'sqlite3' || client === 'better-sqlite3';
}
