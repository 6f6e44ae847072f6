import type { Knex } from 'knex';

/**
 * The register of data processing agreements (Art. 28), in both directions:
 * `company_role = 'controller'` — we are controller, the organisation (a supplier) is our processor;
 * `company_role = 'processor'` — we process for the organisation (a customer), which is controller.
 * Calendar dates are `YYYY-MM-DD`; list-like fields (data types, locations) are JSON arrays.
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

    table.text('notes');
    table.text('created_at').notNullable();
    table.integer('created_by').references('id').inTable('users');
    table.text('updated_at').notNullable();

    table.index(['organisation_id']);
    table.index(['company_role', 'status']);
    table.index(['next_review_on']);
    table.index(['expiry_on']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('agreements');
}
