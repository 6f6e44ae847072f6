import { type CalendarDate, compareDates } from '../../../shared/calendar';
import type { ChangeNotice, Subprocessor } from '../../../shared/agreements/contract';
import {
  type AgreementStatus,
  type AuthorisationType,
  inForceStatuses,
  type NoticeChange,
  type ObjectionResolution,
} from '../../../shared/agreements/rules';
import { english, phrase, type Phrase } from '../../../shared/i18n/phrases';
import type { Ctx } from '../context';
import { findOrganisation } from '../organisations/repository';
import {
  clauseRows,
  findAgreementsByIds,
  type NamedAgreementRow,
  type NoticeRow,
  type SubprocessorRow,
} from './repository';

/** The chain customer → us → supplier as the agreement view shows it: sub-processors and change notices. */

export function noticeState(notice: NoticeRow, today: CalendarDate): ChangeNotice['state'] {
  if (notice.resolution) return 'resolved';
  if (notice.objection_on) return 'objected';
  if (notice.approved_on) return 'accepted';
  return compareDates(notice.objection_deadline, today) >= 0 ? 'window-open' : 'accepted';
}

async function organisationName(ctx: Ctx, id: number | null): Promise<{ id: number; name: string } | null> {
  if (id === null) return null;
  const organisation = await findOrganisation(ctx.db, id);
  return organisation ? { id: organisation.id, name: organisation.name } : null;
}

function toNotice(
  notice: NoticeRow,
  organisation: { id: number; name: string } | null,
  today: CalendarDate,
): ChangeNotice {
  return {
    id: notice.id,
    change: notice.change as NoticeChange,
    organisation,
    description: notice.description,
    sentOn: notice.sent_on,
    sentTo: notice.sent_to,
    objectionDeadline: notice.objection_deadline,
    objection: notice.objection_on
      ? {
          receivedOn: notice.objection_on,
          reason: notice.objection_reason ?? '',
          late: compareDates(notice.objection_on, notice.objection_deadline) > 0,
        }
      : null,
    approval: notice.approved_on ? { approvedOn: notice.approved_on, note: notice.approval_note } : null,
    resolution:
      notice.resolution && notice.resolved_on
        ? {
            outcome: notice.resolution as ObjectionResolution,
            resolvedOn: notice.resolved_on,
            note: notice.resolution_note,
          }
        : null,
    state: noticeState(notice, today),
    createdAt: notice.created_at,
    createdBy: notice.created_by,
  };
}

/** What a link of the chain customer → us → supplier lacks. */
function linkProblems(
  link: { organisation_id: number; authorised_on: string | null; notice_id: number | null },
  agreement: { signed_on: string | null; status: string },
  name: string,
  supplier: NamedAgreementRow | undefined,
  supplierStates: readonly string[],
  authorisation: AuthorisationType | null,
  notices: readonly NoticeRow[],
  today: CalendarDate,
): Phrase[] {
  const problems: Phrase[] = [];
  if (!supplier) problems.push(phrase('coreRegisters:linkNoAgreement', { name }));
  else {
    if (!inForceStatuses.includes(supplier.status as AgreementStatus))
      problems.push(
        phrase('coreRegisters:linkNotInForce', {
          name,
          reference: supplier.reference,
          status: phrase(`coreRegisters:status.${supplier.status as AgreementStatus}`),
        }),
      );
    const missing = supplierStates.filter((state) => state === 'missing').length;
    if (missing > 0) problems.push(phrase('coreRegisters:linkLacksClauses', { name, count: missing }));
    if (supplier.transfer_flag) problems.push(phrase('coreRegisters:linkTransferFlag', { name }));
  }
  if (authorisation === 'specific' && !link.authorised_on)
    problems.push(phrase('coreRegisters:linkNoAuthorisationDate'));
  // While the agreement is being made its list of sub-processors is what the customer signs.
  const listedAtSigning =
    !!link.authorised_on &&
    !!agreement.signed_on &&
    compareDates(link.authorised_on, agreement.signed_on) <= 0;
  const inForce = inForceStatuses.includes(agreement.status as AgreementStatus);
  if (authorisation === 'general' && inForce && link.notice_id === null && !listedAtSigning)
    problems.push(phrase('coreRegisters:linkNoNotice'));
  for (const notice of notices) {
    if (notice.organisation_id !== link.organisation_id) continue;
    if (notice.objection_on && !notice.resolution)
      problems.push(phrase('coreRegisters:linkObjected', { date: { date: notice.objection_on } }));
    else if (!notice.objection_on && compareDates(notice.objection_deadline, today) >= 0)
      problems.push(phrase('coreRegisters:linkMayObject', { date: { date: notice.objection_deadline } }));
  }
  return problems;
}

/** A customer agreement's sub-processors, each with its supplier agreement and what the link lacks. */
export async function subprocessorViews(
  ctx: Ctx,
  row: NamedAgreementRow,
  subprocessors: readonly SubprocessorRow[],
  notices: readonly NoticeRow[],
  today: CalendarDate,
): Promise<Subprocessor[]> {
  const supplierIds = subprocessors.flatMap((link) => link.supplier_agreement_id ?? []);
  const suppliers = new Map(
    (await findAgreementsByIds(ctx.db, supplierIds)).map((supplier) => [supplier.id, supplier]),
  );
  const supplierStates = new Map<number, string[]>();
  for (const id of supplierIds)
    supplierStates.set(
      id,
      (await clauseRows(ctx.db, id)).map((clause) => clause.state),
    );
  const authorisation = row.subprocessor_authorisation as AuthorisationType | null;
  const views: Subprocessor[] = [];
  for (const link of subprocessors) {
    const organisation = await findOrganisation(ctx.db, link.organisation_id);
    const name = organisation?.name ?? `#${link.organisation_id}`;
    const supplier = link.supplier_agreement_id ? suppliers.get(link.supplier_agreement_id) : undefined;
    const problems = linkProblems(
      link,
      row,
      name,
      supplier,
      supplier ? (supplierStates.get(supplier.id) ?? []) : [],
      authorisation,
      notices,
      today,
    );
    views.push({
      id: link.id,
      organisation: { id: link.organisation_id, name, country: organisation?.country ?? 'NO' },
      supplierAgreement: supplier
        ? {
            id: supplier.id,
            reference: supplier.reference,
            title: supplier.title,
            status: supplier.status as AgreementStatus,
            transferFlag: Boolean(supplier.transfer_flag),
          }
        : null,
      service: link.service,
      authorisedOn: link.authorised_on,
      noticeId: link.notice_id,
      addedAt: link.added_at,
      addedBy: link.added_by,
      problems: problems.map(english),
      problemTexts: problems,
    });
  }
  return views;
}

export async function noticeViews(
  ctx: Ctx,
  notices: readonly NoticeRow[],
  today: CalendarDate,
): Promise<ChangeNotice[]> {
  const views: ChangeNotice[] = [];
  for (const notice of notices)
    views.push(toNotice(notice, await organisationName(ctx, notice.organisation_id), today));
  return views;
}
