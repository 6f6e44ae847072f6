import type { Knex } from 'knex';
import { addDays, type CalendarDate } from '../../../shared/calendar';
import type { InquiryFilter, inquirySortFields } from '../../../shared/inquiries/contract';
import { osloStartOfDay } from '../../../shared/oslo';
import { isSqlite } from '../db/connection';
import type { InquiryScope } from './repository';
import { idOfKey, indexMatch, keySince, tsQuery, whereInitials } from './search-repository';

type Db = Knex | Knex.Transaction;

export const activeStatuses = ['open', 'awaiting-person', 'awaiting-customer'] as const;

/**
 * How a full-text match joins the other conditions: `walk` reads the matches in the index's order
 * (received time) and looks each one up, so a page needs as many look-ups as it shows; `lookup` reads
 * every match by id, for the orders the index does not keep (name, status, …).
 */
export type SearchPlan = 'walk' | 'lookup';

export interface SearchOptions {
  plan?: SearchPlan;
  /** An index SQLite must use, where its estimate picks a worse one (see receivedOrderIndex). */
  index?: string;
  /** A short search: only inquiries received from this instant on (see shortSearchWindow). */
  since?: string | null;
  /** A search of single characters, matched without the text index (see initialsOf). */
  initials?: readonly string[] | null;
}

/** What a short search adds to the list's query. */
export interface ShortSearch {
  since: string | null;
  initials: readonly string[] | null;
}

export function filteredInquiries(
  db: Db,
  filter: InquiryFilter,
  scope: InquiryScope,
  today: CalendarDate,
  search: SearchOptions = {},
): Knex.QueryBuilder {
  const match = indexMatch(db, filter.q, scope);
  const walk = match !== null && search.plan === 'walk';
  const since = search.since ?? null;
  const query: Knex.QueryBuilder = walk
    ? db
        .from(db.raw(`inquiries_search cross join inquiries on inquiries.id = ${idOfKey}`))
        .whereRaw('inquiries_search match ?', [match])
    : search.index && isSqlite(db)
      ? db.from(db.raw(`inquiries indexed by ${search.index}`))
      : db('inquiries');
  query.whereNull('inquiries.deleted_at');
  if (scope.kind === 'own') {
    const userId = scope.userId;
    query.where((own) =>
      own.where('inquiries.logged_by_id', userId).orWhere('inquiries.assigned_to_id', userId),
    );
  }
  if (walk && since !== null) query.whereRaw(`inquiries_search.rowid >= ${keySince}`, [since]);
  if (match !== null && !walk) {
    const matchingIds = `select ${idOfKey} from inquiries_search where inquiries_search match ?`;
    if (since === null) query.whereRaw(`inquiries.id in (${matchingIds})`, [match]);
    else query.whereRaw(`inquiries.id in (${matchingIds} and rowid >= ${keySince})`, [match, since]);
  }
  if (since !== null) query.where('inquiries.received_at', '>=', since);
  if (search.initials) whereInitials(query, search.initials);
  const words = isSqlite(db) ? null : tsQuery(filter.q);
  // Within a short search's window the newest rows are read in received order and each is tested;
  // coalesce keeps PostgreSQL from merging the text index's lists for a one- or two-letter prefix.
  if (words !== null)
    query.whereRaw(
      since === null
        ? `inquiries.search_doc @@ to_tsquery('simple', ?)`
        : `coalesce(inquiries.search_doc @@ to_tsquery('simple', ?), false)`,
      [words],
    );
  if (filter.channel) query.where('inquiries.channel', filter.channel);
  if (filter.category) query.where('inquiries.category', filter.category);
  if (filter.status === 'active') query.whereIn('inquiries.status', activeStatuses);
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
    // Literal, not a bound parameter, so SQLite can use the partial index inquiries_open_follow_up.
    if (filter.status === undefined)
      query.whereRaw("inquiries.status <> 'closed'").whereNotNull('inquiries.follow_up_on');
  }
  return query;
}

export interface InquiryListInput extends InquiryFilter {
  page: number;
  pageSize: number;
  sort: (typeof inquirySortFields)[number];
  direction: 'asc' | 'desc';
}

/** Counts a selection, stopping after `limit` + 1 rows (Infinity: counts them all). */
export async function countUpTo(db: Db, query: Knex.QueryBuilder, limit: number): Promise<number> {
  const rows = query.select(db.raw('1'));
  if (Number.isFinite(limit)) rows.limit(limit + 1);
  const [counted] = (await db.count({ n: '*' }).from(rows.as('matching'))) as Array<{ n: number }>;
  return Number(counted?.n ?? 0);
}
