import type { Knex } from 'knex';

/**
 * The caller history beside the quick log looks up a caller's earlier inquiries by the phone number
 * (its digits, `person_phone_key`) or the e-mail address (in any case) being typed, newest first.
 * These indexes answer both from the index, on a million inquiries as on ten. The statements are
 * the same on SQLite and PostgreSQL (an expression index with a condition).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(
    `create index inquiries_phone_key on inquiries (person_phone_key, received_at)
       where deleted_at is null and person_phone_key is not null`,
  );
  await knex.raw(
    `create index inquiries_email_lower on inquiries (lower(person_email), received_at)
       where deleted_at is null and person_email is not null`,
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index inquiries_email_lower');
  await knex.raw('drop index inquiries_phone_key');
}
