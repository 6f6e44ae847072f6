import type { Knex } from 'knex';
import { addDays, type CalendarDate, osloStartOfDay } from '../../../shared/calendar';
import type { InquiryFilter, inquirySortFields } from '../../../shared/inquiries/contract';

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

export function hasSearch(filter: InquiryFilter): boolean {
  return searchWords(filter.q) !== null;
}

/** The columns a person's words are looked for in (not the owners' ids). */
const searchedColumns = '{person_name person_email person_phone phone_digits person_reference summary notes}';

function searchWords(text: string | undefined): string | null {
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

/**
 * Turns what a person typed into an FTS5 query: every word must match the start of a word in one of
 * the searched columns. Quotes keep FTS5 syntax characters harmless. An agent's search also asks
 * for their own inquiries in the index itself, so it never reads a colleague's matches.
 */
export function ftsQuery(text: string | undefined, scope: InquiryScope = { kind: 'all' }): string | null {
  const words = searchWords(text);
  if (words === null) return null;
  const match = `${searchedColumns} : (${words})`;
  return scope.kind === 'own' ? `${match} AND owners : "u${scope.userId}"` : match;
}

/** How many live inquiries a full-text search matches in a scope (soft-deleted rows are not in the index). */
export async function countSearchMatches(
  db: Db,
  text: string | undefined,
  scope: InquiryScope,
): Promise<number> {
  const match = ftsQuery(text, scope);
  if (!match) return 0;
  const row = (await db('inquiries_fts')
    .whereRaw('inquiries_fts match ?', [match])
    .count({ n: '*' })
    .first()) as { n: number } | undefined;
  return Number(row?.n ?? 0);
}

/**
 * How a full-text match joins the other conditions: `lookup` reads the matching rows by id (best when
 * few match); `probe` walks the rows in list order and tests each against the matches (best when many
 * match: the first page is found after a few hundred rows, not after sorting every match).
 */
export type SearchPlan = 'lookup' | 'probe';

export function filteredInquiries(
  db: Db,
  filter: InquiryFilter,
  scope: InquiryScope,
  today: CalendarDate,
  searchPlan: SearchPlan = 'lookup',
): Knex.QueryBuilder {
  const query = db('inquiries').whereNull('inquiries.deleted_at');
  if (scope.kind === 'own') {
    const userId = scope.userId;
    query.where((own) =>
      own.where('inquiries.logged_by_id', userId).orWhere('inquiries.assigned_to_id', userId),
    );
  }
  const match = ftsQuery(filter.q, scope);
  if (match) {
    // The unary + keeps SQLite from using the id for the lookup, so it tests membership instead.
    const column = searchPlan === 'probe' ? '+inquiries.id' : 'inquiries.id';
    query.whereRaw(`${column} in (select rowid from inquiries_fts where inquiries_fts match ?)`, [match]);
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

/** Above this many full-text matches, a list sorted by time is paged by probing (see `SearchPlan`). */
export const probeAbove = 2_000;

const sortColumns: Record<(typeof inquirySortFields)[number], string> = {
  receivedAt: 'inquiries.received_at',
  followUpOn: 'inquiries.follow_up_on',
  personName: 'inquiries.person_name',
  status: 'inquiries.status',
  category: 'inquiries.category',
};

export interface InquiryListInput extends InquiryFilter {
  page: number;
  pageSize: number;
  sort: (typeof inquirySortFields)[number];
  direction: 'asc' | 'desc';
}

/** The statements of one list page; the service runs them, the benchmark runs them bare. */
export interface InquiryListStatements {
  /** The page's ids, in order; with a `total` column when `totalInPage`. */
  page: Knex.QueryBuilder;
  totalInPage: boolean;
  /** Counts the selection, up to the limit given (a search that reads its matches counts them all). */
  count: Knex.QueryBuilder;
  /** The total when the full-text index alone tells it. */
  knownTotal: number | null;
}

/**
 * Plans a list page. The page's ids come first (index only); the rows with their names are read
 * afterwards. A search matching thousands (a common surname) is paged newest first by probing and
 * counted in the full-text index when nothing else filters it; a narrower search reads its matches
 * and counts them in the same pass; other filters count up to `countLimit`.
 */
export async function inquiryListStatements(
  db: Db,
  input: InquiryListInput,
  scope: InquiryScope,
  today: CalendarDate,
  countLimit: number,
): Promise<InquiryListStatements> {
  const search = hasSearch(input);
  const matches = search ? await countSearchMatches(db, input.q, scope) : 0;
  const plan: SearchPlan = matches > probeAbove && input.sort === 'receivedAt' ? 'probe' : 'lookup';
  const totalInPage = search && plan === 'lookup';
  const page = filteredInquiries(db, input, scope, today, plan).select('inquiries.id');
  if (totalInPage) page.select(db.raw('count(*) over () as total'));
  page.orderBy(sortColumns[input.sort], input.direction);
  if (input.sort !== 'receivedAt') page.orderBy('inquiries.received_at', 'desc');
  page
    .orderBy('inquiries.id', input.sort === 'receivedAt' ? input.direction : 'desc')
    .limit(input.pageSize)
    .offset(input.page * input.pageSize);
  const { q: _q, page: _page, pageSize: _size, sort: _sort, direction: _direction, ...others } = input;
  const onlySearch = Object.values(others).every((value) => value === undefined);
  const counted = filteredInquiries(db, input, scope, today).select(db.raw('1'));
  if (!totalInPage) counted.limit(countLimit + 1);
  return {
    page,
    totalInPage,
    count: db.count({ n: '*' }).from(counted.as('matching')),
    knownTotal: search && onlySearch ? matches : null,
  };
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
