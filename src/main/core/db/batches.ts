/**
 * Long reads (exports, reports over large tables) never hold the connection (issue 15): the
 * call's own transaction does the quick part (permission, the bounded count, the audit entry) and
 * answers with `answerAfterCommit(work)`; dispatch commits, then runs `work` outside any
 * transaction, and its result is the call's answer. `work` reads with `readInBatches`: keyset
 * pages, each one short statement on `env.database`, with a turn of the event loop between them,
 * so other calls run in between (on SQLite the core's one connection, on PostgreSQL the pool).
 * The pages are not one snapshot: a row written meanwhile may or may not be in the export.
 */

const mark = Symbol('answerAfterCommit');

interface AnswerAfterCommit {
  readonly [mark]: () => Promise<unknown>;
}

/**
 * The call's answer, made once its transaction has committed. Typed as the answer itself so a
 * handler returns it as it would the value; only dispatch looks inside.
 */
export function answerAfterCommit<T>(work: () => Promise<T>): T {
  return { [mark]: work } satisfies AnswerAfterCommit as unknown as T;
}

/** The work of an `answerAfterCommit`, or null for an ordinary answer. */
export function workAfterCommit(answer: unknown): (() => Promise<unknown>) | null {
  return typeof answer === 'object' && answer !== null && mark in answer
    ? (answer as AnswerAfterCommit)[mark]
    : null;
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
export async function readInBatches<Row>(
  page: (after: Row | null, limit: number) => Promise<Row[]>,
  limit = batchSize,
): Promise<Row[]> {
  const rows: Row[] = [];
  let after: Row | null = null;
  for (;;) {
    const batch = await page(after, limit);
    for (const row of batch) rows.push(row);
    if (batch.length < limit) return rows;
    after = batch[batch.length - 1]!;
    await yieldToOthers();
  }
}
