import type { Knex } from 'knex';
import { addDays, type CalendarDate } from '../../../shared/calendar';
import { osloStartOfDay } from '../../../shared/oslo';
import type { InquiryFilter, inquirySortFields } from '../../../shared/inquiries/contract';
import { receivedMonth } from '../../../../migrations/085_postgresql_search_months';
import { isSqlite } from '../db/connection';

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
 * the searched columns. Quotes keep FTS5 syntax characters harmless. An agent's list asks for their
 * own inquiries in the index itself (with or without words), so it never reads a colleague's rows
 * and is walked newest first like a search. Null: nothing for the index to do.
 */
export function ftsQuery(text: string | undefined, scope: InquiryScope = { kind: 'all' }): string | null {
  const words = searchWords(text);
  const owned = scope.kind === 'own' ? `owners : "u${scope.userId}"` : null;
  if (words === null) return owned;
  const match = `${searchedColumns} : (${words})`;
  return owned ? `${match} AND ${owned}` : match;
}

/**
 * The same words as a PostgreSQL text-search query over `search_doc` (migration 015): every word
 * must begin a word of the row. The words hold only letters and digits, so no query syntax gets in.
 */
export function tsQuery(text: string | undefined): string | null {
  const words = searchWords(text);
  return words === null
    ? null
    : words
        .replace(/"([^"]+)"\*/g, '$1:*')
        .split(' ')
        .join(' & ');
}

/**
 * A search whose every word is one or two characters long ("a", "ka", "91") matches most of a million
 * inquiries and, on PostgreSQL, makes the text index merge the lists of thousands of words. It looks
 * only among the newest `shortSearchWindow` inquiries (read in received order), and the list says so:
 * a third character searches them all.
 */
export const shortSearchWindow = 2_000;

export function isShortSearch(text: string | undefined): boolean {
  const words = (text ?? '')
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return words.length > 0 && words.every((word) => word.length < 3);
}

/** The received time of the `shortSearchWindow`-th newest live inquiry; null when there are fewer. */
export async function shortSearchSince(db: Db): Promise<string | null> {
  const row = (await db('inquiries')
    .whereNull('deleted_at')
    .orderBy('received_at', 'desc')
    .offset(shortSearchWindow - 1)
    .first('received_at')) as { received_at: string | Date } | undefined;
  if (!row) return null;
  return row.received_at instanceof Date ? row.received_at.toISOString() : row.received_at;
}

/**
 * The letters of a search whose every word is one character ("k", "k 9"), or null. Neither engine's
 * text index has a list for a single character (SQLite merged every word's list: a second for "a"), so
 * these match the start of the name, e-mail, phone, reference or summary, or of a word in the name
 * or summary, among the newest inquiries of the short-search window.
 */
export function initialsOf(text: string | undefined): string[] | null {
  const words = (text ?? '')
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 12);
  return words.length > 0 && words.every((word) => word.length === 1)
    ? words.map((word) => word.toLocaleLowerCase('nb'))
    : null;
}

function whereInitials(query: Knex.QueryBuilder, initials: readonly string[]): void {
  for (const letter of initials)
    query.where((starts) => {
      for (const column of ['person_name', 'summary'])
        starts
          .orWhereRaw(`lower(inquiries.${column}) like ?`, [`${letter}%`])
          .orWhereRaw(`lower(inquiries.${column}) like ?`, [`% ${letter}%`]);
      for (const column of ['person_email', 'person_reference', 'person_phone_key'])
        starts.orWhereRaw(`lower(inquiries.${column}) like ?`, [`${letter}%`]);
    });
}

/** The search index's keys from the received second of `since` on (migration 012's key). */
const keySince = '(unixepoch(?) - 946684800) * 2147483648';

/** The FTS5 query of a search on SQLite; on PostgreSQL the search is a condition on the row. */
function indexMatch(db: Db, text: string | undefined, scope: InquiryScope): string | null {
  return isSqlite(db) ? ftsQuery(text, scope) : null;
}

/**
 * The search index's rowid is a key of received second and id (migration 012), so a match is walked
 * newest first without sorting; the id is the key's low 31 bits.
 */
const idOfKey = '(inquiries_search.rowid & 2147483647)';

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
interface ShortSearch {
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

/** Counts a selection, stopping after `limit` + 1 rows (Infinity: counts them all). */
export async function countUpTo(db: Db, query: Knex.QueryBuilder, limit: number): Promise<number> {
  const rows = query.select(db.raw('1'));
  if (Number.isFinite(limit)) rows.limit(limit + 1);
  const [counted] = (await db.count({ n: '*' }).from(rows.as('matching'))) as Array<{ n: number }>;
  return Number(counted?.n ?? 0);
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

/** The months from `first` to `last` (`2026-11`), in `direction`'s order of the list. */
function monthsBetween(first: string, last: string, direction: 'asc' | 'desc'): string[] {
  const months: string[] = [];
  for (let [year, month] = first.split('-').map(Number) as [number, number]; ;) {
    const name = `${year}-${String(month).padStart(2, '0')}`;
    if (name > last) break;
    months.push(name);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return direction === 'asc' ? months : months.reverse();
}

/**
 * PostgreSQL: the ids of a search's first `wanted` matches in received order. The text index cannot
 * keep its matches in that order, and the frequent words are the slow ones: the newest 2,000 of
 * "hansen" read all 19,800 matching rows, or walked the received-time index past 100,000 rows. Each
 * live row's month is the search index's second column (migration 085), so the index itself finds
 * the matches of the newest month, then of the two before, the four before, … until there are enough.
 * A word that few rows hold (fewer than an eighth of `wanted` in the first month) is read in one go
 * instead: its matches are few, and each month's look-up would read the word's index entries again.
 */
async function newestMatches(
  db: Db,
  input: InquiryListInput,
  today: CalendarDate,
  wanted: number,
): Promise<number[]> {
  const direction = input.direction === 'asc' ? 'asc' : 'desc';
  const span = (await db('inquiries')
    .whereNull('deleted_at')
    .first(db.raw('min(received_at) as first'), db.raw('max(received_at) as last'))) as
    { first: string | null; last: string | null } | undefined;
  if (!span?.first || !span.last) return [];
  const months = monthsBetween(span.first.slice(0, 7), span.last.slice(0, 7), direction);
  const found: number[] = [];
  const read = async (query: Knex.QueryBuilder) => {
    const rows = (await query
      .select('inquiries.id')
      .orderBy('inquiries.received_at', direction)
      .orderBy('inquiries.id', direction)
      .limit(wanted - found.length)) as Array<{ id: number }>;
    found.push(...rows.map((row) => Number(row.id)));
  };
  const matching = () => filteredInquiries(db, input, { kind: 'all' }, today);
  for (let start = 0, size = 1; start < months.length && found.length < wanted; start += size, size *= 2) {
    if (start === 1 && found.length < wanted / 8) {
      // The months not read yet ('2026-11' sorts before any time of that month, after the month before).
      await read(
        direction === 'desc'
          ? matching().where('inquiries.received_at', '<', months[0]!)
          : matching().where('inquiries.received_at', '>=', months[1]!),
      );
      break;
    }
    const lexemes = months
      .slice(start, start + size)
      .map((month) => `'@${month}'`)
      .join(' | ');
    await read(matching().whereRaw(`${receivedMonth} @@ ?::tsquery`, [lexemes]));
  }
  return found;
}

const activeStatuses = ['open', 'awaiting-person', 'awaiting-customer'] as const;

/** One condition of several that a list's rows meet one of (see `mergedPageInOrder`). */
type Branch = [column: string, value: string | number];

/**
 * The conditions of which a row meets one, on PostgreSQL, or null. An agent's own inquiries are those
 * they logged or are assigned; the active ones have one of three statuses. Either choice defeats the
 * ordered indexes of each condition, (logged_by_id, received_at), (status, received_at), …, and the
 * list walked the received-time index past every colleague's or closed row (a deep page of an
 * agent's own: 0.4 s), or read every active row to sort them. (SQLite finds an agent's rows through
 * the owner tokens of its search index, see `ftsQuery`.)
 */
function branchesOf(db: Db, input: InquiryListInput, scope: InquiryScope): Branch[][] | null {
  if (isSqlite(db)) return null;
  const owners: Branch[] =
    scope.kind === 'own'
      ? [
          ['logged_by_id', scope.userId],
          ['assigned_to_id', scope.userId],
        ]
      : [];
  const statuses: Branch[] =
    input.status === 'active' ? activeStatuses.map((status): Branch => ['status', status]) : [];
  if (owners.length === 0 && statuses.length === 0) return null;
  if (owners.length === 0) return statuses.map((branch) => [branch]);
  if (statuses.length === 0) return owners.map((branch) => [branch]);
  return owners.flatMap((owner) => statuses.map((status) => [owner, status]));
}

/**
 * A page of rows that meet one of several conditions (`branchesOf`): each condition read in its
 * index's order up to the page's end, the reads merged and each row kept once.
 */
async function mergedPageInOrder(
  db: Db,
  input: InquiryListInput,
  branches: Branch[][],
  today: CalendarDate,
  countLimit: number,
  { since, initials }: ShortSearch,
): Promise<{ ids: number[]; total: number }> {
  const base: InquiryListInput = input.status === 'active' ? { ...input, status: undefined } : input;
  const union = (select: (query: Knex.QueryBuilder) => Knex.QueryBuilder) => {
    const parts = branches.map((branch) => {
      const query = filteredInquiries(db, base, { kind: 'all' }, today, { since, initials });
      for (const [column, value] of branch) query.where(`inquiries.${column}`, value);
      return select(query).toSQL();
    });
    return {
      sql: parts.map((part) => `(${part.sql})`).join(' union '),
      bindings: parts.flatMap((part) => part.bindings),
    };
  };
  const direction = input.direction === 'asc' ? 'asc' : 'desc';
  const end = (input.page + 1) * input.pageSize;
  const page = union((query) =>
    query
      .select('inquiries.id', 'inquiries.received_at')
      .orderBy('inquiries.received_at', direction)
      .orderBy('inquiries.id', direction)
      .limit(end),
  );
  const rows = (await db.raw(
    `select id from (${page.sql}) as merged order by received_at ${direction}, id ${direction} limit ? offset ?`,
    [...page.bindings, input.pageSize, input.page * input.pageSize],
  )) as { rows: Array<{ id: number }> };
  // Each condition counted up to the limit: when none reaches it, their union is exact.
  const counted = union((query) =>
    Number.isFinite(countLimit)
      ? query.select('inquiries.id').limit(countLimit + 1)
      : query.select('inquiries.id'),
  );
  const total = (await db.raw(`select count(*) as n from (${counted.sql}) as merged`, counted.bindings)) as {
    rows: Array<{ n: number | string }>;
  };
  const n = Number(total.rows[0]?.n ?? 0);
  return {
    ids: rows.rows.map((row) => Number(row.id)),
    total: Number.isFinite(countLimit) ? Math.min(n, countLimit + 1) : n,
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
