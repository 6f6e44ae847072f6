import type { Knex } from 'knex';

/**
 * The month an inquiry was received in, as a text-search document of one lexeme no typed word can
 * match (`@2026-11`). `inquiries/merged-repository.ts` (`newestMatches`) writes the same expression, so the
 * index below serves it.
 */
export const receivedMonth = "array_to_tsvector(array['@' || substr(received_at, 1, 7)])";

/**
 * PostgreSQL only (issue 15): the inquiry search's GIN index also holds the month each inquiry was
 * received in. A GIN index cannot keep its matches in received order, so "the newest 2,000 matches of
 * hansen" read all 19,800 matching rows, or walked the received-time index past 100,000 rows; with
 * the month as the index's second column, the matches of the newest months are found in the index
 * itself, a few months at a time (`newestMatches`). The index replaces migration 015's, which had
 * `search_doc` alone: a search without months still uses its first column. No row is rewritten.
 * SQLite's search index is keyed by received time already (migration 012).
 */
export async function up(knex: Knex): Promise<void> {
  if (knex.client.config.client !== 'pg') return;
  await knex.raw(
    `create index inquiries_search_months on inquiries using gin (search_doc, (${receivedMonth}))
      where deleted_at is null`,
  );
  await knex.raw('drop index inquiries_search_doc');
}

export async function down(knex: Knex): Promise<void> {
  if (knex.client.config.client !== 'pg') return;
  await knex.raw(
    'create index inquiries_search_doc on inquiries using gin (search_doc) where deleted_at is null',
  );
  await knex.raw('drop index inquiries_search_months');
}
