#!/usr/bin/env node
// The command-line tool runs the TypeScript core directly through tsx, so it is always the same
// code the app runs, with no build step between `npm install` and `npx privacy-desk`.
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('../src/main/cli/main.ts', import.meta.url);
process.exitCode = await main(process.argv.slice(2));
