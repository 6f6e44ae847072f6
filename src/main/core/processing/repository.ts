import type { Knex } from 'knex';

type Db = Knex | Knex.Transaction;

export interface ActivityRow {
  id: number;
  reference: string;
  role: string;
  name: string;
  purposes: string | null;
  legal_bases: string;
  legal_basis_note: string | null;
  data_subjects_json: string;
  data_categories_json: string;
  special_categories_json: string;
  recipients_json: string;
  transfers_json: string;
  retention: string | null;
  security_measures: string | null;
  customer_org_id: number | null;
  agreement_id: number | null;
  processing_categories: string | null;
  notes: string | null;
  archived_at: string | null;
  archived_by: string | null;
  archive_reason: string | null;
  created_at: string;
  created_by: number | null;
  updated_at: string;
}

/** A record with its customer's name and its agreement's reference and status, as the views show it. */
export interface NamedActivityRow extends ActivityRow {
  customer_name: string | null;
  customer_email: string | null;
  agreement_reference: string | null;
  agreement_status: string | null;
}

export type ActivityChanges = Partial<Omit<ActivityRow, 'id' | 'created_at' | 'created_by'>>;

function named(db: Db): Knex.QueryBuilder {
  return db('processing_activities')
    .leftJoin('organisations', 'organisations.id', 'processing_activities.customer_org_id')
    .leftJoin('agreements', 'agreements.id', 'processing_activities.agreement_id')
    .select(
      'processing_activities.*',
      'organisations.name as customer_name',
      'organisations.privacy_contact_email as customer_email',
      'agreements.reference as agreement_reference',
      'agreements.status as agreement_status',
    );
}

export async function findActivity(db: Db, id: number): Promise<NamedActivityRow | undefined> {
  return named(db).where('processing_activities.id', id).first();
}

/** The register's rows: controller records first, then processor records by customer; by reference within. */
export async function activityRows(
  db: Db,
  filter: { role?: string; q?: string; includeArchived: boolean },
): Promise<NamedActivityRow[]> {
  const query = named(db);
  if (filter.role) query.where('processing_activities.role', filter.role);
  if (!filter.includeArchived) query.whereNull('processing_activities.archived_at');
  const q = filter.q?.trim().toLowerCase();
  if (q) {
    const like = `%${q.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    query.where((match) =>
      match
        .whereRaw("lower(processing_activities.name) like ? escape '\\'", [like])
        .orWhereRaw("lower(processing_activities.reference) like ? escape '\\'", [like])
        .orWhereRaw("lower(coalesce(processing_activities.purposes, '')) like ? escape '\\'", [like])
        .orWhereRaw("lower(coalesce(organisations.name, '')) like ? escape '\\'", [like]),
    );
  }
  return query
    .orderByRaw("case processing_activities.role when 'controller' then 0 else 1 end")
    .orderByRaw('organisations.name is null, lower(organisations.name)')
    .orderBy('processing_activities.reference');
}

/** The record's activities counted, as `activityRows` would list them. */
export async function countActivities(db: Db, includeArchived: boolean): Promise<number> {
  const query = db('processing_activities');
  if (!includeArchived) query.whereNull('archived_at');
  const [{ n }] = await query.count({ n: '*' });
  return Number(n);
}

/** A keyset page of the record's export, by id: the activities after `afterId`. */
export async function exportPageOfActivities(
  db: Db,
  includeArchived: boolean,
  afterId: number | null,
  limit: number,
): Promise<NamedActivityRow[]> {
  const query = named(db);
  if (!includeArchived) query.whereNull('processing_activities.archived_at');
  if (afterId !== null) query.where('processing_activities.id', '>', afterId);
  return query.orderBy('processing_activities.id').limit(limit);
}

export async function insertActivity(db: Db, row: Omit<ActivityRow, 'id'>): Promise<number> {
  const [inserted] = await db('processing_activities').insert(row).returning('id');
  return typeof inserted === 'object' ? (inserted as { id: number }).id : Number(inserted);
}

export async function updateActivityRow(db: Db, id: number, changes: ActivityChanges): Promise<void> {
  await db('processing_activities').where({ id }).update(changes);
}

/** The highest sequence used in the references ("PA-012" → 12). */
export async function lastActivitySequence(db: Db): Promise<number> {
  const rows: Array<{ reference: string }> = await db('processing_activities')
    .where('reference', 'like', 'PA-%')
    .select('reference');
  return rows.reduce((max, row) => {
    const sequence = Number(row.reference.slice(3));
    return Number.isInteger(sequence) && sequence > max ? sequence : max;
  }, 0);
}

/**
 * Customer agreements in force today (active or suspended, effective and not expired) that no
 * record as processor (not archived) links to: each needs its Art. 30(2) record.
 */
export async function uncoveredCustomerAgreements(
  db: Db,
  today: string,
): Promise<
  Array<{ id: number; reference: string; title: string; organisation_id: number; organisation_name: string }>
> {
  return db('agreements')
    .join('organisations', 'organisations.id', 'agreements.organisation_id')
    .where('agreements.company_role', 'processor')
    .whereIn('agreements.status', ['active', 'suspended'])
    .where((query) =>
      query.whereNull('agreements.effective_on').orWhere('agreements.effective_on', '<=', today),
    )
    .where((query) => query.whereNull('agreements.expiry_on').orWhere('agreements.expiry_on', '>=', today))
    .whereNotExists((sub) =>
      sub
        .select(1)
        .from('processing_activities')
        .whereRaw('processing_activities.agreement_id = agreements.id')
        .whereNull('processing_activities.archived_at'),
    )
    .select(
      'agreements.id',
      'agreements.reference',
      'agreements.title',
      'agreements.organisation_id',
      'organisations.name as organisation_name',
    )
    .orderByRaw('lower(organisations.name)')
    .orderBy('agreements.reference');
}

/** The reference of the record (not archived) that already records the processing under an agreement. */
export async function activeRecordOfAgreement(db: Db, agreementId: number): Promise<string | null> {
  const row = (await db('processing_activities')
    .where({ agreement_id: agreementId })
    .whereNull('archived_at')
    .first('reference')) as { reference: string } | undefined;
  return row?.reference ?? null;
}

/** The active users with the data protection officer's role, by name: whom the record names as DPO. */
export async function activeDpoNames(db: Db): Promise<string[]> {
  const rows: Array<{ display_name: string }> = await db('users')
    .join('user_roles', 'user_roles.user_id', 'users.id')
    .where({ 'users.active': true, 'user_roles.role': 'dpo' })
    .orderBy('users.display_name')
    .select('users.display_name');
  return rows.map((row) => row.display_name);
}
