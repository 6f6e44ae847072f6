import type { Knex } from 'knex';
import type { AuditEntry, AuditFilter } from '../../../shared/audit/contract';
import { isSqlite } from '../db/connection';
import type { AuditRow } from './chain';
import type { Subject } from './subjects';

type Db = Knex | Knex.Transaction;

/** The advisory lock that serialises the chain's head on PostgreSQL (any fixed number, used for nothing else). */
const auditHeadLock = 7_041_993;

/** The last entry: the head the next one links to. */
export async function lastAuditRow(db: Db): Promise<Pick<AuditRow, 'id' | 'hash'> | undefined> {
  return db('audit_log').select('id', 'hash').orderBy('id', 'desc').first();
}

/**
 * Takes the chain's head for this transaction. On SQLite the transaction already holds the only
 * write lock. On PostgreSQL many desks write at once: a transaction-scoped advisory lock makes them
 * take the head one after the other (held to commit), so the chain stays one unbroken line.
 */
export async function lockAuditHead(db: Db): Promise<void> {
  if (!isSqlite(db)) await db.raw('select pg_advisory_xact_lock(?)', [auditHeadLock]);
}

export interface StoredPayload {
  salt: string;
  before_json: string | null;
  after_json: string | null;
}

export async function insertAuditRow(
  db: Db,
  row: AuditRow,
  payload: StoredPayload | null,
  subjects: readonly Subject[],
): Promise<void> {
  await db('audit_log').insert(row);
  if (payload) await db('audit_payloads').insert({ entry_id: row.id, ...payload });
  if (subjects.length > 0)
    await db('audit_subjects').insert(
      subjects.map((subject) => ({ entry_id: row.id, kind: subject.kind, subject_key: subject.key })),
    );
}

/** An entry with its payload wherever it is kept (its own table, or the entry itself before 030). */
export interface AuditRowWithPayload extends AuditRow {
  p_salt: string | null;
  p_before: string | null;
  p_after: string | null;
  redacted_reason: string | null;
}

function withPayloads(db: Db): Knex.QueryBuilder {
  return db('audit_log')
    .leftJoin('audit_payloads', 'audit_payloads.entry_id', 'audit_log.id')
    .leftJoin('audit_redactions', 'audit_redactions.entry_id', 'audit_log.id')
    .select(
      'audit_log.*',
      'audit_payloads.salt as p_salt',
      'audit_payloads.before_json as p_before',
      'audit_payloads.after_json as p_after',
      'audit_redactions.reason as redacted_reason',
    );
}

export function toAuditEntry(row: AuditRowWithPayload): Omit<AuditEntry, 'userName' | 'record' | 'labels'> {
  const before = row.p_before ?? row.before_json;
  const after = row.p_after ?? row.after_json;
  return {
    id: row.id,
    at: row.at,
    userId: row.user_id,
    username: row.username,
    channel: row.channel,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    before: before === null ? null : JSON.parse(before),
    after: after === null ? null : JSON.parse(after),
    redacted: row.redacted_reason,
  };
}

function applyFilter(query: Knex.QueryBuilder, filter: AuditFilter): Knex.QueryBuilder {
  if (filter.from) query.where('audit_log.at', '>=', filter.from);
  // `to` is a calendar day: include all of it.
  if (filter.to) query.where('audit_log.at', '<', `${filter.to}T24`);
  if (filter.userId !== undefined) query.where('audit_log.user_id', filter.userId);
  if (filter.entityType) query.where('audit_log.entity_type', filter.entityType);
  if (filter.entityId) query.where('audit_log.entity_id', filter.entityId);
  if (filter.action) query.where('audit_log.action', filter.action);
  return query;
}

export async function listAuditRows(
  db: Db,
  filter: AuditFilter & { page: number; pageSize: number },
): Promise<{ rows: AuditRowWithPayload[]; total: number }> {
  const [{ total }] = await applyFilter(db('audit_log').count({ total: '*' }), filter);
  const rows: AuditRowWithPayload[] = await applyFilter(withPayloads(db), filter)
    .orderBy('audit_log.id', 'desc')
    .limit(filter.pageSize)
    .offset(filter.page * filter.pageSize);
  return { rows, total: Number(total) };
}

export async function auditHistoryRows(
  db: Db,
  entityType: string,
  entityId: string,
): Promise<AuditRowWithPayload[]> {
  return withPayloads(db)
    .where({ 'audit_log.entity_type': entityType, 'audit_log.entity_id': entityId })
    .orderBy('audit_log.id', 'asc');
}

export async function distinctAuditValues(db: Db, column: 'entity_type' | 'action'): Promise<string[]> {
  const rows: Array<Record<string, string>> = await db('audit_log').distinct(column).orderBy(column);
  return rows.map((row) => row[column]);
}

export interface WalkedRow extends AuditRowWithPayload {
  seal_payload_hash: string | null;
  seal: string | null;
  redacted_by: number | null;
}

/** Walks the whole chain in id order, in batches, calling `visit` for each row until it returns false. */
export async function walkAuditRows(
  db: Db,
  visit: (row: WalkedRow) => boolean,
  batchSize = 5000,
): Promise<void> {
  let afterId = 0;
  for (;;) {
    const batch: WalkedRow[] = await withPayloads(db)
      .leftJoin('audit_seals', 'audit_seals.entry_id', 'audit_log.id')
      .select(
        'audit_seals.payload_hash as seal_payload_hash',
        'audit_seals.seal as seal',
        'audit_redactions.by_entry_id as redacted_by',
      )
      .where('audit_log.id', '>', afterId)
      .orderBy('audit_log.id')
      .limit(batchSize);
    for (const row of batch) if (!visit(row)) return;
    if (batch.length < batchSize) return;
    afterId = batch[batch.length - 1].id;
  }
}

export async function readAuditState(db: Db): Promise<Record<string, string>> {
  const rows: Array<{ name: string; value: string }> = await db('audit_state').select('name', 'value');
  return Object.fromEntries(rows.map((row) => [row.name, row.value]));
}

export async function writeAuditState(db: Db, name: string, value: string): Promise<void> {
  await db('audit_state').insert({ name, value }).onConflict('name').merge();
}

/** Entries after `afterId`, oldest first (sealing the entries written before the keyed chain). */
export async function auditRowsAfter(db: Db, afterId: number, limit: number): Promise<AuditRow[]> {
  return db('audit_log').where('id', '>', afterId).orderBy('id').limit(limit).select('*');
}

export async function insertAuditSeals(
  db: Db,
  seals: ReadonlyArray<{ entry_id: number; payload_hash: string | null; seal: string }>,
): Promise<void> {
  if (seals.length > 0) await db('audit_seals').insert([...seals]);
}

export async function insertAuditSubjects(
  db: Db,
  subjects: ReadonlyArray<{ entry_id: number; kind: string; subject_key: string }>,
): Promise<void> {
  for (let start = 0; start < subjects.length; start += 200)
    await db('audit_subjects').insert(subjects.slice(start, start + 200));
}

/**
 * Of the given entries, those whose payload can still be redacted: keyed entries (from `keyedFrom`)
 * with a payload not yet redacted, and older sealed entries that still hold their copies.
 */
export async function redactableAuditEntries(
  db: Db,
  entryIds: readonly number[],
  keyedFrom: number,
): Promise<number[]> {
  const keyed: Array<{ entry_id: number }> = await db('audit_payloads')
    .whereIn(
      'entry_id',
      entryIds.filter((id) => id >= keyedFrom),
    )
    .whereNotExists(
      db('audit_redactions')
        .select('entry_id')
        .whereRaw('audit_redactions.entry_id = audit_payloads.entry_id'),
    )
    .select('entry_id');
  const legacy: Array<{ entry_id: number }> = await db('audit_seals')
    .join('audit_log', 'audit_log.id', 'audit_seals.entry_id')
    .whereIn(
      'audit_seals.entry_id',
      entryIds.filter((id) => id < keyedFrom),
    )
    .whereNotNull('audit_seals.payload_hash')
    .where((has) => has.whereNotNull('audit_log.before_json').orWhereNotNull('audit_log.after_json'))
    .select('audit_seals.entry_id');
  return [...keyed.map((row) => row.entry_id), ...legacy.map((row) => row.entry_id)];
}

/**
 * Removes the before/after copies of the given entries (keyed ones keep theirs in audit_payloads,
 * older ones in the entry itself) and their subjects, recording each redaction.
 */
export async function redactAuditPayloads(
  db: Db,
  entryIds: readonly number[],
  keyedFrom: number,
  redaction: { redacted_at: string; reason: string; by_entry_id: number },
): Promise<void> {
  await db('audit_redactions').insert(entryIds.map((entryId) => ({ entry_id: entryId, ...redaction })));
  await db('audit_payloads')
    .whereIn('entry_id', [...entryIds])
    .delete();
  await db('audit_log')
    .whereIn(
      'id',
      entryIds.filter((id) => id < keyedFrom),
    )
    .update({ before_json: null, after_json: null });
  await db('audit_subjects')
    .whereIn('entry_id', [...entryIds])
    .delete();
}
