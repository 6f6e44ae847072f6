import fs from 'node:fs';
import path from 'node:path';
import { setImmediate as yieldToOthers } from 'node:timers/promises';
import { osloDate } from '../../../shared/oslo';
import type { RetentionCounts, RetentionKind, RetentionRun } from '../../../shared/retention/contract';
import { type Actor, type Ctx, systemActor } from '../context';
import { type Core, runAsSystem } from '../core';
import { checkpointNow, sideCheckpointer } from '../db/checkpoint';
import { conflict } from '../errors';
import { readSettings } from '../settings/service';
import { anonymiseBreaches, anonymiseCases, anonymiseInquiries } from '../erasure/anonymise-repository';
import { deleteInquiries, dueInquiryIds, dueRemovedAttachments } from './inquiry-repository';
import { dueCases, monthsBefore, yearsBefore } from './preview';
import {
  attachmentsOf,
  deleteAgreements,
  deleteAttachments,
  dueAgreementIds,
  dueBreachIds,
  duePayloadEntries,
  entriesAbout,
  inquiriesOfBreaches,
  inquiriesOfCases,
  liftRestrictionsOf,
} from './repository';
import { lastDailyRunStart, noCounts, retentionRun, startRun, updateRun } from './runs-repository';

type CoreLike = Pick<Core, 'db' | 'clock' | 'env'>;

/**
 * Records per batch. Each batch is a transaction of its own, so other work waits for one batch at
 * most, and a purge stopped halfway leaves every record either purged or untouched; the next run
 * goes on from there. The size follows the machine: each batch is sized from how long the last one
 * took per record to take about `targetBatchMs`, growing by a quarter at most (a quick batch may
 * have found its pages in memory) and shrinking by half at most (within `minBatch`..`maxBatch`).
 */
export const purgeBatchSize = 100;
const minBatch = 20;
const maxBatch = 1000;
const targetBatchMs = 40;

function nextBatchSize(size: number, tookMs: number): number {
  const fitting = Math.round((size * targetBatchMs) / Math.max(tookMs, 1));
  const bounded = Math.min(Math.ceil(size * 1.25), Math.max(Math.floor(size / 2), fitting));
  return Math.min(maxBatch, Math.max(minBatch, bounded));
}

/** Records purged between two checkpoints: each copies back a few megabytes. */
const checkpointEveryRecords = 400;

/** The reason recorded on the audit payloads the purge removes. */
export const retentionReason = 'retention';

type BatchResult = { records: number; add: Partial<RetentionCounts>; files?: string[] };

/**
 * One batch of cases or breaches past their time: anonymised with the inquiries they hold, their
 * attachments deleted, the before/after copies of the audit entries about them redacted.
 */
async function anonymiseWithInquiries(
  ctx: Ctx,
  kind: 'case' | 'breach',
  ids: readonly number[],
): Promise<BatchResult> {
  if (ids.length === 0) return { records: 0, add: {} };
  const at = ctx.clock.now().toISOString();
  const inquiries =
    kind === 'case' ? await inquiriesOfCases(ctx.db, ids) : await inquiriesOfBreaches(ctx.db, ids);
  const files = await attachmentsOf(ctx.db, kind, ids);
  const entries = [
    ...(await entriesAbout(ctx.db, kind, ids)),
    ...(await entriesAbout(ctx.db, 'inquiry', inquiries)),
  ];
  await deleteAttachments(
    ctx.db,
    files.map((file) => file.id),
  );
  if (kind === 'case') await anonymiseCases(ctx.db, ids, at);
  else await anonymiseBreaches(ctx.db, ids, at);
  await anonymiseInquiries(ctx.db, inquiries, at);
  await liftRestrictionsOf(ctx.db, kind, ids, at);
  const redacted = await ctx.env.audit.redact(ctx, entries, retentionReason);
  return {
    records: ids.length,
    add: { [kind]: ids.length, attachment: files.length, auditPayloads: redacted },
    files: files.map((file) => file.stored_name),
  };
}

const running = new WeakSet<object>();

/**
 * Removes what is past its time: due inquiries (with the before/after copies of their audit
 * entries) and removed attachments (their files after each batch commits). Batch by batch, each its
 * own transaction that also brings the purge log's counts up to date; the log holds counts only.
 */
export async function purgeRetention(
  core: CoreLike,
  trigger: 'daily' | 'manual',
  actor: Actor,
  options: {
    /** A fixed batch size (tests); by default the size adapts to keep each batch short. */
    batchSize?: number;
    /** Told after each batch commits: its kind, how many records, how long its transaction took. */
    onBatch?: (kind: RetentionKind, records: number, ms: number) => void;
    /**
     * Told after each checkpoint between batches (SQLite): how long the one on a connection of its own
     * took, and how long the one after it held the core's connection.
     */
    onCheckpoint?: (besideMs: number, heldMs: number) => void;
  } = {},
): Promise<RetentionRun> {
  const { onBatch } = options;
  let batchSize = options.batchSize ?? purgeBatchSize;
  const adapt = (tookMs: number) => {
    if (options.batchSize === undefined) batchSize = nextBatchSize(batchSize, tookMs);
  };
  if (running.has(core.db)) throw conflict('A retention purge is already running; wait for it to finish.');
  running.add(core.db);
  try {
    const startedAt = core.clock.now();
    const settings = await readSettings(core.db);
    const cutoff = monthsBefore(startedAt, settings.inquiryRetentionMonths);
    const runId = await startRun(core.db, {
      startedAt: startedAt.toISOString(),
      trigger,
      by: actor.username,
    });
    let counts = noCounts();
    const dataDir = path.join(core.env.dataDir, 'attachments');
    const checkpointer = sideCheckpointer(core.db);
    let sinceCheckpoint = 0;
    /**
     * Every few hundred records the log is copied back on a connection of its own, the core's free
     * for the desks meanwhile; then a checkpoint on the core's connection copies the little written
     * since, after which the log starts again from its beginning (checkpoint.ts).
     */
    const checkpointSometimes = async (records: number) => {
      sinceCheckpoint += records;
      if (sinceCheckpoint < checkpointEveryRecords) return;
      sinceCheckpoint = 0;
      const beside = await checkpointer.run();
      if (beside === null) return;
      const began = performance.now();
      await checkpointNow(core.db);
      options.onCheckpoint?.(beside, performance.now() - began);
    };
    /**
     * Runs one kind's batches until a batch finds less than it asked for. `work` does one batch in
     * its transaction and answers how many records it took, the counts it adds and the files to
     * delete once it commits.
     */
    const batches = async (kind: RetentionKind, work: (ctx: Ctx, asked: number) => Promise<BatchResult>) => {
      for (;;) {
        const began = performance.now();
        const asked = batchSize;
        const done = await runAsSystem(
          core,
          'retention.purge',
          async (ctx) => {
            const result = await work(ctx, asked);
            if (result.records === 0) return 0;
            const next = { ...counts };
            for (const [key, value] of Object.entries(result.add) as Array<[keyof RetentionCounts, number]>)
              next[key] += value;
            await updateRun(ctx.db, runId, { counts: next });
            const files = result.files ?? [];
            ctx.afterCommit(() => {
              counts = next;
              for (const name of files) fs.rmSync(path.join(dataDir, path.basename(name)), { force: true });
            });
            return result.records;
          },
          actor,
        );
        const took = performance.now() - began;
        if (done > 0) onBatch?.(kind, done, took);
        await checkpointSometimes(done);
        if (done < asked) break;
        adapt(took);
        await yieldToOthers();
      }
    };
    try {
      // Cases and breaches first: they take their inquiries with them (anonymised).
      await batches('case', async (ctx, asked) => {
        const { due } = await dueCases(ctx.db, settings, startedAt, asked);
        return anonymiseWithInquiries(
          ctx,
          'case',
          due.map((row) => Number(row.id)),
        );
      });
      await batches('breach', async (ctx, asked) =>
        anonymiseWithInquiries(
          ctx,
          'breach',
          await dueBreachIds(ctx.db, yearsBefore(startedAt, settings.breachRetentionYears), asked),
        ),
      );
      await batches('inquiry', async (ctx, asked) => {
        const ids = await dueInquiryIds(ctx.db, cutoff, asked);
        if (ids.length === 0) return { records: 0, add: {} };
        const entries = await entriesAbout(ctx.db, 'inquiry', ids);
        await deleteInquiries(ctx.db, ids);
        await liftRestrictionsOf(ctx.db, 'inquiry', ids, ctx.clock.now().toISOString());
        const redacted = await ctx.env.audit.redact(ctx, entries, retentionReason);
        return { records: ids.length, add: { inquiry: ids.length, auditPayloads: redacted } };
      });
      await batches('attachment', async (ctx, asked) => {
        const rows = await dueRemovedAttachments(ctx.db, asked);
        if (rows.length === 0) return { records: 0, add: {} };
        await deleteAttachments(
          ctx.db,
          rows.map((row) => row.id),
        );
        return {
          records: rows.length,
          add: { attachment: rows.length },
          files: rows.map((row) => row.stored_name),
        };
      });
      await batches('agreement', async (ctx, asked) => {
        const ids = await dueAgreementIds(
          ctx.db,
          osloDate(yearsBefore(startedAt, settings.agreementRetentionYears)),
          asked,
        );
        if (ids.length === 0) return { records: 0, add: {} };
        const files = await attachmentsOf(ctx.db, 'agreement', ids);
        const entries = await entriesAbout(ctx.db, 'agreement', ids);
        await deleteAgreements(ctx.db, ids);
        await deleteAttachments(
          ctx.db,
          files.map((file) => file.id),
        );
        const redacted = await ctx.env.audit.redact(ctx, entries, retentionReason);
        return {
          records: ids.length,
          add: { agreement: ids.length, attachment: files.length, auditPayloads: redacted },
          files: files.map((file) => file.stored_name),
        };
      });
      await batches('auditPayload', async (ctx, asked) => {
        const entries = await duePayloadEntries(
          ctx.db,
          yearsBefore(startedAt, settings.auditPayloadRetentionYears),
          asked,
        );
        if (entries.length === 0) return { records: 0, add: {} };
        const redacted = await ctx.env.audit.redact(ctx, entries, retentionReason);
        return { records: entries.length, add: { auditPayloads: redacted } };
      });
      return await runAsSystem(
        core,
        'retention.purge',
        async (ctx) => {
          await updateRun(ctx.db, runId, {
            counts,
            state: 'done',
            finishedAt: ctx.clock.now().toISOString(),
          });
          await ctx.audit({
            action: 'purge',
            entityType: 'retention',
            entityId: runId,
            after: { trigger, counts },
          });
          return retentionRun(ctx.db, runId);
        },
        actor,
      );
    } catch (error) {
      await updateRun(core.db, runId, {
        counts,
        state: 'failed',
        finishedAt: core.clock.now().toISOString(),
      }).catch(() => {});
      throw error;
    } finally {
      await checkpointer.close();
    }
  } finally {
    running.delete(core.db);
  }
}

/** The day's purge, once per Oslo day (a failed one is tried again at the next check). */
export async function dailyRetentionPurge(core: CoreLike): Promise<RetentionRun | null> {
  if (core.env.health.damaged) return null;
  const today = osloDate(core.clock.now());
  const last = await lastDailyRunStart(core.db);
  if (last && osloDate(last) === today) return null;
  return purgeRetention(core, 'daily', systemActor('retention purge'));
}

/** Checks at start and then every `intervalMs`; failures are logged, never thrown. Returns a stop function. */
export function startRetentionScheduler(core: CoreLike, intervalMs = 60 * 60_000): () => void {
  const run = () => {
    dailyRetentionPurge(core).catch((error: unknown) =>
      core.env.log.error('The daily retention purge failed', error),
    );
  };
  run();
  const timer = setInterval(run, intervalMs);
  return () => clearInterval(timer);
}
