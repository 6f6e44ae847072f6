import { defineConfig } from 'vitest/config';

/**
 * Every core test runs twice: on SQLite files (the one-computer mode) and on a real PostgreSQL
 * server that the `postgresql` project starts for the run (office mode, tests/support/postgres.ts).
 */
export default defineConfig({
  test: {
    environment: 'node',
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: on the 2-core build machine that is one,
    // and most test files wait on SQLite's disk writes as much as they compute.
    maxWorkers: 2,
    // The CLI tests run the bundle in .cli/: rebuilt first when the sources changed.
    globalSetup: ['tests/support/cli-bundle-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'sqlite',
          include: ['tests/core/**/*.test.ts', 'tests/main/**/*.test.ts', 'tests/renderer/**/*.test.ts'],
          // What only PostgreSQL can show (moving an office into it, the CLI against a server).
          exclude: ['tests/core/**/*.postgresql.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'postgresql',
          include: ['tests/core/**/*.test.ts'],
          // What only an SQLite file has: upgrades of files made by earlier releases (there is no
          // earlier PostgreSQL release), file backups (PostgreSQL is backed up with pg_dump), and the
          // file's own faults (a damaged page, a full disk, a read-only file).
          exclude: [
            'tests/core/migrations.test.ts',
            'tests/core/backup.test.ts',
            'tests/core/faults.test.ts',
          ],
          env: { PRIVACY_DESK_TEST_ENGINE: 'postgresql' },
          globalSetup: ['tests/support/postgres-global-setup.ts'],
        },
      },
    ],
  },
});
