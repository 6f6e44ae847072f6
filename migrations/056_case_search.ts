import type { Knex } from 'knex';

/**
 * The case list's search finds what was typed anywhere inside the case number, the person's name,
 * e-mail or reference, or their phone digits. It read every one of 100,000 cases for each letter; a
 * trigram index finds the cases holding a piece of three characters or more instead. SQLite: an FTS5
 * table with the trigram tokenizer, kept by triggers, its rowid the case's id. PostgreSQL: a GIN
 * index of pg_trgm (a trusted extension the database's owner may create) over the same texts,
 * lines apart so no piece spans two of them (the expression `caseSearchText` in the repository).
 */
const sqliteValues = (row: string) =>
  `${row}.id, ${row}.number, ${row}.person_name_key, coalesce(${row}.person_email_key, ''),
   lower(coalesce(${row}.person_reference, '')), coalesce(${row}.person_phone_key, '')`;

export const postgresSearchText = `(lower(number) || chr(10) || person_name_key || chr(10) || coalesce(person_email_key, '') || chr(10) || lower(coalesce(person_reference, '')) || chr(10) || coalesce(person_phone_key, ''))`;

export async function up(knex: Knex): Promise<void> {
  if (knex.client.config.client === 'pg') {
    await knex.raw('create extension if not exists pg_trgm');
    await knex.raw(`create index cases_search on cases using gin (${postgresSearchText} gin_trgm_ops)`);
    return;
  }
  await knex.raw(
    `create virtual table cases_search using fts5(number, name, email, reference, phone, tokenize = 'trigram')`,
  );
  await knex.raw(`insert into cases_search (rowid, number, name, email, reference, phone)
    select ${sqliteValues('cases')} from cases`);
  const columns = '(rowid, number, name, email, reference, phone)';
  await knex.raw(`create trigger cases_search_insert after insert on cases begin
    insert into cases_search ${columns} values (${sqliteValues('new')});
  end`);
  await knex.raw(`create trigger cases_search_update after update of
      number, person_name_key, person_email_key, person_reference, person_phone_key on cases begin
    delete from cases_search where rowid = old.id;
    insert into cases_search ${columns} values (${sqliteValues('new')});
  end`);
  await knex.raw(`create trigger cases_search_delete after delete on cases begin
    delete from cases_search where rowid = old.id;
  end`);
}

export async function down(knex: Knex): Promise<void> {
  if (knex.client.config.client === 'pg') {
    await knex.raw('drop index if exists cases_search');
    return;
  }
  for (const trigger of ['cases_search_insert', 'cases_search_update', 'cases_search_delete'])
    await knex.raw(`drop trigger if exists ${trigger}`);
  await knex.raw('drop table if exists cases_search');
}
