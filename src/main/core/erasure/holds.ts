import type { legalHoldTypes } from '../../../shared/erasure/contract';
import { isoNow } from '../clock';
import type { Ctx } from '../context';
import { notFound, ruleViolation } from '../errors';
import { findLegalHold, insertLegalHold, liftLegalHold, recordExists } from './repository';

const tables: Record<(typeof legalHoldTypes)[number], string> = {
  inquiry: 'inquiries',
  case: 'cases',
  breach: 'breaches',
  agreement: 'agreements',
};

/** A legal hold (Art. 17(3)(e)): neither an erasure nor the retention purge touches the record. */
export async function placeHold(
  ctx: Ctx,
  input: { recordType: (typeof legalHoldTypes)[number]; recordId: number; reason: string },
): Promise<{ id: number }> {
  if (!(await recordExists(ctx.db, tables[input.recordType], input.recordId)))
    throw notFound(
      input.recordType === 'inquiry'
        ? 'Inquiry'
        : input.recordType[0].toUpperCase() + input.recordType.slice(1),
      input.recordId,
    );
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
  if (hold.lifted_at !== null) throw ruleViolation(`Legal hold ${id} was already lifted.`);
  await liftLegalHold(ctx.db, id, isoNow(ctx.clock), ctx.actor.displayName);
  await ctx.audit({
    action: 'lift-legal-hold',
    entityType: hold.record_type,
    entityId: hold.record_id,
    after: { holdId: id },
  });
  return { id };
}
