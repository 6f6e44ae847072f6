import type { TestProject } from 'vitest/node';
import { openCore } from '../../src/main/core/core';
import { startPostgres } from './postgres';
import { tempDir } from './temp';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `postgres://postgres@127.0.0.1:PORT/` of the run's server (the postgresql project only). */
    postgresBaseUrl: string;
    /** A database migrated once, copied for each test. */
    postgresTemplate: string;
  }
}

export const templateDatabase = 'privacy_desk_template';

/** Starts one PostgreSQL server for the whole run and migrates the template every test copies. */
export default async function setup(project: TestProject): Promise<() => void> {
  const cluster = await startPostgres();
  try {
    await cluster.createDatabase(templateDatabase);
    const core = await openCore({ database: cluster.url(templateDatabase), dataDir: tempDir() });
    await core.close();
  } catch (error) {
    cluster.stop();
    throw error;
  }
  project.provide('postgresBaseUrl', cluster.baseUrl);
  project.provide('postgresTemplate', templateDatabase);
  return () => cluster.stop();
}
