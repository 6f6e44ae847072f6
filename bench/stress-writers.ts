// `npm run stress:writers [-- --processes 4 --seconds 20 --engine sqlite|postgresql|both]`:
// several processes write through the core to one database for a bounded time, on an SQLite file
// and on a throwaway PostgreSQL server. Ends with `writers: P processes, N operations, F failed`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startPostgres } from '../tests/support/postgres';
import { describeWriters, runWriters, type WritersResult } from './writers/run';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      processes: { type: 'string', default: '4' },
      seconds: { type: 'string', default: '20' },
      engine: { type: 'string', default: 'both' },
    },
  });
  const processes = Number(values.processes);
  const seconds = Number(values.seconds);
  const engines = values.engine === 'both' ? ['sqlite', 'postgresql'] : [values.engine];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-desk-writers-'));
  const totals: WritersResult = { processes, operations: 0, failed: 0, errors: {} };
  try {
    for (const engine of engines) {
      let database: string;
      let stop = () => {};
      if (engine === 'sqlite') database = path.join(dir, 'office.sqlite3');
      else {
        const cluster = await startPostgres();
        await cluster.createDatabase('writers');
        database = cluster.url('writers');
        stop = () => cluster.stop();
      }
      try {
        const result = await runWriters(database, dir, processes, seconds);
        const errors = Object.entries(result.errors)
          .map(([code, n]) => `${code} ${n}`)
          .join(', ');
        process.stdout.write(`${engine}: ${describeWriters(result)}${errors ? ` (${errors})` : ''}\n`);
        totals.operations += result.operations;
        totals.failed += result.failed;
      } finally {
        stop();
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  process.stdout.write(`${describeWriters(totals)}\n`);
  return totals.failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  },
);
