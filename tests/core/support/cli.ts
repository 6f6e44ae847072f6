import { createRequire } from 'node:module';
import type { CliIo } from '../../../src/main/cli/io';
import type { main as cliMain } from '../../../src/main/cli/main';
import { cliEntry } from '../../../scripts/cli-bundle.mjs';
import { testScrypt } from './core';

let bundled: typeof cliMain | undefined;

/**
 * The CLI as it ships: the bundle in .cli/ (built by `npm test`, `npm install`, or the Vitest
 * global setup when the sources changed), loaded by Node itself, not through Vitest's transform.
 */
function bundledMain(): typeof cliMain {
  bundled ??= (createRequire(import.meta.url)(cliEntry) as { main: typeof cliMain }).main;
  return bundled;
}

/**
 * Runs the bundled CLI in-process with captured output, and the tests' cheap scrypt (as every core
 * test has; the CLI's own cost is checked through the installed bin in cli.test.ts).
 */
export async function runCli(
  argv: string[],
  options: { env?: NodeJS.ProcessEnv; secrets?: string[] } = {},
): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const secrets = [...(options.secrets ?? [])];
  const io: CliIo = {
    out: (line) => out.push(...line.split('\n')),
    err: (line) => err.push(...line.split('\n')),
    env: options.env ?? {},
    askSecret: async () => (options.secrets ? (secrets.shift() ?? '') : null),
  };
  const code = await bundledMain()(argv, io, { scrypt: testScrypt });
  return { code, out, err };
}

/**
 * The processor time `work` took in this process (user and system, every thread, SQLite's
 * included), in seconds. A budget on it holds however busy the machine is; one on the wall clock
 * does not.
 */
export async function cpuSeconds<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number }> {
  const before = process.cpuUsage();
  const result = await work();
  const { user, system } = process.cpuUsage(before);
  return { result, seconds: (user + system) / 1e6 };
}
