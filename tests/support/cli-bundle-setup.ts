import { ensureCliBundle } from '../../scripts/cli-bundle.mjs';

/** Vitest's global setup: the CLI tests run the bundle, so it must be built from these sources. */
export default async function setup(): Promise<void> {
  await ensureCliBundle({ report: (line) => process.stdout.write(`${line}\n`) });
}
