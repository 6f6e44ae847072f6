import type { Knex } from 'knex';

const columns = [
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

/**
 * A row's place in the search index: whole seconds since 2000-01-01 of its received time, then its id
 * (31 bits). The index walks its rows in this order, so "newest first" is read straight off a match
 * without sorting every matching row. The app reads ids back with `key & 2147483647`.
 */
const searchKey = (row: 'new' | 'old') =>
  `((coalesce(unixepoch(${row}.received_at), 946684800) - 946684800) * 2147483648 + ${row}.id)`;

const values = (row: 'new' | 'old') =>
  columns
    .map((column) =>
      column === 'phone_digits'
        ? `coalesce(${row}.person_phone_key, '')`
        : column === 'owners'
          ? `'u' || ${row}.logged_by_id || ' u' || ${row}.assigned_to_id`
          : `coalesce(${row}.${column}, '')`,
    )
    .join(', ');

const oldTriggers = ['inquiries_fts_insert', 'inquiries_fts_update', 'inquiries_fts_delete'];

/**
 * Replaces the inquiry search of 004 (rowid = id, so every newest-first search sorted all its matches)
 * by a contentless FTS5 index keyed by received time. Longer prefix indexes let a search for a whole
 * name or word ("hansen", "johansen") read one list instead of merging the lists of every word it
 * begins. Soft-deleted inquiries are not in the index, as before.
 */
export async function up(knex: Knex): Promise<void> {
  if (knex.client.config.client !== 'sqlite3') return;
  for (const trigger of oldTriggers) await knex.raw(`drop trigger if exists ${trigger}`);
  await knex.raw('drop table if exists inquiries_fts');

  await knex.raw(
    `create virtual table inquiries_search using fts5(${columns.join(', ')},
       content='', contentless_delete=1, tokenize='unicode61', prefix='2 3 4 5 6 7 8')`,
  );
  await knex.raw(`create trigger inquiries_search_insert after insert on inquiries
    when new.deleted_at is null begin
      insert into inquiries_search(rowid, ${columns.join(', ')}) values (${searchKey('new')}, ${values('new')});
    end`);
  await knex.raw(`create trigger inquiries_search_update after update of
      received_at, person_name, person_email, person_phone, person_phone_key, person_reference, summary, notes,
      deleted_at, assigned_to_id, logged_by_id
    on inquiries begin
      delete from inquiries_search where rowid = ${searchKey('old')} and old.deleted_at is null;
      insert into inquiries_search(rowid, ${columns.join(', ')})
        select ${searchKey('new')}, ${values('new')} where new.deleted_at is null;
    end`);
  await knex.raw(`create trigger inquiries_search_delete after delete on inquiries
    when old.deleted_at is null begin
      delete from inquiries_search where rowid = ${searchKey('old')};
    end`);
  await knex.raw(`insert into inquiries_search(rowid, ${columns.join(', ')})
    select ${searchKey('new')}, ${values('new')} from inquiries as new where new.deleted_at is null`);
  await knex.raw(`insert into inquiries_search(inquiries_search) values ('optimize')`);
}

export async function down(knex: Knex): Promise<void> {
  if (knex.client.config.client !== 'sqlite3') return;
  for (const trigger of ['inquiries_search_insert', 'inquiries_search_update', 'inquiries_search_delete'])
    await knex.raw(`drop trigger if exists ${trigger}`);
  await knex.raw('drop table if exists inquiries_search');

  // The index and triggers of 004, filled again from the rows.
  await knex.raw(
    `create virtual table inquiries_fts using fts5(${columns.join(', ')},
       content='inquiries', content_rowid='id', tokenize='unicode61', prefix='2 3')`,
  );
  await knex.raw(`create trigger inquiries_fts_insert after insert on inquiries
    when new.deleted_at is null begin
      insert into inquiries_fts(rowid, ${columns.join(', ')}) values (new.id, ${values('new')});
    end`);
  await knex.raw(`create trigger inquiries_fts_update after update of
      person_name, person_email, person_phone, person_phone_key, person_reference, summary, notes, deleted_at,
      assigned_to_id
    on inquiries begin
      insert into inquiries_fts(inquiries_fts, rowid, ${columns.join(', ')})
        select 'delete', old.id, ${values('old')} where old.deleted_at is null;
      insert into inquiries_fts(rowid, ${columns.join(', ')})
        select new.id, ${values('new')} where new.deleted_at is null;
    end`);
  await knex.raw(`create trigger inquiries_fts_delete after delete on inquiries
    when old.deleted_at is null begin
      insert into inquiries_fts(inquiries_fts, rowid, ${columns.join(', ')}) values ('delete', old.id, ${values('old')});
    end`);
  await knex.raw(`insert into inquiries_fts(rowid, ${columns.join(', ')})
    select new.id, ${values('new')} from inquiries as new where new.deleted_at is null`);
}
