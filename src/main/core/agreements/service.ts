import type { CalendarDate } from '../../../shared/calendar';
import { osloDate } from '../../../shared/oslo';
import type { AgreementDetail, AgreementFields } from '../../../shared/agreements/contract';
import {
  agreementReference,
  agreementStatusLabels,
  articleClauses,
  type AgreementStatus,
  endedStatuses,
  transferProblems,
} from '../../../shared/agreements/rules';
import { isoNow } from '../clock';
import type { Ctx } from '../context';
import { invalidField, notFound, ruleViolation } from '../errors';
import {
  type AgreementChanges,
  declaredRows,
  findAgreement,
  findByReference,
  insertAgreement,
  insertBatch,
  lastReferenceSequence,
  type NamedAgreementRow,
  transferRows,
  updateAgreementRow,
} from './repository';
import { checkFields } from './checks';
import { difference, snapshot } from './snapshot';
import { todayOf } from './support';
import { processingCountries, toDetail, transferFacts } from './view';

export async function requireAgreement(ctx: Ctx, id: number): Promise<NamedAgreementRow> {
  const row = await findAgreement(ctx.db, id);
  if (!row) throw notFound('Agreement', id);
  return row;
}

export function isEnded(row: { status: string }): boolean {
  return endedStatuses.includes(row.status as AgreementStatus);
}

/** Changes to the chain, the transfers and the documents are refused once the agreement has ended. */
export function requireNotEnded(row: NamedAgreementRow): void {
  if (isEnded(row))
    throw ruleViolation(
      `${row.reference} is ${agreementStatusLabels[row.status as AgreementStatus].toLowerCase()}; its sub-processors and transfers can no longer be changed.`,
    );
}

export async function detailOf(ctx: Ctx, id: number): Promise<AgreementDetail> {
  return toDetail(ctx, await requireAgreement(ctx, id));
}

/** Stamps the change and recomputes the stored transfer flag from locations, declared sub-processors and transfers. */
export async function touch(ctx: Ctx, id: number, changes: AgreementChanges = {}): Promise<void> {
  const row = await requireAgreement(ctx, id);
  const declared = await declaredRows(ctx.db, id);
  const transfers = await transferRows(ctx.db, id);
  const merged = { ...row, ...changes };
  const flag =
    transferProblems(processingCountries(merged, declared), transfers.map(transferFacts), todayOf(ctx))
      .length > 0;
  await updateAgreementRow(ctx.db, id, {
    ...changes,
    transfer_flag: flag,
    flags_checked_on: todayOf(ctx),
    updated_at: isoNow(ctx.clock),
  });
}

function columnsOf(fields: AgreementFields, nextReviewOn: CalendarDate | null): AgreementChanges {
  return {
    title: fields.title,
    company_role: fields.companyRole,
    organisation_id: fields.organisationId as number,
    status: fields.status,
    signed_on: fields.signedOn,
    effective_on: fields.effectiveOn,
    expiry_on: fields.expiryOn,
    next_review_on: nextReviewOn,
    subject_matter: fields.subjectMatter ?? null,
    duration: fields.duration ?? null,
    nature_purpose: fields.naturePurpose ?? null,
    data_types_json: JSON.stringify(fields.dataTypes),
    special_categories_json: JSON.stringify(fields.specialCategories),
    data_subjects_json: JSON.stringify(fields.dataSubjects),
    locations_json: JSON.stringify(fields.locations),
    breach_notice_hours: fields.breachNoticeHours,
    security_assessed_on: fields.securityAssessedOn,
    security_result: fields.securityResult,
    security_notes: fields.securityNotes ?? null,
    security_evidence_id: fields.securityEvidenceId,
    subprocessor_authorisation: fields.subprocessorAuthorisation,
    notes: fields.notes ?? null,
  };
}

async function referenceFor(ctx: Ctx, wanted: string | undefined, exceptId?: number): Promise<string> {
  if (wanted) {
    const existing = await findByReference(ctx.db, wanted);
    if (existing && existing.id !== exceptId)
      throw invalidField('reference', `The reference ${wanted} is already used by “${existing.title}”`);
    return wanted;
  }
  const year = Number(osloDate(ctx.clock.now()).slice(0, 4));
  let sequence = (await lastReferenceSequence(ctx.db, year)) + 1;
  while (await findByReference(ctx.db, agreementReference(year, sequence))) sequence += 1;
  return agreementReference(year, sequence);
}

/** Registers an agreement with its Art. 28(3) checklist, every item unchecked, in one transaction. */
export async function createAgreement(ctx: Ctx, fields: AgreementFields): Promise<AgreementDetail> {
  const nextReview = await checkFields(ctx, fields, null);
  const now = isoNow(ctx.clock);
  const reference = await referenceFor(ctx, fields.reference);
  const id = await insertAgreement(ctx.db, {
    ...(columnsOf(fields, nextReview) as Required<AgreementChanges>),
    reference,
    last_reviewed_on: null,
    terminated_on: null,
    end_of_processing: null,
    end_confirmed_on: null,
    termination_note: null,
    transfer_flag: false,
    created_at: now,
    created_by: ctx.actor.userId,
    updated_at: now,
  });
  await insertBatch(
    ctx.db,
    'agreement_clauses',
    articleClauses.map((clause) => ({
      agreement_id: id,
      clause_key: clause.key,
      state: 'unchecked',
      clause_ref: null,
      note: null,
      checked_at: null,
      checked_by: null,
    })),
  );
  await touch(ctx, id);
  const row = await requireAgreement(ctx, id);
  await ctx.audit({ action: 'create', entityType: 'agreement', entityId: id, after: snapshot(row) });
  return toDetail(ctx, row);
}

export async function updateAgreement(
  ctx: Ctx,
  id: number,
  fields: AgreementFields,
): Promise<AgreementDetail> {
  const before = await requireAgreement(ctx, id);
  const nextReview = await checkFields(ctx, fields, before);
  const reference = fields.reference ? await referenceFor(ctx, fields.reference, id) : before.reference;
  await touch(ctx, id, { ...columnsOf(fields, nextReview), reference });
  const after = await requireAgreement(ctx, id);
  const change = difference(before, after);
  if (Object.keys(change.after).length > 0)
    await ctx.audit({ action: 'update', entityType: 'agreement', entityId: id, ...change });
  return toDetail(ctx, after);
}
