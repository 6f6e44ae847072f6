import type { Knex } from 'knex';
import { inquiryNumber } from '../../../shared/inquiries/rules';

type Db = Knex | Knex.Transaction;

/** The people's names of these user ids (deactivated users keep theirs). */
export async function displayNamesOf(db: Db, ids: readonly number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows: Array<{ id: number; display_name: string }> = await db('users')
    .whereIn('id', [...new Set(ids)])
    .select('id', 'display_name');
  return new Map(rows.map((row) => [Number(row.id), row.display_name]));
}

/** Where each kind of audited record keeps the number or name people know it by. */
const labelColumns: Readonly<Record<string, { table: string; column: string }>> = {
  case: { table: 'cases', column: 'number' },
  breach: { table: 'breaches', column: 'number' },
  agreement: { table: 'agreements', column: 'reference' },
  organisation: { table: 'organisations', column: 'name' },
  user: { table: 'users', column: 'display_name' },
  'processing-activity': { table: 'processing_activities', column: 'reference' },
  'verification-template': { table: 'verification_templates', column: 'name' },
};

/**
 * The record numbers (or names) of audited records, by `type:id`: "2026-0001" for a case,
 * "INQ-000012" for an inquiry, an agreement's reference. Ids that are not a record's are left out.
 */
export async function recordLabelsOf(
  db: Db,
  refs: ReadonlyArray<{ type: string; id: string }>,
): Promise<Map<string, string>> {
  const labels = new Map<string, string>();
  const byType = new Map<string, Set<number>>();
  for (const { type, id } of refs) {
    if (!/^\d+$/.test(id)) continue;
    if (type === 'inquiry') labels.set(`inquiry:${id}`, inquiryNumber(Number(id)));
    else if (labelColumns[type]) byType.set(type, (byType.get(type) ?? new Set()).add(Number(id)));
  }
  for (const [type, ids] of byType) {
    const { table, column } = labelColumns[type]!;
    const rows: Array<{ id: number; label: string }> = await db(table)
      .whereIn('id', [...ids])
      .select('id', `${column} as label`);
    for (const row of rows) labels.set(`${type}:${row.id}`, row.label);
  }
  return labels;
}
