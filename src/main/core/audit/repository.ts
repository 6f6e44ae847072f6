import type { Knex } from 'knex';
import type { AuditEntry, AuditFilter } from '../../../shared/audit/contract';
import { isSqlite } from '../db/connection';
import { type AuditRow, entryHash, genesisHash } from './chain';

type Db = Knex | Knex.Transaction;

export interface NewAuditRow {
  at: string;
  user_id: number | null;
  username: string;
  channel: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before_json: string | null;
  after_json: string | null;
}

/** The advisory lock that serialises the chain's head on PostgreSQL (any fixed number, used for nothing else). */
const auditHeadLock = 7_041_993;

/**
 * Appends one entry to the chain. Must run inside the caller's transaction so id and link are stable.
 * On SQLite the transaction already holds the only write lock. On PostgreSQL many desks write at
 * once: a transaction-scoped advisory lock makes them take the head one after the other (held to
 * commit), so the chain stays one unbroken line.
 */
export async function appendAuditRow(db: Db, row: NewAuditRow): Promise<AuditRow> {
  if (!isSqlite(db)) await db.raw('select pg_advisory_xact_lock(?)', [auditHeadLock]);
  const last: Pick<AuditRow, 'id' | 'hash'> | undefined = await db('audit_log')
    .select('id', 'hash')
    .orderBy('id', 'desc')
    .first();
  const id = (last?.id ?? 0) + 1;
  const prevHash = last?.hash ?? genesisHash;
  const complete = { id, ...row };
  const stored: AuditRow = { ...complete, prev_hash: prevHash, hash: entryHash(prevHash, complete) };
  await db('audit_log').insert(stored);
  return stored;
}

export function toAuditEntry(row: AuditRow): Omit<AuditEntry, 'userName' | 'record' | 'labels'> {
  return {
    id: row.id,
    at: row.at,
    userId: row.user_id,
    username: row.username,
    channel: row.channel,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    before: row.before_json === null ? null : JSON.parse(row.before_json),
    after: row.after_json === null ? null : JSON.parse(row.after_json),
  };
}

function applyFilter(query: Knex.QueryBuilder, filter: AuditFilter): Knex.QueryBuilder {
  if (filter.from) query.where('at', '>=', filter.from);
  // `to` is a calendar day: include all of it.
  if (filter.to) query.where('at', '<', `${filter.to}T24`);
  if (filter.userId !== undefined) query.where('user_id', filter.userId);
  if (filter.entityType) query.where('entity_type', filter.entityType);
  if (filter.entityId) query.where('entity_id', filter.entityId);
  if (filter.action) query.where('action', filter.action);
  return query;
}

export async function listAuditRows(
  db: Db,
  filter: AuditFilter & { page: number; pageSize: number },
): Promise<{ rows: AuditRow[]; total: number }> {
  const [{ total }] = await applyFilter(db('audit_log').count({ total: '*' }), filter);
  const rows: AuditRow[] = await applyFilter(db('audit_log').select('*'), filter)
    .orderBy('id', 'desc')
    .limit(filter.pageSize)
    .offset(filter.page * filter.pageSize);
  return { rows, total: Number(total) };
}

export async function auditHistoryRows(db: Db, entityType: string, entityId: string): Promise<AuditRow[]> {
  return db('audit_log')
    .select('*')
    .where({ entity_type: entityType, entity_id: entityId })
    .orderBy('id', 'asc');
}

export async function distinctAuditValues(db: Db, column: 'entity_type' | 'action'): Promise<string[]> {
  const rows: Array<Record<string, string>> = await db('audit_log').distinct(column).orderBy(column);
  return rows.map((row) => row[column]);
}

/** Walks the whole chain in id order, in batches, calling `visit` for each row until it returns false. */
export async function walkAuditRows(
  db: Db,
  visit: (row: AuditRow) => boolean,
  batchSize = 5000,
): Promise<void> {
  let afterId = 0;
  for (;;) {
    const batch: AuditRow[] = await db('audit_log')
      .select('*')
      .where('id', '>', afterId)
      .orderBy('id')
      .limit(batchSize);
    for (const row of batch) if (!visit(row)) return;
    if (batch.length < batchSize) return;
    afterId = batch[batch.length - 1].id;
  }
}
