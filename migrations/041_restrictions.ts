import type { Knex } from 'knex';

/**
 * Restrictions of processing (Art. 18): what is restricted for whom, since when and on which ground,
 * recorded from the case that asked for it (or an erasure kept under Art. 17(3)), and lifted only
 * once the person has been told (Art. 18(3)).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('case_restrictions', (table) => {
    table.increments('id').primary();
    table.integer('case_id').notNullable().references('id').inTable('cases');
    table.text('what').notNullable();
    // 18-1-a | 18-1-b | 18-1-c | 18-1-d | 17-3
    table.string('ground', 10).notNullable();
    table.string('since', 10).notNullable();
    table.text('recorded_at').notNullable();
    table.string('recorded_by', 120).notNullable();
    table.string('person_told_on', 10);
    table.string('person_told_how', 200);
    table.string('lifted_on', 10);
    table.text('lift_reason');
    table.text('lifted_at');
    table.string('lifted_by', 120);
    table.index(['case_id']);
    table.index(['lifted_on', 'since']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('case_restrictions');
}
