import type { Knex } from 'knex';
import type { AuditEntry, AuditFilter, AuditVerification } from '../../../shared/audit/contract';
import type { Actor, AuditRecord, Ctx } from '../context';
import { checkLink, genesisHash } from './chain';
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

export async function listAudit(ctx: Ctx, filter: AuditFilter & { page: number; pageSize: number }) {
  const { rows, total } = await listAuditRows(ctx.db, filter);
  return { rows: rows.map(toAuditEntry), total };
}

/** The change history of one record, oldest first: what features show as "history". */
export async function historyOf(
  ctx: Ctx,
  entityType: string,
  entityId: number | string,
): Promise<AuditEntry[]> {
  const rows = await auditHistoryRows(ctx.db, entityType, String(entityId));
  return rows.map(toAuditEntry);
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
