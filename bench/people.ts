// `npm run bench:people -- --db FILE`: times `people.find` through dispatch (validation, the
// transaction, every kind of record, the audit entry of the search) on an office seeded by
// `bench:inquiries` or `bench:retention` (kept with --db): names, e-mail addresses and phone numbers
// of people in it, typed as a person would, each 20 times after a warm-up.
import { openCore } from '../src/main/core/core';
import { signInSession } from '../src/main/core/session';
import { benchDatabase, stats } from './support';

async function main(): Promise<void> {
  const database = benchDatabase();
  if (database.fresh)
    throw new Error('Give an office seeded before with --db FILE (npm run bench:retention -- --db FILE).');
  const core = await openCore({ database: database.file });
  try {
    const admin = await core.db('users').where({ username: 'admin' }).first('id', 'session_epoch');
    const session = core.newSession();
    signInSession(session, admin.id, core.clock.now().getTime(), Number(admin.session_epoch));
    const people: Array<{ person_name: string; person_email: string | null; person_phone: string | null }> =
      await core
        .db('inquiries')
        .whereNotNull('person_email')
        .whereNotNull('person_phone')
        .orderBy('id')
        .limit(5)
        .select('person_name', 'person_email', 'person_phone');
    const queries = people.flatMap((person) => [
      person.person_name,
      person.person_name.split(' ').at(-1) as string,
      person.person_email as string,
      (person.person_phone as string).replace(/\s/g, ''),
    ]);
    const samples: number[] = [];
    const perQuery: string[] = [];
    for (const query of queries) {
      const own: number[] = [];
      for (let run = 0; run < 23; run++) {
        const began = performance.now();
        const result = await core.dispatch('people.find', { query }, session);
        const took = performance.now() - began;
        if (!result.ok) throw new Error(result.error.message);
        if (run >= 3) {
          samples.push(took);
          own.push(took);
        }
      }
      const kind = query.includes('@')
        ? 'e-mail'
        : /^\+?\d+$/.test(query)
          ? 'phone'
          : query.includes(' ')
            ? 'full name'
            : 'surname';
      const mine = stats(own);
      perQuery.push(`  ${kind}: p50 ${mine.p50.toFixed(1)} ms, p95 ${mine.p95.toFixed(1)} ms`);
    }
    if (process.argv.includes('--each')) console.log(perQuery.join('\n'));
    const { p50, p95, max } = stats(samples);
    console.log(
      `people.find: ${queries.length} queries × 20 on ${Number((await core.db('inquiries').count({ n: '*' }).first())?.n).toLocaleString('en-GB')} inquiries: p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${max.toFixed(1)} ms`,
    );
  } finally {
    await core.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
