// Several processes writing through the core to one database at once: the count of operations
// that failed must be 0 (SQLite writers wait for the lock; PostgreSQL serialises the audit head).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { openCore, runAsSystem } from '../../src/main/core/core';
import { createUser } from '../../src/main/core/users/service';

export interface WritersResult {
  processes: number;
  operations: number;
  failed: number;
  errors: Record<string, number>;
}

const writer = path.join(__dirname, 'writer.ts');
const password = 'stress writers password';

/** Creates one agent per process, runs the processes for `seconds`, and adds up what they did. */
export async function runWriters(
  database: string,
  dataDir: string,
  processes: number,
  seconds: number,
): Promise<WritersResult> {
  const core = await openCore({ database, dataDir, scrypt: { N: 1024, r: 8, p: 1 } });
  const names = Array.from({ length: processes }, (_, index) => `writer${index + 1}`);
  for (const username of names) {
    if (await core.db('users').where({ username }).first()) continue;
    await runAsSystem(core, 'stress', (ctx) =>
      createUser(ctx, { username, displayName: `Writer ${username}`, roles: ['agent'], password }),
    );
  }
  await core.close();

  const outcomes = await Promise.all(
    names.map(
      (username) =>
        new Promise<WritersResult>((resolve) => {
          const child = spawn(
            process.execPath,
            ['--import', 'tsx', writer, database, dataDir, username, password, String(seconds)],
            { stdio: ['ignore', 'pipe', 'inherit'] },
          );
          let output = '';
          child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
          child.on('close', (code) => {
            try {
              const counted = JSON.parse(output.trim().split('\n').pop() ?? '') as Omit<
                WritersResult,
                'processes'
              >;
              resolve({ processes: 1, ...counted });
            } catch {
              resolve({ processes: 1, operations: 1, failed: 1, errors: { [`exit ${code}`]: 1 } });
            }
          });
        }),
    ),
  );
  return outcomes.reduce(
    (total, one) => {
      for (const [code, count] of Object.entries(one.errors))
        total.errors[code] = (total.errors[code] ?? 0) + count;
      return {
        processes: total.processes + one.processes,
        operations: total.operations + one.operations,
        failed: total.failed + one.failed,
        errors: total.errors,
      };
    },
    { processes: 0, operations: 0, failed: 0, errors: {} as Record<string, number> },
  );
}

export function describeWriters(result: WritersResult): string {
  return `writers: ${result.processes} processes, ${result.operations} operations, ${result.failed} failed`;
}
