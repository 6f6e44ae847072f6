import type { Knex } from 'knex';

type Db = Knex | Knex.Transaction;

export interface CaseDeadlineRow {
  id: number;
  number: string;
  request_types: string;
  due_date: string;
  capacity: string;
  extended_at: string | null;
  forwarded_on: string | null;
  awaiting: number;
  handler_name: string | null;
}

/** Open cases due in [from, to] (from null: however overdue), soonest first. */
export async function openCaseDeadlineRows(
  db: Db,
  range: { from: string | null; to: string },
  limit: number,
): Promise<CaseDeadlineRow[]> {
  const query = db('cases')
    .leftJoin('users', 'users.id', 'cases.handler_id')
    .where('cases.state', 'open')
    .where('cases.due_date', '<=', range.to)
    .select(
      'cases.id',
      'cases.number',
      'cases.request_types',
      'cases.due_date',
      'cases.capacity',
      'cases.extended_at',
      'cases.forwarded_on',
      'users.display_name as handler_name',
    )
    .select(
      db.raw(`((cases.verification_requested_on is not null and cases.verification_received_on is null
        and cases.verification_result is null)
        or (cases.clarification_requested_on is not null and cases.clarification_received_on is null)) as awaiting`),
    )
    .orderBy('cases.due_date')
    .orderBy('cases.id')
    .limit(limit);
  if (range.from) query.where('cases.due_date', '>=', range.from);
  return query;
}

/** Open cases due in [from, to] (from null: however overdue): one range of the (state, due_date) index. */
export async function countOpenCasesDue(db: Db, range: { from: string | null; to: string }): Promise<number> {
  const query = db('cases').where('state', 'open').where('due_date', '<=', range.to);
  if (range.from) query.where('due_date', '>=', range.from);
  const row = (await query.count({ n: '*' }).first()) as { n: number } | undefined;
  return Number(row?.n ?? 0);
}

/** Open cases we answer as controller, not extended, due in [from, to]: the extension notices to send. */
export async function countExtensionNoticesDue(db: Db, range: { from: string; to: string }): Promise<number> {
  const row = (await db('cases')
    .where('state', 'open')
    .whereBetween('due_date', [range.from, range.to])
    .where('capacity', 'controller')
    .whereNull('extended_at')
    .count({ n: '*' })
    .first()) as { n: number } | undefined;
  return Number(row?.n ?? 0);
}

/** Open processor cases not yet forwarded to the customer, due for forwarding in [from, to]. */
export async function countToForward(db: Db, range: { from: string | null; to: string }): Promise<number> {
  const query = db('cases')
    .where('state', 'open')
    .where('capacity', 'processor')
    .whereNull('forwarded_on')
    .where('due_date', '<=', range.to);
  if (range.from) query.where('due_date', '>=', range.from);
  const row = (await query.count({ n: '*' }).first()) as { n: number } | undefined;
  return Number(row?.n ?? 0);
}

/** Open cases due on or before `last`, with what a reminder says of them. */
export async function openCasesDueBy(
  db: Db,
  last: string,
): Promise<
  Array<{
    id: number;
    number: string;
    due_date: string;
    extended_at: string | null;
    capacity: string;
    forwarded_on: string | null;
  }>
> {
  return db('cases')
    .where({ state: 'open' })
    .where('due_date', '<=', last)
    .select('id', 'number', 'due_date', 'extended_at', 'capacity', 'forwarded_on');
}
