import type { Knex } from 'knex';
import { type CaseFilter, filteredCases } from './list-repository';

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

export async function caseEvents(db: Db, caseId: number): Promise<CaseEventRow[]> {
  return db('case_events').where({ case_id: caseId }).orderBy('at', 'desc').orderBy('id', 'desc');
}

export async function insertCaseEvent(db: Db, row: Omit<CaseEventRow, 'id'>): Promise<void> {
  await db('case_events').insert(row);
}

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
