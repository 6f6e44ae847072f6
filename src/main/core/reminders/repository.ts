import type { Knex } from 'knex';

/** Every (item, level) already announced, as `key|level`. */
export async function announcedReminders(db: Knex | Knex.Transaction): Promise<Set<string>> {
  const rows: Array<{ item_key: string; level: string }> = await db('reminder_notifications').select(
    'item_key',
    'level',
  );
  return new Set(rows.map((row) => `${row.item_key}|${row.level}`));
}

/** Remembers items as announced at `at`, 200 rows a statement; one already there is left as it is. */
export async function recordAnnounced(
  db: Knex | Knex.Transaction,
  items: ReadonlyArray<{ key: string; level: string }>,
  at: string,
): Promise<void> {
  for (let index = 0; index < items.length; index += 200) {
    await db('reminder_notifications')
      .insert(
        items
          .slice(index, index + 200)
          .map((item) => ({ item_key: item.key, level: item.level, notified_at: at })),
      )
      .onConflict(['item_key', 'level'])
      .ignore();
  }
}
