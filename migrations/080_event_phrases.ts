import type { Knex } from 'knex';

const tables = ['case_events', 'breach_events'] as const;

/**
 * A timeline's line as the phrase that wrote it (issue 16), beside its English `summary`: the JSON of
 * a `Phrase`, so each reader sees the line in their own language. Empty on lines written before.
 */
export async function up(knex: Knex): Promise<void> {
  for (const table of tables)
    await knex.schema.alterTable(table, (columns) => {
      columns.text('summary_phrase').nullable();
    });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of tables) {
    // SQLite's own DROP COLUMN: knex would rebuild the table, which the foreign keys refuse.
    if (knex.client.config.client === 'sqlite3')
      await knex.raw(`alter table ${table} drop column summary_phrase`);
    else
      await knex.schema.alterTable(table, (columns) => {
        columns.dropColumn('summary_phrase');
      });
  }
}
