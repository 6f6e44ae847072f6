import type { Knex } from 'knex';

/**
 * Files attached to records (a case's request letter and reply, an agreement's signed PDF). The
 * bytes live in the data folder under a random name; the row keeps the original name and SHA-256.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('attachments', (table) => {
    table.increments('id').primary();
    table.string('owner_type', 32).notNullable();
    table.integer('owner_id').notNullable();
    table.string('stored_name', 80).notNullable().unique();
    table.string('file_name', 255).notNullable();
    table.string('media_type', 255).notNullable();
    table.integer('size_bytes').notNullable();
    table.string('sha256', 64).notNullable();
    table.string('description', 500);
    table.text('uploaded_at').notNullable();
    table.integer('uploaded_by').references('id').inTable('users');
    table.string('uploaded_by_name', 120).notNullable();
    table.text('removed_at');
    table.integer('removed_by').references('id').inTable('users');
    table.string('removed_reason', 500);
    table.index(['owner_type', 'owner_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('attachments');
}
