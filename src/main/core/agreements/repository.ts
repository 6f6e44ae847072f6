import type { Knex } from 'knex';
import { addDays, type CalendarDate } from '../../../shared/calendar';
import type { AgreementFilter } from '../../../shared/agreements/contract';
import { expiryWarningDays, inForceStatuses, reviewWarningDays } from '../../../shared/agreements/rules';

type Db = Knex | Knex.Transaction;

export interface AgreementRow {
  id: number;
  reference: string;
  title: string;
  company_role: string;
  organisation_id: number;
  status: string;
  signed_on: string | null;
  effective_on: string | null;
  expiry_on: string | null;
  next_review_on: string | null;
  last_reviewed_on: string | null;
  subject_matter: string | null;
  duration: string | null;
  nature_purpose: string | null;
  data_types_json: string;
  special_categories_json: string;
  data_subjects_json: string;
  locations_json: string;
  breach_notice_hours: number | null;
  security_assessed_on: string | null;
  security_result: string | null;
  security_notes: string | null;
  security_evidence_id: number | null;
  subprocessor_authorisation: string | null;
  terminated_on: string | null;
  end_of_processing: string | null;
  end_confirmed_on: string | null;
  termination_note: string | null;
  transfer_flag: number | boolean;
  /** The day the transfer flag was last worked out (adequacy decisions end on a day). */
  flags_checked_on: string | null;
  notes: string | null;
  created_at: string;
  created_by: number | null;
  updated_at: string;
}

/** An agreement with its organisation's name and country, as lists and views show it. */
export interface NamedAgreementRow extends AgreementRow {
  organisation_name: string;
  organisation_country: string;
}

export type AgreementChanges = Partial<Omit<AgreementRow, 'id' | 'created_at' | 'created_by'>>;

export interface ClauseRow {
  id: number;
  agreement_id: number;
  clause_key: string;
  state: string;
  clause_ref: string | null;
  note: string | null;
  checked_at: string | null;
  checked_by: string | null;
}

export interface SubprocessorRow {
  id: number;
  agreement_id: number;
  organisation_id: number;
  supplier_agreement_id: number | null;
  service: string | null;
  authorised_on: string | null;
  notice_id: number | null;
  added_at: string;
  added_by: string;
  removed_at: string | null;
  removed_by: string | null;
  removed_reason: string | null;
}

export interface NoticeRow {
  id: number;
  agreement_id: number;
  change: string;
  organisation_id: number | null;
  description: string;
  sent_on: string;
  sent_to: string | null;
  objection_deadline: string;
  objection_on: string | null;
  objection_reason: string | null;
  resolution: string | null;
  resolved_on: string | null;
  resolution_note: string | null;
  approved_on: string | null;
  approval_note: string | null;
  created_at: string;
  created_by: string;
}

export interface DeclaredRow {
  id: number;
  agreement_id: number;
  name: string;
  country: string;
  service: string | null;
  added_at: string;
  removed_at: string | null;
  removed_by: string | null;
}

export interface TransferRow {
  id: number;
  agreement_id: number;
  importer: string;
  country: string;
  basis: string;
  scc_module: number | null;
  derogation: string | null;
  direction: string | null;
  occasional: number | boolean;
  adequacy_confirmed: number | boolean;
  tia_done: number | boolean;
  tia_on: string | null;
  supplementary_measures: string | null;
  next_review_on: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
  removed_at: string | null;
  removed_by: string | null;
}

function insertedId(inserted: unknown): number {
  return typeof inserted === 'object' ? (inserted as { id: number }).id : (inserted as number);
}

/** SQLite accepts at most 32766 bound values, and knex's multi-row insert 500 rows, per statement. */
export async function insertBatch(db: Db, table: string, rows: object[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]).length;
  const size = Math.max(1, Math.min(500, Math.floor(30_000 / columns)));
  for (let index = 0; index < rows.length; index += size)
    await db(table).insert(rows.slice(index, index + size));
}

const namedColumns = [
  'agreements.*',
  'organisations.name as organisation_name',
  'organisations.country as organisation_country',
];

function named(db: Db): Knex.QueryBuilder {
  return db('agreements')
    .join('organisations', 'organisations.id', 'agreements.organisation_id')
    .select(namedColumns);
}

export async function findAgreement(db: Db, id: number): Promise<NamedAgreementRow | undefined> {
  return named(db).where('agreements.id', id).first();
}

export async function findAgreementsByIds(db: Db, ids: readonly number[]): Promise<NamedAgreementRow[]> {
  const rows: NamedAgreementRow[] = [];
  for (let index = 0; index < ids.length; index += 500)
    rows.push(...(await named(db).whereIn('agreements.id', ids.slice(index, index + 500))));
  return rows;
}

export async function findByReference(db: Db, reference: string): Promise<AgreementRow | undefined> {
  return db('agreements').whereRaw('lower(reference) = lower(?)', [reference]).first();
}

export async function insertAgreement(db: Db, row: Omit<AgreementRow, 'id'>): Promise<number> {
  const [inserted] = await db('agreements').insert(row).returning('id');
  return insertedId(inserted);
}

export async function updateAgreementRow(db: Db, id: number, changes: AgreementChanges): Promise<void> {
  await db('agreements').where({ id }).update(changes);
}

/** The highest sequence used in a year's generated references ("DPA-2026-042" → 42). */
export async function lastReferenceSequence(db: Db, year: number): Promise<number> {
  const rows: Array<{ reference: string }> = await db('agreements')
    .where('reference', 'like', `DPA-${year}-%`)
    .select('reference');
  return rows.reduce((max, row) => {
    const sequence = Number(row.reference.slice(`DPA-${year}-`.length));
    return Number.isInteger(sequence) && sequence > max ? sequence : max;
  }, 0);
}

// The Art. 28(3) checklist.

export async function clauseRows(db: Db, agreementId: number): Promise<ClauseRow[]> {
  return db('agreement_clauses').where({ agreement_id: agreementId }).orderBy('id');
}

export async function clauseStatesFor(
  db: Db,
  agreementIds: readonly number[],
): Promise<Map<number, string[]>> {
  const states = new Map<number, string[]>();
  for (let index = 0; index < agreementIds.length; index += 500) {
    const rows: Array<{ agreement_id: number; state: string }> = await db('agreement_clauses')
      .whereIn('agreement_id', agreementIds.slice(index, index + 500))
      .select('agreement_id', 'state');
    for (const row of rows)
      states.set(row.agreement_id, [...(states.get(row.agreement_id) ?? []), row.state]);
  }
  return states;
}

export async function updateClauseRow(db: Db, id: number, changes: Partial<ClauseRow>): Promise<void> {
  await db('agreement_clauses').where({ id }).update(changes);
}

// Sub-processors for a customer, and the customers a supplier is a sub-processor for.

export async function subprocessorRows(db: Db, agreementId: number): Promise<SubprocessorRow[]> {
  return db('agreement_subprocessors')
    .where({ agreement_id: agreementId })
    .whereNull('removed_at')
    .orderBy('id');
}

export async function findSubprocessor(db: Db, id: number): Promise<SubprocessorRow | undefined> {
  return db('agreement_subprocessors').where({ id }).first();
}

export async function insertSubprocessor(db: Db, row: Omit<SubprocessorRow, 'id'>): Promise<number> {
  const [inserted] = await db('agreement_subprocessors').insert(row).returning('id');
  return insertedId(inserted);
}

export async function updateSubprocessorRows(
  db: Db,
  ids: readonly number[],
  changes: Partial<SubprocessorRow>,
): Promise<void> {
  if (ids.length > 0) await db('agreement_subprocessors').whereIn('id', ids).update(changes);
}

export interface CustomerLinkRow {
  link_id: number;
  service: string | null;
  supplier_agreement_id: number | null;
  agreement_id: number;
  reference: string;
  title: string;
  status: string;
  customer_id: number;
  customer_name: string;
}

function customerLinks(db: Db): Knex.QueryBuilder {
  return db('agreement_subprocessors as links')
    .join('agreements', 'agreements.id', 'links.agreement_id')
    .join('organisations', 'organisations.id', 'agreements.organisation_id')
    .whereNull('links.removed_at')
    .select(
      'links.id as link_id',
      'links.service',
      'links.supplier_agreement_id',
      'agreements.id as agreement_id',
      'agreements.reference',
      'agreements.title',
      'agreements.status',
      'organisations.id as customer_id',
      'organisations.name as customer_name',
    )
    .orderBy('organisations.name')
    .orderBy('agreements.reference');
}

/** The customer agreements that name this supplier agreement for a sub-processor. */
export async function linksToSupplierAgreement(
  db: Db,
  supplierAgreementId: number,
): Promise<CustomerLinkRow[]> {
  return customerLinks(db).where('links.supplier_agreement_id', supplierAgreementId);
}

/** The customer agreements that use this organisation as a sub-processor. */
export async function linksToOrganisation(db: Db, organisationId: number): Promise<CustomerLinkRow[]> {
  return customerLinks(db).where('links.organisation_id', organisationId);
}

// Change notices and objections (general authorisation).

export async function noticeRows(db: Db, agreementId: number): Promise<NoticeRow[]> {
  return db('agreement_change_notices')
    .where({ agreement_id: agreementId })
    .orderBy('sent_on', 'desc')
    .orderBy('id', 'desc');
}

export async function findNotice(db: Db, id: number): Promise<NoticeRow | undefined> {
  return db('agreement_change_notices').where({ id }).first();
}

export async function insertNotice(db: Db, row: Omit<NoticeRow, 'id'>): Promise<number> {
  const [inserted] = await db('agreement_change_notices').insert(row).returning('id');
  return insertedId(inserted);
}

export async function updateNoticeRow(db: Db, id: number, changes: Partial<NoticeRow>): Promise<void> {
  await db('agreement_change_notices').where({ id }).update(changes);
}

// Sub-processors a supplier declared.

export async function declaredRows(db: Db, agreementId: number): Promise<DeclaredRow[]> {
  return db('agreement_declared_subprocessors')
    .where({ agreement_id: agreementId })
    .whereNull('removed_at')
    .orderBy('name');
}

export async function findDeclared(db: Db, id: number): Promise<DeclaredRow | undefined> {
  return db('agreement_declared_subprocessors').where({ id }).first();
}

export async function insertDeclared(db: Db, row: Omit<DeclaredRow, 'id'>): Promise<number> {
  const [inserted] = await db('agreement_declared_subprocessors').insert(row).returning('id');
  return insertedId(inserted);
}

export async function updateDeclaredRow(db: Db, id: number, changes: Partial<DeclaredRow>): Promise<void> {
  await db('agreement_declared_subprocessors').where({ id }).update(changes);
}

// Transfers outside the EEA.

export async function transferRows(db: Db, agreementId: number): Promise<TransferRow[]> {
  return db('agreement_transfers').where({ agreement_id: agreementId }).whereNull('removed_at').orderBy('id');
}

export async function findTransfer(db: Db, id: number): Promise<TransferRow | undefined> {
  return db('agreement_transfers').where({ id }).first();
}

export async function insertTransfer(db: Db, row: Omit<TransferRow, 'id'>): Promise<number> {
  const [inserted] = await db('agreement_transfers').insert(row).returning('id');
  return insertedId(inserted);
}

export async function updateTransferRow(db: Db, id: number, changes: Partial<TransferRow>): Promise<void> {
  await db('agreement_transfers').where({ id }).update(changes);
}

/** Transfers and declared sub-processors of many agreements at once, for a list page or an export. */
export async function transfersAndDeclaredFor(
  db: Db,
  agreementIds: readonly number[],
): Promise<{ transfers: TransferRow[]; declared: DeclaredRow[] }> {
  const transfers: TransferRow[] = [];
  const declared: DeclaredRow[] = [];
  for (let index = 0; index < agreementIds.length; index += 500) {
    const slice = agreementIds.slice(index, index + 500);
    transfers.push(
      ...(await db('agreement_transfers').whereIn('agreement_id', slice).whereNull('removed_at')),
    );
    declared.push(
      ...(await db('agreement_declared_subprocessors')
        .whereIn('agreement_id', slice)
        .whereNull('removed_at')),
    );
  }
  return { transfers, declared };
}

// The register's list: filters, sorting, paging.

const settledCount =
  "(select count(*) from agreement_clauses c where c.agreement_id = agreements.id and c.state in ('present', 'not-applicable'))";

function clauseExists(state: string) {
  return (query: Knex.QueryBuilder) =>
    query
      .select(1)
      .from('agreement_clauses')
      .whereRaw('agreement_clauses.agreement_id = agreements.id')
      .where('agreement_clauses.state', state);
}

/** Every filter of the register, as SQL over `agreements` joined to its organisation. */
/** An agreement past its expiry date is expired whatever status was recorded: filters use the status as it stands today. */
function whereStatusOn(query: Knex.QueryBuilder, status: string, today: CalendarDate): void {
  const inForce = [...inForceStatuses];
  if (status === 'expired')
    query.where((expired) =>
      expired
        .where('agreements.status', 'expired')
        .orWhere((past) =>
          past.whereIn('agreements.status', inForce).where('agreements.expiry_on', '<', today),
        ),
    );
  else if (inForce.includes(status as (typeof inForce)[number]))
    query
      .where('agreements.status', status)
      .where((current) =>
        current.whereNull('agreements.expiry_on').orWhere('agreements.expiry_on', '>=', today),
      );
  else query.where('agreements.status', status);
}

export function filteredAgreements(db: Db, filter: AgreementFilter, today: CalendarDate): Knex.QueryBuilder {
  const query = db('agreements').join('organisations', 'organisations.id', 'agreements.organisation_id');
  if (filter.companyRole) query.where('agreements.company_role', filter.companyRole);
  if (filter.status) whereStatusOn(query, filter.status, today);
  if (filter.organisationId) query.where('agreements.organisation_id', filter.organisationId);
  if (filter.checklist === 'gaps') query.whereExists(clauseExists('missing'));
  if (filter.checklist === 'unchecked') query.whereExists(clauseExists('unchecked'));
  if (filter.checklist === 'complete')
    query.whereNotExists(clauseExists('missing')).whereNotExists(clauseExists('unchecked'));
  if (filter.due) {
    const inForce = [...inForceStatuses];
    const reviewSoon = (q: Knex.QueryBuilder) =>
      q.whereBetween('agreements.next_review_on', [today, addDays(today, reviewWarningDays)]);
    const reviewOverdue = (q: Knex.QueryBuilder) => q.where('agreements.next_review_on', '<', today);
    const expiring = (q: Knex.QueryBuilder) =>
      q.whereBetween('agreements.expiry_on', [today, addDays(today, expiryWarningDays)]);
    const expired = (q: Knex.QueryBuilder) => q.where('agreements.expiry_on', '<', today);
    query.whereIn('agreements.status', inForce);
    if (filter.due === 'review-soon') query.where(reviewSoon);
    if (filter.due === 'review-overdue') query.where(reviewOverdue);
    if (filter.due === 'expiring') query.where(expiring);
    if (filter.due === 'expired-active') query.where(expired);
    if (filter.due === 'any')
      query.where((any) => any.where(reviewSoon).orWhere(reviewOverdue).orWhere(expiring).orWhere(expired));
  }
  if (filter.country) {
    const code = filter.country;
    query.where((match) =>
      match
        .where('agreements.locations_json', 'like', `%"${code}"%`)
        .orWhereExists((sub) =>
          sub
            .select(1)
            .from('agreement_transfers')
            .whereRaw('agreement_transfers.agreement_id = agreements.id')
            .whereNull('agreement_transfers.removed_at')
            .where('agreement_transfers.country', code),
        )
        .orWhereExists((sub) =>
          sub
            .select(1)
            .from('agreement_declared_subprocessors')
            .whereRaw('agreement_declared_subprocessors.agreement_id = agreements.id')
            .whereNull('agreement_declared_subprocessors.removed_at')
            .where('agreement_declared_subprocessors.country', code),
        ),
    );
  }
  if (filter.basis === 'flagged') query.where('agreements.transfer_flag', true);
  else if (filter.basis) {
    const basis = filter.basis;
    query.whereExists((sub) =>
      sub
        .select(1)
        .from('agreement_transfers')
        .whereRaw('agreement_transfers.agreement_id = agreements.id')
        .whereNull('agreement_transfers.removed_at')
        .where('agreement_transfers.basis', basis),
    );
  }
  const q = filter.q?.trim().toLowerCase();
  if (q) {
    const like = `%${q.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    query.where((match) =>
      match
        .whereRaw("lower(agreements.title) like ? escape '\\'", [like])
        .orWhereRaw("lower(agreements.reference) like ? escape '\\'", [like])
        .orWhereRaw("lower(organisations.name) like ? escape '\\'", [like]),
    );
  }
  return query;
}

export type AgreementSort =
  'reference' | 'title' | 'organisation' | 'status' | 'nextReviewOn' | 'expiryOn' | 'completeness';

const statusOrder =
  "case agreements.status when 'active' then 0 when 'suspended' then 1 when 'negotiation' then 2 when 'draft' then 3 when 'expired' then 4 else 5 end";

/** Orders a filtered query; dates sort empty ones last either way, ties by reference. */
export function sortAgreements(query: Knex.QueryBuilder, sort: AgreementSort, direction: 'asc' | 'desc') {
  switch (sort) {
    case 'reference':
      query.orderBy('agreements.reference', direction);
      break;
    case 'title':
      query.orderByRaw(`lower(agreements.title) ${direction}`);
      break;
    case 'organisation':
      query.orderByRaw(`lower(organisations.name) ${direction}`);
      break;
    case 'status':
      query.orderByRaw(`${statusOrder} ${direction}`);
      break;
    case 'nextReviewOn':
      query.orderByRaw(`agreements.next_review_on is null, agreements.next_review_on ${direction}`);
      break;
    case 'expiryOn':
      query.orderByRaw(`agreements.expiry_on is null, agreements.expiry_on ${direction}`);
      break;
    case 'completeness':
      query.orderByRaw(`${settledCount} ${direction}`);
      break;
  }
  return query.orderBy('agreements.reference', 'asc').orderBy('agreements.id', 'asc');
}

export async function countAgreements(db: Db, filter: AgreementFilter, today: CalendarDate): Promise<number> {
  const [{ total }] = await filteredAgreements(db, filter, today).count({ total: '*' });
  return Number(total);
}

export async function agreementPageIds(
  db: Db,
  filter: AgreementFilter,
  today: CalendarDate,
  page: { sort: AgreementSort; direction: 'asc' | 'desc'; page: number; pageSize: number },
): Promise<number[]> {
  const query = sortAgreements(
    filteredAgreements(db, filter, today).select('agreements.id'),
    page.sort,
    page.direction,
  )
    .limit(page.pageSize)
    .offset(page.page * page.pageSize);
  return ((await query) as Array<{ id: number }>).map((row) => row.id);
}

/** A keyset page of the register's export, by reference: the agreements after `after`. */
export async function exportPageOfAgreements(
  db: Db,
  filter: AgreementFilter,
  today: CalendarDate,
  after: Pick<NamedAgreementRow, 'reference' | 'id'> | null,
  limit: number,
): Promise<NamedAgreementRow[]> {
  const query = filteredAgreements(db, filter, today).select(namedColumns);
  if (after)
    query.where((later) =>
      later
        .where('agreements.reference', '>', after.reference)
        .orWhere((same) =>
          same.where('agreements.reference', after.reference).andWhere('agreements.id', '>', after.id),
        ),
    );
  return sortAgreements(query, 'reference', 'asc').limit(limit);
}

export async function agreementsOfOrganisation(db: Db, organisationId: number): Promise<NamedAgreementRow[]> {
  return named(db).where('agreements.organisation_id', organisationId).orderBy('agreements.reference');
}

// What is due: reviews, expiry, objection windows.

/** Agreements in force with a review or expiry date on or before `to`. */
/** What the deadline query needs of an agreement (not its long texts). */
export type AgreementDueRow = Pick<
  NamedAgreementRow,
  'id' | 'reference' | 'title' | 'status' | 'next_review_on' | 'expiry_on' | 'organisation_name'
>;

export async function agreementsDueBy(db: Db, to: CalendarDate): Promise<AgreementDueRow[]> {
  return db('agreements')
    .join('organisations', 'organisations.id', 'agreements.organisation_id')
    .select(
      'agreements.id',
      'agreements.reference',
      'agreements.title',
      'agreements.status',
      'agreements.next_review_on',
      'agreements.expiry_on',
      'organisations.name as organisation_name',
    )
    .whereIn('agreements.status', [...inForceStatuses])
    .where((due) =>
      due.where('agreements.next_review_on', '<=', to).orWhere('agreements.expiry_on', '<=', to),
    )
    .orderBy('agreements.reference');
}

export interface OpenNoticeRow extends NoticeRow {
  reference: string;
  title: string;
  organisation_name: string;
}

/**
 * Change notices that need attention: the customer may still object (the deadline is today or
 * later, up to `to`), or it objected and the objection is not resolved. Only agreements not ended.
 */
export async function openNotices(db: Db, today: CalendarDate, to: CalendarDate): Promise<OpenNoticeRow[]> {
  return db('agreement_change_notices as notices')
    .join('agreements', 'agreements.id', 'notices.agreement_id')
    .join('organisations', 'organisations.id', 'agreements.organisation_id')
    .whereNotIn('agreements.status', ['terminated', 'expired'])
    .where((open) =>
      open
        .where((window) =>
          window
            .whereNull('notices.objection_on')
            .where('notices.objection_deadline', '>=', today)
            .where('notices.objection_deadline', '<=', to),
        )
        .orWhere((objected) => objected.whereNotNull('notices.objection_on').whereNull('notices.resolution')),
    )
    .select(
      'notices.*',
      'agreements.reference',
      'agreements.title',
      'organisations.name as organisation_name',
    )
    .orderBy('notices.objection_deadline');
}

// The register summary for the dashboard and the annual report.

/** Agreements by direction and by the status as it stands on `day` (expired once past the expiry date). */
export async function countsByDirectionAndStatus(
  db: Db,
  day: CalendarDate,
): Promise<Array<{ company_role: string; status: string; n: number }>> {
  const rows: Array<{ company_role: string; status: string; n: number | string }> = await db('agreements')
    .select(
      'agreements.company_role',
      db.raw(
        "case when agreements.status in ('active', 'suspended') and agreements.expiry_on < ? then 'expired' else agreements.status end as status",
        [day],
      ),
    )
    .count({ n: '*' })
    .groupByRaw('1, 2');
  return rows.map((row) => ({ ...row, n: Number(row.n) }));
}

/**
 * Agreements in force on `day` by direction: active or suspended then (terminated or expired only
 * since), effective by then and not yet expired or terminated. Drafts and negotiations never were.
 */
export async function countInForceOn(
  db: Db,
  day: CalendarDate,
): Promise<Array<{ company_role: string; n: number }>> {
  const rows: Array<{ company_role: string; n: number | string }> = await db('agreements')
    .whereIn('status', ['active', 'suspended', 'terminated', 'expired'])
    .whereNotNull('effective_on')
    .where('effective_on', '<=', day)
    .where((query) => query.whereNull('expiry_on').orWhere('expiry_on', '>=', day))
    .where((query) => query.whereNull('terminated_on').orWhere('terminated_on', '>', day))
    .groupBy('company_role')
    .select('company_role')
    .count({ n: '*' });
  return rows.map((row) => ({ company_role: row.company_role, n: Number(row.n) }));
}

/** Missing clauses per item among agreements not ended, and how many such agreements have any. */
export async function missingClauseCounts(
  db: Db,
): Promise<{ byKey: Array<{ clause_key: string; n: number }>; agreements: number }> {
  const live = (query: Knex.QueryBuilder) =>
    query
      .join('agreements', 'agreements.id', 'agreement_clauses.agreement_id')
      .where('agreement_clauses.state', 'missing')
      .whereNotIn('agreements.status', ['terminated', 'expired']);
  const byKey = await live(db('agreement_clauses'))
    .groupBy('agreement_clauses.clause_key')
    .select('agreement_clauses.clause_key')
    .count({ n: '*' });
  const [{ n }] = await live(db('agreement_clauses')).countDistinct({ n: 'agreement_clauses.agreement_id' });
  return {
    byKey: (byKey as Array<{ clause_key: string; n: number | string }>).map((row) => ({
      clause_key: row.clause_key,
      n: Number(row.n),
    })),
    agreements: Number(n),
  };
}

export async function transferCountsByBasis(db: Db): Promise<Array<{ basis: string; n: number }>> {
  const rows = await db('agreement_transfers')
    .join('agreements', 'agreements.id', 'agreement_transfers.agreement_id')
    .whereNull('agreement_transfers.removed_at')
    .whereNotIn('agreements.status', ['terminated', 'expired'])
    .groupBy('agreement_transfers.basis')
    .select('agreement_transfers.basis')
    .count({ n: '*' });
  return (rows as Array<{ basis: string; n: number | string }>).map((row) => ({
    basis: row.basis,
    n: Number(row.n),
  }));
}

export async function flaggedAgreements(db: Db): Promise<NamedAgreementRow[]> {
  return named(db)
    .where('agreements.transfer_flag', true)
    .whereNotIn('agreements.status', ['terminated', 'expired'])
    .orderBy('agreements.reference');
}

/** The active sub-processor links of many customer agreements, with the suppliers' names. */
export async function subprocessorNamesFor(
  db: Db,
  agreementIds: readonly number[],
): Promise<Array<{ agreement_id: number; name: string }>> {
  const rows: Array<{ agreement_id: number; name: string }> = [];
  for (let index = 0; index < agreementIds.length; index += 500)
    rows.push(
      ...(await db('agreement_subprocessors as links')
        .join('organisations', 'organisations.id', 'links.organisation_id')
        .whereIn('links.agreement_id', agreementIds.slice(index, index + 500))
        .whereNull('links.removed_at')
        .select('links.agreement_id', 'organisations.name')
        .orderBy('organisations.name')),
    );
  return rows;
}

export async function missingClauseKeysFor(
  db: Db,
  agreementIds: readonly number[],
): Promise<Array<{ agreement_id: number; clause_key: string }>> {
  const rows: Array<{ agreement_id: number; clause_key: string }> = [];
  for (let index = 0; index < agreementIds.length; index += 500)
    rows.push(
      ...(await db('agreement_clauses')
        .whereIn('agreement_id', agreementIds.slice(index, index + 500))
        .where('state', 'missing')
        .select('agreement_id', 'clause_key')
        .orderBy('id')),
    );
  return rows;
}

// The stored transfer flags (flags.ts).

/** True when an agreement not ended had its transfer flag worked out before `today` (or never). */
export async function flagsStaleBefore(db: Db, today: CalendarDate): Promise<boolean> {
  const stale = await db('agreements')
    .whereNotIn('status', ['terminated', 'expired'])
    .where((query) => query.whereNull('flags_checked_on').orWhere('flags_checked_on', '<', today))
    .first('id');
  return stale !== undefined;
}

export async function agreementFlagRows(
  db: Db,
): Promise<Array<{ id: number; locations_json: string; transfer_flag: number | boolean }>> {
  return db('agreements').select('id', 'locations_json', 'transfer_flag');
}

export async function setTransferFlag(db: Db, id: number, flag: boolean): Promise<void> {
  await db('agreements').where({ id }).update({ transfer_flag: flag });
}

export async function markFlagsChecked(db: Db, today: CalendarDate): Promise<void> {
  await db('agreements').update({ flags_checked_on: today });
}
