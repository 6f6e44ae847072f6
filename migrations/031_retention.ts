import type { Knex } from 'knex';

/**
 * The retention purge (core/retention/): its log, which holds counts only (when, by whom or by the
 * schedule, how many of each kind went), and indexes that find what is due without reading every row.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('retention_runs', (table) => {
    table.increments('id').primary();
    table.text('started_at').notNullable();
    table.text('finished_at');
    table.string('trigger', 10).notNullable();
    table.string('by_name', 120).notNullable();
    table.string('state', 10).notNullable();
    table.text('counts_json').notNullable();
    table.index(['trigger', 'started_at']);
  });
  await knex.schema.alterTable('inquiries', (table) => {
    table.index(['closed_at', 'id'], 'inquiries_retention_closed', {
      predicate: knex.whereNotNull('closed_at').whereNull('deleted_at'),
    });
    table.index(['deleted_at', 'id'], 'inquiries_retention_deleted', {
      predicate: knex.whereNotNull('deleted_at'),
    });
  });
  await knex.schema.alterTable('attachments', (table) => {
    table.index(['removed_at', 'id'], 'attachments_retention_removed', {
      predicate: knex.whereNotNull('removed_at'),
    });
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('attachments', (table) => {
    table.dropIndex(['removed_at', 'id'], 'attachments_retention_removed');
  });
  await knex.schema.alterTable('inquiries', (table) => {
    table.dropIndex(['deleted_at', 'id'], 'inquiries_retention_deleted');
    table.dropIndex(['closed_at', 'id'], 'inquiries_retention_closed');
  });
  await knex.schema.dropTable('retention_runs');
}
