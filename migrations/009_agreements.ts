import type { Knex } from 'knex';

/**
 * The register of data processing agreements (Art. 28), in both directions:
 * `company_role = 'controller'` — we are controller, the organisation (a supplier) is our processor;
 * `company_role = 'processor'` — we process for the organisation (a customer), which is controller.
 * Calendar dates are `YYYY-MM-DD`; list-like fields (data types, locations) are JSON arrays.
 *
 * Around it: the Art. 28(3) checklist (one row per required item), the sub-processors used for a
 * customer (each a supplier with its own agreement), the change notices and objections under a general
 * authorisation, the sub-processors a supplier declared, and the transfers outside the EEA.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('agreements', (table) => {
    table.increments('id').primary();
    table.string('reference', 40).notNullable().unique();
    table.string('title', 200).notNullable();
    table.string('company_role', 12).notNullable();
    table.integer('organisation_id').notNullable().references('id').inTable('organisations');
    table.string('status', 16).notNullable().defaultTo('draft');

    table.string('signed_on', 10);
    table.string('effective_on', 10);
    table.string('expiry_on', 10);
    table.string('next_review_on', 10);
    table.string('last_reviewed_on', 10);

    table.text('subject_matter');
    table.text('duration');
    table.text('nature_purpose');
    table.text('data_types_json').notNullable().defaultTo('[]');
    table.text('special_categories_json').notNullable().defaultTo('[]');
    table.text('data_subjects_json').notNullable().defaultTo('[]');
    table.text('locations_json').notNullable().defaultTo('[]');

    // Hours within which the processor promised to tell the controller of a breach; null = "without undue delay".
    table.integer('breach_notice_hours');

    table.string('security_assessed_on', 10);
    table.string('security_result', 24);
    table.text('security_notes');
    table.integer('security_evidence_id').references('id').inTable('attachments');

    table.string('subprocessor_authorisation', 10);

    table.string('terminated_on', 10);
    table.string('end_of_processing', 10);
    table.string('end_confirmed_on', 10);
    table.text('termination_note');

    // Kept by the service whenever locations or transfers change: a non-EEA location or transfer lacks a valid basis.
    table.boolean('transfer_flag').notNullable().defaultTo(false);

    table.text('notes');
    table.text('created_at').notNullable();
    table.integer('created_by').references('id').inTable('users');
    table.text('updated_at').notNullable();

    table.index(['organisation_id']);
    table.index(['company_role', 'status']);
    table.index(['next_review_on']);
    table.index(['expiry_on']);
  });

  // One row per Art. 28(3) item, created with the agreement; state unchecked | present | missing | not-applicable.
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
  await knex.schema.dropTable('agreement_transfers');
  await knex.schema.dropTable('agreement_declared_subprocessors');
  await knex.schema.dropTable('agreement_change_notices');
  await knex.schema.dropTable('agreement_subprocessors');
  await knex.schema.dropTable('agreement_clauses');
  await knex.schema.dropTable('agreements');
}
