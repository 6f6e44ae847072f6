import type { Knex } from 'knex';
import type { CaseRow } from './repository';

type Db = Knex | Knex.Transaction;

/** Cases whose verification pause runs and whose stored due date was computed before `today`. */
export async function casesWithPauseComputedBefore(db: Db, today: string): Promise<CaseRow[]> {
  return db('cases').where({ pause_open: true }).where('due_computed_on', '<', today);
}

/**
 * Open cases whose clock a settings change can move (a verification or clarification asked for, a
 * processor case not yet forwarded); `all`: every open case.
 */
export async function openCasesWithMovingClock(db: Db, all: boolean): Promise<CaseRow[]> {
  const query = db('cases').where({ state: 'open' });
  if (!all)
    query.where((affected) =>
      affected
        .whereNotNull('verification_requested_on')
        .orWhereNotNull('clarification_requested_on')
        .orWhere((processor) => processor.where('capacity', 'processor').whereNull('forwarded_on')),
    );
  return query;
}
