#!/usr/bin/env node
// `privacy-desk` runs the bundle of src/main/cli in .cli/ (see scripts/cli-bundle.mjs), which starts
// in a fraction of a second. It first checks that the bundle was built from the sources as they are
// now (a stat of each file it was built from) and rebuilds it when they changed, so after editing a
// source `npx privacy-desk` still runs the new code.
import { createRequire } from 'node:module';
import { ensureCliBundle } from '../scripts/cli-bundle.mjs';

let entry;
try {
  entry = await ensureCliBundle();
} catch (error) {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
const { main } = createRequire(import.meta.url)(entry);
process.exitCode = await main(process.argv.slice(2));
