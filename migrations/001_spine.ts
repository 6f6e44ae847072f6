import type { Knex } from 'knex';

/** Users and their roles, settings, and the hash-chained audit log. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('users', (table) => {
    table.increments('id').primary();
    table.string('username', 64).notNullable().unique();
    table.string('display_name', 120).notNullable();
    table.text('password_hash').notNullable();
    table.boolean('active').notNullable().defaultTo(true);
    table.integer('failed_attempts').notNullable().defaultTo(0);
    table.text('locked_until');
    table.text('last_sign_in_at');
    table.text('created_at').notNullable();
    table.text('updated_at').notNullable();
  });

  await knex.schema.createTable('user_roles', (table) => {
    table.integer('user_id').notNullable().references('id').inTable('users');
    table.string('role', 16).notNullable();
    table.primary(['user_id', 'role']);
  });

  await knex.schema.createTable('settings', (table) => {
    table.string('key', 64).primary();
    table.text('value_json').notNullable();
    table.text('updated_at').notNullable();
    table.integer('updated_by').references('id').inTable('users');
  });

  await knex.schema.createTable('audit_log', (table) => {
    // Ids are assigned by the audit writer (last id + 1) because each entry's hash covers its id.
    table.integer('id').primary();
    table.text('at').notNullable();
    table.integer('user_id');
    table.string('username', 64).notNullable();
    table.string('channel', 64).notNullable();
    table.string('action', 64).notNullable();
    table.string('entity_type', 64).notNullable();
    table.string('entity_id', 64);
    table.text('before_json');
    table.text('after_json');
    table.string('prev_hash', 64).notNullable();
    table.string('hash', 64).notNullable();
    table.index(['at']);
    table.index(['entity_type', 'entity_id']);
    table.index(['user_id']);
  });

  const client = String(knex.client.config.client);
  if (client === 'sqlite3') {
    // Defence in depth: the chain detects tampering, these triggers stop accidental edits.
    await knex.raw(`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit entries cannot be changed'); END`);
    await knex.raw(`CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit entries cannot be deleted'); END`);
  } else if (client === 'pg') {
    await knex.raw(`CREATE FUNCTION audit_log_immutable() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION 'audit entries cannot be changed or deleted'; END; $$ LANGUAGE plpgsql`);
    await knex.raw(`CREATE TRIGGER audit_log_immutable BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_immutable()`);
  }
}

export async function down(knex: Knex): Promise<void> {
  if (String(knex.client.config.client) === 'pg') {
    await knex.raw('DROP TRIGGER IF EXISTS audit_log_immutable ON audit_log');
    await knex.raw('DROP FUNCTION IF EXISTS audit_log_immutable()');
  }
  await knex.schema.dropTable('audit_log');
  await knex.schema.dropTable('settings');
  await knex.schema.dropTable('user_roles');
  await knex.schema.dropTable('users');
}
