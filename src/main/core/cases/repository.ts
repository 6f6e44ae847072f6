import type { Knex } from 'knex';
import { positionOf } from '../db/sql';
import { isSqlite } from '../db/connection';
import { addDays } from '../../../shared/calendar';
import type { CaseListStatus } from '../../../shared/cases/contract';
import type { Capacity, Priority, RequestType } from '../../../shared/cases/rules';
import { phoneKey } from './keys';

type Db = Knex | Knex.Transaction;

export interface CaseRow {
  id: number;
  number: string;
  state: 'open' | 'closed';
  person_name: string;
  person_name_key: string;
  person_email: string | null;
  person_email_key: string | null;
  person_phone: string | null;
  person_phone_key: string | null;
  person_address: string | null;
  person_reference: string | null;
  customer_org_id: number | null;
  capacity: string;
  rep_name: string | null;
  rep_relation: string | null;
  rep_contact: string | null;
  rep_authority_evidence: string | null;
  rep_authority_note: string | null;
  rep_authority_checked_at: string | null;
  rep_authority_checked_by: string | null;
  request_types: string;
  channel: string;
  priority: string;
  handler_id: number | null;
  notes: string | null;
  received_date: string;
  received_at: string | null;
  due_date: string;
  pause_open: number | boolean;
  due_computed_on: string;
  extension_decided_on: string | null;
  extension_told_on: string | null;
  extension_notice_channel: string | null;
  extension_reasons: string | null;
  extended_at: string | null;
  extended_by: string | null;
  verification_method: string | null;
  verification_result: string | null;
  verification_reason: string | null;
  verification_decided_at: string | null;
  verification_decided_by: string | null;
  verification_covers: string | null;
  verification_capacity: string | null;
  verification_auto: number | boolean;
  verification_requested_on: string | null;
  verification_received_on: string | null;
  clarification_requested_on: string | null;
  clarification_received_on: string | null;
  clarification_question: string | null;
  override_reason: string | null;
  override_at: string | null;
  override_by: string | null;
  override_covers: string | null;
  forwarded_on: string | null;
  forwarded_to: string | null;
  forwarded_how: string | null;
  forwarding_note: string | null;
  customer_deadline: string | null;
  outcome: string | null;
  outcome_reasons: string | null;
  manifestly_unfounded: number | boolean;
  unfounded_justification: string | null;
  unfounded_response: string | null;
  fee_nok: number | null;
  fee_basis: string | null;
  refusal_grounds: string | null;
  states_complaint_right: number | boolean;
  states_judicial_remedy: number | boolean;
  discloses_personal_data: number | boolean;
  reply_date: string | null;
  reply_channel: string | null;
  closed_late: number | boolean;
  late_reason: string | null;
  closed_at: string | null;
  closed_by: string | null;
  created_at: string;
  created_by: number | null;
  created_by_name: string;
  updated_at: string;
}

export type CaseChanges = Partial<Omit<CaseRow, 'id' | 'number' | 'created_at' | 'created_by'>>;

export interface VerificationItemRow {
  id: number;
  case_id: number;
  position: number;
  label: string;
  help: string | null;
  template_name: string;
  ticked_at: string | null;
  ticked_by: string | null;
}

export interface TaskRow {
  id: number;
  case_id: number;
  position: number;
  request_type: string | null;
  task_key: string | null;
  label: string;
  help: string | null;
  effect: string | null;
  state: string;
  state_note: string | null;
  done_at: string | null;
  done_by: string | null;
  assignee_id: number | null;
}

export interface TaskCommentRow {
  id: number;
  task_id: number;
  case_id: number;
  at: string;
  by: string;
  text: string;
}

export interface RecipientRow {
  id: number;
  case_id: number;
  organisation_id: number | null;
  name: string;
  notified_on: string | null;
  how: string | null;
  not_possible_reason: string | null;
  created_at: string;
}

export interface CaseEventRow {
  id: number;
  case_id: number;
  at: string;
  actor_id: number | null;
  actor_name: string;
  kind: string;
  summary: string;
  /** The line's `Phrase` as JSON; null on lines written before migration 080. */
  summary_phrase: string | null;
}

/** A new open case with every optional column empty; callers fill in the request. */
export function blankCase(now: string, today: string): Omit<CaseRow, 'id'> {
  return {
    number: '',
    state: 'open',
    person_name: '',
    person_name_key: '',
    person_email: null,
    person_email_key: null,
    person_phone: null,
    person_phone_key: null,
    person_address: null,
    person_reference: null,
    customer_org_id: null,
    capacity: 'controller',
    rep_name: null,
    rep_relation: null,
    rep_contact: null,
    rep_authority_evidence: null,
    rep_authority_note: null,
    rep_authority_checked_at: null,
    rep_authority_checked_by: null,
    request_types: '',
    channel: 'phone',
    priority: 'normal',
    handler_id: null,
    notes: null,
    received_date: today,
    received_at: null,
    due_date: today,
    pause_open: false,
    due_computed_on: today,
    extension_decided_on: null,
    extension_told_on: null,
    extension_notice_channel: null,
    extension_reasons: null,
    extended_at: null,
    extended_by: null,
    verification_method: null,
    verification_result: null,
    verification_reason: null,
    verification_decided_at: null,
    verification_decided_by: null,
    verification_covers: null,
    verification_capacity: null,
    verification_auto: false,
    verification_requested_on: null,
    verification_received_on: null,
    clarification_requested_on: null,
    clarification_received_on: null,
    clarification_question: null,
    override_reason: null,
    override_at: null,
    override_by: null,
    override_covers: null,
    forwarded_on: null,
    forwarded_to: null,
    forwarded_how: null,
    forwarding_note: null,
    customer_deadline: null,
    outcome: null,
    outcome_reasons: null,
    manifestly_unfounded: false,
    unfounded_justification: null,
    unfounded_response: null,
    fee_nok: null,
    fee_basis: null,
    refusal_grounds: null,
    states_complaint_right: false,
    states_judicial_remedy: false,
    discloses_personal_data: false,
    reply_date: null,
    reply_channel: null,
    closed_late: false,
    late_reason: null,
    closed_at: null,
    closed_by: null,
    created_at: now,
    created_by: null,
    created_by_name: '',
    updated_at: now,
  };
}

export function insertedId(inserted: unknown): number {
  return typeof inserted === 'object' ? (inserted as { id: number }).id : (inserted as number);
}

export async function findCase(db: Db, id: number): Promise<CaseRow | undefined> {
  return db('cases').where({ id }).first();
}

/** The id of the case with that number ("2026-0042"), for the command line. */
export async function findCaseIdByNumber(db: Db, number: string): Promise<number | undefined> {
  const row: { id: number } | undefined = await db('cases').where({ number }).first('id');
  return row?.id;
}

export async function insertCase(db: Db, row: Omit<CaseRow, 'id'>): Promise<number> {
  const [inserted] = await db('cases').insert(row).returning('id');
  return insertedId(inserted);
}

export async function updateCaseRow(db: Db, id: number, changes: CaseChanges): Promise<void> {
  await db('cases').where({ id }).update(changes);
}

/** The highest sequence number used for a year's case numbers ("2026-0042" → 42). */
export async function lastSequence(db: Db, year: number): Promise<number> {
  const row: { number: string } | undefined = await db('cases')
    .where('number', 'like', `${year}-%`)
    .orderByRaw('length(number) desc, number desc')
    .first('number');
  return row ? Number(row.number.slice(5)) : 0;
}

export async function verificationItems(db: Db, caseId: number): Promise<VerificationItemRow[]> {
  return db('case_verification_items').where({ case_id: caseId }).orderBy('position');
}

export async function insertVerificationItems(
  db: Db,
  rows: Array<Omit<VerificationItemRow, 'id'>>,
): Promise<void> {
  if (rows.length > 0) await db('case_verification_items').insert(rows);
}

export async function deleteVerificationItems(db: Db, caseId: number): Promise<void> {
  await db('case_verification_items').where({ case_id: caseId }).delete();
}

export async function updateVerificationItem(
  db: Db,
  id: number,
  changes: Partial<VerificationItemRow>,
): Promise<void> {
  await db('case_verification_items').where({ id }).update(changes);
}

export async function caseTasks(db: Db, caseId: number): Promise<TaskRow[]> {
  return db('case_tasks').where({ case_id: caseId }).orderBy('position').orderBy('id');
}

export async function insertTasks(db: Db, rows: Array<Omit<TaskRow, 'id'>>): Promise<void> {
  if (rows.length > 0) await db('case_tasks').insert(rows);
}

export async function updateTask(db: Db, id: number, changes: Partial<TaskRow>): Promise<void> {
  await db('case_tasks').where({ id }).update(changes);
}

export async function deleteTasks(db: Db, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  await db('case_task_comments').whereIn('task_id', ids).delete();
  await db('case_tasks').whereIn('id', ids).delete();
}

export async function taskComments(db: Db, caseId: number): Promise<TaskCommentRow[]> {
  return db('case_task_comments').where({ case_id: caseId }).orderBy('at').orderBy('id');
}

export async function insertTaskComment(db: Db, row: Omit<TaskCommentRow, 'id'>): Promise<void> {
  await db('case_task_comments').insert(row);
}

export async function caseRecipients(db: Db, caseId: number): Promise<RecipientRow[]> {
  return db('case_recipients').where({ case_id: caseId }).orderBy('id');
}

export async function insertRecipient(db: Db, row: Omit<RecipientRow, 'id'>): Promise<number> {
  const [inserted] = await db('case_recipients').insert(row).returning('id');
  return insertedId(inserted);
}

export async function updateRecipient(db: Db, id: number, changes: Partial<RecipientRow>): Promise<void> {
  await db('case_recipients').where({ id }).update(changes);
}

export async function deleteRecipient(db: Db, id: number): Promise<void> {
  await db('case_recipients').where({ id }).delete();
}

export async function caseEvents(db: Db, caseId: number): Promise<CaseEventRow[]> {
  return db('case_events').where({ case_id: caseId }).orderBy('at', 'desc').orderBy('id', 'desc');
}

export async function insertCaseEvent(db: Db, row: Omit<CaseEventRow, 'id'>): Promise<void> {
  await db('case_events').insert(row);
}

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
/** A case of the export with its customer's and handler's names. */
export type NamedCaseRow = CaseRow & { customer_name: string | null; handler_name: string | null };

/**
 * One page of the case export, by due date then id, after `after`, at most `limit`
 * (db/batches.ts, `readInBatches`).
 */
export function exportPageOfCases(
  db: Db,
  filter: CaseFilter,
  today: string,
  dueSoonDays: number,
  after: Pick<CaseRow, 'due_date' | 'id'> | null,
  limit: number,
): Promise<NamedCaseRow[]> {
  const query = filteredCases(db, filter, today, dueSoonDays)
    .leftJoin('organisations', 'organisations.id', 'cases.customer_org_id')
    .leftJoin('users', 'users.id', 'cases.handler_id')
    .select('cases.*', 'organisations.name as customer_name', 'users.display_name as handler_name');
  if (after) {
    query.where((later) =>
      later
        .where('cases.due_date', '>', after.due_date)
        .orWhere((same) => same.where('cases.due_date', after.due_date).andWhere('cases.id', '>', after.id)),
    );
  }
  return query.orderBy('cases.due_date').orderBy('cases.id').limit(limit);
}

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
  if (filter.type) query.where('cases.request_types', 'like', `%,${filter.type},%`);
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

/** Cases whose verification pause runs and whose stored due date was computed before `today`. */
export async function casesWithPauseComputedBefore(db: Db, today: string): Promise<CaseRow[]> {
  return db('cases').where({ pause_open: true }).where('due_computed_on', '<', today);
}

/**
 * Open cases whose clock a settings change can move (a verification or clarification asked for, a
 * processor case not yet forwarded); `all`: every open case.
 */
export async function openCasesWithMovingClock(db: Db, all: boolean): Promise<CaseRow[]> {
  const query = db('cases').where({ state: 'open' });
  if (!all)
    query.where((affected) =>
      affected
        .whereNotNull('verification_requested_on')
        .orWhereNotNull('clarification_requested_on')
        .orWhere((processor) => processor.where('capacity', 'processor').whereNull('forwarded_on')),
    );
  return query;
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
