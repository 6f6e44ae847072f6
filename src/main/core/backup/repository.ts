import type { Knex } from 'knex';

/** The tables of a SQLite database, by name (SQLite's own and FTS shadow tables included). */
export async function tableNames(db: Knex): Promise<string[]> {
  const rows: Array<{ name: string }> = await db('sqlite_master')
    .where({ type: 'table' })
    .whereNot('name', 'like', 'sqlite_%')
    .whereRaw("sql not like 'CREATE VIRTUAL TABLE%'")
    .orderBy('name')
    .select('name');
  return rows.map((row) => row.name);
}

export async function countRows(db: Knex, tables: readonly string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const [{ n }] = await db(table).count({ n: '*' });
    counts[table] = Number(n);
  }
  return counts;
}

/** Makes the connection read-only and returns what SQLite's integrity check finds (none: sound). */
export async function integrityProblems(db: Knex): Promise<string[]> {
  await db.raw('PRAGMA query_only = ON');
  const integrity: Array<Record<string, string>> = await db.raw('PRAGMA integrity_check(10)');
  return integrity.map((row) => Object.values(row)[0]!).filter((text) => text !== 'ok');
}

/** The last entry of the audit chain: its id and hash. */
export async function lastAuditEntry(db: Knex): Promise<{ id: number; hash: string } | undefined> {
  return db('audit_log').orderBy('id', 'desc').first('id', 'hash');
}
