import path from 'node:path';
import { parseArgs } from 'node:util';
import { type Core, openCore } from '../core/core';
import { DatabaseTooNewError } from '../core/db/migrate';
import { newestBackupFile } from '../core/backup/files';
import { AppError } from '../core/errors';
import { translateFault } from '../core/faults';
import { createLogger, defaultLogFile, type Logger } from '../core/log';
import { defaultUserDataDir, resolveDatabaseFile } from '../core/paths';
import { type CliCommand, UsageError } from './command';
import { commands } from './commands';
import { type CliIo, processIo } from './io';

function helpText(): string {
  const lines = [
    'Usage: privacy-desk [--db PATH] COMMAND [options]',
    '',
    "The database is the app's own (in its user-data folder) unless --db or PRIVACY_DESK_DB names another file.",
    '',
    'Commands:',
  ];
  for (const command of commands) lines.push(`  ${command.usage}`, `      ${command.summary}`);
  return lines.join('\n');
}

function findCommand(positionals: string[]): CliCommand | undefined {
  return commands
    .filter((command) => command.words.every((word, index) => positionals[index] === word))
    .sort((a, b) => b.words.length - a.words.length)[0];
}

function newestOf(dbFile: string | null): string | null {
  return dbFile ? newestBackupFile(path.dirname(dbFile)) : null;
}

/** What the terminal may say of an unexpected failure: its code, never its message. */
function failureCode(error: unknown): string {
  const code = error instanceof Error ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string'
    ? `an unexpected error (${code.replace(/[^\w.-]/g, '')})`
    : 'an unexpected error';
}

/** Runs one CLI invocation and returns its exit code. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  // First pass: only the global options and the command words.
  const global = parseArgs({
    args: argv,
    options: { db: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
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
  let dbFile: string | null = null;
  let log: Logger | null = null;
  const logger = (): Logger =>
    (log ??= createLogger({ file: defaultLogFile(path.dirname(dbFile ?? '.'), 'cli') }));
  try {
    const parsed = parseArgs({
      args: argv,
      options: { db: { type: 'string' }, help: { type: 'boolean', short: 'h' }, ...command.options },
      allowPositionals: true,
      strict: true,
    });
    if (parsed.values.help) {
      io.out(`Usage: privacy-desk [--db PATH] ${command.usage}\n\n${command.summary}`);
      return 0;
    }
    const file = resolveDatabaseFile(
      typeof parsed.values.db === 'string' ? parsed.values.db : undefined,
      defaultUserDataDir(),
      io.env,
    );
    dbFile = file;
    return await command.run({
      positionals: parsed.positionals.slice(command.words.length),
      values: parsed.values,
      io,
      core: async () => {
        core ??= await openCore({ dbFile: file, log: logger() });
        return core;
      },
    });
  } catch (error) {
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error)) {
      io.err(`${error.message}\nUsage: privacy-desk [--db PATH] ${command.usage}`);
      return 2;
    }
    if (error instanceof DatabaseTooNewError) {
      io.err(error.message);
      return 1;
    }
    // A rule of the app, a full disk, a read-only or damaged file: a message written for a person.
    const shown =
      error instanceof AppError
        ? error
        : translateFault(error, { dbFile: dbFile ?? '', newestBackup: newestOf(dbFile) });
    if (shown) {
      io.err(`Failed: ${shown.message}`);
      if (!(error instanceof AppError)) logger().error(`privacy-desk ${command.words.join(' ')}`, error);
      return 1;
    }
    // Anything else: the terminal gets no SQL, values or hashes; cli.log the error's shape.
    logger().error(`privacy-desk ${command.words.join(' ')} failed`, error);
    io.err(
      `Failed: ${failureCode(error)}. Nothing was changed; the details are in ${defaultLogFile(path.dirname(dbFile ?? '.'), 'cli')}.`,
    );
    return 1;
  } finally {
    await core?.close();
  }
}
