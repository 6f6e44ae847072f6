import type { Knex } from 'knex';
import { isSqlite } from '../db/connection';
import { addDays } from '../../../shared/calendar';
import type { CaseListStatus } from '../../../shared/cases/contract';
import type { Capacity, Priority, RequestType } from '../../../shared/cases/rules';
import { phoneKey } from './keys';
import type { CaseRow } from './repository';

type Db = Knex | Knex.Transaction;

/** A search of fewer characters than this has no trigram to look up: it reads the newest cases. */
export const caseTrigramLength = 3;

/** A one- or two-character search looks only among this many newest cases (the list says so). */
export const shortCaseSearchWindow = 2_000;

/**
 * Migration 056's PostgreSQL expression (with the table named, which PostgreSQL matches the same):
 * the searched texts one line apart, so the trigram index finds a piece of any of them.
 */
const caseSearchText = `(lower(cases.number) || chr(10) || cases.person_name_key || chr(10) || coalesce(cases.person_email_key, '') || chr(10) || lower(coalesce(cases.person_reference, '')) || chr(10) || coalesce(cases.person_phone_key, ''))`;

const likeEscaped = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/**
 * Cases holding `text` (lower case) anywhere in the number, name, e-mail or reference, or `digits`
 * in the phone; the search text has at least `caseTrigramLength` characters, so the trigram index
 * (migration 056) finds them without reading every case.
 */
export function whereCaseText(db: Db, query: Knex.QueryBuilder, text: string, digits: string | null): void {
  if (isSqlite(db)) {
    const phrase = (value: string) => `"${value.replace(/"/g, '""')}"`;
    const match =
      `({number name email reference} : ${phrase(text)})` + (digits ? ` OR (phone : ${phrase(digits)})` : '');
    query.whereRaw('cases.id in (select rowid from cases_search where cases_search match ?)', [match]);
    return;
  }
  query.where((found) => {
    found.whereRaw(`${caseSearchText} like ? escape '\\'`, [`%${likeEscaped(text)}%`]);
    if (digits) found.orWhereRaw(`${caseSearchText} like ?`, [`%${digits}%`]);
  });
}

/**
 * The person search's look-up of a name or part of an e-mail address (lower case, at least
 * `caseTrigramLength` characters) anywhere in the cases' names and e-mail addresses, through the
 * trigram index of the case list's search (migration 056), or an exact customer reference (033).
 */
export function whereCasePersonText(db: Db, query: Knex.QueryBuilder, text: string): void {
  if (isSqlite(db)) {
    const match = `({name email} : "${text.replace(/"/g, '""')}")`;
    query.where((found) =>
      found
        .whereRaw('cases.id in (select rowid from cases_search where cases_search match ?)', [match])
        .orWhereRaw('lower(cases.person_reference) = ?', [text]),
    );
    return;
  }
  const like = `%${likeEscaped(text)}%`;
  query.where((found) =>
    found
      .where((trigram) =>
        trigram
          .whereRaw(`${caseSearchText} like ? escape '\\'`, [like])
          .where((field) =>
            field
              .whereRaw("cases.person_name_key like ? escape '\\'", [like])
              .orWhereRaw("cases.person_email_key like ? escape '\\'", [like]),
          ),
      )
      .orWhereRaw('lower(cases.person_reference) = ?', [text]),
  );
}

/** A short search: the same texts compared directly, among the newest `shortCaseSearchWindow` cases. */
export function whereShortCaseText(db: Db, query: Knex.QueryBuilder, text: string): void {
  const like = `%${likeEscaped(text)}%`;
  query
    .where(
      'cases.id',
      '>=',
      db.raw('coalesce((select id from cases order by id desc limit 1 offset ?), 0)', [
        shortCaseSearchWindow - 1,
      ]),
    )
    .where((match) =>
      match
        .whereRaw("lower(cases.number) like ? escape '\\'", [like])
        .orWhereRaw("cases.person_name_key like ? escape '\\'", [like])
        .orWhereRaw("coalesce(cases.person_email_key, '') like ? escape '\\'", [like])
        .orWhereRaw("lower(coalesce(cases.person_reference, '')) like ? escape '\\'", [like])
        .orWhereRaw("coalesce(cases.person_phone_key, '') like ? escape '\\'", [like]),
    );
}

export type CaseSort = 'dueDate' | 'receivedDate' | 'number' | 'personName' | 'priority' | 'handler';

export interface CasePageRequest {
  page: number;
  pageSize: number;
  sort: CaseSort;
  direction: 'asc' | 'desc';
}

const caseSortColumns = {
  dueDate: 'cases.due_date',
  receivedDate: 'cases.received_date',
  number: 'cases.number',
  personName: 'cases.person_name_key',
} as const;

/** Migration 057's expression: the rank of a priority, urgent first. */
const priorityRank =
  "(case cases.priority when 'urgent' then 0 when 'high' then 1 when 'normal' then 2 else 3 end)";

/**
 * The ids of one page of the selection `selection()` makes, in order: the column, then the due date
 * and the id in the same direction, so a descending sort is the ascending one read backwards and one
 * index (column, due_date) of migration 057 serves both.
 */
export async function pageOfCaseIds(
  db: Db,
  selection: () => Knex.QueryBuilder,
  input: CasePageRequest,
): Promise<number[]> {
  if (input.sort === 'handler') return pageByHandler(db, selection, input);
  const query = selection().select('cases.id');
  if (input.sort === 'priority') query.orderByRaw(`${priorityRank} ${input.direction}`);
  else query.orderBy(caseSortColumns[input.sort], input.direction);
  // Numbers are unique: the id alone breaks no tie, and the (state, number) index serves the order.
  if (input.sort !== 'dueDate' && input.sort !== 'number') query.orderBy('cases.due_date', input.direction);
  const rows = (await query
    .orderBy('cases.id', input.direction)
    .limit(input.pageSize)
    .offset(input.page * input.pageSize)) as Array<{ id: number }>;
  return rows.map((row) => row.id);
}

/**
 * By handler's name (cases nobody handles first, as a name that is empty): the selection counted per
 * handler, then only the handlers the page spans read from (handler_id, due_date), instead of joining
 * every case to its handler's name and sorting them all.
 */
async function pageByHandler(
  db: Db,
  selection: () => Knex.QueryBuilder,
  input: CasePageRequest,
): Promise<number[]> {
  const handlers = (await db('users').orderBy('display_name').orderBy('id').select('id')) as Array<{
    id: number;
  }>;
  const counted = (await selection()
    .select('cases.handler_id')
    .count({ n: '*' })
    .groupBy('cases.handler_id')) as Array<{ handler_id: number | null; n: number | string }>;
  const countOf = new Map(counted.map((row) => [row.handler_id ?? null, Number(row.n)]));
  const order: Array<number | null> = [null, ...handlers.map((handler) => handler.id)];
  if (input.direction === 'desc') order.reverse();
  let skip = input.page * input.pageSize;
  let wanted = input.pageSize;
  const ids: number[] = [];
  for (const handler of order) {
    if (wanted === 0) break;
    const count = countOf.get(handler) ?? 0;
    if (skip >= count) {
      skip -= count;
      continue;
    }
    const query = selection().select('cases.id');
    if (handler === null) query.whereNull('cases.handler_id');
    else query.where('cases.handler_id', handler);
    const rows = (await query
      .orderBy('cases.due_date', input.direction)
      .orderBy('cases.id', input.direction)
      .limit(wanted)
      .offset(skip)) as Array<{ id: number }>;
    ids.push(...rows.map((row) => row.id));
    wanted -= rows.length;
    skip = 0;
  }
  return ids;
}

export interface CaseFilter {
  status: CaseListStatus;
  type?: RequestType;
  capacity?: Capacity;
  handlerId?: number;
  priority?: Priority;
  dueFrom?: string;
  dueTo?: string;
  customerId?: number;
  q?: string;
}

/** The SQL of the case list's filters, on the stored due date, relative to today in Oslo. */
export function filteredCases(
  db: Db,
  filter: CaseFilter,
  today: string,
  dueSoonDays: number,
): Knex.QueryBuilder {
  const soon = addDays(today, dueSoonDays);
  const query = db('cases');
  switch (filter.status) {
    case 'open':
      query.where('cases.state', 'open');
      break;
    case 'closed':
      query.where('cases.state', 'closed');
      break;
    case 'closed-late':
      query.where('cases.state', 'closed').where('cases.closed_late', true);
      break;
    case 'overdue':
      query.where('cases.state', 'open').where('cases.due_date', '<', today);
      break;
    case 'due-soon':
      query.where('cases.state', 'open').whereBetween('cases.due_date', [today, soon]);
      break;
    case 'extension-notice-needed':
      query
        .where('cases.state', 'open')
        .where('cases.capacity', 'controller')
        .whereNull('cases.extended_at')
        .where('cases.due_date', '>=', today)
        .where('cases.due_date', '<', soon);
      break;
    case 'to-forward':
      query.where('cases.state', 'open').where('cases.capacity', 'processor').whereNull('cases.forwarded_on');
      break;
    case 'awaiting-person':
      query
        .where('cases.state', 'open')
        .where((awaiting) =>
          awaiting
            .where((identity) =>
              identity
                .whereNotNull('cases.verification_requested_on')
                .whereNull('cases.verification_received_on')
                .whereNull('cases.verification_result'),
            )
            .orWhere((clarification) =>
              clarification
                .whereNotNull('cases.clarification_requested_on')
                .whereNull('cases.clarification_received_on'),
            ),
        );
      break;
    case 'all':
      break;
  }
  // A row per case and type (migration 090). On SQLite the unary + keeps the type's (many) cases from
  // driving the read: the list walks its order's index and tests each case, stopping at the page.
  if (filter.type)
    query.whereRaw(
      `${isSqlite(db) ? '+' : ''}cases.id in (select case_id from case_request_types where request_type = ?)`,
      [filter.type],
    );
  if (filter.capacity) query.where('cases.capacity', filter.capacity);
  if (filter.handlerId === 0) query.whereNull('cases.handler_id');
  else if (filter.handlerId !== undefined) query.where('cases.handler_id', filter.handlerId);
  if (filter.priority) query.where('cases.priority', filter.priority);
  if (filter.dueFrom) query.where('cases.due_date', '>=', filter.dueFrom);
  if (filter.dueTo) query.where('cases.due_date', '<=', filter.dueTo);
  if (filter.customerId) query.where('cases.customer_org_id', filter.customerId);
  const q = filter.q?.trim().toLocaleLowerCase('nb');
  if (q) {
    if (isShortCaseSearch(q)) whereShortCaseText(db, query, q);
    else whereCaseText(db, query, q, phoneKey(q));
  }
  return query;
}

/**
 * How many cases the list's filters select. One request type alone (every status, no other filter)
 * is counted in its index (migration 090) without reading a case: 22,700 erasure requests of 100,000.
 */
export async function countOfCases(
  db: Db,
  filter: CaseFilter,
  today: string,
  dueSoonDays: number,
): Promise<number> {
  const { status, type, ...others } = filter;
  const typeAlone =
    status === 'all' && type !== undefined && Object.values(others).every((value) => value === undefined);
  const [{ total }] = (await (
    typeAlone
      ? db('case_request_types').where('request_type', type)
      : filteredCases(db, filter, today, dueSoonDays)
  ).count({ total: '*' })) as Array<{ total: number | string }>;
  return Number(total);
}

/** A search too short for the trigram index (see shortCaseSearchWindow). */
export function isShortCaseSearch(q: string | undefined): boolean {
  const text = q?.trim() ?? '';
  return text !== '' && [...text].length < caseTrigramLength;
}

/** The list rows of these ids with their customer's and handler's names, in no particular order. */
export async function casesWithNames(
  db: Db,
  ids: readonly number[],
): Promise<Array<CaseRow & { customer_name: string | null; handler_name: string | null }>> {
  if (ids.length === 0) return [];
  return db('cases')
    .whereIn('cases.id', ids)
    .leftJoin('organisations', 'organisations.id', 'cases.customer_org_id')
    .leftJoin('users', 'users.id', 'cases.handler_id')
    .select('cases.*', 'organisations.name as customer_name', 'users.display_name as handler_name');
}
