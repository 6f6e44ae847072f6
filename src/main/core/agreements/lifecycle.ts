import type { CalendarDate } from '../../../shared/calendar';
import { compareDates, norwegianDate } from '../../../shared/calendar';
import type { AgreementDetail } from '../../../shared/agreements/contract';
import {
  agreementStatusLabels,
  type AgreementStatus,
  type EndOfProcessing,
  nextReviewAfter,
} from '../../../shared/agreements/rules';
import { isoNow } from '../clock';
import type { Ctx } from '../context';
import { conflict, ruleViolation } from '../errors';
import { readSettings } from '../settings/service';
import { updateSubprocessorRows } from './repository';
import { checkEnding } from './checks';
import { isEnded, requireAgreement, touch } from './service';
import { difference } from './snapshot';
import { Issues, todayOf } from './support';
import { toDetail } from './view';

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
