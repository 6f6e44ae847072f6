/**
 * A throwaway PostgreSQL server for tests, the stress run and the benchmarks: Debian's `postgresql`
 * binaries (CI's `.ci/run` installs them), a fresh cluster in a temporary folder, listening on
 * 127.0.0.1 only, trusted locally, with durability switched off (test data only). PostgreSQL refuses
 * to run as root, so as root the server runs as the `postgres` user.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import knex from 'knex';

export interface PostgresCluster {
  /** `postgres://postgres@127.0.0.1:PORT/` (add a database name). */
  baseUrl: string;
  url(database: string): string;
  createDatabase(name: string, template?: string): Promise<void>;
  dropDatabase(name: string): Promise<void>;
  stop(): void;
}

function binDir(): string {
  const fromEnv = process.env.PRIVACY_DESK_PG_BIN;
  if (fromEnv) return fromEnv;
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root)
    ? fs
        .readdirSync(root)
        .filter((name) => fs.existsSync(path.join(root, name, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0) {
    throw new Error(
      'PostgreSQL is not installed: the tests of office mode need its server binaries. On Debian or ' +
        'Ubuntu: `apt-get install postgresql` (CI does this in .ci/run), or set PRIVACY_DESK_PG_BIN.',
    );
  }
  return path.join(root, versions[0], 'bin');
}

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function run(command: string, args: string[]): void {
  const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  const result = spawnSync(file, argv, { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`${path.basename(command)} failed: ${result.stderr || result.stdout || result.error}`);
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Starts a new cluster; `stop()` ends it and removes its folder. */
export async function startPostgres(): Promise<PostgresCluster> {
  const bin = binDir();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-desk-pg-'));
  const data = path.join(dir, 'data');
  fs.mkdirSync(data);
  if (asRoot) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
  fs.chmodSync(dir, 0o755);
  run(path.join(bin, 'initdb'), [
    '-D',
    data,
    '-U',
    'postgres',
    '--auth=trust',
    '-E',
    'UTF8',
    '--locale=C.UTF-8',
  ]);
  const port = await freePort();
  const settings = [
    `-p ${port}`,
    `-k ${dir}`,
    '-c listen_addresses=127.0.0.1',
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
    '-c max_connections=300',
    '-c shared_buffers=256MB',
  ].join(' ');
  run(path.join(bin, 'pg_ctl'), [
    '-D',
    data,
    '-o',
    settings,
    '-l',
    path.join(dir, 'server.log'),
    '-w',
    'start',
  ]);
  const baseUrl = `postgres://postgres@127.0.0.1:${port}/`;
  const admin = knex({ client: 'pg', connection: `${baseUrl}postgres`, pool: { min: 0, max: 2 } });
  let stopped = false;
  return {
    baseUrl,
    url: (database) => `${baseUrl}${database}`,
    createDatabase: async (name, template) => {
      await admin.raw(
        `create database ${quoteIdent(name)}${template ? ` template ${quoteIdent(template)}` : ''}`,
      );
    },
    dropDatabase: async (name) => {
      await admin.raw(`drop database if exists ${quoteIdent(name)} with (force)`);
    },
    stop: () => {
      if (stopped) return;
      stopped = true;
      void admin.destroy();
      try {
        run(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

export function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Not a plain identifier: ${name}`);
  return `"${name}"`;
}

export function uniqueDatabaseName(prefix = 'pd'): string {
  return `${prefix}_${crypto.randomBytes(6).toString('hex')}`;
}
