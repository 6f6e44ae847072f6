import fs from 'node:fs';
import path from 'node:path';
import type { ErasureCounts, ErasureItem, ErasurePreview } from '../../../shared/erasure/contract';
import { isoNow } from '../clock';
import type { Ctx } from '../context';
import { notFound, ruleViolation } from '../errors';
import { findCase } from '../cases/repository';
import { recordEvent } from '../cases/support';
import {
  anonymiseBreaches,
  anonymiseCases,
  anonymiseInquiries,
  clearOrganisationContacts,
  deleteAttachmentRows,
  deleteInquiries,
} from './anonymise-repository';
import { countRedactable, insertErasure } from './repository';
import { liftRestrictions, restrictRecords } from './restrictions-repository';
import { phrase } from '../../../shared/i18n/phrases';
import { type ErasureInput, plan } from './plan';

/** The reason recorded on the audit payloads an erasure removes (`audit verify` reports it). */
export const erasureReason = 'erasure';

async function requireErasureCase(ctx: Ctx, caseId: number | undefined) {
  if (caseId === undefined) return null;
  const row = await findCase(ctx.db, caseId);
  if (!row) throw notFound('Case', caseId);
  if (!row.request_types.includes('erasure'))
    throw ruleViolation(
      `Case ${row.number} does not ask for erasure; start the erasure from the person screen instead.`,
    );
  if (row.state === 'closed')
    throw ruleViolation(
      `Case ${row.number} is closed; an erasure it asked for is recorded while it is open.`,
    );
  return row;
}

export async function erasurePreview(ctx: Ctx, input: ErasureInput): Promise<ErasurePreview> {
  await requireErasureCase(ctx, input.caseId);
  const work = await plan(ctx, input);
  // The read is audited by what it covered, not by the person's names the searches held.
  await ctx.audit({
    action: 'read',
    entityType: 'person',
    after: { erasurePreview: true, records: work.items.length, caseId: input.caseId ?? null },
  });
  return {
    items: work.items,
    openCases: [...work.openCases].map(([id, number]) => ({ id, number })),
    auditPayloads: await countRedactable(ctx.db, work.auditEntries),
    files: work.filesToDelete.length,
  };
}

/**
 * Carries an erasure out in the call's one transaction: records erased or anonymised, their files
 * deleted once it commits, the before/after copies of the audit entries about them or naming the
 * person redacted (reason `erasure`), the kept ones restricted. The erasure log and the case (when
 * started from one) record counts only.
 */
export async function erasePerson(
  ctx: Ctx,
  input: ErasureInput & { reason: string },
): Promise<{ erasureId: number; counts: ErasureCounts; items: ErasureItem[] }> {
  const erasureCase = await requireErasureCase(ctx, input.caseId);
  const work = await plan(ctx, input);
  const at = isoNow(ctx.clock);
  await deleteAttachmentRows(
    ctx.db,
    work.filesToDelete.map((row) => Number(row.id)),
  );
  await deleteInquiries(ctx.db, work.inquiriesToDelete);
  await anonymiseInquiries(ctx.db, work.inquiriesToAnonymise, at);
  await anonymiseCases(ctx.db, work.casesToAnonymise, at);
  await anonymiseBreaches(ctx.db, work.breachesToAnonymise, at);
  await clearOrganisationContacts(ctx.db, work.organisationsToClear, at);
  const redacted = await ctx.env.audit.redact(ctx, work.auditEntries, erasureReason);
  const counts: ErasureCounts = {
    erased: work.items.filter((item) => item.outcome === 'erase').length,
    anonymised: work.items.filter((item) => item.outcome === 'anonymise').length,
    kept: work.items.filter((item) => item.outcome === 'keep').length,
    files: work.filesToDelete.length,
    auditPayloads: redacted,
  };
  const erasureId = await insertErasure(ctx.db, {
    at,
    by_name: ctx.actor.username,
    reason: input.reason,
    case_id: erasureCase?.id ?? null,
    counts_json: JSON.stringify(counts),
  });
  await restrictRecords(ctx.db, work.restrictions, {
    erasure_id: erasureId,
    restricted_at: at,
    restricted_by: ctx.actor.displayName,
  });
  await liftRestrictions(ctx.db, 'inquiry', [...work.inquiriesToDelete, ...work.inquiriesToAnonymise], at);
  await liftRestrictions(ctx.db, 'case', work.casesToAnonymise, at);
  await liftRestrictions(ctx.db, 'breach', work.breachesToAnonymise, at);
  await liftRestrictions(
    ctx.db,
    'attachment',
    work.filesToDelete.map((row) => Number(row.id)),
    at,
  );
  // The records' own histories say what happened, without a copy of what they held.
  for (const id of work.casesToAnonymise)
    await ctx.audit({ action: 'anonymise', entityType: 'case', entityId: id, after: { erasureId } });
  for (const id of work.inquiriesToAnonymise)
    await ctx.audit({ action: 'anonymise', entityType: 'inquiry', entityId: id, after: { erasureId } });
  for (const id of work.breachesToAnonymise)
    await ctx.audit({ action: 'anonymise', entityType: 'breach', entityId: id, after: { erasureId } });
  await ctx.audit({
    action: 'erase',
    entityType: 'person',
    entityId: erasureId,
    after: { reason: input.reason, caseId: erasureCase?.id ?? null, counts },
  });
  if (erasureCase) {
    await recordEvent(
      ctx,
      erasureCase.id,
      'erasure',
      phrase('timelineCase:erasureDone', {
        erased: counts.erased,
        anonymised: counts.anonymised,
        kept: counts.kept,
        files: counts.files,
        auditPayloads: counts.auditPayloads,
        reason: input.reason,
      }),
    );
  }
  const dir = path.join(ctx.env.dataDir, 'attachments');
  const stored = work.filesToDelete.map((row) => row.stored_name);
  ctx.afterCommit(() => {
    for (const name of stored) fs.rmSync(path.join(dir, path.basename(name)), { force: true });
  });
  return { erasureId, counts, items: work.items };
}
