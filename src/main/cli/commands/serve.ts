import fs from 'node:fs';
import { defaultLogFile } from '../../core/paths';
import { parseListen } from '../../server/listen';
import { type CliCommand, stringOption, UsageError } from '../command';

function readPem(file: string | undefined, what: string): string | undefined {
  if (file === undefined) return undefined;
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`The TLS ${what} ${file} cannot be read.`);
  }
}

/** Resolves when the process is asked to stop (Ctrl+C, systemd's stop). */
function stopRequested(): Promise<string> {
  return new Promise((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve(signal));
  });
}

export const serveCommand: CliCommand = {
  words: ['serve'],
  usage: 'serve [--listen HOST:PORT] [--tls-cert FILE --tls-key FILE] [--pool N]',
  summary:
    'Run the office server: every desk of the office connects to it (default 127.0.0.1:8443; another address needs TLS).',
  options: {
    listen: { type: 'string' },
    'tls-cert': { type: 'string' },
    'tls-key': { type: 'string' },
    pool: { type: 'string' },
  },
  run: async ({ io, values, database, dataDir, auditKey }) => {
    let listen;
    try {
      listen = parseListen(stringOption(values, 'listen') ?? '127.0.0.1:8443');
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const cert = readPem(stringOption(values, 'tls-cert'), 'certificate');
    const key = readPem(stringOption(values, 'tls-key'), 'key');
    if ((cert === undefined) !== (key === undefined))
      throw new UsageError('Give both --tls-cert and --tls-key, or neither.');
    const pool = Number(stringOption(values, 'pool') ?? '20');
    if (!Number.isInteger(pool) || pool < 1 || pool > 200)
      throw new UsageError('--pool is the number of database connections, 1 to 200.');

    const [
      { startBackupScheduler },
      { openCore },
      { createLogger },
      { startReminderScheduler },
      { startRetentionScheduler },
      server_,
    ] = await Promise.all([
      import('../../core/backup/service'),
      import('../../core/core'),
      import('../../core/log'),
      import('../../core/reminders/service'),
      import('../../core/retention/service'),
      import('../../server/server'),
    ]);
    const { ServerConfigError, startServer } = server_;
    const log = createLogger({ file: defaultLogFile(dataDir, 'server'), console: true });
    let core;
    try {
      core = await openCore({ database, dataDir, log, poolSize: pool, auditKey });
    } catch (error) {
      const { DatabaseTooNewError } = await import('../../core/db/migrate');
      if (!(error instanceof DatabaseTooNewError)) throw error;
      // Its own exit code: the service manager must not restart a server that can never start.
      io.err(error.message);
      return 3;
    }
    let server;
    try {
      server = await startServer(core, { listen, tls: cert && key ? { cert, key } : undefined });
    } catch (error) {
      await core.close();
      if (error instanceof ServerConfigError) {
        io.err(error.message);
        return 2;
      }
      throw error;
    }
    const stopReminders = startReminderScheduler(core);
    // The daily backup beside an SQLite database; a PostgreSQL database is backed up with pg_dump.
    const stopBackups = core.engine === 'sqlite' ? startBackupScheduler(core) : () => {};
    // The daily retention purge, on either engine.
    const stopPurge = startRetentionScheduler(core);
    io.out(`Privacy Desk server on ${server.url} (${core.engine}, database ${core.databaseName})`);
    if (server.fingerprint) io.out(`Certificate fingerprint (SHA-256): ${server.fingerprint}`);
    if (core.migration.applied.length > 0) io.out(`Migrated: ${core.migration.applied.join(', ')}`);
    const signal = await stopRequested();
    io.out(`Stopping (${signal})…`);
    stopReminders();
    stopBackups();
    stopPurge();
    await server.close();
    await core.close();
    return 0;
  },
};
