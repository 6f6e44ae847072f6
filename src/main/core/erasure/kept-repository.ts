import type { Knex } from 'knex';
import type { KeptRecord, KeepGround } from '../../../shared/erasure/contract';

type Db = Knex | Knex.Transaction;

export interface KeptRow {
  id: number;
  record_type: KeptRecord['recordType'];
  record_id: number;
  ground: KeepGround;
  kept_until: string | null;
  restricted_at: string;
  restricted_by: string;
  lifted_at: string | null;
  case_id: number | null;
  case_number: string | null;
}

type KeptStatus = 'active' | 'lifted' | 'all';

function keptRows(db: Db, status: KeptStatus) {
  const query = db('record_restrictions')
    .leftJoin('erasures', 'erasures.id', 'record_restrictions.erasure_id')
    .leftJoin('cases', 'cases.id', 'erasures.case_id');
  if (status === 'active') query.whereNull('record_restrictions.lifted_at');
  if (status === 'lifted') query.whereNotNull('record_restrictions.lifted_at');
  return query;
}

/** The restrictions of records kept by erasures, newest first, at most `limit`, and how many in all. */
export async function keptRestrictionRows(
  db: Db,
  status: KeptStatus,
  limit: number,
): Promise<{ rows: KeptRow[]; total: number }> {
  const counted = (await keptRows(db, status).count({ n: '*' }).first()) as
    { n: number | string } | undefined;
  const rows: KeptRow[] = await keptRows(db, status)
    .orderBy('record_restrictions.id', 'desc')
    .limit(limit)
    .select(
      'record_restrictions.id',
      'record_restrictions.record_type',
      'record_restrictions.record_id',
      'record_restrictions.ground',
      'record_restrictions.kept_until',
      'record_restrictions.restricted_at',
      'record_restrictions.restricted_by',
      'record_restrictions.lifted_at',
      'cases.id as case_id',
      'cases.number as case_number',
    );
  return { rows, total: Number(counted?.n ?? 0) };
}

/** Attachments' file names and the records they are attached to. */
export async function attachmentOwners(
  db: Db,
  ids: readonly number[],
): Promise<Array<{ id: number; file_name: string; owner_type: string; owner_id: number }>> {
  if (ids.length === 0) return [];
  return db('attachments')
    .whereIn('id', [...new Set(ids)])
    .select('id', 'file_name', 'owner_type', 'owner_id');
}
