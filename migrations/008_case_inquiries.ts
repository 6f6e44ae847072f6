import type { Knex } from 'knex';

/** Which inquiries belong to which rights-request case: the one it was opened from, and any linked later. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('case_inquiries', (table) => {
    table.integer('case_id').notNullable().references('id').inTable('cases');
    table.integer('inquiry_id').notNullable().references('id').inTable('inquiries');
    table.text('linked_at').notNullable();
    table.string('linked_by', 120).notNullable();
    table.boolean('opened_from').notNullable().defaultTo(false);
    table.primary(['case_id', 'inquiry_id']);
    table.index(['inquiry_id'], 'case_inquiries_inquiry');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('case_inquiries');
}
