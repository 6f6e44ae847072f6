import type { Knex } from 'knex';
import { positionOf } from '../db/sql';
import type { CaseRow } from './repository';

type Db = Knex | Knex.Transaction;

export interface CaseMonthFigureRow {
  month: string;
  measure: 'received' | 'closed' | 'replied' | 'on-time';
  /** A request type, or '*' for all cases. */
  request_type: string;
  n: number;
}

/**
 * The monthly figures of cases (received and closed per type, replies, replies on time) in
 * [fromMonth, toMonth], as the triggers of migration 011 keep them.
 */
export async function caseMonthFigures(
  db: Db,
  range: { fromMonth: string; toMonth: string },
): Promise<CaseMonthFigureRow[]> {
  return db('case_month_figures')
    .whereBetween('month', [range.fromMonth, range.toMonth])
    .where('n', '>', 0)
    .select('month', 'measure', 'request_type', 'n');
}

/** How many replies took how many days from receipt, per month of the reply. */
export async function caseReplyDays(
  db: Db,
  range: { fromMonth: string; toMonth: string },
): Promise<Array<{ month: string; days: number; n: number }>> {
  return db('case_reply_days')
    .whereBetween('month', [range.fromMonth, range.toMonth])
    .where('n', '>', 0)
    .select('month', 'days', 'n')
    .orderBy('month')
    .orderBy('days');
}

const closedOnSql = 'coalesce(cases.reply_date, substr(cases.closed_at, 1, 10))';

/** Cases closed in [from, to], counted per request type ('*' for all) and outcome. */
export async function closedCasesByTypeAndOutcome(
  db: Db,
  range: { from: string; to: string },
): Promise<Array<{ request_type: string; outcome: string; n: number }>> {
  return db('cases')
    .join('case_figure_types as types', (join) =>
      join.on(
        db.raw(
          `types.name = '*' or ${positionOf(db, "',' || types.name || ','", 'cases.request_types')} > 0`,
        ),
      ),
    )
    .where('cases.state', 'closed')
    .whereRaw(`${closedOnSql} between ? and ?`, [range.from, range.to])
    .groupBy('types.name', 'cases.outcome')
    .select('types.name as request_type', 'cases.outcome', db.raw('count(*) as n'));
}

/** Extensions decided in [from, to]. */
export async function countExtensionsDecided(db: Db, range: { from: string; to: string }): Promise<number> {
  const row = (await db('cases')
    .whereBetween('extension_decided_on', [range.from, range.to])
    .count({ n: '*' })
    .first()) as { n: number } | undefined;
  return Number(row?.n ?? 0);
}

/** Cases received in [from, to] that are still open. */
export async function countStillOpen(db: Db, range: { from: string; to: string }): Promise<number> {
  const row = (await db('cases')
    .where('state', 'open')
    .whereBetween('received_date', [range.from, range.to])
    .count({ n: '*' })
    .first()) as { n: number } | undefined;
  return Number(row?.n ?? 0);
}

export interface RefusalRow {
  number: string;
  request_types: string;
  outcome: string;
  outcome_reasons: string | null;
  manifestly_unfounded: number | boolean;
  unfounded_justification: string | null;
  reply_date: string | null;
}

/** Refusals in full or in part answered in [from, to], the latest first. */
export async function refusals(
  db: Db,
  range: { from: string; to: string },
  limit: number,
): Promise<{ rows: RefusalRow[]; total: number }> {
  const base = () =>
    db('cases')
      .where('state', 'closed')
      .whereIn('outcome', ['refused', 'partly-granted'])
      .whereRaw(`${closedOnSql} between ? and ?`, [range.from, range.to]);
  const total = (await base().count({ n: '*' }).first()) as { n: number } | undefined;
  const rows: RefusalRow[] = await base()
    .select(
      'number',
      'request_types',
      'outcome',
      'outcome_reasons',
      'manifestly_unfounded',
      'unfounded_justification',
      'reply_date',
    )
    .orderByRaw(`${closedOnSql} desc`)
    .orderBy('id', 'desc')
    .limit(limit);
  return { rows, total: Number(total?.n ?? 0) };
}

/** Refusals (in full or in part) answered in [from, to] after an extension, as controller: Art. 12(4). */
export async function refusalsAfterExtension(
  db: Db,
  range: { from: string; to: string },
  limit: number,
): Promise<CaseRow[]> {
  return db('cases')
    .where('state', 'closed')
    .where('capacity', 'controller')
    .whereIn('outcome', ['refused', 'partly-granted'])
    .whereNotNull('extended_at')
    .whereRaw(`${closedOnSql} between ? and ?`, [range.from, range.to])
    .orderByRaw(`${closedOnSql} desc`)
    .orderBy('id', 'desc')
    .limit(limit);
}

/** Open cases whose due date has passed on `day`, oldest due first: their numbers and the total. */
export async function openPastDue(
  db: Db,
  day: string,
  limit: number,
): Promise<{ numbers: string[]; total: number }> {
  const base = () => db('cases').where('state', 'open').where('due_date', '<', day);
  const total = (await base().count({ n: '*' }).first()) as { n: number } | undefined;
  const rows: Array<{ number: string }> = await base()
    .orderBy('due_date')
    .orderBy('id')
    .limit(limit)
    .select('number');
  return { numbers: rows.map((row) => row.number), total: Number(total?.n ?? 0) };
}
