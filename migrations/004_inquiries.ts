import type { Knex } from 'knex';

const ftsColumns = [
  'person_name',
  'person_email',
  'person_phone',
  'phone_digits',
  'person_reference',
  'summary',
  'notes',
  // "u<id>" of the agent who logged it and of the one assigned: an agent's search stays in the index.
  'owners',
] as const;

const values = (prefix: 'new' | 'old') =>
  ftsColumns
    .map((column) =>
      column === 'phone_digits'
        ? `coalesce(${prefix}.person_phone_key, '')`
        : column === 'owners'
          ? `'u' || ${prefix}.logged_by_id || ' u' || ${prefix}.assigned_to_id`
          : `coalesce(${prefix}.${column}, '')`,
    )
    .join(', ');

/**
 * The inquiry log. Calendar day of receipt (Oslo) is stored beside the UTC timestamp so date
 * filters use an index. Full-text search is an external-content FTS5 table kept in step by
 * triggers; a soft-deleted inquiry is removed from it, so search never finds it.
 */
export async function up(knex: Knex): Promise<void> {
  // Lists, counts and filters only ever look at live rows: partial indexes keep them index-only.
  const live = { predicate: knex.whereNull('deleted_at') };
  await knex.schema.createTable('inquiries', (table) => {
    table.increments('id').primary();
    table.string('channel', 12).notNullable();
    table.string('direction', 10).notNullable();
    table.text('received_at').notNullable();
    table.string('received_date', 10).notNullable();
    // Null: on behalf of the company itself (as controller).
    table.integer('on_behalf_of_id').references('id').inTable('organisations');
    table.string('person_name', 200);
    table.string('person_phone', 40);
    table.string('person_phone_key', 40);
    table.string('person_email', 200);
    table.string('person_reference', 100);
    table.string('no_contact_reason', 300);
    table.string('category', 20).notNullable();
    table.string('summary', 300).notNullable();
    table.text('notes');
    table.string('status', 20).notNullable();
    table.string('outcome', 500);
    table.string('follow_up_on', 10);
    table.integer('assigned_to_id').notNullable().references('id').inTable('users');
    table.integer('logged_by_id').notNullable().references('id').inTable('users');
    table.integer('call_seconds');
    table.text('created_at').notNullable();
    table.text('updated_at').notNullable();
    table.text('closed_at');
    table.string('closed_by', 120);
    table.text('deleted_at');
    table.string('deleted_by', 120);
    table.string('delete_reason', 500);

    table.index(['received_at'], 'inquiries_received', live);
    table.index(['status', 'received_at'], 'inquiries_status', live);
    table.index(['category', 'status', 'received_at'], 'inquiries_category_status', live);
    // Covering: a full-text match is ordered by time without reading whole rows.
    table.index(['id', 'received_at'], 'inquiries_id_received', live);
    table.index(['category', 'received_at'], 'inquiries_category', live);
    table.index(['channel', 'received_at'], 'inquiries_channel', live);
    table.index(['on_behalf_of_id', 'received_at'], 'inquiries_on_behalf_of', live);
    table.index(['assigned_to_id', 'received_at'], 'inquiries_assigned', live);
    table.index(['logged_by_id', 'received_at'], 'inquiries_logged_by', live);
    table.index(['follow_up_on'], 'inquiries_follow_up', live);
    // The dashboard's follow-ups that passed: only unfinished rows, so counting them is index-only.
    table.index(['follow_up_on'], 'inquiries_open_follow_up', {
      predicate: knex.whereNull('deleted_at').whereRaw("status <> 'closed'").whereNotNull('follow_up_on'),
    });
    table.index(['person_name', 'received_at'], 'inquiries_person_name', live);
  });

  if (knex.client.config.client !== 'sqlite3') return;
  await knex.raw(
    `create virtual table inquiries_fts using fts5(${ftsColumns.join(', ')},
       content='inquiries', content_rowid='id', tokenize='unicode61', prefix='2 3')`,
  );
  await knex.raw(`create trigger inquiries_fts_insert after insert on inquiries
    when new.deleted_at is null begin
      insert into inquiries_fts(rowid, ${ftsColumns.join(', ')}) values (new.id, ${values('new')});
    end`);
  await knex.raw(`create trigger inquiries_fts_update after update of
      person_name, person_email, person_phone, person_phone_key, person_reference, summary, notes, deleted_at,
      assigned_to_id
    on inquiries begin
      insert into inquiries_fts(inquiries_fts, rowid, ${ftsColumns.join(', ')})
        select 'delete', old.id, ${values('old')} where old.deleted_at is null;
      insert into inquiries_fts(rowid, ${ftsColumns.join(', ')})
        select new.id, ${values('new')} where new.deleted_at is null;
    end`);
  await knex.raw(`create trigger inquiries_fts_delete after delete on inquiries
    when old.deleted_at is null begin
      insert into inquiries_fts(inquiries_fts, rowid, ${ftsColumns.join(', ')}) values ('delete', old.id, ${values('old')});
    end`);
}

export async function down(knex: Knex): Promise<void> {
  if (knex.client.config.client === 'sqlite3') await knex.raw('drop table if exists inquiries_fts');
  await knex.schema.dropTableIfExists('inquiries');
}
