import type { Knex } from 'knex';
import {
  type AuditEntry,
  type AuditFilter,
  auditIdFields,
  type AuditVerification,
} from '../../../shared/audit/contract';
import type { Ctx } from '../context';
import { displayNamesOf, recordLabelsOf } from './label-repository';
import { auditHistoryRows, distinctAuditValues, listAuditRows, toAuditEntry } from './repository';
import type { AuditTrail } from './trail';

type Db = Knex | Knex.Transaction;

/**
 * Entries as people read them: who by their name (the user name stays in the entry as it was
 * written), and the record by its number or name where it has one.
 */
async function readableEntries(
  ctx: Ctx,
  rows: ReadonlyArray<Parameters<typeof toAuditEntry>[0]>,
): Promise<AuditEntry[]> {
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

/** Recomputes the chain of a core (its key, its head). */
export async function verifyAuditChain(core: {
  db: Db;
  env: { audit: AuditTrail };
}): Promise<AuditVerification> {
  return core.env.audit.verify(core.db);
}
