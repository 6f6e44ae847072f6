// `npm run bench:cases [-- N]`: seeds N rights-request cases (default 100,000) into a fresh database and times
// what the DPO's screens ask of the core: the list with its filters and sorts, deep pages, the counts, one case.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { systemActor } from '../src/main/core/context';
import { openCore } from '../src/main/core/core';
import { seedDemo } from '../src/main/core/demo/seed';
import { signInSession } from '../src/main/core/session';

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 100_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-desk-bench-'));
  const core = await openCore({ database: path.join(dir, 'bench.sqlite3') });
  try {
    let started = Date.now();
    await seedDemo(
      core,
      { seed: 2026, password: 'bench password', inquiries: 0, cases: count },
      systemActor('bench'),
      () => {},
    );
    console.log(`seeded ${count} cases in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const dpo = await core.db('users').where({ username: 'dpo' }).first('id', 'session_epoch');
    const session = core.newSession();
    signInSession(session, dpo.id, core.clock.now().getTime(), Number(dpo.session_epoch));
    const time = async (label: string, channel: string, input: unknown) => {
      const runs: number[] = [];
      let total = 0;
      for (let run = 0; run < 5; run++) {
        started = performance.now();
        const result = await core.dispatch(channel, input, session);
        runs.push(performance.now() - started);
        if (!result.ok) throw new Error(`${label}: ${result.error.message}`);
        total = (result.data as { total?: number }).total ?? 0;
      }
      runs.sort((a, b) => a - b);
      console.log(`${label.padEnd(44)} median ${runs[2].toFixed(1).padStart(7)} ms   rows ${total}`);
    };
    await time('open cases by due date (the default)', 'cases.list', {});
    await time('all cases by due date', 'cases.list', { status: 'all' });
    await time('all cases, page 1000', 'cases.list', { status: 'all', page: 1000 });
    await time('all cases by name, descending', 'cases.list', {
      status: 'all',
      sort: 'personName',
      direction: 'desc',
    });
    await time('all cases by handler', 'cases.list', { status: 'all', sort: 'handler' });
    await time('overdue', 'cases.list', { status: 'overdue' });
    await time('due soon, access only', 'cases.list', { status: 'due-soon', type: 'access' });
    await time('search "hansen"', 'cases.list', { status: 'all', q: 'hansen' });
    await time('processor, due in a window', 'cases.list', {
      status: 'all',
      capacity: 'processor',
      dueFrom: '2026-01-01',
      dueTo: '2026-03-31',
    });
    await time('counts for the quick filters', 'cases.counts', {});
    await time('one case in full', 'cases.get', { id: Math.ceil(count / 2) });
  } finally {
    await core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main();
