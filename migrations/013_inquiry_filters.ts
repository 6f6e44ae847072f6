import type { Knex } from 'knex';

/**
 * Two lists read a row for every entry they skipped: a channel and a category together ("chat
 * complaints last month") were found by channel and time, then each row read for its category; and
 * the follow-ups due, newest first, were all sorted. These indexes answer both from the index alone.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('inquiries', (table) => {
    table.index(['channel', 'category', 'received_at'], 'inquiries_channel_category', {
      predicate: knex.whereNull('deleted_at'),
    });
    // Unfinished inquiries with a follow-up date, by received time: "follow-up due, newest first"
    // walks it and stops at the page. Same predicate as inquiries_open_follow_up (004).
    table.index(['received_at', 'follow_up_on'], 'inquiries_open_follow_up_received', {
      predicate: knex.whereNull('deleted_at').whereRaw("status <> 'closed'").whereNotNull('follow_up_on'),
    });
    // 004's covering index for ordering full-text matches by time: the search index (012) keeps that
    // order itself, and every index is one more write when an inquiry is logged.
    table.dropIndex([], 'inquiries_id_received');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('inquiries', (table) => {
    table.dropIndex([], 'inquiries_channel_category');
    table.dropIndex([], 'inquiries_open_follow_up_received');
    table.index(['id', 'received_at'], 'inquiries_id_received', { predicate: knex.whereNull('deleted_at') });
  });
}
