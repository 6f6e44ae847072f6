// `npm run bench:retention [-- N] [--db FILE]`: seeds N inquiries (default 100,000), each with the
// audit entries a logged and closed inquiry has (its creation and its closing, with the person's
// name, phone and e-mail in the payloads), into a temporary database or into FILE (kept and reused).
// Then, on a copy and on a clock 20 years later (every closed inquiry is past its time), it times
// the retention preview and the purge: in all, per batch (the longest transaction is how long other
// work can wait), the checkpoints between batches, and a read (`inquiries.list` through dispatch) run
// over and over beside the purge. Last, `audit verify` on the purged copy.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { adjustableClock } from '../src/main/core/clock';
import { systemActor } from '../src/main/core/context';
import { openCore, runAsSystem } from '../src/main/core/core';
import { seedDemo } from '../src/main/core/demo/seed';
import { retentionPreview } from '../src/main/core/retention/preview';
import { purgeRetention } from '../src/main/core/retention/service';
import { signInSession } from '../src/main/core/session';
import { benchDatabase, stats } from './support';

const ms = (value: number) => `${value.toFixed(1)} ms`;

async function seed(file: string, count: number): Promise<void> {
  const core = await openCore({ database: file, clock: adjustableClock('2026-03-02T09:00:00.000Z') });
  try {
    const started = Date.now();
    await seedDemo(
      core,
      { seed: 2026, password: 'bench password', inquiries: count, cases: 0 },
      systemActor('bench'),
      (line) => process.stdout.write(`  ${line}\n`),
    );
    // The audit entries the app writes for each: created, and closed if it was.
    for (let afterId = 0; ;) {
      const rows: Array<Record<string, unknown> & { id: number }> = await core
        .db('inquiries')
        .where('id', '>', afterId)
        .orderBy('id')
        .limit(2000)
        .select('id', 'person_name', 'person_phone', 'person_email', 'summary', 'status');
      if (rows.length === 0) break;
      afterId = rows[rows.length - 1].id;
      await runAsSystem(
        core,
        'inquiries.create',
        async (ctx) => {
          for (const row of rows) {
            const after = {
              personName: row.person_name,
              personPhone: row.person_phone,
              personEmail: row.person_email,
              summary: row.summary,
            };
            await ctx.audit({ action: 'create', entityType: 'inquiry', entityId: row.id, after });
            if (row.status === 'closed')
              await ctx.audit({
                action: 'close',
                entityType: 'inquiry',
                entityId: row.id,
                after: { outcome: 'Answered' },
              });
          }
        },
        systemActor('bench'),
      );
    }
    await core.db.raw('analyze');
    console.log(
      `seeded ${count.toLocaleString('en-GB')} inquiries with their audit entries in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  } finally {
    await core.close();
  }
}

async function main(): Promise<void> {
  const count = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 100_000);
  const database = benchDatabase();
  if (database.fresh) await seed(database.file, count);
  // The purge runs on a copy (with its key), so a kept office can be purged again on the next run.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-desk-purge-'));
  const file = path.join(dir, 'office.sqlite3');
  fs.copyFileSync(database.file, file);
  fs.copyFileSync(path.join(path.dirname(database.file), 'audit.key'), path.join(dir, 'audit.key'));
  fs.chmodSync(path.join(dir, 'audit.key'), 0o600);
  const later = '2046-03-02T09:00:00.000Z';
  const clock = adjustableClock(later);
  const core = await openCore({ database: file, clock });
  try {
    const previewTimes: number[] = [];
    let preview = await retentionPreview(core.db, clock.now());
    for (let i = 0; i < 5; i++) {
      const began = performance.now();
      preview = await retentionPreview(core.db, clock.now());
      previewTimes.push(performance.now() - began);
    }
    const due = preview.kinds.find((kind) => kind.kind === 'inquiry')?.due ?? 0;
    const shown = stats(previewTimes);
    console.log(
      `retention preview: ${due.toLocaleString('en-GB')} inquiries due; p50 ${ms(shown.p50)}, max ${ms(shown.max)}`,
    );

    const dpo = await core.db('users').where({ username: 'dpo' }).first('id', 'session_epoch');
    const session = core.newSession();
    signInSession(session, dpo.id, clock.now().getTime(), Number(dpo.session_epoch));
    const reads: number[] = [];
    let purging = true;
    const reader = (async () => {
      while (purging) {
        const began = performance.now();
        const result = await core.dispatch('inquiries.list', { pageSize: 50 }, session);
        if (!result.ok) throw new Error(result.error.message);
        reads.push(performance.now() - began);
      }
    })();
    const batches: number[] = [];
    const checkpoints: number[] = [];
    const besides: number[] = [];
    const began = performance.now();
    const run = await purgeRetention(core, 'manual', systemActor('bench'), {
      onBatch: (_kind, _records, took) => batches.push(took),
      onCheckpoint: (beside, held) => {
        besides.push(beside);
        checkpoints.push(held);
      },
    });
    const seconds = (performance.now() - began) / 1000;
    purging = false;
    await reader;
    const batch = stats(batches);
    const read = stats(reads);
    console.log(
      `purge: ${run.counts.inquiry.toLocaleString('en-GB')} inquiries, ${run.counts.auditPayloads.toLocaleString('en-GB')} audit payloads in ${seconds.toFixed(1)} s; ` +
        `${batches.length} batches: p50 ${ms(batch.p50)}, p95 ${ms(batch.p95)}, max ${ms(batch.max)}`,
    );
    if (checkpoints.length > 0) {
      const beside = stats(besides);
      const held = stats(checkpoints);
      console.log(
        `${checkpoints.length} checkpoints between batches: on their own connection p50 ${ms(beside.p50)}, max ${ms(beside.max)}; ` +
          `then holding the core's connection p50 ${ms(held.p50)}, p95 ${ms(held.p95)}, max ${ms(held.max)}`,
      );
    }
    console.log(
      `a read beside it (${reads.length} runs of inquiries.list): p50 ${ms(read.p50)}, p95 ${ms(read.p95)}, max ${ms(read.max)}`,
    );
    const verified = await core.env.audit.verify(core.db);
    console.log(
      `audit verify: ${verified.ok ? `ok ${verified.entries} entries, ${verified.redacted} redacted` : verified.reason}`,
    );
  } finally {
    await core.close();
    fs.rmSync(dir, { recursive: true, force: true });
    database.cleanUp();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
