import type { Knex } from 'knex';
import type { ReportedBreach } from '../../../shared/breaches/contract';
import type { BreachState } from '../../../shared/breaches/rules';

type Db = Knex | Knex.Transaction;

export interface BreachRow {
  id: number;
  number: string;
  state: BreachState;
  title: string;
  description: string;
  occurred_from: string | null;
  occurred_to: string | null;
  aware_at: string;
  discovery: string | null;
  capacity: string;
  subject_categories: string;
  subjects_approx: number | null;
  data_types: string;
  special_categories: number | boolean;
  records_approx: number | null;
  consequences: string | null;
  measures_taken: string | null;
  measures_planned: string | null;
  contact_point: string | null;
  risk: string | null;
  risk_reasons: string | null;
  no_notification_reasons: string | null;
  assessed_by_id: number | null;
  assessed_by_name: string | null;
  assessed_at: string | null;
  /** When the breach was (last) assessed as high risk, and when the people are due to be told. */
  high_risk_at: string | null;
  subjects_due_at: string | null;
  subjects_told_at: string | null;
  subjects_how: string | null;
  subjects_count: number | null;
  subjects_message: string | null;
  subjects_exception: string | null;
  subjects_explanation: string | null;
  public_notice_at: string | null;
  public_notice_where: string | null;
  subjects_recorded_by: string | null;
  subjects_recorded_at: string | null;
  next_due_at: string | null;
  closed_at: string | null;
  closed_by: string | null;
  closing_note: string | null;
  reported_by_id: number | null;
  reported_by_name: string;
  created_at: string;
  updated_at: string;
}

export type BreachChanges = Partial<Omit<BreachRow, 'id' | 'number' | 'created_at'>>;

export interface BreachCustomerRow {
  id: number;
  breach_id: number;
  organisation_id: number;
  agreement_id: number | null;
  agreement_reference: string | null;
  agreement_status: string | null;
  notice_hours: number | null;
  due_at: string;
  told_at: string | null;
  told_how: string | null;
  told_to: string | null;
  note: string | null;
  late_reason: string | null;
  recorded_by: string | null;
}

export type NamedCustomerRow = BreachCustomerRow & { name: string };

export interface BreachNotificationRow {
  id: number;
  breach_id: number;
  phase: string;
  sent_at: string;
  reference: string | null;
  sent_by: string;
  summary: string | null;
  delay_reasons: string | null;
  recorded_by: string;
  recorded_at: string;
}

export interface BreachEventRow {
  id: number;
  breach_id: number;
  at: string;
  actor_id: number | null;
  actor_name: string;
  kind: string;
  summary: string;
  /** The line's `Phrase` as JSON; null on lines written before migration 080. */
  summary_phrase: string | null;
}

export interface BreachInquiryRow {
  breach_id: number;
  inquiry_id: number;
  linked_at: string;
  linked_by: string;
  reported_from: number | boolean;
}

/** A processor agreement as the breach clocks read it (the columns migration 009 guarantees). */
export interface ProcessorAgreementRow {
  id: number;
  reference: string;
  organisation_id: number;
  status: string;
  effective_on: string | null;
  expiry_on: string | null;
  breach_notice_hours: number | null;
}

function insertedId(inserted: unknown): number {
  return typeof inserted === 'object' ? (inserted as { id: number }).id : (inserted as number);
}

export async function findBreach(db: Db, id: number): Promise<BreachRow | undefined> {
  return db('breaches').where({ id }).first();
}

/**
 * The columns of the steps a newly recorded breach has not taken: the people affected told (or why not),
 * the next due time (set by its clock) and closing. The service and the demo seeder both start from it.
 */
export const stepsNotTaken = {
  subjects_told_at: null,
  subjects_how: null,
  subjects_count: null,
  subjects_message: null,
  subjects_exception: null,
  subjects_explanation: null,
  public_notice_at: null,
  public_notice_where: null,
  subjects_recorded_by: null,
  subjects_recorded_at: null,
  next_due_at: null,
  closed_at: null,
  closed_by: null,
  closing_note: null,
} as const satisfies Partial<BreachRow>;

export async function insertBreach(db: Db, row: Omit<BreachRow, 'id'>): Promise<number> {
  const [inserted] = await db('breaches').insert(row).returning('id');
  return insertedId(inserted);
}

export async function updateBreachRow(db: Db, id: number, changes: BreachChanges): Promise<void> {
  await db('breaches').where({ id }).update(changes);
}

/** The highest sequence used in a year's numbers ("BR-2026-0042" → 42). */
export async function lastBreachSequence(db: Db, year: number): Promise<number> {
  const row: { number: string } | undefined = await db('breaches')
    .where('number', 'like', `BR-${year}-%`)
    .orderByRaw('length(number) desc, number desc')
    .first('number');
  return row ? Number(row.number.slice(8)) : 0;
}

export async function breachCustomers(db: Db, breachIds: readonly number[]): Promise<NamedCustomerRow[]> {
  if (breachIds.length === 0) return [];
  return db('breach_customers')
    .join('organisations', 'organisations.id', 'breach_customers.organisation_id')
    .whereIn('breach_customers.breach_id', breachIds)
    .orderBy('organisations.name')
    .orderBy('breach_customers.id')
    .select('breach_customers.*', 'organisations.name as name');
}

export async function insertCustomer(db: Db, row: Omit<BreachCustomerRow, 'id'>): Promise<void> {
  await db('breach_customers').insert(row);
}

export async function updateCustomer(
  db: Db,
  breachId: number,
  organisationId: number,
  changes: Partial<BreachCustomerRow>,
): Promise<void> {
  await db('breach_customers')
    .where({ breach_id: breachId, organisation_id: organisationId })
    .update(changes);
}

export async function deleteCustomers(db: Db, breachId: number, organisationIds: number[]): Promise<void> {
  if (organisationIds.length === 0) return;
  await db('breach_customers')
    .where({ breach_id: breachId })
    .whereIn('organisation_id', organisationIds)
    .delete();
}

export async function breachNotifications(
  db: Db,
  breachIds: readonly number[],
): Promise<BreachNotificationRow[]> {
  if (breachIds.length === 0) return [];
  return db('breach_notifications').whereIn('breach_id', breachIds).orderBy('sent_at').orderBy('id');
}

export async function insertNotification(db: Db, row: Omit<BreachNotificationRow, 'id'>): Promise<void> {
  await db('breach_notifications').insert(row);
}

export async function breachEvents(db: Db, breachId: number): Promise<BreachEventRow[]> {
  return db('breach_events').where({ breach_id: breachId }).orderBy('at', 'desc').orderBy('id', 'desc');
}

export async function insertBreachEvent(db: Db, row: Omit<BreachEventRow, 'id'>): Promise<void> {
  await db('breach_events').insert(row);
}

export async function linkedInquiries(db: Db, breachId: number) {
  const rows: Array<{ id: number; received_at: string; summary: string; reported_from: number | boolean }> =
    await db('breach_inquiries')
      .join('inquiries', 'inquiries.id', 'breach_inquiries.inquiry_id')
      .where('breach_inquiries.breach_id', breachId)
      .orderBy('inquiries.id')
      .select('inquiries.id', 'inquiries.received_at', 'inquiries.summary', 'breach_inquiries.reported_from');
  return rows;
}

export async function findInquiryLink(
  db: Db,
  where: Partial<Pick<BreachInquiryRow, 'breach_id' | 'inquiry_id'>> & { reported_from?: boolean },
): Promise<BreachInquiryRow | undefined> {
  return db('breach_inquiries').where(where).first();
}

export async function insertInquiryLink(db: Db, row: BreachInquiryRow): Promise<void> {
  await db('breach_inquiries').insert(row);
}

/** The breaches reported from or linked to an inquiry, as its reporter may know them. */
export async function breachesOfInquiry(db: Db, inquiryId: number): Promise<ReportedBreach[]> {
  const rows: Array<{ id: number; number: string; state: BreachState; reported_from: number | boolean }> =
    await db('breach_inquiries')
      .join('breaches', 'breaches.id', 'breach_inquiries.breach_id')
      .where('breach_inquiries.inquiry_id', inquiryId)
      .orderBy('breaches.id')
      .select('breaches.id', 'breaches.number', 'breaches.state', 'breach_inquiries.reported_from');
  return rows.map((row) => ({
    id: row.id,
    number: row.number,
    state: row.state,
    reportedFrom: Boolean(row.reported_from),
  }));
}

/** Agreements under which we process for these organisations (company_role 'processor'). */
export async function processorAgreements(
  db: Db,
  organisationIds: readonly number[],
): Promise<ProcessorAgreementRow[]> {
  if (organisationIds.length === 0) return [];
  return db('agreements')
    .where({ company_role: 'processor' })
    .whereIn('organisation_id', organisationIds)
    .select(
      'id',
      'reference',
      'organisation_id',
      'status',
      'effective_on',
      'expiry_on',
      'breach_notice_hours',
    );
}

export async function customerOrganisations(db: Db, ids: readonly number[]) {
  if (ids.length === 0) return [];
  const rows: Array<{ id: number; name: string; is_customer: number | boolean; active: number | boolean }> =
    await db('organisations').whereIn('id', ids).select('id', 'name', 'is_customer', 'active');
  return rows;
}

export interface BreachQueryFilter {
  state: 'open' | 'reported' | 'assessed' | 'closed' | 'all';
  risk?: 'none' | 'risk' | 'high' | 'unassessed';
  capacity?: 'controller' | 'processor' | 'both';
  clock?: 'running' | 'overdue' | 'stopped';
  /** UTC instants bounding the awareness time: from inclusive, until exclusive. */
  awareFrom?: string;
  awareUntil?: string;
  q?: string;
}

/** A keyset page of the register's export, newest awareness first: the rows after `after`. */
export function exportPageOfBreaches(
  db: Db,
  filter: BreachQueryFilter,
  now: string,
  after: Pick<BreachRow, 'aware_at' | 'id'> | null,
  limit: number,
): Promise<BreachRow[]> {
  const query = filteredBreaches(db, filter, now).select('breaches.*');
  if (after)
    query.where((earlier) =>
      earlier
        .where('breaches.aware_at', '<', after.aware_at)
        .orWhere((same) =>
          same.where('breaches.aware_at', after.aware_at).andWhere('breaches.id', '<', after.id),
        ),
    );
  return query.orderBy('breaches.aware_at', 'desc').orderBy('breaches.id', 'desc').limit(limit);
}

/** The SQL of the register's filters; `now` decides what is overdue. */
export function filteredBreaches(db: Db, filter: BreachQueryFilter, now: string): Knex.QueryBuilder {
  const query = db('breaches');
  if (filter.state === 'open') query.whereNot('breaches.state', 'closed');
  else if (filter.state !== 'all') query.where('breaches.state', filter.state);
  if (filter.risk === 'unassessed') query.whereNull('breaches.risk');
  else if (filter.risk) query.where('breaches.risk', filter.risk);
  // Our own data, or customers' data: a breach of both counts under each.
  if (filter.capacity === 'both') query.where('breaches.capacity', 'both');
  else if (filter.capacity) query.whereIn('breaches.capacity', [filter.capacity, 'both']);
  if (filter.clock === 'running') query.whereNotNull('breaches.next_due_at');
  else if (filter.clock === 'overdue') query.where('breaches.next_due_at', '<', now);
  else if (filter.clock === 'stopped') query.whereNull('breaches.next_due_at');
  if (filter.awareFrom) query.where('breaches.aware_at', '>=', filter.awareFrom);
  if (filter.awareUntil) query.where('breaches.aware_at', '<', filter.awareUntil);
  const q = filter.q?.trim();
  if (q) {
    const like = `%${q.toLocaleLowerCase('nb').replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    query.where((match) => {
      match
        .whereRaw("lower(breaches.number) like ? escape '\\'", [like])
        .orWhereRaw("lower(breaches.title) like ? escape '\\'", [like]);
    });
  }
  return query;
}

export async function breachesByIds(db: Db, ids: readonly number[]): Promise<BreachRow[]> {
  if (ids.length === 0) return [];
  return db('breaches').whereIn('id', ids);
}

/** Breaches not closed with a running clock, for the deadline and reminder sources. */
export async function breachesWithRunningClocks(db: Db, dueBefore?: string): Promise<BreachRow[]> {
  const query = db('breaches').whereNot('state', 'closed').whereNotNull('next_due_at');
  if (dueBefore) query.where('next_due_at', '<', dueBefore);
  return query.orderBy('next_due_at').orderBy('id');
}

/** Breaches the company became aware of in [from, until), for the reports. */
/** When we became aware of each breach in [from, until), and its risk: what the charts count. */
export async function breachRisksAwareBetween(
  db: Db,
  from: string,
  until: string,
): Promise<Array<Pick<BreachRow, 'aware_at' | 'risk'>>> {
  return db('breaches')
    .where('aware_at', '>=', from)
    .where('aware_at', '<', until)
    .select('aware_at', 'risk');
}

export async function breachesAwareBetween(db: Db, from: string, until: string): Promise<BreachRow[]> {
  return db('breaches').where('aware_at', '>=', from).where('aware_at', '<', until).orderBy('aware_at');
}
