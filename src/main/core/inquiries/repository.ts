import type { Knex } from 'knex';
import { addDays, type CalendarDate, osloStartOfDay } from '../../../shared/calendar';
import type { InquiryFilter } from '../../../shared/inquiries/contract';

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
 * Turns what a person typed into an FTS5 query: every word must match the start of a word in
 * one of the indexed columns. Quotes keep FTS5 syntax characters harmless.
 */
export function hasSearch(filter: InquiryFilter): boolean {
  return ftsQuery(filter.q) !== null;
}

export function ftsQuery(text: string | undefined): string | null {
  const words = (text ?? '')
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 12);
  // A single letter as a prefix matches most of the index ("K" of "K-4711"); it narrows nothing.
  const telling = words.filter((word) => word.length > 1);
  const used = telling.length > 0 ? telling : words;
  return used.length === 0 ? null : used.map((word) => `"${word}"*`).join(' ');
}

export function filteredInquiries(
  db: Db,
  filter: InquiryFilter,
  scope: InquiryScope,
  today: CalendarDate,
): Knex.QueryBuilder {
  const query = db('inquiries').whereNull('inquiries.deleted_at');
  if (scope.kind === 'own') {
    const userId = scope.userId;
    query.where((own) =>
      own.where('inquiries.logged_by_id', userId).orWhere('inquiries.assigned_to_id', userId),
    );
  }
  const match = ftsQuery(filter.q);
  if (match) {
    query.whereRaw('inquiries.id in (select rowid from inquiries_fts where inquiries_fts match ?)', [match]);
  }
  if (filter.channel) query.where('inquiries.channel', filter.channel);
  if (filter.category) query.where('inquiries.category', filter.category);
  if (filter.status === 'active')
    query.whereIn('inquiries.status', ['open', 'awaiting-person', 'awaiting-customer']);
  else if (filter.status) query.where('inquiries.status', filter.status);
  if (filter.onBehalfOfId === 0) query.whereNull('inquiries.on_behalf_of_id');
  else if (filter.onBehalfOfId !== undefined) query.where('inquiries.on_behalf_of_id', filter.onBehalfOfId);
  if (filter.assignedToId !== undefined) query.where('inquiries.assigned_to_id', filter.assignedToId);
  // Calendar days in Oslo as instants, so the (…, received_at) indexes serve filter and order alike.
  if (filter.from) query.where('inquiries.received_at', '>=', osloStartOfDay(filter.from).toISOString());
  if (filter.to)
    query.where('inquiries.received_at', '<', osloStartOfDay(addDays(filter.to, 1)).toISOString());
  if (filter.followUp) {
    if (filter.followUp === 'due') query.where('inquiries.follow_up_on', '<=', today);
    else if (filter.followUp === 'today') query.where('inquiries.follow_up_on', today);
    else
      query
        .where('inquiries.follow_up_on', '>', today)
        .where('inquiries.follow_up_on', '<=', addDays(today, 7));
    if (filter.status === undefined) query.whereNot('inquiries.status', 'closed');
  }
  return query;
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
