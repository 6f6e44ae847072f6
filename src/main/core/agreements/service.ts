import type { CalendarDate } from '../../../shared/calendar';
import { countryName } from '../../../shared/countries';
import { compareDates, norwegianDate } from '../../../shared/calendar';
import { osloDate } from '../../../shared/oslo';
import type { AgreementDetail, AgreementFields } from '../../../shared/agreements/contract';
import {
  agreementReference,
  agreementStatusLabels,
  articleClauses,
  authorisationLabels,
  companyRoleLabels,
  endOfProcessingLabels,
  securityResultLabels,
  specialCategoryLabels,
  type AgreementStatus,
  endedStatuses,
  type EndOfProcessing,
  inForceStatuses,
  nextReviewAfter,
  transferProblems,
} from '../../../shared/agreements/rules';
import { isoNow } from '../clock';
import type { Ctx } from '../context';
import { conflict, invalidField, notFound, ruleViolation } from '../errors';
import { requireOrganisation } from '../organisations/service';
import { readSettings } from '../settings/service';
import { findAttachment } from '../attachments/repository';
import {
  type AgreementChanges,
  type CustomerLinkRow,
  declaredRows,
  findAgreement,
  findByReference,
  insertAgreement,
  insertBatch,
  lastReferenceSequence,
  linksToSupplierAgreement,
  type NamedAgreementRow,
  subprocessorRows,
  transferRows,
  updateAgreementRow,
  updateSubprocessorRows,
} from './repository';
import { Issues, parseList, todayOf } from './support';
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

/** The recorded fields as a person reads them, for audit entries and the history tab. */
function snapshot(row: NamedAgreementRow) {
  const list = (json: string) => parseList(json).join(', ') || null;
  const label = <K extends string>(labels: Record<K, string>, value: string | null) =>
    value === null ? null : (labels[value as K] ?? value);
  return {
    reference: row.reference,
    title: row.title,
    direction: label(companyRoleLabels, row.company_role),
    organisation: row.organisation_name,
    status: label(agreementStatusLabels, row.status),
    signedOn: norwegianDate(row.signed_on) || null,
    effectiveOn: norwegianDate(row.effective_on) || null,
    expiryOn: norwegianDate(row.expiry_on) || null,
    nextReviewOn: norwegianDate(row.next_review_on) || null,
    lastReviewedOn: norwegianDate(row.last_reviewed_on) || null,
    subjectMatter: row.subject_matter,
    duration: row.duration,
    naturePurpose: row.nature_purpose,
    dataTypes: list(row.data_types_json),
    specialCategories:
      parseList(row.special_categories_json)
        .map((category) => label(specialCategoryLabels, category))
        .join(', ') || null,
    dataSubjects: list(row.data_subjects_json),
    locations: parseList(row.locations_json).map(countryName).join(', ') || null,
    breachNoticeHours: row.breach_notice_hours,
    securityAssessedOn: norwegianDate(row.security_assessed_on) || null,
    securityResult: label(securityResultLabels, row.security_result),
    securityNotes: row.security_notes,
    securityEvidenceId: row.security_evidence_id,
    subprocessorAuthorisation: label(authorisationLabels, row.subprocessor_authorisation),
    terminatedOn: norwegianDate(row.terminated_on) || null,
    endOfProcessing: label(endOfProcessingLabels, row.end_of_processing),
    endConfirmedOn: norwegianDate(row.end_confirmed_on) || null,
    terminationNote: row.termination_note,
    notes: row.notes,
  };
}

/** Only the fields that differ, before and after: what the audit entry and the history show. */
export function difference(before: NamedAgreementRow, after: NamedAgreementRow) {
  const b = snapshot(before);
  const a = snapshot(after);
  const keys = (Object.keys(a) as Array<keyof typeof a>).filter(
    (key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]),
  );
  return {
    before: Object.fromEntries(keys.map((key) => [key, b[key]])),
    after: Object.fromEntries(keys.map((key) => [key, a[key]])),
  };
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

/** Customer agreements not ended that name this supplier agreement for a sub-processor. */
async function liveCustomerLinks(ctx: Ctx, supplierAgreementId: number): Promise<CustomerLinkRow[]> {
  return (await linksToSupplierAgreement(ctx.db, supplierAgreementId)).filter(
    (link) => !endedStatuses.includes(link.status as AgreementStatus),
  );
}

/**
 * The rule for ending an agreement that is part of a chain. A customer agreement's sub-processors
 * must delete or return that customer's data too (Art. 28(3)(g), 28(4)): ending it needs the
 * confirmation that they were told, and then ends them with it. A supplier agreement cannot end
 * while customer agreements in force still name it for a sub-processor: remove it there first.
 */
async function checkEnding(
  ctx: Ctx,
  row: NamedAgreementRow,
  endSubprocessors: boolean,
  how: 'terminate' | 'expire',
): Promise<number[]> {
  if (row.company_role === 'processor') {
    const links = await subprocessorRows(ctx.db, row.id);
    if (links.length === 0) return [];
    if (!endSubprocessors) {
      const names: string[] = [];
      for (const link of links) names.push((await requireOrganisation(ctx, link.organisation_id)).name);
      const what = {
        key: 'stillProcess',
        params: { count: links.length, name: row.organisation_name, names: { list: names, join: ', ' } },
      } as const;
      throw ruleViolation(
        { key: how === 'terminate' ? 'confirmSubProcessorsTold' : 'useTerminate', params: { what } },
        [
          {
            path: 'endSubprocessors',
            message: 'Confirm that the sub-processors were told to delete or return the data',
          },
        ],
      );
    }
    return links.map((link) => link.id);
  }
  const customers = await liveCustomerLinks(ctx, row.id);
  if (customers.length > 0)
    throw ruleViolation({
      key: customers.length === 1 ? 'subProcessorUnderAgreement' : 'subProcessorUnderAgreements',
      params: {
        name: row.organisation_name,
        agreements: { key: 'customerAgreements', params: { count: customers.length } },
        references: customers.map((link) => `${link.reference} (${link.customer_name})`).join(', '),
      },
    });
  return [];
}

async function hasChain(ctx: Ctx, row: NamedAgreementRow): Promise<boolean> {
  return (
    (await subprocessorRows(ctx.db, row.id)).length > 0 ||
    (await declaredRows(ctx.db, row.id)).length > 0 ||
    (await linksToSupplierAgreement(ctx.db, row.id)).length > 0
  );
}

/** The rules that need the database or today, on top of the contract's; returns the next review date. */
async function checkFields(
  ctx: Ctx,
  fields: AgreementFields,
  before: NamedAgreementRow | null,
): Promise<CalendarDate | null> {
  const today = todayOf(ctx);
  const issues = new Issues();
  const organisation = await requireOrganisation(ctx, fields.organisationId as number);
  const organisationChanged = !before || before.organisation_id !== organisation.id;
  if (fields.companyRole === 'controller' && !organisation.is_supplier)
    issues.add('organisationId', `${organisation.name} is not registered as a supplier`);
  if (fields.companyRole === 'processor' && !organisation.is_customer)
    issues.add('organisationId', `${organisation.name} is not registered as a customer`);
  if (organisationChanged && !organisation.active)
    issues.add('organisationId', `${organisation.name} is deactivated`);
  issues.date('signedOn', fields.signedOn, today, true);
  issues.date('effectiveOn', fields.effectiveOn, today);
  issues.date('expiryOn', fields.expiryOn, today);
  issues.date('nextReviewOn', fields.nextReviewOn, today);
  issues.date('securityAssessedOn', fields.securityAssessedOn, today, true);
  const wasTerminated = before?.status === 'terminated';
  if (fields.status === 'terminated' && !wasTerminated)
    issues.add('status', 'Use Terminate to end an agreement: it records what happened to the data');
  if (
    (fields.status === 'active' || fields.status === 'suspended') &&
    fields.expiryOn &&
    compareDates(fields.expiryOn, today) < 0
  )
    issues.add(
      'status',
      `The agreement expired on ${norwegianDate(fields.expiryOn)}: set the status to Expired, or enter the new expiry date`,
    );
  if (fields.status === 'expired' && fields.expiryOn && compareDates(fields.expiryOn, today) > 0)
    issues.add('status', `The agreement expires only on ${norwegianDate(fields.expiryOn)}`);
  if (fields.securityEvidenceId !== null) {
    const evidence = await findAttachment(ctx.db, fields.securityEvidenceId);
    if (
      !before ||
      !evidence ||
      evidence.owner_type !== 'agreement' ||
      evidence.owner_id !== before.id ||
      (evidence.removed_at && evidence.id !== before.security_evidence_id)
    )
      issues.add('securityEvidenceId', 'Choose one of the agreement’s documents as the evidence');
  }
  issues.throwIfAny();
  if (wasTerminated && fields.status !== 'terminated')
    throw ruleViolation(
      `${before.reference} was terminated; it stays terminated. Register a new agreement instead.`,
    );
  if (before && (before.company_role !== fields.companyRole || before.organisation_id !== organisation.id)) {
    if (await hasChain(ctx, before))
      throw ruleViolation(
        `${before.reference} is part of a sub-processor chain: its organisation and direction can no longer change.`,
      );
  }
  if (before && fields.status === 'expired' && before.status !== 'expired')
    await checkEnding(ctx, before, false, 'expire');
  // A transfer under SCCs or BCRs needs its impact assessment before the agreement is in force.
  const activating =
    inForceStatuses.includes(fields.status) && !inForceStatuses.includes(before?.status as AgreementStatus);
  if (before && activating) {
    const unassessed = (await transferRows(ctx.db, before.id)).filter(
      (transfer) => (transfer.basis === 'scc' || transfer.basis === 'bcr') && !transfer.tia_done,
    );
    if (unassessed.length > 0)
      throw ruleViolation(
        `A transfer impact assessment is required before ${before.reference} can be ${agreementStatusLabels[fields.status].toLowerCase()}: record it for the transfer${
          unassessed.length === 1 ? '' : 's'
        } to ${unassessed.map((transfer) => `${transfer.importer} (${countryName(transfer.country)})`).join(', ')} (C-311/18, Schrems II; EDPB recommendations 01/2020).`,
        [{ path: 'status', message: 'Record the transfer impact assessment first' }],
      );
  }
  if (fields.nextReviewOn) return fields.nextReviewOn;
  if (endedStatuses.includes(fields.status)) return before?.next_review_on ?? null;
  const { agreementReviewMonths } = await readSettings(ctx.db);
  const base = before?.last_reviewed_on ?? fields.effectiveOn ?? fields.signedOn ?? today;
  return nextReviewAfter(base, agreementReviewMonths);
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

export async function terminateAgreement(
  ctx: Ctx,
  id: number,
  input: {
    terminatedOn: CalendarDate;
    endOfProcessing: EndOfProcessing;
    endConfirmedOn: CalendarDate | null;
    note?: string;
    endSubprocessors: boolean;
  },
): Promise<AgreementDetail> {
  const before = await requireAgreement(ctx, id);
  if (before.status === 'terminated') throw conflict(`${before.reference} is already terminated.`);
  const today = todayOf(ctx);
  const issues = new Issues();
  issues.date('terminatedOn', input.terminatedOn, today, true);
  issues.date('endConfirmedOn', input.endConfirmedOn, today, true);
  if (before.effective_on && compareDates(input.terminatedOn, before.effective_on) < 0)
    issues.add(
      'terminatedOn',
      `The agreement took effect on ${norwegianDate(before.effective_on)}; it cannot end before`,
    );
  issues.throwIfAny();
  const links = await checkEnding(ctx, before, input.endSubprocessors, 'terminate');
  await updateSubprocessorRows(ctx.db, links, {
    removed_at: isoNow(ctx.clock),
    removed_by: ctx.actor.displayName,
    removed_reason: `The customer agreement was terminated on ${norwegianDate(input.terminatedOn)}`,
  });
  await touch(ctx, id, {
    status: 'terminated',
    terminated_on: input.terminatedOn,
    end_of_processing: input.endOfProcessing,
    end_confirmed_on: input.endConfirmedOn,
    termination_note: input.note ?? null,
  });
  const after = await requireAgreement(ctx, id);
  const change = difference(before, after);
  await ctx.audit({
    action: 'terminate',
    entityType: 'agreement',
    entityId: id,
    before: change.before,
    after: { ...change.after, subprocessorsEnded: links.length },
  });
  return toDetail(ctx, after);
}

/** Records (or corrects) what happened to the data at the end, and when that was confirmed. */
export async function confirmEnd(
  ctx: Ctx,
  id: number,
  input: { endOfProcessing: EndOfProcessing; endConfirmedOn: CalendarDate },
): Promise<AgreementDetail> {
  const before = await requireAgreement(ctx, id);
  if (!isEnded(before))
    throw ruleViolation(
      `${before.reference} has not ended; terminate it to record what happened to the data.`,
    );
  const issues = new Issues();
  issues.date('endConfirmedOn', input.endConfirmedOn, todayOf(ctx), true);
  issues.throwIfAny();
  await touch(ctx, id, { end_of_processing: input.endOfProcessing, end_confirmed_on: input.endConfirmedOn });
  const after = await requireAgreement(ctx, id);
  await ctx.audit({
    action: 'confirm-end',
    entityType: 'agreement',
    entityId: id,
    ...difference(before, after),
  });
  return toDetail(ctx, after);
}

/** A review done: the next one follows the review interval setting unless a date is given. */
export async function markReviewed(
  ctx: Ctx,
  id: number,
  input: { reviewedOn: CalendarDate; nextReviewOn: CalendarDate | null },
): Promise<AgreementDetail> {
  const before = await requireAgreement(ctx, id);
  if (isEnded(before))
    throw ruleViolation(
      `${before.reference} is ${agreementStatusLabels[before.status as AgreementStatus].toLowerCase()}; it is no longer reviewed.`,
    );
  const today = todayOf(ctx);
  const issues = new Issues();
  issues.date('reviewedOn', input.reviewedOn, today, true);
  if (input.nextReviewOn && compareDates(input.nextReviewOn, input.reviewedOn) <= 0)
    issues.add('nextReviewOn', 'The next review must come after this one');
  issues.throwIfAny();
  const { agreementReviewMonths } = await readSettings(ctx.db);
  await touch(ctx, id, {
    last_reviewed_on: input.reviewedOn,
    next_review_on: input.nextReviewOn ?? nextReviewAfter(input.reviewedOn, agreementReviewMonths),
  });
  const after = await requireAgreement(ctx, id);
  await ctx.audit({ action: 'review', entityType: 'agreement', entityId: id, ...difference(before, after) });
  return toDetail(ctx, after);
}
