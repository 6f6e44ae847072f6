import type { Knex } from 'knex';

/**
 * The agreements register's rows and their reads and writes. The register's list (filters, order, pages)
 * is in `list-repository.ts`, what is due and the register in figures in `register-repository.ts`.
 */

export type Db = Knex | Knex.Transaction;

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

export const namedColumns = [
  'agreements.*',
  'organisations.name as organisation_name',
  'organisations.country as organisation_country',
];

/** Agreements with their organisation's name and country (`NamedAgreementRow`). */
export function named(db: Db): Knex.QueryBuilder {
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
