// `npm run bench:dashboard [-- --db FILE]`: times everything the DPO's dashboard asks of the core on a
// seeded office of 1,000,000 inquiries, 100,000 cases, 2,000 agreements and 500 breaches. With --db,
// the office is seeded into FILE once and reused on later runs.
import { systemActor } from '../src/main/core/context';
import { openCore } from '../src/main/core/core';
import { type DemoOptions, seedDemo } from '../src/main/core/demo/seed';
import { signInSession } from '../src/main/core/session';
import { benchDatabase, isEmpty, stats } from './support';
import { osloDate } from '../src/shared/oslo';

const osloMonth = (core: { clock: { now(): Date } }) => osloDate(core.clock.now()).slice(0, 7);

const office: Omit<DemoOptions, 'seed' | 'password'> = {
  inquiries: 1_000_000,
  cases: 100_000,
  agreements: 2_000,
  breaches: 500,
};
const runs = 25;

async function main(): Promise<void> {
  const database = benchDatabase();
  const core = await openCore({ database: database.file, dataDir: database.dataDir });
  try {
    if (database.fresh || (await isEmpty(core.db))) {
      const started = Date.now();
      await seedDemo(
        core,
        { seed: 2026, password: 'bench password', ...office },
        systemActor('bench'),
        (line) => console.log(`  ${line}`),
      );
      console.log(`seeded the office in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    }
    const counts = await Promise.all(
      ['inquiries', 'cases', 'agreements', 'breaches'].map(async (table) => {
        const row = (await core.db(table).count({ n: '*' }).first()) as { n: number };
        return `${row.n} ${table}`;
      }),
    );
    console.log(`office: ${counts.join(', ')}`);
    const dpo = await core.db('users').where({ username: 'dpo' }).first('id', 'session_epoch');
    const session = core.newSession();
    signInSession(session, dpo.id, core.clock.now().getTime(), Number(dpo.session_epoch));
    const month = osloMonth(core);
    // The DPO's start page asks for the overview and the charts; the calendar is a screen of its own.
    const screens: Array<[string, Array<[string, unknown]>]> = [
      ['overview (counters and lists)', [['dashboard.overview', {}]]],
      ['charts (12 months)', [['dashboard.charts', {}]]],
      [
        'the dashboard screen: both',
        [
          ['dashboard.overview', {}],
          ['dashboard.charts', {}],
        ],
      ],
      ['the calendar screen (this month)', [['dashboard.calendar', { month }]]],
    ];
    console.log(`\n${runs} runs each, after one warm-up run:`);
    for (const [label, calls] of screens) {
      const timings: number[] = [];
      for (let run = 0; run < runs + 1; run++) {
        const started = performance.now();
        for (const [channel, input] of calls) {
          const result = await core.dispatch(channel, input, session);
          if (!result.ok) throw new Error(`${label}: ${result.error.message}`);
        }
        // The first run warms the page cache, as the app's first screen after start does.
        if (run > 0) timings.push(performance.now() - started);
      }
      const { p50, p95, max } = stats(timings);
      const ms = (value: number) => `${value.toFixed(1).padStart(6)} ms`;
      console.log(`${label.padEnd(36)} p50 ${ms(p50)}   p95 ${ms(p95)}   max ${ms(max)}`);
    }
  } finally {
    await core.close();
    database.cleanUp();
  }
}

void main();
