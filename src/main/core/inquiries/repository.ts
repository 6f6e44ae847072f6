import type { Knex } from 'knex';
import type { CalendarDate } from '../../../shared/calendar';
import type { InquiryFilter } from '../../../shared/inquiries/contract';
import { filteredInquiries } from './filter-repository';

type Db = Knex | Knex.Transaction;

export interface InquiryRow {
  id: number;
  channel: string;
  direction: string;
  received_at: string;
  received_date: string;
  on_behalf_of_id: number | null;
  person_name: string | null;
  person_phone: string | null;
  person_phone_key: string | null;
  person_email: string | null;
  person_reference: string | null;
  no_contact_reason: string | null;
  category: string;
  summary: string;
  notes: string | null;
  status: string;
  outcome: string | null;
  follow_up_on: string | null;
  assigned_to_id: number;
  logged_by_id: number;
  call_seconds: number | null;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  closed_by: string | null;
  deleted_at: string | null;
  deleted_by: string | null;
  delete_reason: string | null;
}

/** A row with the names the screens show beside the ids. */
export interface NamedInquiryRow extends InquiryRow {
  on_behalf_of_name: string | null;
  assigned_to_name: string | null;
  logged_by_name: string | null;
}

/** Who may see which rows: everything, or only what one agent logged or was assigned. */
export type InquiryScope = { kind: 'all' } | { kind: 'own'; userId: number };

/**
 * One page of an export, newest first: the filtered inquiries with their names after `after`
 * (by received time, then id, both descending), at most `limit` (db/batches.ts, `readInBatches`).
 */
export function exportPageOfInquiries(
  db: Db,
  filter: InquiryFilter,
  scope: InquiryScope,
  today: CalendarDate,
  after: Pick<InquiryRow, 'received_at' | 'id'> | null,
  limit: number,
): Promise<NamedInquiryRow[]> {
  const query = withNames(filteredInquiries(db, filter, scope, today));
  if (after) {
    query.where((older) =>
      older
        .where('inquiries.received_at', '<', after.received_at)
        .orWhere((same) =>
          same.where('inquiries.received_at', after.received_at).andWhere('inquiries.id', '<', after.id),
        ),
    );
  }
  return query.orderBy('inquiries.received_at', 'desc').orderBy('inquiries.id', 'desc').limit(limit);
}

export function withNames(query: Knex.QueryBuilder): Knex.QueryBuilder {
  return query
    .leftJoin('organisations', 'organisations.id', 'inquiries.on_behalf_of_id')
    .leftJoin('users as assigned', 'assigned.id', 'inquiries.assigned_to_id')
    .leftJoin('users as logger', 'logger.id', 'inquiries.logged_by_id')
    .select(
      'inquiries.*',
      'organisations.name as on_behalf_of_name',
      'assigned.display_name as assigned_to_name',
      'logger.display_name as logged_by_name',
    );
}

const summaryColumns = [
  'id',
  'channel',
  'direction',
  'received_at',
  'on_behalf_of_id',
  'person_name',
  'person_phone',
  'person_email',
  'category',
  'summary',
  'status',
  'follow_up_on',
  'assigned_to_id',
] as const;

/** What a list row shows: fewer columns than the whole row, so a page is read in a millisecond. */
export type InquirySummaryRow = Pick<
  NamedInquiryRow,
  (typeof summaryColumns)[number] | 'on_behalf_of_name' | 'assigned_to_name'
>;

/** The list rows of these ids, in no particular order. */
export async function summaryRows(db: Db, ids: readonly number[]): Promise<InquirySummaryRow[]> {
  if (ids.length === 0) return [];
  return db('inquiries')
    .whereIn('inquiries.id', ids)
    .leftJoin('organisations', 'organisations.id', 'inquiries.on_behalf_of_id')
    .leftJoin('users as assigned', 'assigned.id', 'inquiries.assigned_to_id')
    .select(
      ...summaryColumns.map((column) => `inquiries.${column}`),
      'organisations.name as on_behalf_of_name',
      'assigned.display_name as assigned_to_name',
    );
}

export async function findInquiry(db: Db, id: number): Promise<NamedInquiryRow | undefined> {
  return withNames(db('inquiries').where('inquiries.id', id)).first();
}

export async function insertInquiry(db: Db, row: Omit<InquiryRow, 'id'>): Promise<number> {
  const [inserted] = await db('inquiries').insert(row).returning('id');
  return typeof inserted === 'object' ? (inserted as { id: number }).id : (inserted as number);
}

export async function updateInquiry(db: Db, id: number, changes: Partial<InquiryRow>): Promise<void> {
  await db('inquiries').where({ id }).update(changes);
}

export interface FollowUpRow {
  id: number;
  category: string;
  status: string;
  follow_up_on: string;
  assigned_to_name: string | null;
}

/** Live, unfinished inquiries whose follow-up date lies in [from, to] (from null: however long ago). */
function openFollowUps(db: Db, range: { from: CalendarDate | null; to: CalendarDate }): Knex.QueryBuilder {
  const query = db('inquiries')
    .whereNull('inquiries.deleted_at')
    // Literal, not a bound parameter, so SQLite can match the partial index inquiries_open_follow_up.
    .whereRaw("inquiries.status <> 'closed'")
    .whereNotNull('inquiries.follow_up_on')
    .where('inquiries.follow_up_on', '<=', range.to);
  if (range.from) query.where('inquiries.follow_up_on', '>=', range.from);
  return query;
}

export async function followUpRows(
  db: Db,
  range: { from: CalendarDate | null; to: CalendarDate },
  limit: number,
): Promise<FollowUpRow[]> {
  return openFollowUps(db, range)
    .leftJoin('users', 'users.id', 'inquiries.assigned_to_id')
    .select(
      'inquiries.id',
      'inquiries.category',
      'inquiries.status',
      'inquiries.follow_up_on',
      'users.display_name as assigned_to_name',
    )
    .orderBy('inquiries.follow_up_on')
    .orderBy('inquiries.id')
    .limit(limit);
}

export async function countFollowUps(
  db: Db,
  range: { from: CalendarDate | null; to: CalendarDate },
): Promise<number> {
  const row = (await openFollowUps(db, range).count({ count: '*' }).first()) as { count: number } | undefined;
  return Number(row?.count ?? 0);
}

/**
 * Live inquiries received in [start, end) counted by one column's values, one index range each
 * (the partial (channel, received_at) and (category, received_at) indexes), so a year of a million
 * inquiries is counted without reading a row.
 */
export async function countInquiriesBy(
  db: Db,
  column: 'channel' | 'category',
  values: readonly string[],
  range: { start: string; end: string },
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const value of values) {
    const row = (await db('inquiries')
      .whereNull('deleted_at')
      .where(column, value)
      .where('received_at', '>=', range.start)
      .where('received_at', '<', range.end)
      .count({ n: '*' })
      .first()) as { n: number } | undefined;
    counts[value] = Number(row?.n ?? 0);
  }
  return counts;
}

/** The cases an inquiry is linked to (and whether it opened them), oldest first. */
export async function casesOfInquiry(
  db: Db,
  id: number,
): Promise<
  Array<{ id: number; number: string; state: 'open' | 'closed'; due_date: string; opened_from: number }>
> {
  return db('case_inquiries')
    .join('cases', 'cases.id', 'case_inquiries.case_id')
    .where('case_inquiries.inquiry_id', id)
    .orderBy('cases.id')
    .select('cases.id', 'cases.number', 'cases.state', 'cases.due_date', 'case_inquiries.opened_from');
}
