// Shared by the benchmark scripts: where the office lives (a temporary file, or --db FILE kept and
// reused), and percentiles of timings.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Knex } from 'knex';

export interface BenchDatabase {
  /** A file path, or a postgres:// URL (an office database on a server already running). */
  file: string;
  /** True when the file did not exist yet: the script seeds it. A PostgreSQL database is seeded when empty. */
  fresh: boolean;
  /** The attachments' folder: beside the file, or a folder of its own for PostgreSQL. */
  dataDir: string;
  /** Removes a temporary database; a kept one stays. */
  cleanUp(): void;
}

export function benchDatabase(argv: readonly string[] = process.argv): BenchDatabase {
  const index = argv.indexOf('--db');
  const value = index > 0 ? argv[index + 1] : undefined;
  if (value && /^postgres(ql)?:\/\//i.test(value)) {
    const dataDir = path.join(os.tmpdir(), 'privacy-desk-bench-data');
    fs.mkdirSync(dataDir, { recursive: true });
    return { file: value, fresh: false, dataDir, cleanUp: () => {} };
  }
  const kept = value ? path.resolve(value) : null;
  const dir = kept ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-desk-bench-'));
  const file = kept ?? path.join(dir!, 'bench.sqlite3');
  return {
    file,
    fresh: !fs.existsSync(file),
    dataDir: path.dirname(file),
    cleanUp: () => {
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function stats(samples: readonly number[]): { p50: number; p95: number; max: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1] };
}

/** True when the office holds no user yet: a new PostgreSQL database, seeded by the script. */
export async function isEmpty(db: Knex): Promise<boolean> {
  const row = (await db('users').count({ n: '*' }).first()) as { n: number | string } | undefined;
  return Number(row?.n ?? 0) === 0;
}
