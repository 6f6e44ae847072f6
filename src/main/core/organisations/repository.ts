import type { Knex } from 'knex';

type Db = Knex | Knex.Transaction;

export interface OrganisationRow {
  id: number;
  name: string;
  org_number: string | null;
  country: string;
  is_customer: number | boolean;
  is_supplier: number | boolean;
  privacy_contact_name: string | null;
  privacy_contact_email: string | null;
  privacy_contact_phone: string | null;
  services: string | null;
  notes: string | null;
  active: number | boolean;
  created_at: string;
  updated_at: string;
}

export type OrganisationValues = Omit<OrganisationRow, 'id' | 'active' | 'created_at' | 'updated_at'>;

export async function findOrganisation(db: Db, id: number): Promise<OrganisationRow | undefined> {
  return db('organisations').where({ id }).first();
}

export async function findByOrgNumber(
  db: Db,
  country: string,
  orgNumber: string,
): Promise<OrganisationRow | undefined> {
  return db('organisations').where({ country, org_number: orgNumber }).first();
}

export async function listOrganisationRows(
  db: Db,
  filter: { kind?: 'customer' | 'supplier'; includeInactive: boolean },
): Promise<OrganisationRow[]> {
  const query = db('organisations').select('*').orderBy('name');
  if (!filter.includeInactive) query.where({ active: true });
  if (filter.kind === 'customer') query.where({ is_customer: true });
  if (filter.kind === 'supplier') query.where({ is_supplier: true });
  return query;
}

export async function insertOrganisation(db: Db, values: OrganisationValues, now: string): Promise<number> {
  const [inserted] = await db('organisations')
    .insert({ ...values, active: true, created_at: now, updated_at: now })
    .returning('id');
  return typeof inserted === 'object' ? (inserted as { id: number }).id : (inserted as number);
}

export async function updateOrganisationRow(
  db: Db,
  id: number,
  changes: Partial<Omit<OrganisationRow, 'id' | 'created_at'>>,
): Promise<void> {
  await db('organisations').where({ id }).update(changes);
}
