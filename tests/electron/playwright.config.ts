import { defineConfig } from '@playwright/test';

/** The Electron smoke test: runs only where an Electron binary exists, otherwise reports a skip. */
export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results/electron',
  timeout: 120_000,
  workers: 1,
  reporter: [['list'], ['json', { outputFile: '../../test-results/electron-results.json' }]],
});
