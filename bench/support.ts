// Shared by the benchmark scripts: where the office lives (a temporary file, or --db FILE kept and
// reused), and percentiles of timings.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface BenchDatabase {
  file: string;
  /** True when the file did not exist yet: the script seeds it. */
  fresh: boolean;
  /** Removes a temporary database; a kept one stays. */
  cleanUp(): void;
}

export function benchDatabase(argv: readonly string[] = process.argv): BenchDatabase {
  const index = argv.indexOf('--db');
  const kept = index > 0 && argv[index + 1] ? path.resolve(argv[index + 1]) : null;
  const dir = kept ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-desk-bench-'));
  const file = kept ?? path.join(dir!, 'bench.sqlite3');
  return {
    file,
    fresh: !fs.existsSync(file),
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
