import type { Knex } from 'knex';
import type { KeepGround, RecordRestriction } from '../../../shared/erasure/contract';
import { inSlices } from './repository';

type Db = Knex | Knex.Transaction;

export interface NewRestriction {
  record_type: string;
  record_id: number;
  ground: KeepGround;
  kept_until: string | null;
}

/** Marks kept records restricted (one standing restriction per record: a newer ground replaces it). */
export async function restrictRecords(
  db: Db,
  rows: readonly NewRestriction[],
  meta: { erasure_id: number; restricted_at: string; restricted_by: string },
): Promise<void> {
  for (const row of rows) {
    await db('record_restrictions')
      .where({ record_type: row.record_type, record_id: row.record_id })
      .whereNull('lifted_at')
      .update({ lifted_at: meta.restricted_at });
    await db('record_restrictions').insert({ ...row, ...meta });
  }
}

/** Lifts the standing restrictions of records that went (erased or anonymised). */
export async function liftRestrictions(
  db: Db,
  type: string,
  ids: readonly number[],
  at: string,
): Promise<void> {
  await inSlices(ids, async (slice) => {
    await db('record_restrictions')
      .where('record_type', type)
      .whereIn('record_id', slice)
      .whereNull('lifted_at')
      .update({ lifted_at: at });
    return [];
  });
}

/** The standing restriction of each record, for the lists and record screens. */
export async function restrictionsOf(
  db: Db,
  type: string,
  ids: readonly number[],
): Promise<Map<number, NonNullable<RecordRestriction>>> {
  const rows = await inSlices<{ record_id: number; ground: KeepGround; kept_until: string | null }>(
    ids,
    (slice) =>
      db('record_restrictions')
        .where('record_type', type)
        .whereIn('record_id', slice)
        .whereNull('lifted_at')
        .select('record_id', 'ground', 'kept_until'),
  );
  return new Map(rows.map((row) => [Number(row.record_id), { ground: row.ground, until: row.kept_until }]));
}
