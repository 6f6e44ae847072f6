import type { Knex } from 'knex';
import { writeAudit } from '../audit/trail';
import type { Ctx } from '../context';
import { runTransaction } from './transaction';

/**
 * Long reads (exports, reports over large tables) never hold the connection (issue 15): the
 * call's own transaction does the quick part (permission, the bounded count, the audit entry) and
 * answers with `answerAfterCommit(work)`; dispatch commits, then runs `work` outside any
 * transaction, and its result is the call's answer. `work` reads with `readInBatches`: keyset
 * pages, each one short statement on `env.database`, with a turn of the event loop between them,
 * so other calls run in between (on SQLite the core's one connection, on PostgreSQL the pool).
 * The pages are not one snapshot: a row written meanwhile may or may not be in the export.
 */

/** What the work of an `answerAfterCommit` is given: the database outside the call's transaction. */
export interface AfterCommit {
  /** The connection (SQLite) or the pool (PostgreSQL): each statement is its own. */
  readonly db: Knex;
  /** The call's actor, clock and environment on `db`, for reads only: it audits and writes nothing. */
  readonly reader: Ctx;
  /** Writes that follow the reading (a report kept on a case) as one transaction of their own. */
  transaction<T>(work: (ctx: Ctx) => Promise<T>): Promise<T>;
}

const mark = Symbol('answerAfterCommit');

type Work = (after: AfterCommit) => Promise<unknown>;

interface AnswerAfterCommit {
  readonly [mark]: Work;
}

/**
 * The call's answer, made once its transaction has committed. Typed as the answer itself so a
 * handler returns it as it would the value; only dispatch looks inside.
 */
export function answerAfterCommit<T>(work: (after: AfterCommit) => Promise<T>): T {
  return { [mark]: work } satisfies AnswerAfterCommit as unknown as T;
}

/** The work of an `answerAfterCommit`, or null for an ordinary answer. */
export function workAfterCommit(answer: unknown): Work | null {
  return typeof answer === 'object' && answer !== null && mark in answer
    ? (answer as AnswerAfterCommit)[mark]
    : null;
}

const readOnly = () => {
  throw new Error('Work after the commit only reads: write in after.transaction(…)');
};

/** The `AfterCommit` of a call made by `base.actor` on `channel` (dispatch and `runAsSystem`). */
export function afterCommitOf(
  db: Knex,
  base: Pick<Ctx, 'actor' | 'clock' | 'env'>,
  channel: string,
  onHookError: (error: unknown) => void,
): AfterCommit {
  const { actor, clock, env } = base;
  return {
    db,
    reader: { db, actor, clock, env, audit: readOnly, afterCommit: readOnly, onRollback: readOnly },
    transaction: (work) =>
      runTransaction(
        db,
        (trx, hooks) =>
          work({
            db: trx,
            actor,
            clock,
            env,
            audit: (record) =>
              writeAudit(env.audit, trx, hooks, record.actor ?? actor, channel, clock.now(), record),
            afterCommit: hooks.afterCommit,
            onRollback: hooks.onRollback,
          }),
        onHookError,
      ),
  };
}

/** Rows per page of a long read: a page takes a few milliseconds, so a call beside it waits little. */
export const batchSize = 1_000;

/** Lets the calls queued behind a page run before the next page is asked for. */
export function yieldToOthers(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Every row of a keyset-paged read: `page(after, limit)` answers the rows after `after` (null:
 * from the start) in the read's order, at most `limit`. Yields between pages.
 */
export function readInBatches<Row>(
  page: (after: Row | null, limit: number) => Promise<Row[]>,
  limit = batchSize,
): Promise<Row[]> {
  return makeInBatches(page, (rows) => rows, limit);
}

/**
 * `readInBatches`, each page turned into what the export needs (`make`, e.g. summaries) as soon as it
 * is read, so that work too is done a page at a time between turns of the event loop.
 */
export async function makeInBatches<Row, Made>(
  page: (after: Row | null, limit: number) => Promise<Row[]>,
  make: (rows: Row[]) => Made[],
  limit = batchSize,
): Promise<Made[]> {
  const made: Made[] = [];
  let after: Row | null = null;
  for (;;) {
    const batch = await page(after, limit);
    for (const item of make(batch)) made.push(item);
    if (batch.length < limit) return made;
    after = batch[batch.length - 1]!;
    await yieldToOthers();
  }
}
