import type { Knex } from 'knex';
import { isSqlite } from '../db/connection';

type Db = Knex | Knex.Transaction;

export interface LegalHoldRow {
  id: number;
  record_type: string;
  record_id: number;
  reason: string;
  placed_at: string;
  placed_by: string;
  lifted_at: string | null;
  lifted_by: string | null;
}

const columns = [
  'id',
  'record_type',
  'record_id',
  'reason',
  'placed_at',
  'placed_by',
  'lifted_at',
  'lifted_by',
] as const;

/**
 * Whether the record exists. With `lock` it is held until the transaction ends: on PostgreSQL a
 * second desk placing a hold on the same record waits here, so it sees the first one's hold.
 * SQLite's `BEGIN IMMEDIATE` already lets one writer in at a time.
 */
export async function recordExists(db: Db, table: string, id: number, lock = false): Promise<boolean> {
  const query = db(table).where({ id }).first('id');
  return (await (lock && !isSqlite(db) ? query.forUpdate() : query)) !== undefined;
}

export async function insertLegalHold(
  db: Db,
  row: { record_type: string; record_id: number; reason: string; placed_at: string; placed_by: string },
): Promise<number> {
  const [inserted] = await db('legal_holds').insert(row).returning('id');
  return typeof inserted === 'object' ? (inserted as { id: number }).id : (inserted as number);
}

export async function findLegalHold(db: Db, id: number): Promise<LegalHoldRow | undefined> {
  return db('legal_holds')
    .where({ id })
    .first(...columns);
}

export async function findStandingHold(
  db: Db,
  recordType: string,
  recordId: number,
): Promise<LegalHoldRow | undefined> {
  return db('legal_holds')
    .where({ record_type: recordType, record_id: recordId })
    .whereNull('lifted_at')
    .orderBy('id', 'desc')
    .first(...columns);
}

/** Every hold of one record, standing and lifted, newest first. */
export async function legalHoldsOf(db: Db, recordType: string, recordId: number): Promise<LegalHoldRow[]> {
  return db('legal_holds')
    .where({ record_type: recordType, record_id: recordId })
    .orderBy('id', 'desc')
    .select(...columns);
}

/** Lifts the hold if it still stands; false when another desk lifted it first. */
export async function liftLegalHold(db: Db, id: number, at: string, by: string): Promise<boolean> {
  const changed = await db('legal_holds')
    .where({ id })
    .whereNull('lifted_at')
    .update({ lifted_at: at, lifted_by: by });
  return Number(changed) > 0;
}

/** The id of a case or breach by its number, an agreement by its reference, an inquiry by "INQ-000012" or 12. */
export async function recordIdByName(
  db: Db,
  recordType: 'inquiry' | 'case' | 'breach' | 'agreement',
  name: string,
): Promise<number | undefined> {
  if (recordType === 'inquiry') {
    const digits = /^(?:INQ-)?0*(\d{1,12})$/i.exec(name.trim())?.[1];
    if (!digits) return undefined;
    const row = await db('inquiries')
      .where({ id: Number(digits) })
      .first('id');
    return row ? Number(row.id) : undefined;
  }
  const [table, column] =
    recordType === 'case'
      ? ['cases', 'number']
      : recordType === 'breach'
        ? ['breaches', 'number']
        : ['agreements', 'reference'];
  const row = await db(table).where(column, name.trim()).first('id');
  return row ? Number(row.id) : undefined;
}
