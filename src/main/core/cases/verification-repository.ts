import type { Knex } from 'knex';

type Db = Knex | Knex.Transaction;

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
