import fs from 'node:fs';
import path from 'node:path';
import { setImmediate as yieldToOthers } from 'node:timers/promises';
import type { Knex } from 'knex';
import { osloDate } from '../../../shared/oslo';
import type {
  RetentionCounts,
  RetentionKind,
  RetentionKindPreview,
  RetentionPreview,
  RetentionRun,
} from '../../../shared/retention/contract';
import type { Settings } from '../../../shared/settings/definitions';
import { type Actor, type Ctx, systemActor } from '../context';
import { type Core, runAsSystem } from '../core';
import { sideCheckpointer } from '../db/checkpoint';
import { conflict } from '../errors';
import { readSettings } from '../settings/service';
import { holdOf, ruleOf } from './words';
import { bookkeepingUntil } from '../erasure/service';
import { anonymiseBreaches, anonymiseCases, anonymiseInquiries } from '../erasure/repository';
import {
  agreementPreview,
  attachmentsOf,
  breachPreview,
  casePreviewCounts,
  deleteAgreements,
  deleteAttachments,
  dueAgreementIds,
  dueBreachIds,
  dueCaseRows,
  duePayloadEntries,
  entriesAbout,
  inquiriesOfBreaches,
  inquiriesOfCases,
  liftRestrictionsOf,
  payloadPreview,
} from './repository';

type Db = Knex | Knex.Transaction;
type CoreLike = Pick<Core, 'db' | 'clock' | 'env'>;

/**
 * Records per batch. Each batch is a transaction of its own, so other work waits for one batch at
 * most, and a purge stopped halfway leaves every record either purged or untouched; the next run
 * goes on from there. The size adapts to the machine: a batch that took longer than `slowBatchMs`
 * halves the next one, a quick one doubles it (within `minBatch`..`maxBatch`), so a batch stays
 * around a few tens of milliseconds whatever the load.
 */
export const purgeBatchSize = 200;
const minBatch = 50;
const maxBatch = 2000;
const slowBatchMs = 80;
const quickBatchMs = 30;
/** Records purged between two checkpoints beside the purge: the log stays at a few megabytes. */
const checkpointEveryRecords = 400;

function nextBatchSize(size: number, tookMs: number): number {
  if (tookMs > slowBatchMs) return Math.max(minBatch, Math.floor(size / 2));
  if (tookMs < quickBatchMs) return Math.min(maxBatch, size * 2);
  return size;
}

/** The reason recorded on the audit payloads the purge removes. */
export const retentionReason = 'retention';

const noCounts = (): RetentionCounts => ({
  inquiry: 0,
  attachment: 0,
  case: 0,
  breach: 0,
  agreement: 0,
  auditPayloads: 0,
});

function yearsBefore(now: Date, years: number): string {
  return monthsBefore(now, years * 12);
}

function monthsBefore(now: Date, months: number): string {
  const cutoff = new Date(now.getTime());
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff.toISOString();
}

const notInCase = (db: Db) =>
  db('case_inquiries').select(db.raw('1')).whereRaw('case_inquiries.inquiry_id = inquiries.id');
const notInBreach = (db: Db) =>
  db('breach_inquiries').select(db.raw('1')).whereRaw('breach_inquiries.inquiry_id = inquiries.id');

/** Inquiries past their time: deleted ones, and closed ones closed before the cutoff. */
function deletedInquiries(db: Db): Knex.QueryBuilder {
  return db('inquiries').whereNotNull('inquiries.deleted_at');
}
function expiredInquiries(db: Db, cutoff: string): Knex.QueryBuilder {
  // closed_at is set exactly while an inquiry is closed (reopening clears it), so the partial index
  // of 031 answers this alone.
  return db('inquiries')
    .whereNull('inquiries.deleted_at')
    .whereNotNull('inquiries.closed_at')
    .where('inquiries.closed_at', '<', cutoff);
}
/** Removed attachments; one an agreement names as its security evidence stays with the agreement. */
function removedAttachments(db: Db): Knex.QueryBuilder {
  return db('attachments').whereNotNull('attachments.removed_at');
}
const evidence = (db: Db) =>
  db('agreements').select(db.raw('1')).whereRaw('agreements.security_evidence_id = attachments.id');

async function count(query: Knex.QueryBuilder): Promise<number> {
  const row = (await query.count({ n: '*' }).first()) as { n: number | string } | undefined;
  return Number(row?.n ?? 0);
}

async function dueInquiryIds(db: Db, cutoff: string, limit: number): Promise<number[]> {
  const held = (query: Knex.QueryBuilder) =>
    query.whereNotExists(notInCase(db)).whereNotExists(notInBreach(db));
  // In the order of their partial indexes (031), so each batch reads only its own rows.
  const deleted: number[] = await held(deletedInquiries(db))
    .orderBy('inquiries.deleted_at')
    .limit(limit)
    .pluck('inquiries.id');
  if (deleted.length >= limit) return deleted;
  const closed: number[] = await held(expiredInquiries(db, cutoff))
    .orderBy('inquiries.closed_at')
    .limit(limit - deleted.length)
    .pluck('inquiries.id');
  return [...deleted, ...closed];
}

async function inquiryPreview(db: Db, settings: Settings, now: Date): Promise<RetentionKindPreview> {
  const cutoff = monthsBefore(now, settings.inquiryRetentionMonths);
  // The past-time ones counted on the partial indexes alone; the held ones (few) from the links.
  const pastTime = (await count(deletedInquiries(db))) + (await count(expiredInquiries(db, cutoff)));
  const expired = (query: Knex.QueryBuilder) =>
    query.where((either) =>
      either
        .whereNotNull('inquiries.deleted_at')
        .orWhere((closed) =>
          closed.whereNull('inquiries.deleted_at').where('inquiries.closed_at', '<', cutoff),
        ),
    );
  // Driven by the link tables (a case's or breach's inquiries are few beside all inquiries): each link
  // looks its inquiry up by id, instead of walking every expired inquiry.
  const expiredOne = (link: string) =>
    expired(db('inquiries').select(db.raw('1')).whereRaw(`inquiries.id = ${link}.inquiry_id`));
  const countLinks = async (query: Knex.QueryBuilder, link: string) => {
    const row = (await query.countDistinct({ n: `${link}.inquiry_id` }).first()) as
      { n: number | string } | undefined;
    return Number(row?.n ?? 0);
  };
  const inCase = await countLinks(
    db('case_inquiries').whereExists(expiredOne('case_inquiries')),
    'case_inquiries',
  );
  const inBreach = await countLinks(
    db('breach_inquiries')
      .whereExists(expiredOne('breach_inquiries'))
      .whereNotExists(
        db('case_inquiries')
          .select(db.raw('1'))
          .whereRaw('case_inquiries.inquiry_id = breach_inquiries.inquiry_id'),
      ),
    'breach_inquiries',
  );
  const due = pastTime - inCase - inBreach;
  const oldestDeleted: Array<{ id: number; since: string }> = await deletedInquiries(db)
    .whereNotExists(notInCase(db))
    .whereNotExists(notInBreach(db))
    .orderBy('inquiries.deleted_at')
    .limit(5)
    .select('inquiries.id', 'inquiries.deleted_at as since');
  const oldestClosed: Array<{ id: number; since: string }> = await expiredInquiries(db, cutoff)
    .whereNotExists(notInCase(db))
    .whereNotExists(notInBreach(db))
    .orderBy('inquiries.closed_at')
    .limit(5)
    .select('inquiries.id', 'inquiries.closed_at as since');
  const oldest = [
    ...oldestDeleted.map((row) => ({ id: row.id, since: row.since, why: 'deleted' as const })),
    ...oldestClosed.map((row) => ({ id: row.id, since: row.since, why: 'closed' as const })),
  ]
    .sort((a, b) => a.since.localeCompare(b.since))
    .slice(0, 5);
  return {
    kind: 'inquiry',
    action: 'remove',
    ...ruleOf('inquiry', settings.inquiryRetentionMonths, cutoff),
    due,
    held: [holdOf('coreRetention:inCase', inCase), holdOf('coreRetention:inBreach', inBreach)].filter(
      (hold) => hold.count > 0,
    ),
    oldest,
  };
}

async function attachmentPreview(db: Db): Promise<RetentionKindPreview> {
  const due = await count(removedAttachments(db).whereNotExists(evidence(db)));
  const held = await count(removedAttachments(db).whereExists(evidence(db)));
  const oldest: Array<{ id: number; since: string }> = await removedAttachments(db)
    .whereNotExists(evidence(db))
    .orderBy('attachments.removed_at')
    .limit(5)
    .select('attachments.id', 'attachments.removed_at as since');
  return {
    kind: 'attachment',
    action: 'remove',
    ...ruleOf('attachment'),
    due,
    held: held > 0 ? [holdOf('coreRetention:evidence', held)] : [],
    oldest: oldest.map((row) => ({ ...row, why: 'removed' as const })),
  };
}

/** Closed cases whose time ran out, split by what keeps some: a legal hold, bookkeeping material. */
async function dueCases(db: Db, settings: Settings, now: Date, limit: number) {
  const cutoff = yearsBefore(now, settings.caseRetentionYears);
  const today = osloDate(now);
  const { plain, withFee } = await dueCaseRows(db, cutoff, limit);
  const feeDue = withFee.filter((row) => {
    const until = bookkeepingUntil(row, settings);
    return until === null || until < today;
  });
  const due = [...plain, ...feeDue.map((row) => ({ id: Number(row.id), since: String(row.closed_at) }))]
    .sort((a, b) => a.since.localeCompare(b.since))
    .slice(0, limit);
  return { cutoff, due, bookkeeping: withFee.length - feeDue.length };
}

async function casePreview(db: Db, settings: Settings, now: Date): Promise<RetentionKindPreview> {
  const { cutoff, due, bookkeeping } = await dueCases(db, settings, now, 5);
  const counts = await casePreviewCounts(db, cutoff);
  return {
    kind: 'case',
    action: 'anonymise',
    ...ruleOf('case', settings.caseRetentionYears, cutoff),
    due: counts.expired - counts.held - bookkeeping,
    held: [
      holdOf('coreRetention:legalHold', counts.held),
      holdOf('coreRetention:bookkeeping', bookkeeping),
    ].filter((hold) => hold.count > 0),
    oldest: due.map((row) => ({ id: Number(row.id), since: row.since, why: 'closed' as const })),
  };
}

async function breachKindPreview(db: Db, settings: Settings, now: Date): Promise<RetentionKindPreview> {
  const cutoff = yearsBefore(now, settings.breachRetentionYears);
  const found = await breachPreview(db, cutoff);
  return {
    kind: 'breach',
    action: 'anonymise',
    ...ruleOf('breach', settings.breachRetentionYears, cutoff),
    due: found.due,
    held: found.held > 0 ? [holdOf('coreRetention:legalHold', found.held)] : [],
    oldest: found.oldest.map((row) => ({ id: Number(row.id), since: row.since, why: 'closed' as const })),
  };
}

const dateOnlyInstant = (date: string) => `${date}T00:00:00.000Z`;

async function agreementKindPreview(db: Db, settings: Settings, now: Date): Promise<RetentionKindPreview> {
  const cutoffDate = osloDate(yearsBefore(now, settings.agreementRetentionYears));
  const found = await agreementPreview(db, cutoffDate);
  return {
    kind: 'agreement',
    action: 'remove',
    ...ruleOf('agreement', settings.agreementRetentionYears, dateOnlyInstant(cutoffDate)),
    due: found.due,
    held: found.held > 0 ? [holdOf('coreRetention:legalHold', found.held)] : [],
    oldest: found.oldest.map((row) => ({
      id: Number(row.id),
      since: dateOnlyInstant(String(row.since)),
      why: 'ended' as const,
    })),
  };
}

async function auditPayloadPreview(db: Db, settings: Settings, now: Date): Promise<RetentionKindPreview> {
  const cutoff = yearsBefore(now, settings.auditPayloadRetentionYears);
  const found = await payloadPreview(db, cutoff);
  return {
    kind: 'auditPayload',
    action: 'redact',
    ...ruleOf('auditPayload', settings.auditPayloadRetentionYears, cutoff),
    due: found.due,
    held: found.held > 0 ? [holdOf('coreRetention:aboutLegalHold', found.held)] : [],
    oldest: found.oldest.map((row) => ({ id: Number(row.id), since: row.since, why: 'written' as const })),
  };
}

interface RunRow {
  id: number;
  started_at: string;
  finished_at: string | null;
  trigger: 'daily' | 'manual';
  by_name: string;
  state: 'running' | 'done' | 'failed';
  counts_json: string;
}

function toRun(row: RunRow): RetentionRun {
  return {
    id: row.id,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    trigger: row.trigger,
    by: row.by_name,
    state: row.state,
    counts: { ...noCounts(), ...(JSON.parse(row.counts_json) as Partial<RetentionCounts>) },
  };
}

export async function retentionRuns(db: Db, limit = 10): Promise<RetentionRun[]> {
  const rows: RunRow[] = await db('retention_runs').orderBy('id', 'desc').limit(limit).select('*');
  return rows.map(toRun);
}

/** What the next purge would remove, per kind, with what is held and why; counts and numbers only. */
export async function retentionPreview(db: Db, now: Date): Promise<RetentionPreview> {
  const settings = await readSettings(db);
  return {
    at: now.toISOString(),
    kinds: [
      await inquiryPreview(db, settings, now),
      await attachmentPreview(db),
      await casePreview(db, settings, now),
      await breachKindPreview(db, settings, now),
      await agreementKindPreview(db, settings, now),
      await auditPayloadPreview(db, settings, now),
    ],
    runs: await retentionRuns(db),
  };
}

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
    /** Told after each checkpoint beside the batches (SQLite): how long it took. */
    onCheckpoint?: (ms: number) => void;
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
    const [inserted] = await core
      .db('retention_runs')
      .insert({
        started_at: startedAt.toISOString(),
        trigger,
        by_name: actor.username,
        state: 'running',
        counts_json: JSON.stringify(noCounts()),
      })
      .returning('id');
    const runId = typeof inserted === 'object' ? (inserted as { id: number }).id : (inserted as number);
    let counts = noCounts();
    const dataDir = path.join(core.env.dataDir, 'attachments');
    const checkpointer = sideCheckpointer(core.db);
    let sinceCheckpoint = 0;
    /** The write-ahead log copied back every few hundred records, beside the purge (checkpoint.ts). */
    const checkpointSometimes = (records: number) => {
      sinceCheckpoint += records;
      if (sinceCheckpoint < checkpointEveryRecords) return;
      sinceCheckpoint = 0;
      checkpointer.request(options.onCheckpoint);
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
            await ctx
              .db('retention_runs')
              .where({ id: runId })
              .update({ counts_json: JSON.stringify(next) });
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
        checkpointSometimes(done);
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
        await ctx.db('inquiries').whereIn('id', ids).delete();
        await liftRestrictionsOf(ctx.db, 'inquiry', ids, ctx.clock.now().toISOString());
        const redacted = await ctx.env.audit.redact(ctx, entries, retentionReason);
        return { records: ids.length, add: { inquiry: ids.length, auditPayloads: redacted } };
      });
      await batches('attachment', async (ctx, asked) => {
        const rows: Array<{ id: number; stored_name: string }> = await removedAttachments(ctx.db)
          .whereNotExists(evidence(ctx.db))
          .orderBy('attachments.id')
          .limit(asked)
          .select('attachments.id', 'attachments.stored_name');
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
          await ctx
            .db('retention_runs')
            .where({ id: runId })
            .update({
              state: 'done',
              finished_at: ctx.clock.now().toISOString(),
              counts_json: JSON.stringify(counts),
            });
          await ctx.audit({
            action: 'purge',
            entityType: 'retention',
            entityId: runId,
            after: { trigger, counts },
          });
          return toRun((await ctx.db('retention_runs').where({ id: runId }).first()) as RunRow);
        },
        actor,
      );
    } catch (error) {
      await core
        .db('retention_runs')
        .where({ id: runId })
        .update({
          state: 'failed',
          finished_at: core.clock.now().toISOString(),
          counts_json: JSON.stringify(counts),
        })
        .catch(() => {});
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
  const last: RunRow | undefined = await core
    .db('retention_runs')
    .where({ trigger: 'daily', state: 'done' })
    .orderBy('id', 'desc')
    .first();
  if (last && osloDate(last.started_at) === today) return null;
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
