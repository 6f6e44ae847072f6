import type { Knex } from 'knex';

/**
 * Customers and suppliers in one table (an organisation can be both). The inquiry log logs
 * inquiries on behalf of customers; the agreements register attaches agreements to both.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('organisations', (table) => {
    table.increments('id').primary();
    table.string('name', 200).notNullable();
    table.string('org_number', 40);
    table.string('country', 2).notNullable().defaultTo('NO');
    table.boolean('is_customer').notNullable().defaultTo(false);
    table.boolean('is_supplier').notNullable().defaultTo(false);
    table.string('privacy_contact_name', 200);
    table.string('privacy_contact_email', 200);
    table.string('privacy_contact_phone', 40);
    table.text('services');
    table.text('notes');
    table.boolean('active').notNullable().defaultTo(true);
    table.text('created_at').notNullable();
    table.text('updated_at').notNullable();
    table.unique(['country', 'org_number']);
    table.index(['name']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('organisations');
}
