import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ScryptParams } from '../core/auth/password';
import type { Core } from '../core/core';
import { newestBackupFile } from '../core/backup/files';
import { type DatabaseTarget, DatabaseTargetError, describeTarget } from '../core/db/target';
import { AppError } from '../core/errors';
import { translateFault } from '../core/faults';
import type { Logger } from '../core/log';
import { defaultLogFile, defaultUserDataDir, resolveDataDir, resolveDatabase } from '../core/paths';
import { type CliCommand, UsageError } from './command';
import { commands } from './commands';
import { type CliIo, processIo } from './io';

function helpText(): string {
  const lines = [
    'Usage: privacy-desk [--db PATH|URL] [--data-dir DIR] COMMAND [options]',
    '',
    "The database is the app's own (in its user-data folder) unless --db or PRIVACY_DESK_DB names another:",
    'an SQLite file path, or a postgres://user@host:port/database URL (office mode). Attachments, backups',
    'and logs live beside an SQLite file, or in --data-dir / PRIVACY_DESK_DATA_DIR (default: the user-data folder).',
    "The audit log's key is audit.key in the data folder (created on first use, readable only by its owner),",
    'or the file named by --audit-key FILE / PRIVACY_DESK_AUDIT_KEY.',
    '',
    'Commands:',
  ];
  for (const command of commands) lines.push(`  ${command.usage}`, `      ${command.summary}`);
  return lines.join('\n');
}

const globalOptions = {
  db: { type: 'string' },
  'data-dir': { type: 'string' },
  'audit-key': { type: 'string' },
} as const;

function stringValue(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function findCommand(positionals: string[]): CliCommand | undefined {
  return commands
    .filter((command) => command.words.every((word, index) => positionals[index] === word))
    .sort((a, b) => b.words.length - a.words.length)[0];
}

/** What the terminal may say of an unexpected failure: its code, never its message. */
function failureCode(error: unknown): string {
  const code = error instanceof Error ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string'
    ? `an unexpected error (${code.replace(/[^\w.-]/g, '')})`
    : 'an unexpected error';
}

/** What only the tests change: in-process runs lower the scrypt cost, as the core's tests do. */
export interface CliTestOptions {
  scrypt?: ScryptParams;
}

/**
 * Runs one CLI invocation and returns its exit code. The core, the log and their packages are
 * loaded on a command's first use of the database, not at the top, so commands that only compute
 * (`deadline`, `--help`) start without knex, sqlite3 or the application core (bin/privacy-desk.mjs,
 * bench/cli-start.mjs).
 */
export async function main(
  argv: string[],
  io: CliIo = processIo,
  options: CliTestOptions = {},
): Promise<number> {
  // First pass: only the global options and the command words.
  const global = parseArgs({
    args: argv,
    options: { ...globalOptions, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    strict: false,
  });
  const command = findCommand(global.positionals);
  if (!command) {
    if (global.positionals.length > 0) io.err(`Unknown command: ${global.positionals.join(' ')}\n`);
    (global.positionals.length > 0 ? io.err : io.out)(helpText());
    return global.positionals.length > 0 || !global.values.help ? 2 : 0;
  }

  let core: Core | undefined;
  let database: DatabaseTarget | null = null;
  let dataDir = '.';
  let log: Logger | null = null;
  const logger = async (): Promise<Logger> => {
    if (!log) {
      const { createLogger } = await import('../core/log');
      log = createLogger({ file: defaultLogFile(dataDir, 'cli') });
    }
    return log;
  };
  try {
    const parsed = parseArgs({
      args: argv,
      options: { ...globalOptions, help: { type: 'boolean', short: 'h' }, ...command.options },
      allowPositionals: true,
      strict: true,
    });
    if (parsed.values.help) {
      io.out(`Usage: privacy-desk [--db PATH|URL] ${command.usage}\n\n${command.summary}`);
      return 0;
    }
    const userDataDir = defaultUserDataDir();
    const target = resolveDatabase(stringValue(parsed.values.db), userDataDir, io.env);
    database = target;
    dataDir = resolveDataDir(target, stringValue(parsed.values['data-dir']), userDataDir, io.env);
    const keyFile = stringValue(parsed.values['audit-key']) ?? io.env.PRIVACY_DESK_AUDIT_KEY;
    const auditKey = keyFile ? { file: path.resolve(keyFile) } : undefined;
    return await command.run({
      positionals: parsed.positionals.slice(command.words.length),
      values: parsed.values,
      io,
      database: target,
      dataDir,
      auditKey,
      core: async () => {
        const { openCore } = await import('../core/core');
        core ??= await openCore({
          database: target,
          dataDir,
          auditKey,
          log: await logger(),
          ...(options.scrypt ? { scrypt: options.scrypt } : {}),
        });
        return core;
      },
    });
  } catch (error) {
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error)) {
      io.err(`${error.message}\nUsage: privacy-desk [--db PATH|URL] ${command.usage}`);
      return 2;
    }
    if (error instanceof DatabaseTargetError) {
      io.err(error.message);
      return 2;
    }
    // Thrown while opening the core, so its module is loaded by then.
    const { DatabaseTooNewError } = await import('../core/db/migrate');
    if (error instanceof DatabaseTooNewError) {
      io.err(error.message);
      return 1;
    }
    // A rule of the app, a full disk, a read-only or damaged file: a message written for a person.
    const shown =
      error instanceof AppError
        ? error
        : translateFault(error, {
            dbFile: database ? describeTarget(database) : '',
            newestBackup: database ? newestBackupFile(dataDir) : null,
          });
    if (shown) {
      io.err(`Failed: ${shown.message}`);
      if (!(error instanceof AppError))
        (await logger()).error(`privacy-desk ${command.words.join(' ')}`, error);
      return 1;
    }
    // Anything else: the terminal gets no SQL, values or hashes; cli.log the error's shape.
    (await logger()).error(`privacy-desk ${command.words.join(' ')} failed`, error);
    io.err(
      `Failed: ${failureCode(error)}. Nothing was changed; the details are in ${defaultLogFile(dataDir, 'cli')}.`,
    );
    return 1;
  } finally {
    await core?.close();
  }
}
