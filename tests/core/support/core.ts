import fs from 'node:fs';
import path from 'node:path';
import knex, { type Knex } from 'knex';
import { afterAll, afterEach, inject } from 'vitest';
import type { Channel, ChannelInput, ChannelOutput } from '../../../src/shared/contract';
import type { ApiError } from '../../../src/shared/errors';
import type { Role } from '../../../src/shared/roles';
import { adjustableClock, type AdjustableClock } from '../../../src/main/core/clock';
import { type Core, openCore, runAsSystem } from '../../../src/main/core/core';
import type { Engine } from '../../../src/main/core/db/target';
import type { Session } from '../../../src/main/core/session';
import { createUser } from '../../../src/main/core/users/service';
import { quoteIdent, uniqueDatabaseName } from '../../support/postgres';
import { tempDir } from '../../support/temp';

export { tempDir };

/** The engine this run of the core tests uses (vitest.config.ts runs them on both). */
export const testEngine: Engine =
  process.env.PRIVACY_DESK_TEST_ENGINE === 'postgresql' ? 'postgresql' : 'sqlite';

let postgresAdmin: Knex | undefined;

function postgres(): Knex {
  postgresAdmin ??= knex({
    client: 'pg',
    connection: `${inject('postgresBaseUrl')}postgres`,
    pool: { min: 0, max: 3 },
  });
  return postgresAdmin;
}

async function copyOf(template: string): Promise<string> {
  const name = uniqueDatabaseName('test');
  await postgres().raw(`create database ${quoteIdent(name)} template ${quoteIdent(template)}`);
  return name;
}

// The next test's database is copied from the template while this test runs, and a finished test's
// database is dropped in the background: the server does that work beside the tests, not between them.
let prefetched: Promise<string> | null = null;
let dropping: Promise<unknown> = Promise.resolve();

function migratedCopy(): Promise<string> {
  const ready = prefetched ?? copyOf(inject('postgresTemplate'));
  prefetched = copyOf(inject('postgresTemplate'));
  prefetched.catch(() => undefined);
  return ready;
}

// A file's last prefetched copy and its pending drops are settled before its worker moves on.
afterAll(async () => {
  if (prefetched) {
    const name = await prefetched.catch(() => null);
    prefetched = null;
    if (name) await dropLater(name);
  }
  await dropping;
  await postgresAdmin?.destroy();
  postgresAdmin = undefined;
});

function dropLater(name: string): Promise<void> {
  dropping = dropping
    .then(() => postgres().raw(`drop database if exists ${quoteIdent(name)} with (force)`))
    .catch(() => undefined);
  return Promise.resolve();
}

/**
 * A fresh database of the run's engine: an SQLite file in `dir`, or a PostgreSQL database (already
 * migrated, a copy of the run's template, unless `empty`). Returns the `--db` value and how to remove it.
 */
export async function freshDatabase(
  dir: string,
  options: { empty?: boolean } = {},
): Promise<{ database: string; drop(): Promise<void> }> {
  if (testEngine === 'sqlite') return { database: path.join(dir, 'test.sqlite3'), drop: async () => {} };
  const name = options.empty ? await copyOf('template0') : await migratedCopy();
  return { database: `${inject('postgresBaseUrl')}${name}`, drop: () => dropLater(name) };
}

/** Cheap scrypt for tests; one test checks the production parameters separately. */
export const testScrypt = { N: 1024, r: 8, p: 1 };

export const testPassword = 'correct horse battery';

const opened: Array<{ core: Core; dir: string; drop(): Promise<void> }> = [];
const databases: Array<() => Promise<void>> = [];

afterEach(async () => {
  for (const { core, dir, drop } of opened.splice(0)) {
    await core.close();
    await drop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  for (const drop of databases.splice(0)) await drop();
});

/**
 * An empty database of the run's engine for a test that opens it itself (the CLI's `--db`): an SQLite
 * file in `dir`, or a new PostgreSQL database, dropped after the test. Give the CLI `--data-dir dir`
 * too (the data folder of a PostgreSQL database is never beside it).
 */
export async function officeDatabase(dir: string): Promise<string> {
  if (testEngine === 'sqlite') return path.join(dir, 'office.sqlite3');
  const { database, drop } = await freshDatabase(dir, { empty: true });
  databases.push(drop);
  return database;
}

export interface TestCore extends Core {
  clock: AdjustableClock;
  /** The `--db` value of this core's database: an SQLite file or a postgres:// URL. */
  database: string;
  /** The data folder: attachments, logs, backups. */
  dir: string;
}

/**
 * A core on a fresh database of the run's engine (an SQLite file in a temporary folder, or a new
 * PostgreSQL database), closed and removed after the test.
 */
export async function testCore(start = '2026-03-02T09:00:00.000Z'): Promise<TestCore> {
  const dir = tempDir();
  const { database, drop } = await freshDatabase(dir);
  const clock = adjustableClock(start);
  const core = await openCore({ database, dataDir: dir, clock, scrypt: testScrypt });
  opened.push({ core, dir, drop });
  return Object.assign(core, { clock, database, dir });
}

/** Creates a user directly through the service (as the system) and returns a signed-in session. */
export async function signedIn(
  core: Core,
  roles: Role[],
  username = roles.join('-') || 'nobody',
): Promise<Session> {
  await runAsSystem(core, 'test', (ctx) =>
    createUser(ctx, { username, displayName: `Test ${username}`, roles, password: testPassword }),
  );
  const session = core.newSession();
  await expectOk(core, session, 'auth.signIn', { username, password: testPassword });
  return session;
}

export async function call<C extends Channel>(
  core: Core,
  session: Session,
  channel: C,
  input?: ChannelInput<C>,
) {
  return core.dispatch(channel, input, session) as Promise<
    { ok: true; data: ChannelOutput<C> } | { ok: false; error: ApiError }
  >;
}

export async function expectOk<C extends Channel>(
  core: Core,
  session: Session,
  channel: C,
  input?: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const result = await call(core, session, channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
  return result.data;
}

export async function expectError<C extends Channel>(
  core: Core,
  session: Session,
  channel: C,
  input?: ChannelInput<C> | unknown,
): Promise<ApiError> {
  const result = await core.dispatch(channel, input, session);
  if (result.ok) throw new Error(`${channel} succeeded but should have failed`);
  return result.error;
}
