import type { Knex } from 'knex';

/**
 * The agreements register around the agreements of 009 (which landed with the agreement itself only):
 * the Art. 28(3) checklist (one row per required item), the sub-processors used for a customer (each a
 * supplier with its own agreement), the change notices and objections under a general authorisation,
 * the sub-processors a supplier declared, and the transfers outside the EEA; and two columns on the
 * agreement. Agreements registered before have no checklist rows: the service treats a missing item as
 * unchecked and stores it when it is first ticked.
 *
 * Each table and column is added only where it is missing: a database made while these were still part
 * of 009 already has them.
 */
export async function up(knex: Knex): Promise<void> {
  if (!(await knex.schema.hasColumn('agreements', 'termination_note')))
    await knex.schema.alterTable('agreements', (table) => {
      table.text('termination_note');
    });
  if (!(await knex.schema.hasColumn('agreements', 'transfer_flag')))
    await knex.schema.alterTable('agreements', (table) => {
      // Kept by the service whenever locations or transfers change: a non-EEA location or transfer lacks a valid basis.
      table.boolean('transfer_flag').notNullable().defaultTo(false);
    });

  // One row per Art. 28(3) item, created with the agreement; state unchecked | present | missing | not-applicable.
  if (!(await knex.schema.hasTable('agreement_clauses')))
    await knex.schema.createTable('agreement_clauses', (table) => {
      table.increments('id').primary();
      table.integer('agreement_id').notNullable().references('id').inTable('agreements').onDelete('CASCADE');
      table.string('clause_key', 40).notNullable();
      table.string('state', 16).notNullable().defaultTo('unchecked');
      table.string('clause_ref', 200);
      table.text('note');
      table.text('checked_at');
      table.string('checked_by', 120);
      table.unique(['agreement_id', 'clause_key']);
      table.index(['state', 'clause_key']);
    });

  // Sub-processors we use for a customer (processor-direction agreement): suppliers with their own agreement.
  if (!(await knex.schema.hasTable('agreement_subprocessors')))
    await knex.schema.createTable('agreement_subprocessors', (table) => {
      table.increments('id').primary();
      table.integer('agreement_id').notNullable().references('id').inTable('agreements').onDelete('CASCADE');
      table.integer('organisation_id').notNullable().references('id').inTable('organisations');
      table.integer('supplier_agreement_id').references('id').inTable('agreements');
      table.text('service');
      table.string('authorised_on', 10);
      table.text('added_at').notNullable();
      table.string('added_by', 120).notNullable();
      table.text('removed_at');
      table.string('removed_by', 120);
      table.string('removed_reason', 500);
      table.index(['agreement_id']);
      table.index(['supplier_agreement_id']);
      table.index(['organisation_id']);
    });

  // Under a general authorisation: the notices of intended changes sent to the customer, and its objections.
  if (!(await knex.schema.hasTable('agreement_change_notices')))
    await knex.schema.createTable('agreement_change_notices', (table) => {
      table.increments('id').primary();
      table.integer('agreement_id').notNullable().references('id').inTable('agreements').onDelete('CASCADE');
      table.string('change', 12).notNullable();
      table.integer('organisation_id').references('id').inTable('organisations');
      table.text('description').notNullable();
      table.string('sent_on', 10).notNullable();
      table.string('sent_to', 300);
      table.string('objection_deadline', 10).notNullable();
      table.string('objection_on', 10);
      table.text('objection_reason');
      table.string('resolution', 24);
      table.string('resolved_on', 10);
      table.text('resolution_note');
      table.text('created_at').notNullable();
      table.string('created_by', 120).notNullable();
      table.index(['agreement_id']);
      table.index(['objection_deadline']);
    });

  // The sub-processors a supplier declared in its agreement with us (controller-direction agreements).
  if (!(await knex.schema.hasTable('agreement_declared_subprocessors')))
    await knex.schema.createTable('agreement_declared_subprocessors', (table) => {
      table.increments('id').primary();
      table.integer('agreement_id').notNullable().references('id').inTable('agreements').onDelete('CASCADE');
      table.string('name', 200).notNullable();
      table.string('country', 2).notNullable();
      table.text('service');
      table.text('added_at').notNullable();
      table.text('removed_at');
      table.string('removed_by', 120);
      table.index(['agreement_id']);
    });

  // Transfers outside the EEA (Chapter V), per importer and country.
  if (!(await knex.schema.hasTable('agreement_transfers')))
    await knex.schema.createTable('agreement_transfers', (table) => {
      table.increments('id').primary();
      table.integer('agreement_id').notNullable().references('id').inTable('agreements').onDelete('CASCADE');
      table.string('importer', 200).notNullable();
      table.string('country', 2).notNullable();
      table.string('basis', 12).notNullable();
      table.integer('scc_module');
      table.string('derogation', 24);
      table.boolean('adequacy_confirmed').notNullable().defaultTo(false);
      table.boolean('tia_done').notNullable().defaultTo(false);
      table.string('tia_on', 10);
      table.text('supplementary_measures');
      table.string('next_review_on', 10);
      table.text('notes');
      table.text('created_at').notNullable();
      table.text('updated_at').notNullable();
      table.text('removed_at');
      table.string('removed_by', 120);
      table.index(['agreement_id']);
      table.index(['country']);
      table.index(['basis']);
    });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('agreement_transfers');
  await knex.schema.dropTableIfExists('agreement_declared_subprocessors');
  await knex.schema.dropTableIfExists('agreement_change_notices');
  await knex.schema.dropTableIfExists('agreement_subprocessors');
  await knex.schema.dropTableIfExists('agreement_clauses');
  await knex.schema.alterTable('agreements', (table) => {
    table.dropColumn('transfer_flag');
    table.dropColumn('termination_note');
  });
}
