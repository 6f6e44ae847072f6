import type { Knex } from 'knex';
import { AppError } from '../errors';

export type Hook = () => void | Promise<void>;

/** Work that must follow the fate of the transaction: files written for its rows, for example. */
export interface TransactionHooks {
  /**
   * Runs once the transaction has committed (in order). A failure never undoes the commit: it is
   * logged, and when it is an AppError (a follow-up that is the point of the call, such as putting
   * a backup in place) the call reports it.
   */
  afterCommit(hook: Hook): void;
  /** Runs when the transaction was rolled back (in reverse order), e.g. to remove a staged file. */
  onRollback(hook: Hook): void;
}

/**
 * One transaction with commit and rollback hooks, used by dispatch and `runAsSystem`. It also keeps
 * the error that caused a rollback: SQLite ends a transaction itself on some failures (a full
 * disk, an I/O error), and knex's own ROLLBACK then fails with "no transaction is active", which
 * would hide the cause; the cause is what is thrown.
 */
export async function runTransaction<T>(
  db: Knex,
  work: (trx: Knex.Transaction, hooks: TransactionHooks) => Promise<T>,
  onHookError: (error: unknown) => void = () => {},
): Promise<T> {
  const committed: Hook[] = [];
  const rolledBack: Hook[] = [];
  const hooks: TransactionHooks = {
    afterCommit: (hook) => void committed.push(hook),
    onRollback: (hook) => void rolledBack.push(hook),
  };
  let cause: unknown = undefined;
  let result: T;
  try {
    result = await db.transaction(async (trx) => {
      try {
        return await work(trx, hooks);
      } catch (error) {
        cause = error;
        throw error;
      }
    });
  } catch (error) {
    for (const hook of rolledBack.reverse()) {
      try {
        await hook();
      } catch (hookError) {
        onHookError(hookError);
      }
    }
    throw cause ?? error;
  }
  let reported: unknown = undefined;
  for (const hook of committed) {
    try {
      await hook();
    } catch (hookError) {
      onHookError(hookError);
      if (hookError instanceof AppError) reported ??= hookError;
    }
  }
  if (reported) throw reported;
  return result;
}
