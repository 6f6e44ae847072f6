import type { Knex } from 'knex';

/**
 * A counter per user that ends every open session when it is raised: an administrator's password
 * reset, a lock-out after wrong passwords, a deactivation, and the user's own password change (which
 * keeps the session that made it). A session remembers the value it signed in with; dispatch ends a
 * session whose value is no longer the user's (core/session.ts). It works for any holder of sessions:
 * the desktop window today, an office server's tokens tomorrow.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('users', (table) => {
    table.integer('session_epoch').notNullable().defaultTo(0);
  });
}

export async function down(knex: Knex): Promise<void> {
  // knex rebuilds an SQLite table to drop a column, which the foreign keys to users refuse once other
  // tables hold rows; SQLite's own DROP COLUMN does not rebuild it.
  if (knex.client.config.client === 'sqlite3') await knex.raw('alter table users drop column session_epoch');
  else
    await knex.schema.alterTable('users', (table) => {
      table.dropColumn('session_epoch');
    });
}
