import { main } from '../../../src/main/cli/main';
import type { CliIo } from '../../../src/main/cli/io';

/** Runs the CLI in-process with captured output. */
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
  const code = await main(argv, io);
  return { code, out, err };
}
