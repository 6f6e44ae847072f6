import type { Knex } from 'knex';

/**
 * Letter templates an administrator changed (Administration → Letters), one per kind and language.
 * A kind and language without a row use the text shipped with the app (core/letters/defaults.ts),
 * so a better default reaches every office with the next version; "Restore the default" removes
 * the row. Templates hold no personal data: the merge fields are filled when a letter is made.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('letter_templates', (table) => {
    table.increments('id').primary();
    table.string('kind', 40).notNullable();
    // nb | en
    table.string('language', 5).notNullable();
    table.string('subject', 300).notNullable();
    table.text('body').notNullable();
    table.text('updated_at').notNullable();
    table.integer('updated_by').references('id').inTable('users');
    table.string('updated_by_name', 120).notNullable();
    table.unique(['kind', 'language']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('letter_templates');
}
