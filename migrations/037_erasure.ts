import type { Knex } from 'knex';

/**
 * Erasure and the retention of every kind (issue 13):
 * * `erasures`: the log of erasures carried out (when, by whom, the reason, the case it was done for,
 *   counts only);
 * * `record_restrictions`: a record kept instead of erased (Art. 17(3)) is restricted: its ground and
 *   the date it is kept until; lists and record screens show it;
 * * `legal_holds`: a record needed for legal claims (Art. 17(3)(e)) is neither erased nor purged
 *   while its hold stands;
 * * `anonymised_at` on inquiries, cases and breaches: the person's fields were replaced and the
 *   statistics kept, by an erasure or the retention purge (which then leaves them alone).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('erasures', (table) => {
    table.increments('id').primary();
    table.text('at').notNullable();
    table.string('by_name', 120).notNullable();
    table.text('reason').notNullable();
    table.integer('case_id').references('id').inTable('cases');
    table.text('counts_json').notNullable();
  });
  await knex.schema.createTable('record_restrictions', (table) => {
    table.increments('id').primary();
    // inquiry | case | breach | attachment
    table.string('record_type', 20).notNullable();
    table.integer('record_id').notNullable();
    // open-case | breach-record | bookkeeping | legal-claims | agreement-evidence
    table.string('ground', 20).notNullable();
    table.string('kept_until', 10);
    table.integer('erasure_id').references('id').inTable('erasures');
    table.text('restricted_at').notNullable();
    table.string('restricted_by', 120).notNullable();
    table.text('lifted_at');
    table.index(['record_type', 'record_id', 'id']);
  });
  await knex.schema.createTable('legal_holds', (table) => {
    table.increments('id').primary();
    // inquiry | case | breach | agreement
    table.string('record_type', 20).notNullable();
    table.integer('record_id').notNullable();
    table.text('reason').notNullable();
    table.text('placed_at').notNullable();
    table.string('placed_by', 120).notNullable();
    table.text('lifted_at');
    table.string('lifted_by', 120);
    table.index(['record_type', 'record_id', 'id']);
  });
  for (const name of ['inquiries', 'cases', 'breaches'])
    await knex.schema.alterTable(name, (table) => {
      table.text('anonymised_at');
    });
  // The purge finds closed cases and breaches past their time, and ended agreements, by index.
  await knex.schema.alterTable('cases', (table) => {
    table.index(['closed_at', 'id'], 'cases_retention_closed', {
      predicate: knex.whereNotNull('closed_at').whereNull('anonymised_at'),
    });
  });
  await knex.schema.alterTable('breaches', (table) => {
    table.index(['closed_at', 'id'], 'breaches_retention_closed', {
      predicate: knex.whereNotNull('closed_at').whereNull('anonymised_at'),
    });
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('breaches', (table) => {
    table.dropIndex(['closed_at', 'id'], 'breaches_retention_closed');
  });
  await knex.schema.alterTable('cases', (table) => {
    table.dropIndex(['closed_at', 'id'], 'cases_retention_closed');
  });
  // SQLite's own DROP COLUMN: knex would rebuild the tables, which the foreign keys to them refuse.
  for (const name of ['inquiries', 'cases', 'breaches'])
    if (knex.client.config.client === 'sqlite3')
      await knex.raw(`alter table ${name} drop column anonymised_at`);
    else
      await knex.schema.alterTable(name, (table) => {
        table.dropColumn('anonymised_at');
      });
  await knex.schema.dropTable('legal_holds');
  await knex.schema.dropTable('record_restrictions');
  await knex.schema.dropTable('erasures');
}
