import type { Knex } from 'knex';

/**
 * A channel and a category together ("chat complaints last month") were found by channel and time,
 * then each row read to test its category; this index answers both, and their count, by itself.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('inquiries', (table) => {
    table.index(['channel', 'category', 'received_at'], 'inquiries_channel_category', {
      predicate: knex.whereNull('deleted_at'),
    });
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('inquiries', (table) => {
    table.dropIndex([], 'inquiries_channel_category');
  });
}
