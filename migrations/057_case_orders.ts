import type { Knex } from 'knex';

/**
 * Every sortable column of the case list has an index in the list's order (the column, then the due
 * date; the id follows), so 100,000 cases sorted by it are read off the index page by page instead
 * of sorted per request. Priority sorts by its rank (urgent first), an expression both engines index;
 * the repository orders by the very same expression. A handler's cases are read handler by handler
 * in name order from (handler_id, due_date).
 */
const priorityRank =
  "(case priority when 'urgent' then 0 when 'high' then 1 when 'normal' then 2 else 3 end)";

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('cases', (table) => {
    table.index(['received_date', 'due_date'], 'cases_received_due');
    table.index(['person_name_key', 'due_date'], 'cases_name_due');
    table.index(['handler_id', 'due_date'], 'cases_handler_due');
  });
  await knex.raw(`create index cases_priority_due on cases (${priorityRank}, due_date)`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index if exists cases_priority_due');
  await knex.schema.alterTable('cases', (table) => {
    table.dropIndex(['received_date', 'due_date'], 'cases_received_due');
    table.dropIndex(['person_name_key', 'due_date'], 'cases_name_due');
    table.dropIndex(['handler_id', 'due_date'], 'cases_handler_due');
  });
}
