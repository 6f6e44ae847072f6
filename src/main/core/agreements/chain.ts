import { addDays, compareDates, type CalendarDate, norwegianDate } from '../../../shared/calendar';
import type { AgreementDetail } from '../../../shared/agreements/contract';
import {
  type AgreementStatus,
  inForceStatuses,
  noticeChangeLabels,
  type NoticeChange,
  objectionResolutionLabels,
  type ObjectionResolution,
} from '../../../shared/agreements/rules';
import { countryName } from '../../../shared/countries';
import { isoNow } from '../clock';
import type { Ctx } from '../context';
import { conflict, notFound, ruleViolation } from '../errors';
import { requireOrganisation } from '../organisations/service';
import {
  findAgreement,
  findDeclared,
  findNotice,
  findSubprocessor,
  insertDeclared,
  insertNotice,
  insertSubprocessor,
  type NamedAgreementRow,
  noticeRows,
  type NoticeRow,
  subprocessorRows,
  updateDeclaredRow,
  updateNoticeRow,
  updateSubprocessorRows,
} from './repository';
import { detailOf, isEnded, requireAgreement, requireNotEnded, touch } from './service';
import { Issues, todayOf } from './support';

function requireCustomerAgreement(row: NamedAgreementRow): void {
  if (row.company_role !== 'processor')
    throw ruleViolation(
      `${row.reference} is a supplier agreement. Sub-processors are recorded on customer agreements (where we are processor); for a supplier, record the sub-processors it declared.`,
    );
}

async function orgSummary(ctx: Ctx, id: number) {
  const organisation = await requireOrganisation(ctx, id);
  return { id: organisation.id, name: organisation.name };
}

/**
 * Under a general authorisation (Art. 28(2)) a sub-processor is added only after a change notice to
 * the customer: once its objection window has passed without an objection still standing, or once
 * the customer approved the change in writing. Returns the notice that allows it and the day from
 * which it does, or throws why not.
 */
function authorisingNotice(
  notices: readonly NoticeRow[],
  supplier: { id: number; name: string },
  customerName: string,
  today: CalendarDate,
): { notice: NoticeRow; authorisedOn: CalendarDate } {
  const announced = notices.filter(
    (notice) => notice.organisation_id === supplier.id && notice.change !== 'removal',
  );
  const objected = announced.find((notice) => notice.objection_on && !notice.resolution);
  if (objected)
    throw ruleViolation(
      `${customerName} objected to ${supplier.name} on ${norwegianDate(objected.objection_on)}; resolve the objection first.`,
    );
  for (const notice of announced) {
    if (notice.resolution === 'change-dropped' || notice.resolution === 'agreement-ended') continue;
    if (notice.approved_on) return { notice, authorisedOn: notice.approved_on };
    if (compareDates(notice.objection_deadline, today) < 0)
      return { notice, authorisedOn: addDays(notice.objection_deadline, 1) };
  }
  const open = announced.find(
    (notice) => !notice.resolution && compareDates(notice.objection_deadline, today) >= 0,
  );
  if (open)
    throw ruleViolation(
      `${customerName} may object to ${supplier.name} until ${norwegianDate(open.objection_deadline)} (notice of ${norwegianDate(open.sent_on)}): add it once the window has closed without objection, or record the customer's written approval of the notice.`,
    );
  throw ruleViolation(
    `Under a general authorisation ${supplier.name} is added only after a change notice to ${customerName} (Art. 28(2)): announce it under "Change notices", and add it once the objection window has passed without objection, or the customer approved it in writing.`,
    [{ path: 'organisationId', message: `Announce ${supplier.name} to the customer first` }],
  );
}

/**
 * Adds a sub-processor we use for this customer: a supplier, ideally with our own agreement with
 * it linked, so the chain customer → us → supplier can be followed both ways. Under a specific
 * authorisation the customer's written approval needs its date; under a general one, the change
 * must have been announced and the objection window passed (or the change approved in writing).
 */
export async function addSubprocessor(
  ctx: Ctx,
  id: number,
  input: {
    organisationId: number;
    supplierAgreementId: number | null;
    service?: string;
    authorisedOn: CalendarDate | null;
  },
): Promise<AgreementDetail> {
  const row = await requireAgreement(ctx, id);
  requireCustomerAgreement(row);
  requireNotEnded(row);
  if (!row.subprocessor_authorisation)
    throw ruleViolation(
      'Record on the agreement whether the customer gave a specific or a general authorisation for sub-processors first.',
      [{ path: 'subprocessorAuthorisation', message: 'Choose specific or general authorisation' }],
    );
  const supplier = await requireOrganisation(ctx, input.organisationId);
  const issues = new Issues();
  if (!supplier.is_supplier) issues.add('organisationId', `${supplier.name} is not registered as a supplier`);
  else if (!supplier.active) issues.add('organisationId', `${supplier.name} is deactivated`);
  if (input.supplierAgreementId !== null) {
    const linked = await findAgreement(ctx.db, input.supplierAgreementId);
    if (!linked) throw notFound('Agreement', input.supplierAgreementId);
    if (linked.company_role !== 'controller' || linked.organisation_id !== supplier.id)
      issues.add('supplierAgreementId', `${linked.reference} is not our agreement with ${supplier.name}`);
  }
  if (row.subprocessor_authorisation === 'specific' && !input.authorisedOn)
    issues.add('authorisedOn', 'Give the date the customer authorised this sub-processor in writing');
  issues.date('authorisedOn', input.authorisedOn, todayOf(ctx), true);
  issues.throwIfAny();
  if ((await subprocessorRows(ctx.db, id)).some((link) => link.organisation_id === supplier.id))
    throw conflict(`${supplier.name} is already a sub-processor for ${row.organisation_name}.`);
  // Under a general authorisation, an agreement in force takes a new sub-processor only after a
  // change notice; one listed in the agreement when it was signed is authorised by the agreement.
  const listedAtSigning =
    !!input.authorisedOn && !!row.signed_on && compareDates(input.authorisedOn, row.signed_on) <= 0;
  const general =
    row.subprocessor_authorisation === 'general' &&
    inForceStatuses.includes(row.status as AgreementStatus) &&
    !listedAtSigning
      ? authorisingNotice(await noticeRows(ctx.db, id), supplier, row.organisation_name, todayOf(ctx))
      : null;
  const linkId = await insertSubprocessor(ctx.db, {
    agreement_id: id,
    organisation_id: supplier.id,
    supplier_agreement_id: input.supplierAgreementId,
    service: input.service ?? null,
    authorised_on: general ? general.authorisedOn : input.authorisedOn,
    notice_id: general?.notice.id ?? null,
    added_at: isoNow(ctx.clock),
    added_by: ctx.actor.displayName,
    removed_at: null,
    removed_by: null,
    removed_reason: null,
  });
  await touch(ctx, id);
  await ctx.audit({
    action: 'add-subprocessor',
    entityType: 'agreement',
    entityId: id,
    after: {
      subprocessorId: linkId,
      subprocessor: supplier.name,
      supplierAgreementId: input.supplierAgreementId,
      service: input.service ?? null,
      authorisedOn: general ? general.authorisedOn : input.authorisedOn,
      changeNotice: general
        ? `${norwegianDate(general.notice.sent_on)}, ${
            general.notice.approved_on
              ? `approved in writing ${norwegianDate(general.notice.approved_on)}`
              : `no objection by ${norwegianDate(general.notice.objection_deadline)}`
          }`
        : null,
    },
  });
  return detailOf(ctx, id);
}

async function requireLink(ctx: Ctx, agreementId: number, linkId: number) {
  const link = await findSubprocessor(ctx.db, linkId);
  if (!link || link.agreement_id !== agreementId) throw notFound('Sub-processor', linkId);
  return link;
}

export async function removeSubprocessor(
  ctx: Ctx,
  id: number,
  linkId: number,
  reason?: string,
): Promise<AgreementDetail> {
  const row = await requireAgreement(ctx, id);
  requireNotEnded(row);
  const link = await requireLink(ctx, id, linkId);
  if (link.removed_at) throw conflict('That sub-processor was already removed.');
  await updateSubprocessorRows(ctx.db, [link.id], {
    removed_at: isoNow(ctx.clock),
    removed_by: ctx.actor.displayName,
    removed_reason: reason ?? null,
  });
  await touch(ctx, id);
  const organisation = await orgSummary(ctx, link.organisation_id);
  await ctx.audit({
    action: 'remove-subprocessor',
    entityType: 'agreement',
    entityId: id,
    before: { subprocessorId: link.id, subprocessor: organisation.name, service: link.service },
    after: { reason: reason ?? null },
  });
  return detailOf(ctx, id);
}

export async function restoreSubprocessor(ctx: Ctx, id: number, linkId: number): Promise<AgreementDetail> {
  const row = await requireAgreement(ctx, id);
  requireNotEnded(row);
  const link = await requireLink(ctx, id, linkId);
  if (!link.removed_at) throw conflict('That sub-processor is not removed.');
  const organisation = await orgSummary(ctx, link.organisation_id);
  if ((await subprocessorRows(ctx.db, id)).some((other) => other.organisation_id === link.organisation_id))
    throw conflict(`${organisation.name} is already a sub-processor for ${row.organisation_name}.`);
  await updateSubprocessorRows(ctx.db, [link.id], {
    removed_at: null,
    removed_by: null,
    removed_reason: null,
  });
  await touch(ctx, id);
  await ctx.audit({
    action: 'restore-subprocessor',
    entityType: 'agreement',
    entityId: id,
    after: { subprocessorId: link.id, subprocessor: organisation.name },
  });
  return detailOf(ctx, id);
}

/** A dated notice of an intended change of sub-processors, with the customer's deadline to object (Art. 28(2)). */
export async function addNotice(
  ctx: Ctx,
  id: number,
  input: {
    change: NoticeChange;
    organisationId: number | null;
    description: string;
    sentOn: CalendarDate;
    sentTo?: string;
    objectionDeadline: CalendarDate;
  },
): Promise<AgreementDetail> {
  const row = await requireAgreement(ctx, id);
  requireCustomerAgreement(row);
  requireNotEnded(row);
  if (row.subprocessor_authorisation !== 'general')
    throw ruleViolation(
      row.subprocessor_authorisation === 'specific'
        ? 'Under a specific authorisation every sub-processor needs the customer’s prior written approval; record its date on the sub-processor instead of a notice.'
        : 'Record on the agreement that the customer gave a general authorisation first.',
    );
  const organisation = input.organisationId === null ? null : await orgSummary(ctx, input.organisationId);
  const issues = new Issues();
  issues.date('sentOn', input.sentOn, todayOf(ctx), true);
  issues.throwIfAny();
  const noticeId = await insertNotice(ctx.db, {
    agreement_id: id,
    change: input.change,
    organisation_id: organisation?.id ?? null,
    description: input.description,
    sent_on: input.sentOn,
    sent_to: input.sentTo ?? null,
    objection_deadline: input.objectionDeadline,
    objection_on: null,
    objection_reason: null,
    resolution: null,
    resolved_on: null,
    resolution_note: null,
    approved_on: null,
    approval_note: null,
    created_at: isoNow(ctx.clock),
    created_by: ctx.actor.displayName,
  });
  await touch(ctx, id);
  await ctx.audit({
    action: 'change-notice',
    entityType: 'agreement',
    entityId: id,
    after: {
      noticeId,
      change: noticeChangeLabels[input.change],
      subprocessor: organisation?.name ?? null,
      description: input.description,
      sentOn: input.sentOn,
      sentTo: input.sentTo ?? null,
      objectionDeadline: input.objectionDeadline,
    },
  });
  return detailOf(ctx, id);
}

async function requireNotice(ctx: Ctx, agreementId: number, noticeId: number): Promise<NoticeRow> {
  const notice = await findNotice(ctx.db, noticeId);
  if (!notice || notice.agreement_id !== agreementId) throw notFound('Change notice', noticeId);
  return notice;
}

/** The customer approved the announced change in writing: the sub-processor may be added at once. */
export async function recordApproval(
  ctx: Ctx,
  id: number,
  noticeId: number,
  input: { approvedOn: CalendarDate; note?: string },
): Promise<AgreementDetail> {
  const row = await requireAgreement(ctx, id);
  requireNotEnded(row);
  const notice = await requireNotice(ctx, id, noticeId);
  if (notice.approved_on)
    throw conflict(`The customer's approval was already recorded on ${norwegianDate(notice.approved_on)}.`);
  if (notice.objection_on && !notice.resolution)
    throw ruleViolation(
      `The customer objected on ${norwegianDate(notice.objection_on)}; resolve the objection (withdrawn) instead.`,
    );
  const issues = new Issues();
  issues.date('approvedOn', input.approvedOn, todayOf(ctx), true);
  if (compareDates(input.approvedOn, notice.sent_on) < 0)
    issues.add(
      'approvedOn',
      `The notice was sent on ${norwegianDate(notice.sent_on)}; the approval came later`,
    );
  issues.throwIfAny();
  await updateNoticeRow(ctx.db, noticeId, {
    approved_on: input.approvedOn,
    approval_note: input.note ?? null,
  });
  await touch(ctx, id);
  await ctx.audit({
    action: 'change-approved',
    entityType: 'agreement',
    entityId: id,
    after: { noticeId, approvedOn: input.approvedOn, note: input.note ?? null },
  });
  return detailOf(ctx, id);
}

/** The customer's objection; one received after the deadline is recorded and shown as late. */
export async function recordObjection(
  ctx: Ctx,
  id: number,
  noticeId: number,
  input: { receivedOn: CalendarDate; reason: string },
): Promise<AgreementDetail> {
  const row = await requireAgreement(ctx, id);
  requireNotEnded(row);
  const notice = await requireNotice(ctx, id, noticeId);
  if (notice.objection_on)
    throw conflict(
      `An objection to this notice was already recorded on ${norwegianDate(notice.objection_on)}.`,
    );
  const issues = new Issues();
  issues.date('receivedOn', input.receivedOn, todayOf(ctx), true);
  if (compareDates(input.receivedOn, notice.sent_on) < 0)
    issues.add(
      'receivedOn',
      `The notice was sent on ${norwegianDate(notice.sent_on)}; the objection came later`,
    );
  issues.throwIfAny();
  await updateNoticeRow(ctx.db, noticeId, { objection_on: input.receivedOn, objection_reason: input.reason });
  await touch(ctx, id);
  await ctx.audit({
    action: 'objection',
    entityType: 'agreement',
    entityId: id,
    after: {
      noticeId,
      receivedOn: input.receivedOn,
      reason: input.reason,
      late: compareDates(input.receivedOn, notice.objection_deadline) > 0,
    },
  });
  return detailOf(ctx, id);
}

export async function resolveObjection(
  ctx: Ctx,
  id: number,
  noticeId: number,
  input: { resolution: ObjectionResolution; resolvedOn: CalendarDate; note?: string },
): Promise<AgreementDetail> {
  const row = await requireAgreement(ctx, id);
  const notice = await requireNotice(ctx, id, noticeId);
  if (!notice.objection_on) throw ruleViolation('No objection to this notice is recorded.');
  if (notice.resolution)
    throw conflict(`The objection was already resolved on ${norwegianDate(notice.resolved_on)}.`);
  const issues = new Issues();
  issues.date('resolvedOn', input.resolvedOn, todayOf(ctx), true);
  if (compareDates(input.resolvedOn, notice.objection_on) < 0)
    issues.add(
      'resolvedOn',
      `The objection came on ${norwegianDate(notice.objection_on)}; it was resolved later`,
    );
  issues.throwIfAny();
  if (input.resolution === 'agreement-ended' && row.status !== 'terminated')
    throw ruleViolation(`Terminate ${row.reference} first, then record that the customer ended it.`);
  if (
    input.resolution === 'change-dropped' &&
    notice.change !== 'removal' &&
    notice.organisation_id !== null
  ) {
    const still = (await subprocessorRows(ctx.db, id)).some(
      (link) => link.organisation_id === notice.organisation_id,
    );
    if (still) {
      const organisation = await orgSummary(ctx, notice.organisation_id);
      throw ruleViolation(
        `${organisation.name} is still listed as a sub-processor for ${row.organisation_name}; remove it before recording that the change was dropped.`,
      );
    }
  }
  await updateNoticeRow(ctx.db, noticeId, {
    resolution: input.resolution,
    resolved_on: input.resolvedOn,
    resolution_note: input.note ?? null,
  });
  if (!isEnded(row)) await touch(ctx, id);
  await ctx.audit({
    action: 'resolve-objection',
    entityType: 'agreement',
    entityId: id,
    after: {
      noticeId,
      resolution: objectionResolutionLabels[input.resolution],
      resolvedOn: input.resolvedOn,
      note: input.note ?? null,
    },
  });
  return detailOf(ctx, id);
}

function requireSupplierAgreement(row: NamedAgreementRow): void {
  if (row.company_role !== 'controller')
    throw ruleViolation(
      `${row.reference} is a customer agreement. A supplier’s declared sub-processors are recorded on the supplier agreement; here, add the sub-processors we use for the customer.`,
    );
}

/** A sub-processor the supplier declared (name, country, service); its country counts as a processing location. */
export async function addDeclaredSubprocessor(
  ctx: Ctx,
  id: number,
  input: { name: string; country: string; service?: string },
): Promise<AgreementDetail> {
  const row = await requireAgreement(ctx, id);
  requireSupplierAgreement(row);
  requireNotEnded(row);
  const declaredId = await insertDeclared(ctx.db, {
    agreement_id: id,
    name: input.name,
    country: input.country,
    service: input.service ?? null,
    added_at: isoNow(ctx.clock),
    removed_at: null,
    removed_by: null,
  });
  await touch(ctx, id);
  await ctx.audit({
    action: 'add-declared-subprocessor',
    entityType: 'agreement',
    entityId: id,
    after: {
      declaredId,
      name: input.name,
      country: countryName(input.country),
      service: input.service ?? null,
    },
  });
  return detailOf(ctx, id);
}

export async function setDeclaredRemoved(
  ctx: Ctx,
  id: number,
  declaredId: number,
  removed: boolean,
): Promise<AgreementDetail> {
  const row = await requireAgreement(ctx, id);
  requireNotEnded(row);
  const declared = await findDeclared(ctx.db, declaredId);
  if (!declared || declared.agreement_id !== id) throw notFound('Declared sub-processor', declaredId);
  if (removed === (declared.removed_at !== null))
    throw conflict(`${declared.name} is ${removed ? 'already removed' : 'not removed'}.`);
  await updateDeclaredRow(ctx.db, declaredId, {
    removed_at: removed ? isoNow(ctx.clock) : null,
    removed_by: removed ? ctx.actor.displayName : null,
  });
  await touch(ctx, id);
  const record = { declaredId, name: declared.name, country: countryName(declared.country) };
  await ctx.audit({
    action: removed ? 'remove-declared-subprocessor' : 'restore-declared-subprocessor',
    entityType: 'agreement',
    entityId: id,
    ...(removed ? { before: record } : { after: record }),
  });
  return detailOf(ctx, id);
}
