import fs from 'node:fs';
import path from 'node:path';
import knex, { type Knex } from 'knex';
import pg from 'pg';
import type { DatabaseTarget, Engine } from './target';

/** A connection from the sqlite3 driver, as knex's pool hands it to afterCreate. */
interface SqliteConnection {
  run(sql: string, callback: (error: Error | null) => void): void;
}

/** How long a writer waits for another process's write lock before giving up (SQLite). */
export const sqliteBusyTimeoutMs = 60_000;

// Counts and sums come back from PostgreSQL as bigint/numeric text; every value the app counts fits
// in a double, so they are read as numbers, as SQLite gives them.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));

/**
 * Opens the database. Nothing here writes to it: the version check (migrate.ts) runs first, and
 * only then does `prepareDatabase` switch an SQLite file to write-ahead logging.
 */
export function openDatabase(target: DatabaseTarget, options: { poolSize?: number } = {}): Knex {
  return target.engine === 'sqlite' ? openSqlite(target.file) : openPostgres(target.url, options.poolSize);
}

/**
 * A failed statement's error carries the SQL with `?`, never the values it was given (a password
 * hash, a name): errors end up in logs (core/log.ts reduces them to their shape too). knex would
 * print driver errors on the console; they reach the person translated (core/faults.ts) and the
 * log by their shape instead.
 */
const quietErrors = {
  compileSqlOnError: false,
  log: { warn: () => {}, error: () => {}, deprecate: () => {}, debug: () => {} },
} as const;

/**
 * SQLite: one connection per process (SQLite has one writer at a time anyway). Foreign keys are a
 * per-connection setting, so the pool sets it on every connection it creates.
 */
function openSqlite(file: string): Knex {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = knex({
    client: 'sqlite3',
    connection: { filename: file },
    useNullAsDefault: true,
    ...quietErrors,
    pool: {
      min: 1,
      max: 1,
      afterCreate: (
        connection: SqliteConnection,
        done: (error: Error | null, connection: unknown) => void,
      ) => {
        // None of these changes the file: a database refused as too new stays byte-identical.
        const pragmas = [
          'PRAGMA foreign_keys = ON',
          'PRAGMA synchronous = NORMAL',
          // 64 MiB of page cache: lists over a million inquiries stay in memory after the first look.
          'PRAGMA cache_size = -65536',
          `PRAGMA busy_timeout = ${sqliteBusyTimeoutMs}`,
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
  beginWritersImmediately(db);
  return db;
}

interface KnexTransactionInternals {
  begin(connection: unknown): Promise<unknown>;
  query(connection: unknown, sql: string): Promise<unknown>;
}

/**
 * Every transaction of the core may write (each call through dispatch writes at least its audit
 * entry). SQLite's default `BEGIN` takes the write lock only at the first write, and if another
 * process wrote in between, that upgrade fails at once with SQLITE_BUSY, whatever the busy timeout.
 * `BEGIN IMMEDIATE` takes the write lock at the start, so a second process waits its turn instead.
 */
function beginWritersImmediately(db: Knex): void {
  const client = db.client as { transaction: (...args: unknown[]) => KnexTransactionInternals };
  const makeTransaction = client.transaction.bind(client);
  client.transaction = (...args: unknown[]) => {
    const transaction = makeTransaction(...args);
    transaction.begin = (connection) => transaction.query(connection, 'BEGIN IMMEDIATE;');
    return transaction;
  };
}

/** PostgreSQL: a pool, so the desks of an office are served side by side. */
function openPostgres(url: string, poolSize = 10): Knex {
  return knex({
    client: 'pg',
    connection: { connectionString: url, application_name: 'privacy-desk' },
    ...quietErrors,
    pool: { min: 0, max: poolSize },
    acquireConnectionTimeout: 60_000,
  });
}

export function engineOf(db: Knex | Knex.Transaction): Engine {
  const client = db.client.config.client;
  return client === 'pg' ? 'postgresql' : 'sqlite';
}

export function isSqlite(db: Knex | Knex.Transaction): boolean {
  return engineOf(db) === 'sqlite';
}

/** Settings that change the database itself, applied only after the version check has passed. */
export async function prepareDatabase(db: Knex): Promise<void> {
  if (!isSqlite(db)) return;
  // WAL lets readers continue while one writer works; it is recorded in the file's header.
  await db.raw('PRAGMA journal_mode = WAL');
}
