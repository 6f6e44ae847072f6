import type { Knex } from 'knex';

/** Which reminders were already announced, so a restart does not announce them again. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('reminder_notifications', (table) => {
    table.string('item_key', 80).notNullable();
    table.string('level', 20).notNullable();
    table.text('notified_at').notNullable();
    table.primary(['item_key', 'level']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('reminder_notifications');
}
