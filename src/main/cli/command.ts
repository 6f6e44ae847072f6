import type { ParseArgsConfig } from 'node:util';
import type { Core } from '../core/core';
import type { DatabaseTarget } from '../core/db/target';
import type { CliIo } from './io';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;
export type OptionValues = Record<string, string | boolean | string[] | boolean[] | undefined>;

export interface CommandArgs {
  positionals: string[];
  values: OptionValues;
  io: CliIo;
  /** The database named by --db / PRIVACY_DESK_DB (or the app's own), not yet opened. */
  database: DatabaseTarget;
  /** Where attachments, backups and logs live. */
  dataDir: string;
  /** The audit key file named by --audit-key / PRIVACY_DESK_AUDIT_KEY (default: audit.key in the data folder). */
  auditKey?: { file: string };
  /** Opens (and migrates) the database on first use; commands that only compute never call it. */
  core(): Promise<Core>;
}

/** One CLI command. `words` is how it is called (`['users', 'add']`). Returns the exit code. */
export interface CliCommand {
  words: string[];
  usage: string;
  summary: string;
  options?: OptionSpec;
  run(args: CommandArgs): Promise<number>;
}

/** A wrong invocation: printed with the command's usage, exit code 2. */
export class UsageError extends Error {}

export function stringOption(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

export function stringList(values: OptionValues, name: string): string[] {
  const value = values[name];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return typeof value === 'string' ? [value] : [];
}
