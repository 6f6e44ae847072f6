import type { Knex } from 'knex';
import { insertedId } from './repository';

type Db = Knex | Knex.Transaction;

/** A restriction with its case's number and person, as the screens list it. */
export interface RestrictionRow {
  id: number;
  case_id: number;
  case_number: string;
  person_name: string;
  what: string;
  ground: string;
  since: string;
  recorded_at: string;
  recorded_by: string;
  person_told_on: string | null;
  person_told_how: string | null;
  lifted_on: string | null;
  lift_reason: string | null;
  lifted_at: string | null;
  lifted_by: string | null;
}

type NewRestriction = Pick<
  RestrictionRow,
  'case_id' | 'what' | 'ground' | 'since' | 'recorded_at' | 'recorded_by'
>;
type Lifting = Pick<
  RestrictionRow,
  'person_told_on' | 'person_told_how' | 'lifted_on' | 'lift_reason' | 'lifted_at' | 'lifted_by'
>;

function restrictionRows(db: Db) {
  return db('case_restrictions')
    .join('cases', 'cases.id', 'case_restrictions.case_id')
    .select('case_restrictions.*', 'cases.number as case_number', 'cases.person_name');
}

export async function restrictionsOfCase(db: Db, caseId: number): Promise<RestrictionRow[]> {
  return restrictionRows(db)
    .where('case_restrictions.case_id', caseId)
    .orderBy('case_restrictions.since')
    .orderBy('case_restrictions.id');
}

/** Every restriction, the active ones (not lifted), the lifted ones or all, oldest first. */
export async function restrictionsByStatus(
  db: Db,
  status: 'active' | 'lifted' | 'all',
): Promise<RestrictionRow[]> {
  const query = restrictionRows(db).orderBy('case_restrictions.since').orderBy('case_restrictions.id');
  if (status === 'active') query.whereNull('case_restrictions.lifted_on');
  if (status === 'lifted') query.whereNotNull('case_restrictions.lifted_on');
  return query;
}

export async function findRestriction(db: Db, id: number): Promise<RestrictionRow | undefined> {
  return restrictionRows(db).where('case_restrictions.id', id).first();
}

export async function insertRestriction(db: Db, row: NewRestriction): Promise<number> {
  const [inserted] = await db('case_restrictions').insert(row).returning('id');
  return insertedId(inserted);
}

export async function liftRestrictionRow(db: Db, id: number, changes: Lifting): Promise<void> {
  await db('case_restrictions').where({ id }).update(changes);
}
