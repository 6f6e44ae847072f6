import type { Knex } from 'knex';

/**
 * Cases that charged a fee are bookkeeping material, kept until 5 years after the end of their
 * financial year (bokføringsloven § 13): few among the closed cases, so the retention purge and its
 * preview find them by a partial index of their own instead of reading every closed case.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('cases', (table) => {
    table.index(['closed_at', 'id'], 'cases_retention_fee', {
      predicate: knex.whereRaw('fee_nok > 0').whereNull('anonymised_at'),
    });
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('cases', (table) => {
    table.dropIndex(['closed_at', 'id'], 'cases_retention_fee');
  });
}
