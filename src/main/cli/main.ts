import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ScryptParams } from '../core/auth/password';
import type { Core } from '../core/core';
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

/** What only the tests change: in-process runs lower the scrypt cost, as the core's tests do. */
export interface CliTestOptions {
  scrypt?: ScryptParams;
}

/**
 * Opens the core (and the log) on a command's first use of the database. Loaded here, not at the
 * top, so commands that only compute (`deadline`, `--help`) start without knex, sqlite3 or the
 * application core (see bin/privacy-desk.mjs and bench/cli-start.mjs).
 */
async function openCliCore(dbFile: string, options: CliTestOptions): Promise<Core> {
  const [{ openCore }, { createLogger, defaultLogFile }] = await Promise.all([
    import('../core/core'),
    import('../core/log'),
  ]);
  return openCore({
    dbFile,
    log: createLogger({ file: defaultLogFile(path.dirname(dbFile), 'cli') }),
    ...(options.scrypt ? { scrypt: options.scrypt } : {}),
  });
}

/** Runs one CLI invocation and returns its exit code. */
export async function main(
  argv: string[],
  io: CliIo = processIo,
  options: CliTestOptions = {},
): Promise<number> {
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
    const dbFile = resolveDatabaseFile(
      typeof parsed.values.db === 'string' ? parsed.values.db : undefined,
      defaultUserDataDir(),
      io.env,
    );
    return await command.run({
      positionals: parsed.positionals.slice(command.words.length),
      values: parsed.values,
      io,
      core: async () => {
        core ??= await openCliCore(dbFile, options);
        return core;
      },
    });
  } catch (error) {
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error)) {
      io.err(`${error.message}\nUsage: privacy-desk [--db PATH] ${command.usage}`);
      return 2;
    }
    // Thrown while opening the core, so its module is loaded by then.
    const { DatabaseTooNewError } = await import('../core/db/migrate');
    if (error instanceof DatabaseTooNewError) {
      io.err(error.message);
      return 1;
    }
    io.err(`Failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await core?.close();
  }
}
