import type { Knex } from 'knex';
import type { RetentionCounts, RetentionRun } from '../../../shared/retention/contract';

type Db = Knex | Knex.Transaction;

/** The purge log: when each purge ran, by whom or the schedule, how it ended, and counts only. */
interface RunRow {
  id: number;
  started_at: string;
  finished_at: string | null;
  trigger: 'daily' | 'manual';
  by_name: string;
  state: 'running' | 'done' | 'failed';
  counts_json: string;
}

export const noCounts = (): RetentionCounts => ({
  inquiry: 0,
  attachment: 0,
  case: 0,
  breach: 0,
  agreement: 0,
  auditPayloads: 0,
});

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

export async function retentionRun(db: Db, id: number): Promise<RetentionRun> {
  return toRun((await db('retention_runs').where({ id }).first()) as RunRow);
}

/** A purge begins: its row, running, with no counts yet. */
export async function startRun(
  db: Db,
  run: { startedAt: string; trigger: 'daily' | 'manual'; by: string },
): Promise<number> {
  const [inserted] = await db('retention_runs')
    .insert({
      started_at: run.startedAt,
      trigger: run.trigger,
      by_name: run.by,
      state: 'running',
      counts_json: JSON.stringify(noCounts()),
    })
    .returning('id');
  return typeof inserted === 'object' ? (inserted as { id: number }).id : (inserted as number);
}

/** The counts so far, and how the purge ended once it has (`state` and `finishedAt` together). */
export async function updateRun(
  db: Db,
  id: number,
  change: { counts: RetentionCounts; state?: 'done' | 'failed'; finishedAt?: string },
): Promise<void> {
  await db('retention_runs')
    .where({ id })
    .update({
      counts_json: JSON.stringify(change.counts),
      ...(change.state ? { state: change.state, finished_at: change.finishedAt ?? null } : {}),
    });
}

/** When the last daily purge that finished began, or null. */
export async function lastDailyRunStart(db: Db): Promise<string | null> {
  const last: RunRow | undefined = await db('retention_runs')
    .where({ trigger: 'daily', state: 'done' })
    .orderBy('id', 'desc')
    .first();
  return last ? last.started_at : null;
}
