import type { LegalHold, LegalHoldType } from '../../../shared/erasure/contract';
import { formatDateTime } from '../../../shared/i18n/format';
import { isoNow } from '../clock';
import type { Ctx } from '../context';
import { notFound, ruleViolation } from '../errors';
import {
  findLegalHold,
  findStandingHold,
  insertLegalHold,
  type LegalHoldRow,
  legalHoldsOf,
  liftLegalHold,
  recordExists,
} from './holds-repository';

const tables: Record<LegalHoldType, string> = {
  inquiry: 'inquiries',
  case: 'cases',
  breach: 'breaches',
  agreement: 'agreements',
};

const recordNames: Record<LegalHoldType, string> = {
  inquiry: 'Inquiry',
  case: 'Case',
  breach: 'Breach',
  agreement: 'Agreement',
};

interface HoldRecord {
  recordType: LegalHoldType;
  recordId: number;
}

async function mustExist(ctx: Ctx, { recordType, recordId }: HoldRecord, lock = false): Promise<void> {
  if (!(await recordExists(ctx.db, tables[recordType], recordId, lock)))
    throw notFound(recordNames[recordType], recordId);
}

const toHold = (row: LegalHoldRow): LegalHold => ({
  id: Number(row.id),
  reason: row.reason,
  placedAt: row.placed_at,
  placedBy: row.placed_by,
  liftedAt: row.lifted_at,
  liftedBy: row.lifted_by,
});

/** The holds of one record, standing and lifted, newest first. */
export async function listHolds(ctx: Ctx, record: HoldRecord): Promise<{ holds: LegalHold[] }> {
  await mustExist(ctx, record);
  return { holds: (await legalHoldsOf(ctx.db, record.recordType, record.recordId)).map(toHold) };
}

/**
 * A legal hold (Art. 17(3)(e)): neither an erasure nor the retention purge touches the record.
 * One stands at a time, so lifting it is what ends the hold.
 */
export async function placeHold(ctx: Ctx, input: HoldRecord & { reason: string }): Promise<{ id: number }> {
  await mustExist(ctx, input, true);
  const standing = await findStandingHold(ctx.db, input.recordType, input.recordId);
  if (standing)
    throw ruleViolation({
      key: 'legalHoldStanding',
      params: { date: formatDateTime(standing.placed_at), by: standing.placed_by },
    });
  const id = await insertLegalHold(ctx.db, {
    record_type: input.recordType,
    record_id: input.recordId,
    reason: input.reason,
    placed_at: isoNow(ctx.clock),
    placed_by: ctx.actor.displayName,
  });
  await ctx.audit({
    action: 'legal-hold',
    entityType: input.recordType,
    entityId: input.recordId,
    after: { holdId: id, reason: input.reason },
  });
  return { id };
}

export async function liftHold(ctx: Ctx, id: number): Promise<{ id: number }> {
  const hold = await findLegalHold(ctx.db, id);
  if (!hold) throw notFound('Legal hold', id);
  if (!(await liftLegalHold(ctx.db, id, isoNow(ctx.clock), ctx.actor.displayName)))
    throw ruleViolation({ key: 'legalHoldLifted', params: { id } });
  await ctx.audit({
    action: 'lift-legal-hold',
    entityType: hold.record_type,
    entityId: hold.record_id,
    after: { holdId: id },
  });
  return { id };
}
