import type { BreachDetail, ReportedBreach } from '../../../shared/breaches/contract';
import { inquiryChannelLabels, inquiryNumber, type InquiryChannel } from '../../../shared/inquiries/rules';
import { isoNow } from '../clock';
import type { Ctx } from '../context';
import { conflict } from '../errors';
import { requireInquiry } from '../inquiries/service';
import { findBreach, findInquiryLink, insertInquiryLink } from './repository';
import { phrase } from '../../../shared/i18n/phrases';
import { detailOf, recordEvent, requireBreach } from './support';
import { createBreach } from './record';

/** From an inquiry: any user who may see it; the default awareness is when the inquiry reached us. */
export async function reportFromInquiry(
  ctx: Ctx,
  input: { inquiryId: number; awareAt?: string; description?: string },
): Promise<ReportedBreach> {
  const inquiry = await requireInquiry(ctx, input.inquiryId);
  const number = inquiryNumber(inquiry.id);
  const existing = await findInquiryLink(ctx.db, { inquiry_id: inquiry.id, reported_from: true });
  if (existing) {
    const breach = await findBreach(ctx.db, existing.breach_id);
    throw conflict(`Breach ${breach?.number ?? existing.breach_id} was already reported from ${number}.`);
  }
  const customerIds = inquiry.on_behalf_of_id === null ? [] : [inquiry.on_behalf_of_id];
  const created = await createBreach(ctx, {
    title: inquiry.summary.slice(0, 200),
    description: input.description ?? inquiry.notes ?? inquiry.summary,
    occurredFrom: null,
    occurredTo: null,
    discovery: `Reported to the call centre by ${inquiryChannelLabels[
      inquiry.channel as InquiryChannel
    ].toLowerCase()} (${number}), logged by ${inquiry.logged_by_name ?? 'an agent'}`,
    capacity: customerIds.length > 0 ? 'processor' : 'controller',
    customerIds,
    subjectCategories: [],
    subjectsApprox: null,
    dataTypes: [],
    recordsApprox: null,
    consequences: undefined,
    measuresTaken: undefined,
    measuresPlanned: undefined,
    contactPoint: undefined,
    awareAt: input.awareAt ?? inquiry.received_at,
  });
  await insertInquiryLink(ctx.db, {
    breach_id: created.id,
    inquiry_id: inquiry.id,
    linked_at: isoNow(ctx.clock),
    linked_by: ctx.actor.displayName,
    reported_from: true,
  });
  await recordEvent(
    ctx,
    created.id,
    'linked',
    phrase('coreTimeline:reportedFromInquiry', { number, name: ctx.actor.displayName }),
  );
  await ctx.audit({
    action: 'report-breach',
    entityType: 'inquiry',
    entityId: inquiry.id,
    after: { breach: created.number },
  });
  return { id: created.id, number: created.number, state: 'reported', reportedFrom: true };
}
export async function linkInquiry(ctx: Ctx, id: number, inquiryId: number): Promise<BreachDetail> {
  const row = await requireBreach(ctx, id);
  await requireInquiry(ctx, inquiryId);
  if (await findInquiryLink(ctx.db, { breach_id: id, inquiry_id: inquiryId }))
    throw conflict(`${inquiryNumber(inquiryId)} is already linked to ${row.number}.`);
  await insertInquiryLink(ctx.db, {
    breach_id: id,
    inquiry_id: inquiryId,
    linked_at: isoNow(ctx.clock),
    linked_by: ctx.actor.displayName,
    reported_from: false,
  });
  await recordEvent(
    ctx,
    id,
    'linked',
    phrase('coreTimeline:inquiryLinked', { number: inquiryNumber(inquiryId) }),
  );
  await ctx.audit({ action: 'link-inquiry', entityType: 'breach', entityId: id, after: { inquiryId } });
  return detailOf(ctx, id);
}
