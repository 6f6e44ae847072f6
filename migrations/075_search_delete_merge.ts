import type { Knex } from 'knex';

/**
 * SQLite's full-text index of inquiries (012) merges a segment as soon as a tenth of its rows are
 * deleted ("deletemerge"). After the first retention purge of an office that is a rewrite of most of
 * the index inside one batch of the purge, half a second and more during which no desk is served.
 * Deleted rows are left instead to the index's ordinary merges, which drop them as new inquiries are
 * logged; a search skips them meanwhile (the index records them as deleted).
 */
export async function up(knex: Knex): Promise<void> {
  if (knex.client.config.client !== 'sqlite3') return;
  await knex.raw("insert into inquiries_search(inquiries_search, rank) values ('deletemerge', 0)");
}

export async function down(knex: Knex): Promise<void> {
  if (knex.client.config.client !== 'sqlite3') return;
  // FTS5's default.
  await knex.raw("insert into inquiries_search(inquiries_search, rank) values ('deletemerge', 10)");
}
