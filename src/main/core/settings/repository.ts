import type { Knex } from 'knex';

type Db = Knex | Knex.Transaction;

export async function readSettingRows(db: Db): Promise<Array<{ key: string; value_json: string }>> {
  return db('settings').select('key', 'value_json');
}

export async function upsertSetting(
  db: Db,
  row: { key: string; value_json: string; updated_at: string; updated_by: number | null },
): Promise<void> {
  await db('settings').insert(row).onConflict('key').merge(['value_json', 'updated_at', 'updated_by']);
}
