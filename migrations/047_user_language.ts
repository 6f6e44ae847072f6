import type { Knex } from 'knex';

/**
 * The language each person reads Privacy Desk in (issue 16): `nb` or `en`, chosen in the account
 * menu or on the sign-in page. Empty until the person chooses: the app then follows the operating
 * system's language, else bokmål.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('users', (table) => {
    table.string('language', 5).nullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  // SQLite's own DROP COLUMN: knex would rebuild the table, which the foreign keys to users refuse.
  if (knex.client.config.client === 'sqlite3') await knex.raw('alter table users drop column language');
  else
    await knex.schema.alterTable('users', (table) => {
      table.dropColumn('language');
    });
}
