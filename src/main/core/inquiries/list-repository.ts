import type { Knex } from 'knex';
import type { CalendarDate } from '../../../shared/calendar';
import type { inquirySortFields } from '../../../shared/inquiries/contract';
import { isSqlite } from '../db/connection';
import { countUpTo, filteredInquiries, type InquiryListInput, type ShortSearch } from './filter-repository';
import { branchesOf, mergedPageInOrder, newestMatches } from './merged-repository';
import type { InquiryScope } from './repository';
import { indexMatch, initialsOf, isShortSearch, shortSearchSince, tsQuery } from './search-repository';

type Db = Knex | Knex.Transaction;

const sortColumns: Record<(typeof inquirySortFields)[number], string> = {
  receivedAt: 'inquiries.received_at',
  followUpOn: 'inquiries.follow_up_on',
  personName: 'inquiries.person_name',
  status: 'inquiries.status',
  category: 'inquiries.category',
};

/**
 * The follow-ups due are a few percent of the rows, so SQLite sorts them all rather than walk them in
 * received order; walking the index of unfinished follow-ups by received time stops at the page.
 */
function receivedOrderIndex(input: InquiryListInput): string | undefined {
  const { followUp, page: _page, pageSize: _size, sort, direction: _direction, ...others } = input;
  // With another filter beside it, SQLite's own choice of index is the better one.
  const alone = Object.values(others).every((value) => value === undefined);
  return sort === 'receivedAt' && followUp && alone ? 'inquiries_open_follow_up_received' : undefined;
}

/**
 * The column, then received time and id in the same direction: a descending sort is the ascending one
 * read backwards, so one index (column, received_at) serves both (migration 055).
 */
function ordered(query: Knex.QueryBuilder, input: InquiryListInput): Knex.QueryBuilder {
  query.orderBy(sortColumns[input.sort], input.direction);
  if (input.sort !== 'receivedAt') query.orderBy('inquiries.received_at', input.direction);
  return query
    .orderBy('inquiries.id', input.direction)
    .limit(input.pageSize)
    .offset(input.page * input.pageSize);
}

/**
 * A search alone, in received order, in one statement: the page is read off the index's order and
 * the count stops after `limit` + 1 matches, both without reading a row of the table.
 */
async function searchedPage(
  db: Db,
  match: string,
  input: InquiryListInput,
  limit: number,
  since: string | null,
): Promise<{ ids: number[]; total: number }> {
  const direction = input.direction === 'asc' ? 'asc' : 'desc';
  const from = since === null ? '' : 'and rowid >= (unixepoch(:since) - 946684800) * 2147483648';
  const result = (await db.raw(
    `select
       (select count(*) from
         (select rowid from inquiries_search where inquiries_search match :match ${from}
          limit :counted)) as total,
       (select json_group_array(key & 2147483647 order by key ${direction}) from
         (select rowid as key from inquiries_search where inquiries_search match :match ${from}
          order by rowid ${direction} limit :size offset :skip)) as ids`,
    {
      match,
      counted: limit + 1,
      size: input.pageSize,
      skip: input.page * input.pageSize,
      ...(since === null ? {} : { since }),
    },
  )) as Array<{ total: number; ids: string }>;
  const [row] = result;
  return { ids: row ? (JSON.parse(row.ids) as number[]) : [], total: Number(row?.total ?? 0) };
}

function onlySearched(input: InquiryListInput): boolean {
  const { q: _q, page: _page, pageSize: _size, sort: _sort, direction: _direction, ...others } = input;
  return Object.values(others).every((value) => value === undefined);
}

/**
 * A sort other than received time over a selection (words, a filter, an agent's own rows) sorts the
 * selection's newest `sortWindow` rows, read in received order like its first page; the page says so
 * when more match. Sorting every match of "a" by name took seconds; without a selection the sort
 * walks the column's index (migration 055) instead.
 */
export const sortWindow = 2_000;

export interface InquiryPage {
  /** The page's ids, in order. */
  ids: number[];
  /** Up to the count limit (up to `sortWindow` when `sortedWithin` is set). */
  total: number;
  /** The search looked only among the newest `shortSearchWindow` inquiries. */
  shortSearch: boolean;
  /** More matched than `sortWindow`: only the newest this many were sorted. */
  sortedWithin: number | null;
}

/**
 * One page of the list: the page's ids, in order (the rows with their names are read afterwards),
 * and the total up to `countLimit`.
 *
 * Without search words, the ids come from the indexes and the count stops at the limit. A search in
 * received order walks the index's matches, newest (or oldest) first, and stops at the page; a search
 * alone is counted in the index, one with filters by walking its matches up to the limit. A search or
 * filter in another order sorts its newest `sortWindow` matches; a short search looks among the newest
 * `shortSearchWindow` inquiries only.
 */
export async function pageOfInquiries(
  db: Db,
  input: InquiryListInput,
  scope: InquiryScope,
  today: CalendarDate,
  countLimit: number,
): Promise<InquiryPage> {
  const shortSearch = isShortSearch(input.q);
  const initials = initialsOf(input.q);
  const short: ShortSearch = { since: shortSearch ? await shortSearchSince(db) : null, initials };
  const selection = input.q !== undefined || !onlySearched(input) || scope.kind === 'own';
  // Single characters are matched on the rows themselves, not by the text index.
  const asked: InquiryListInput = initials ? { ...input, q: undefined } : input;
  if (input.sort === 'receivedAt' || !selection) {
    const page = await pageInOrder(db, asked, scope, today, countLimit, short);
    return { ...page, shortSearch, sortedWithin: null };
  }
  const newest = await pageInOrder(
    db,
    { ...asked, sort: 'receivedAt', direction: 'desc', page: 0, pageSize: sortWindow },
    scope,
    today,
    sortWindow,
    short,
  );
  const rows =
    newest.ids.length === 0
      ? []
      : ((await ordered(
          db('inquiries').whereIn('inquiries.id', newest.ids).select('inquiries.id'),
          input,
        )) as Array<{
          id: number;
        }>);
  const narrowed = newest.total > sortWindow;
  return {
    ids: rows.map((row) => row.id),
    total: Math.min(newest.total, sortWindow),
    shortSearch,
    sortedWithin: narrowed ? sortWindow : null,
  };
}

async function pageInOrder(
  db: Db,
  input: InquiryListInput,
  scope: InquiryScope,
  today: CalendarDate,
  countLimit: number,
  short: ShortSearch,
): Promise<{ ids: number[]; total: number }> {
  const { since, initials } = short;
  const match = indexMatch(db, input.q, scope);
  if (match && input.sort === 'receivedAt') {
    if (onlySearched(input) && !initials) return searchedPage(db, match, input, countLimit, since);
    const rows = (await filteredInquiries(db, input, scope, today, { plan: 'walk', since, initials })
      .select('inquiries.id')
      .orderByRaw(`inquiries_search.rowid ${input.direction}`)
      .limit(input.pageSize)
      .offset(input.page * input.pageSize)) as Array<{ id: number }>;
    const total = await countUpTo(
      db,
      filteredInquiries(db, input, scope, today, { plan: 'walk', since, initials }),
      countLimit,
    );
    return { ids: rows.map((row) => row.id), total };
  }
  const branches = branchesOf(db, input, scope);
  if (branches) return mergedPageInOrder(db, input, branches, today, countLimit, short);
  if (scope.kind === 'all' && since === null && !initials && !isSqlite(db) && tsQuery(input.q) !== null) {
    const end = (input.page + 1) * input.pageSize;
    // When the page reaches the count's limit (the newest `sortWindow` of another order), the matches
    // read for it count too.
    const counting = countLimit <= end;
    const newest = await newestMatches(db, input, today, counting ? end + 1 : end);
    return {
      ids: newest.slice(input.page * input.pageSize, end),
      total: counting
        ? Math.min(newest.length, countLimit + 1)
        : await countUpTo(db, filteredInquiries(db, input, scope, today), countLimit),
    };
  }
  const index = receivedOrderIndex(input);
  // A first page as long as the count's limit (the newest `sortWindow` of another order) counts
  // itself: one row more says there are more.
  const counting = input.page === 0 && countLimit <= input.pageSize;
  const rows = (await ordered(
    filteredInquiries(db, input, scope, today, { index, since, initials }).select('inquiries.id'),
    counting ? { ...input, pageSize: countLimit + 1 } : input,
  )) as Array<{ id: number }>;
  if (counting) return { ids: rows.slice(0, input.pageSize).map((row) => row.id), total: rows.length };
  return {
    ids: rows.map((row) => row.id),
    total: await countUpTo(
      db,
      countedInOrder(filteredInquiries(db, input, scope, today, { since, initials }), input, match, since),
      countLimit,
    ),
  };
}

/**
 * Unfiltered, the count walks the received-time index like the page, which reads no rows; so does a
 * short search's, which stops at its window.
 */
function countedInOrder(
  query: Knex.QueryBuilder,
  input: InquiryListInput,
  match: string | null,
  since: string | null,
): Knex.QueryBuilder {
  return (match === null && onlySearched(input)) || since !== null
    ? query.orderBy('inquiries.received_at', 'desc')
    : query;
}
