import type { CalendarDate } from '../../../shared/calendar';
import { countryName } from '../../../shared/countries';
import { compareDates, norwegianDate } from '../../../shared/calendar';
import type { AgreementFields } from '../../../shared/agreements/contract';
import {
  agreementStatusLabels,
  type AgreementStatus,
  endedStatuses,
  inForceStatuses,
  nextReviewAfter,
} from '../../../shared/agreements/rules';
import type { Ctx } from '../context';
import { ruleViolation } from '../errors';
import { requireOrganisation } from '../organisations/service';
import { readSettings } from '../settings/service';
import { findAttachment } from '../attachments/repository';
import {
  type CustomerLinkRow,
  declaredRows,
  linksToSupplierAgreement,
  type NamedAgreementRow,
  subprocessorRows,
  transferRows,
} from './repository';
import { Issues, todayOf } from './support';

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
export async function checkEnding(
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
export async function checkFields(
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
