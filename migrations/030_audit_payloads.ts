import type { Knex } from 'knex';

/**
 * An audit log that can forget and cannot be rewritten (core/audit/):
 *
 * * `audit_payloads`: the before/after copies of an entry, apart from the chained entry, which holds
 *   their keyed hash (`audit_log.payload_hash`). Redacting a payload deletes its row and records why in
 *   `audit_redactions`; the chain still verifies.
 * * `audit_seals`: entries written before this change (plain SHA-256, payload in `audit_log`) are
 *   sealed once with the keyed hash, so their payload too can be redacted and the rest still checked.
 * * `audit_subjects`: the e-mail addresses, phone numbers, names and references an entry's payload
 *   holds, normalised, so a person's entries are found by index (the person search, an erasure).
 * * `audit_state`: this database's id, the id of the key its chain is keyed with, and the first keyed
 *   entry. The chain's head and the key itself live outside the database, and say the same: a
 *   change here only makes the check fail.
 *
 * The triggers that forbade any change to `audit_log` now allow exactly one: emptying the payload of
 * an entry written before this change (its redaction). Nothing else in an entry can change.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('audit_log', (table) => {
    table.string('payload_hash', 64);
  });
  await knex.schema.createTable('audit_payloads', (table) => {
    table.integer('entry_id').primary();
    table.string('salt', 32).notNullable();
    table.text('before_json');
    table.text('after_json');
  });
  await knex.schema.createTable('audit_redactions', (table) => {
    table.integer('entry_id').primary();
    table.text('redacted_at').notNullable();
    table.string('reason', 200).notNullable();
    // The entry that recorded the redaction (action 'redact', its payload counts the entries).
    table.integer('by_entry_id').notNullable();
    table.index(['by_entry_id']);
  });
  await knex.schema.createTable('audit_seals', (table) => {
    table.integer('entry_id').primary();
    table.string('payload_hash', 64);
    table.string('seal', 64).notNullable();
  });
  await knex.schema.createTable('audit_subjects', (table) => {
    table.integer('entry_id').notNullable();
    table.string('kind', 8).notNullable();
    table.string('subject_key', 200).notNullable();
    table.index(['kind', 'subject_key', 'entry_id'], 'audit_subjects_key');
    table.index(['entry_id'], 'audit_subjects_entry');
  });
  await knex.schema.createTable('audit_state', (table) => {
    table.string('name', 40).primary();
    table.text('value').notNullable();
  });

  const columns = [
    'id',
    'at',
    'user_id',
    'username',
    'channel',
    'action',
    'entity_type',
    'entity_id',
    'prev_hash',
    'hash',
    'payload_hash',
  ];
  const client = String(knex.client.config.client);
  if (client === 'sqlite3') {
    const unchanged = columns.map((column) => `new.${column} IS old.${column}`).join(' AND ');
    await knex.raw('DROP TRIGGER IF EXISTS audit_log_no_update');
    await knex.raw(`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      WHEN NOT (${unchanged} AND new.before_json IS NULL AND new.after_json IS NULL)
      BEGIN SELECT RAISE(ABORT, 'audit entries cannot be changed'); END`);
    for (const table of ['audit_seals', 'audit_redactions']) {
      await knex.raw(`CREATE TRIGGER ${table}_no_change BEFORE UPDATE ON ${table}
        BEGIN SELECT RAISE(ABORT, 'audit records cannot be changed'); END`);
      await knex.raw(`CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
        BEGIN SELECT RAISE(ABORT, 'audit records cannot be deleted'); END`);
    }
    await knex.raw(`CREATE TRIGGER audit_payloads_no_update BEFORE UPDATE ON audit_payloads
      BEGIN SELECT RAISE(ABORT, 'audit payloads cannot be changed, only redacted'); END`);
  } else if (client === 'pg') {
    const unchanged = columns
      .map((column) => `new.${column} IS NOT DISTINCT FROM old.${column}`)
      .join(' AND ');
    await knex.raw(`CREATE OR REPLACE FUNCTION audit_log_immutable() RETURNS trigger AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND ${unchanged} AND new.before_json IS NULL AND new.after_json IS NULL THEN
          RETURN new;
        END IF;
        RAISE EXCEPTION 'audit entries cannot be changed or deleted';
      END; $$ LANGUAGE plpgsql`);
    await knex.raw(`CREATE FUNCTION audit_records_immutable() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION 'audit records cannot be changed or deleted'; END; $$ LANGUAGE plpgsql`);
    for (const table of ['audit_seals', 'audit_redactions'])
      await knex.raw(`CREATE TRIGGER ${table}_immutable BEFORE UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION audit_records_immutable()`);
    await knex.raw(`CREATE TRIGGER audit_payloads_immutable BEFORE UPDATE ON audit_payloads
      FOR EACH ROW EXECUTE FUNCTION audit_records_immutable()`);
  }
}

export async function down(knex: Knex): Promise<void> {
  const client = String(knex.client.config.client);
  if (client === 'sqlite3') {
    await knex.raw('DROP TRIGGER IF EXISTS audit_log_no_update');
    await knex.raw(`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit entries cannot be changed'); END`);
  } else if (client === 'pg') {
    await knex.raw(`CREATE OR REPLACE FUNCTION audit_log_immutable() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION 'audit entries cannot be changed or deleted'; END; $$ LANGUAGE plpgsql`);
  }
  for (const table of ['audit_state', 'audit_subjects', 'audit_seals', 'audit_redactions', 'audit_payloads'])
    await knex.schema.dropTable(table);
  if (client === 'pg') await knex.raw('DROP FUNCTION IF EXISTS audit_records_immutable()');
  await knex.schema.alterTable('audit_log', (table) => {
    table.dropColumn('payload_hash');
  });
}
