import type { Knex } from 'knex';
import {
  type AuditEntry,
  type AuditFilter,
  auditIdFields,
  type AuditVerification,
} from '../../../shared/audit/contract';
import type { Actor, AuditRecord, Ctx } from '../context';
import { type AuditRow, checkLink, genesisHash } from './chain';
import { displayNamesOf, recordLabelsOf } from './label-repository';
import {
  appendAuditRow,
  auditHistoryRows,
  distinctAuditValues,
  listAuditRows,
  toAuditEntry,
  walkAuditRows,
} from './repository';

const secretKey = /password|secret|token/i;

/** Audit entries never hold secrets: any key that looks like one is replaced. */
export function redactSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactSecrets);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [
        key,
        secretKey.test(key) ? '[redacted]' : redactSecrets(inner),
      ]),
    );
  }
  return value;
}

function toJson(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(redactSecrets(value));
}

export async function writeAudit(
  db: Knex | Knex.Transaction,
  actor: Actor,
  channel: string,
  at: Date,
  record: AuditRecord,
): Promise<void> {
  await appendAuditRow(db, {
    at: at.toISOString(),
    user_id: actor.userId,
    username: actor.username,
    channel,
    action: record.action,
    entity_type: record.entityType,
    entity_id: record.entityId === undefined || record.entityId === null ? null : String(record.entityId),
    before_json: toJson(record.before),
    after_json: toJson(record.after),
  });
}

/**
 * Entries as people read them: who by their name (the user name stays in the entry as it was
 * written), and the record by its number or name where it has one.
 */
async function readableEntries(ctx: Ctx, rows: readonly AuditRow[]): Promise<AuditEntry[]> {
  const entries = rows.map(toAuditEntry);
  const names = await displayNamesOf(
    ctx.db,
    rows.flatMap((row) => (row.user_id === null ? [] : [row.user_id])),
  );
  const pointers = entries.map(pointersOf);
  const records = await recordLabelsOf(ctx.db, [
    ...rows.flatMap((row) => (row.entity_id === null ? [] : [{ type: row.entity_type, id: row.entity_id }])),
    ...pointers.flat(),
  ]);
  return entries.map((entry, index) => ({
    ...entry,
    userName: (entry.userId !== null ? names.get(entry.userId) : undefined) ?? entry.username,
    record: entry.entityId === null ? null : (records.get(`${entry.entityType}:${entry.entityId}`) ?? null),
    labels: Object.fromEntries(
      pointers[index]!.flatMap(({ type, id }) => {
        const label = records.get(`${type}:${id}`);
        return label === undefined ? [] : [[`${type}:${id}`, label]];
      }),
    ),
  }));
}

/** The records an entry's before and after point to by id (top-level fields only). */
function pointersOf(entry: { before: unknown; after: unknown }): Array<{ type: string; id: string }> {
  const found: Array<{ type: string; id: string }> = [];
  for (const side of [entry.before, entry.after]) {
    if (!side || typeof side !== 'object' || Array.isArray(side)) continue;
    for (const [field, value] of Object.entries(side)) {
      const type = auditIdFields[field];
      if (type && typeof value === 'number' && Number.isInteger(value) && value > 0)
        found.push({ type, id: String(value) });
    }
  }
  return found;
}

export async function listAudit(ctx: Ctx, filter: AuditFilter & { page: number; pageSize: number }) {
  const { rows, total } = await listAuditRows(ctx.db, filter);
  return { rows: await readableEntries(ctx, rows), total };
}

/** The change history of one record, oldest first: what features show as "history". */
export async function historyOf(
  ctx: Ctx,
  entityType: string,
  entityId: number | string,
): Promise<AuditEntry[]> {
  const rows = await auditHistoryRows(ctx.db, entityType, String(entityId));
  return readableEntries(ctx, rows);
}

export async function auditFacets(ctx: Ctx) {
  return {
    entityTypes: await distinctAuditValues(ctx.db, 'entity_type'),
    actions: await distinctAuditValues(ctx.db, 'action'),
  };
}

/** Recomputes every link of the chain; names the first entry that does not match. */
export async function verifyAuditChain(db: Knex | Knex.Transaction): Promise<AuditVerification> {
  let expectedPrev = genesisHash;
  let expectedId = 1;
  let entries = 0;
  let failure: AuditVerification | null = null;
  await walkAuditRows(db, (row) => {
    const check = checkLink(row, expectedPrev, expectedId);
    if (!check.ok) {
      failure = { ok: false, entries, firstBadId: Math.min(row.id, expectedId), reason: check.reason };
      return false;
    }
    entries += 1;
    expectedPrev = row.hash;
    expectedId = row.id + 1;
    return true;
  });
  return failure ?? { ok: true, entries, firstBadId: null, reason: null };
}

/** What a copy made earlier (a backup's manifest) saw of the chain: its length and last hash. */
export interface AuditAnchor {
  entries: number;
  head: string | null;
  /** Where the anchor comes from, for the message (e.g. "the backup of 2026-03-02"). */
  source: string;
}

/**
 * The chain proves each entry against the one before it, but not that nothing was cut off at the
 * end or that the whole tail was not rewritten and hashed anew. A copy kept elsewhere does: the
 * entry it saw last must still be there with the same hash.
 */
export async function checkAuditAnchor(
  db: Knex | Knex.Transaction,
  anchor: AuditAnchor,
): Promise<{ ok: boolean; reason: string | null }> {
  if (anchor.entries === 0 || !anchor.head) return { ok: true, reason: null };
  const row: { hash: string } | undefined = await db('audit_log').where({ id: anchor.entries }).first('hash');
  if (!row)
    return {
      ok: false,
      reason: `entry ${anchor.entries}, the last one ${anchor.source} holds, is gone: the log was cut short`,
    };
  if (row.hash !== anchor.head)
    return {
      ok: false,
      reason: `entry ${anchor.entries} is not the one ${anchor.source} holds: the log was rewritten`,
    };
  return { ok: true, reason: null };
}
