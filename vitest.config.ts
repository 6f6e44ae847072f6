import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/core/**/*.test.ts', 'tests/main/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: on the 2-core build machine that is one,
    // and most test files wait on SQLite's disk writes as much as they compute.
    maxWorkers: 2,
    // The CLI tests run the bundle in .cli/: rebuilt first when the sources changed.
    globalSetup: ['tests/support/cli-bundle-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
