import type { Knex } from 'knex';

/**
 * The breach register (Arts. 33, 34): every breach, notified or not. Instants are UTC ISO text.
 * `next_due_at` is the earliest clock still running (Datatilsynet's 72 hours, or a customer's notice
 * period), kept by the core after every change so lists filter and sort on it by index.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('breaches', (table) => {
    table.increments('id').primary();
    table.string('number', 20).notNullable().unique();
    table.string('state', 12).notNullable().defaultTo('reported');
    table.string('title', 200).notNullable();
    table.text('description').notNullable();
    table.text('occurred_from');
    table.text('occurred_to');
    table.text('aware_at').notNullable();
    table.text('discovery');
    table.string('capacity', 12).notNullable();
    table.text('subject_categories').notNullable().defaultTo('');
    table.integer('subjects_approx');
    table.text('data_types').notNullable().defaultTo('');
    table.boolean('special_categories').notNullable().defaultTo(false);
    table.integer('records_approx');
    table.text('consequences');
    table.text('measures_taken');
    table.text('measures_planned');
    table.text('contact_point');

    table.string('risk', 8);
    table.text('risk_reasons');
    table.text('no_notification_reasons');
    table.integer('assessed_by_id').references('id').inTable('users');
    table.string('assessed_by_name', 120);
    table.text('assessed_at');

    table.text('subjects_told_at');
    table.string('subjects_how', 20);
    table.integer('subjects_count');
    table.text('subjects_message');
    table.string('subjects_exception', 20);
    table.text('subjects_explanation');
    table.text('public_notice_at');
    table.text('public_notice_where');
    table.string('subjects_recorded_by', 120);
    table.text('subjects_recorded_at');

    table.text('next_due_at');
    table.text('closed_at');
    table.string('closed_by', 120);
    table.text('closing_note');
    table.integer('reported_by_id').references('id').inTable('users');
    table.string('reported_by_name', 120).notNullable();
    table.text('created_at').notNullable();
    table.text('updated_at').notNullable();

    table.index(['state', 'aware_at'], 'breaches_state_aware');
    table.index(['aware_at'], 'breaches_aware');
    table.index(['next_due_at'], 'breaches_next_due');
  });

  // As processor: the customers (controllers) affected, each with its own clock from its agreement.
  await knex.schema.createTable('breach_customers', (table) => {
    table.increments('id').primary();
    table.integer('breach_id').notNullable().references('id').inTable('breaches');
    table.integer('organisation_id').notNullable().references('id').inTable('organisations');
    table.integer('agreement_id').references('id').inTable('agreements');
    table.string('agreement_reference', 40);
    table.string('agreement_status', 16);
    table.integer('notice_hours');
    table.text('due_at').notNullable();
    table.text('told_at');
    table.string('told_how', 20);
    table.string('told_to', 300);
    table.text('note');
    table.text('late_reason');
    table.string('recorded_by', 120);
    table.unique(['breach_id', 'organisation_id']);
    table.index(['organisation_id'], 'breach_customers_organisation');
  });

  // Notifications to Datatilsynet, in phases (Art. 33(4)).
  await knex.schema.createTable('breach_notifications', (table) => {
    table.increments('id').primary();
    table.integer('breach_id').notNullable().references('id').inTable('breaches');
    table.string('phase', 12).notNullable();
    table.text('sent_at').notNullable();
    table.string('reference', 100);
    table.string('sent_by', 200).notNullable();
    table.text('summary');
    table.text('delay_reasons');
    table.string('recorded_by', 120).notNullable();
    table.text('recorded_at').notNullable();
    table.index(['breach_id', 'sent_at'], 'breach_notifications_breach');
  });

  await knex.schema.createTable('breach_inquiries', (table) => {
    table.integer('breach_id').notNullable().references('id').inTable('breaches');
    table.integer('inquiry_id').notNullable().references('id').inTable('inquiries');
    table.text('linked_at').notNullable();
    table.string('linked_by', 120).notNullable();
    table.boolean('reported_from').notNullable().defaultTo(false);
    table.primary(['breach_id', 'inquiry_id']);
    table.index(['inquiry_id'], 'breach_inquiries_inquiry');
  });

  await knex.schema.createTable('breach_events', (table) => {
    table.increments('id').primary();
    table.integer('breach_id').notNullable().references('id').inTable('breaches');
    table.text('at').notNullable();
    table.integer('actor_id').references('id').inTable('users');
    table.string('actor_name', 120).notNullable();
    table.string('kind', 24).notNullable();
    table.text('summary').notNullable();
    table.index(['breach_id', 'at'], 'breach_events_breach');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('breach_events');
  await knex.schema.dropTableIfExists('breach_inquiries');
  await knex.schema.dropTableIfExists('breach_notifications');
  await knex.schema.dropTableIfExists('breach_customers');
  await knex.schema.dropTableIfExists('breaches');
}
