import type { Knex } from 'knex';

/**
 * PostgreSQL: every non-unique B-tree index ends with the row's id, as SQLite's indexes end with the
 * rowid by themselves. The lists and the dashboard order by a column and then the id (`order by
 * due_date, id limit 50`); SQLite walks such an index and stops after fifty rows, while PostgreSQL
 * without the id sorted every matching row first (an open-case list: 107 ms on the benchmark office,
 * 0.4 ms with the id). Migrations after this one write their indexes with the id last on PostgreSQL
 * (`tests/core/migrations-engines.test.ts` checks it).
 *
 * And statistics over the inquiries' state and follow-up date together: follow-ups are set almost only
 * on open inquiries, which the planner, counting the columns apart, did not know; it chose to fetch
 * 16,000 rows and sort them (567 ms) instead of walking the follow-up index (0.5 ms).
 *
 * The dashboard counts open cases by deadline, capacity, forwarding and extension: an index holding those
 * columns answers each count from the index alone (29 ms to 3 ms under load); SQLite reads the few
 * thousand rows from its page cache about as fast.
 *
 * On SQLite this migration does nothing.
 */
const marker = 'id appended by 070_postgresql_index_order';

interface IndexRow {
  name: string;
  definition: string;
}

/** The definition with `, id` added at the end of its key columns (before INCLUDE and WHERE). */
export function withIdLast(definition: string): string {
  const open = definition.indexOf('USING btree (');
  if (open < 0) throw new Error(`Not a B-tree index: ${definition}`);
  let depth = 0;
  for (let i = open + 'USING btree '.length; i < definition.length; i++) {
    if (definition[i] === '(') depth += 1;
    else if (definition[i] === ')' && --depth === 0) {
      return `${definition.slice(0, i)}, id${definition.slice(i)}`;
    }
  }
  throw new Error(`Unbalanced index definition: ${definition}`);
}

/** Non-unique B-tree indexes of the app's tables with an id column whose last key is not the id. */
async function indexesWithoutIdLast(knex: Knex): Promise<IndexRow[]> {
  const result = await knex.raw<{ rows: IndexRow[] }>(`
    select i.relname as name, pg_get_indexdef(i.oid) as definition
      from pg_index x
      join pg_class i on i.oid = x.indexrelid
      join pg_class t on t.oid = x.indrelid
      join pg_namespace n on n.oid = t.relnamespace
      join pg_am am on am.oid = i.relam
      join pg_attribute id on id.attrelid = t.oid and id.attname = 'id' and not id.attisdropped
     where n.nspname = current_schema() and am.amname = 'btree'
       and not x.indisunique and not x.indisprimary
       and t.relname not like 'knex\\_%'
       and x.indkey[x.indnkeyatts - 1] <> id.attnum
     order by i.relname`);
  return result.rows;
}

export async function up(knex: Knex): Promise<void> {
  if (knex.client.config.client !== 'pg') return;
  for (const index of await indexesWithoutIdLast(knex)) {
    await knex.raw('drop index ??', [index.name]);
    await knex.raw(withIdLast(index.definition));
    // COMMENT takes no parameters; the name is the catalogue's own and the marker a constant.
    await knex.raw(`comment on index "${index.name}" is '${marker}'`);
  }
  await knex.raw(
    'create index cases_deadline_cover on cases (state, due_date, id) include (capacity, forwarded_on, extended_at)',
  );
  await knex.raw(
    'create statistics inquiries_state_follow_up (mcv) on status, follow_up_on, deleted_at from inquiries',
  );
  await knex.raw('analyze inquiries');
}

export async function down(knex: Knex): Promise<void> {
  if (knex.client.config.client !== 'pg') return;
  await knex.raw('drop statistics if exists inquiries_state_follow_up');
  await knex.raw('drop index if exists cases_deadline_cover');
  const marked = await knex.raw<{ rows: IndexRow[] }>(
    `select i.relname as name, pg_get_indexdef(i.oid) as definition
       from pg_class i join pg_namespace n on n.oid = i.relnamespace
      where n.nspname = current_schema() and i.relkind = 'i'
        and obj_description(i.oid, 'pg_class') = ?`,
    [marker],
  );
  for (const index of marked.rows) {
    await knex.raw('drop index ??', [index.name]);
    await knex.raw(index.definition.replace(/, id\)( INCLUDE| WHERE|$)/, ')$1'));
  }
}
