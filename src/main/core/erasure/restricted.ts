import type { Knex } from 'knex';
import type { RecordRestriction } from '../../../shared/erasure/contract';
import { restrictionsOf } from './restrictions-repository';

/**
 * Adds to each row whether the record is restricted (kept instead of erased, Art. 17(3)) and on which
 * ground, so every list and record screen can show it.
 */
export async function withRestrictions<T extends { id: number }>(
  db: Knex | Knex.Transaction,
  type: 'inquiry' | 'case' | 'breach' | 'attachment',
  rows: T[],
): Promise<Array<T & { restricted: RecordRestriction }>> {
  if (rows.length === 0) return [];
  const found = await restrictionsOf(
    db,
    type,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({ ...row, restricted: found.get(row.id) ?? null }));
}
