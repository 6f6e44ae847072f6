import type { Knex } from 'knex';

/**
 * The person search (core/people/): an inquiry found by its phone number in any spelling (its
 * digits-only key was stored but not indexed). Names, e-mail addresses and references are found
 * through the inquiries' search index; cases have their keys indexed since 005.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('inquiries', (table) => {
    table.index(['person_phone_key'], 'inquiries_person_phone', {
      predicate: knex.whereNotNull('person_phone_key'),
    });
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('inquiries', (table) => {
    table.dropIndex(['person_phone_key'], 'inquiries_person_phone');
  });
}
