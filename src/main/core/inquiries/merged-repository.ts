import type { Knex } from 'knex';
import { receivedMonth } from '../../../../migrations/085_postgresql_search_months';
import type { CalendarDate } from '../../../shared/calendar';
import { isSqlite } from '../db/connection';
import {
  activeStatuses,
  filteredInquiries,
  type InquiryListInput,
  type ShortSearch,
} from './filter-repository';
import type { InquiryScope } from './repository';

type Db = Knex | Knex.Transaction;

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
export async function newestMatches(
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
export function branchesOf(db: Db, input: InquiryListInput, scope: InquiryScope): Branch[][] | null {
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
export async function mergedPageInOrder(
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
