import type { Knex } from 'knex';

/**
 * Every sortable column of the inquiry list has an index in the list's order (the column, then the
 * received time; the id follows on both engines: SQLite's rowid, PostgreSQL sorts the rare ties of
 * one received time in memory), so a whole million sorted by it is read off the index page by page.
 * The follow-up date had an index of its own only, so "by follow-up" sorted every row.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('inquiries', (table) => {
    table.index(['follow_up_on', 'received_at'], 'inquiries_follow_up_received', {
      predicate: knex.whereNull('deleted_at'),
    });
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('inquiries', (table) => {
    table.dropIndex(['follow_up_on', 'received_at'], 'inquiries_follow_up_received');
  });
}
