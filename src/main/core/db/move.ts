import type { Knex } from 'knex';
import { isSqlite } from './connection';

export interface TableCount {
  table: string;
  source: number;
  target: number;
}

/** The target of a move already holds an office's records. */
export class MoveRefusedError extends Error {}

/**
 * Tables that belong to one engine only: knex's own, SQLite's internals, and SQLite's full-text
 * indexes (virtual tables and their shadow tables; PostgreSQL keeps its own search columns).
 */
async function tablesOf(db: Knex): Promise<string[]> {
  if (!isSqlite(db)) {
    const rows: Array<{ name: string }> = await db('pg_tables')
      .where({ schemaname: 'public' })
      .select('tablename as name');
    return rows
      .map((row) => row.name)
      .filter((name) => !name.startsWith('knex_'))
      .sort();
  }
  const rows: Array<{ name: string; sql: string | null }> = await db('sqlite_master')
    .where({ type: 'table' })
    .select('name', 'sql');
  const virtual = rows.filter((row) => /^create virtual table/i.test(row.sql ?? '')).map((row) => row.name);
  return rows
    .map((row) => row.name)
    .filter(
      (name) =>
        !name.startsWith('knex_') &&
        !name.startsWith('sqlite_') &&
        !virtual.some((table) => name === table || name.startsWith(`${table}_`)),
    )
    .sort();
}

/** Tables in an order where every table comes after those its foreign keys point to (PostgreSQL). */
async function dependencyOrder(db: Knex, tables: readonly string[]): Promise<string[]> {
  const edges: Array<{ child: string; parent: string }> = (
    await db.raw(`select distinct c.relname as child, p.relname as parent
      from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_class p on p.oid = k.confrelid
      join pg_namespace n on n.oid = c.relnamespace
     where k.contype = 'f' and n.nspname = 'public'`)
  ).rows;
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (table: string) => {
    if (ordered.includes(table) || visiting.has(table)) return;
    visiting.add(table);
    for (const edge of edges) if (edge.child === table && edge.parent !== table) visit(edge.parent);
    visiting.delete(table);
    ordered.push(table);
  };
  tables.forEach(visit);
  return ordered;
}

async function countRows(db: Knex, table: string): Promise<number> {
  const row = (await db(table).count({ n: '*' }).first()) as { n: number | string } | undefined;
  return Number(row?.n ?? 0);
}

/**
 * Copies an office from an SQLite database into an empty PostgreSQL database of the same schema,
 * every row of every table with its id, in one transaction: the target has all of it or none.
 * Migrations fill a few tables with defaults on both sides; those are replaced by the source's.
 * Triggers are off while copying (the audit log's protection, the monthly figures, which are copied
 * as they are) and the search index is rebuilt from the rows afterwards.
 */
export async function moveOffice(
  source: Knex,
  target: Knex,
  report: (line: string) => void = () => {},
  batchSize = 500,
): Promise<TableCount[]> {
  if (!isSqlite(source) || isSqlite(target))
    throw new MoveRefusedError('An office moves from an SQLite file to a PostgreSQL database.');
  for (const table of ['users', 'audit_log', 'inquiries', 'cases']) {
    if ((await countRows(target, table)) > 0)
      throw new MoveRefusedError(
        `The target database is not empty (it has ${table}). Move into a new, empty database: nothing was copied.`,
      );
  }
  const tables = await tablesOf(source);
  const targetTables = new Set(await tablesOf(target));
  const missing = tables.filter((table) => !targetTables.has(table));
  if (missing.length > 0)
    throw new MoveRefusedError(
      `The target lacks tables of the source (${missing.join(', ')}): is it the same version?`,
    );

  const order = await dependencyOrder(target, tables);
  await target.transaction(async (trx) => {
    for (const table of order) await trx.raw('alter table ?? disable trigger user', [table]);
    for (const table of [...order].reverse()) await trx(table).delete();
    for (const table of order) {
      let copied = 0;
      for (let after = -Infinity; ;) {
        const batch: Array<Record<string, unknown> & { move_rowid: number }> = await source(table)
          .select(source.raw('rowid as move_rowid'), `${table}.*`)
          .whereRaw('rowid > ?', [after === -Infinity ? Number.MIN_SAFE_INTEGER : after])
          .orderByRaw('rowid')
          .limit(batchSize);
        if (batch.length === 0) break;
        after = batch[batch.length - 1].move_rowid;
        await trx(table).insert(batch.map(({ move_rowid: _rowid, ...row }) => row));
        copied += batch.length;
        if (copied % 100_000 < batchSize && copied >= 100_000) report(`${table}: ${copied} rows…`);
        if (batch.length < batchSize) break;
      }
    }
    for (const table of order) await trx.raw('alter table ?? enable trigger user', [table]);
    // The search column is computed by its trigger, which was off while the rows came in.
    await trx.raw('update inquiries set deleted_at = deleted_at');
    const sequences: Array<{ table_name: string; sequence: string }> = (
      await trx.raw(`select table_name, pg_get_serial_sequence(table_name, column_name) as sequence
        from information_schema.columns
       where table_schema = 'public' and column_name = 'id' and column_default like 'nextval%'`)
    ).rows;
    for (const { table_name: table, sequence } of sequences)
      await trx.raw(`select setval(?, coalesce((select max(id) from ??), 0) + 1, false)`, [sequence, table]);
  });
  const counts: TableCount[] = [];
  for (const table of tables)
    counts.push({ table, source: await countRows(source, table), target: await countRows(target, table) });
  return counts;
}
