import { osloDate } from '../../../shared/oslo';
import type { CaseChannel, RequestType } from '../../../shared/cases/rules';
import type { CaseDetail } from '../../../shared/cases/contract';
import { inquiryNumber, type InquiryChannel } from '../../../shared/inquiries/rules';
import { hasAnyRole } from '../../../shared/roles';
import { isoNow } from '../clock';
import type { Ctx } from '../context';
import { conflict, ruleViolation } from '../errors';
import { requireInquiry } from '../inquiries/service';
import { createCase } from './service';
import { detailOf, recordEvent, requireOpenCase } from './support';
import { phrase } from '../../../shared/i18n/phrases';
import { caseOpenedFrom, insertCaseInquiry, isLinked } from './intake-repository';

/** A web form reaches the company electronically, like an e-mail. */
const caseChannelOf: Record<InquiryChannel, CaseChannel> = {
  phone: 'phone',
  email: 'email',
  letter: 'letter',
  chat: 'chat',
  'in-person': 'in-person',
  'web-form': 'email',
};

async function link(ctx: Ctx, caseId: number, inquiryId: number, openedFrom: boolean): Promise<void> {
  await insertCaseInquiry(ctx.db, {
    case_id: caseId,
    inquiry_id: inquiryId,
    linked_at: isoNow(ctx.clock),
    linked_by: ctx.actor.displayName,
    opened_from: openedFrom,
  });
}

/**
 * Opens a case from a logged rights request in one step. The legal clock keeps the inquiry's
 * received time; the case is verified on its own even when a duplicate exists.
 */
export async function openCaseFromInquiry(ctx: Ctx, inquiryId: number, types: RequestType[]) {
  const inquiry = await requireInquiry(ctx, inquiryId);
  const number = inquiryNumber(inquiryId);
  if (inquiry.category !== 'rights-request')
    throw ruleViolation(
      `${number} is not a rights request; change its category first if the person asked to use a right.`,
    );
  if ((await caseOpenedFrom(ctx.db, inquiryId)) !== undefined)
    throw conflict(`A case was already opened from ${number}.`);
  if (!inquiry.person_name)
    throw ruleViolation(`${number} has no name for the person; add it to the inquiry before opening a case.`);
  const created = await createCase(ctx, {
    personName: inquiry.person_name,
    personEmail: inquiry.person_email ?? undefined,
    personPhone: inquiry.person_phone ?? undefined,
    personReference: inquiry.person_reference ?? undefined,
    types,
    channel: caseChannelOf[inquiry.channel as InquiryChannel],
    capacity: inquiry.on_behalf_of_id === null ? 'controller' : 'processor',
    customerId: inquiry.on_behalf_of_id,
    representative: null,
    priority: 'normal',
    notes: `Opened from ${number}: ${inquiry.summary}`,
    receivedDate: osloDate(inquiry.received_at),
    receivedAt: inquiry.received_at,
    handlerId: null,
  });
  await link(ctx, created.id, inquiryId, true);
  await recordEvent(
    ctx,
    created.id,
    'linked',
    phrase('coreTimeline:openedFromInquiry', {
      number,
      name: inquiry.logged_by_name ?? phrase('timelineCase:anAgent'),
    }),
  );
  await ctx.audit({
    action: 'open-case',
    entityType: 'inquiry',
    entityId: inquiryId,
    after: { case: created.number },
  });
  // An agent sees the case's number, status and due date, nothing more: of other people's cases
  // only how many may be duplicates, never their numbers, names or dates.
  const seesCases = hasAnyRole(ctx.actor.roles, ['dpo', 'admin']);
  return {
    id: created.id,
    number: created.number,
    duplicates: seesCases ? created.duplicates : [],
    possibleDuplicates: created.duplicates.length,
  };
}

export async function linkInquiry(ctx: Ctx, caseId: number, inquiryId: number): Promise<CaseDetail> {
  const row = await requireOpenCase(ctx, caseId);
  await requireInquiry(ctx, inquiryId);
  if (await isLinked(ctx.db, caseId, inquiryId))
    throw conflict(`${inquiryNumber(inquiryId)} is already linked to case ${row.number}.`);
  await link(ctx, caseId, inquiryId, false);
  await recordEvent(
    ctx,
    caseId,
    'linked',
    phrase('coreTimeline:inquiryLinked', { number: inquiryNumber(inquiryId) }),
  );
  await ctx.audit({ action: 'link-inquiry', entityType: 'case', entityId: caseId, after: { inquiryId } });
  return detailOf(ctx, row);
}
