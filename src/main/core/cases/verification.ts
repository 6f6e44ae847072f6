import { compareDates } from '../../../shared/calendar';
import type { CaseDetail } from '../../../shared/cases/contract';
import {
  type AuthorityEvidence,
  type Capacity,
  type CaseChannel,
  type RequestType,
  type VerificationMethod,
  type VerificationResult,
} from '../../../shared/cases/rules';
import type { ValidationIssue } from '../../../shared/errors';
import { isoNow } from '../clock';
import type { Ctx } from '../context';
import { conflict, notFoundInCase, ruleViolation } from '../errors';
import { frameList, unframeList } from './keys';
import type { CaseChanges, CaseRow } from './repository';
import {
  deleteVerificationItems,
  insertVerificationItems,
  updateVerificationItem,
  verificationItems,
} from './verification-repository';
import {
  checkPastDate,
  detailOf,
  recordEvent,
  requireOpenCase,
  saveCase,
  throwIssues,
  todayOf,
} from './support';
import { checklistFor } from './templates';
import { phrase, type Phrase } from '../../../shared/i18n/phrases';
import { authorityChecked, identityDecided, on, semicolons, typesOf } from './lines';

/**
 * The verification columns and checklist of a new case, or of one whose channel, request types or
 * capacity changed before anyone began verifying. A case never inherits another case's verification.
 */
export async function planVerification(
  ctx: Ctx,
  caseId: number,
  request: { channel: CaseChannel; types: RequestType[]; capacity: Capacity },
): Promise<CaseChanges> {
  const checklist = await checklistFor(ctx.db, request);
  await deleteVerificationItems(ctx.db, caseId);
  await insertVerificationItems(
    ctx.db,
    checklist.items.map((item, index) => ({
      case_id: caseId,
      position: index + 1,
      label: item.label,
      help: item.help,
      template_name: item.template,
      ticked_at: null,
      ticked_by: null,
    })),
  );
  if (checklist.needed) {
    return {
      verification_result: null,
      verification_method: null,
      verification_reason: null,
      verification_decided_at: null,
      verification_decided_by: null,
      verification_covers: null,
      verification_capacity: null,
      verification_auto: false,
    };
  }
  return {
    verification_result: 'not-needed',
    verification_method: null,
    verification_reason: `${checklist.notNeededReason} (checklist “${checklist.templates.join('”, “')}”)`,
    verification_decided_at: isoNow(ctx.clock),
    verification_decided_by: ctx.actor.displayName,
    verification_covers: frameList(request.types),
    verification_capacity: request.capacity,
    verification_auto: true,
  };
}

/**
 * After the channel, types or capacity changed: re-plan when nothing was done yet (or the earlier
 * result came from a template); otherwise add the items the new checklist has and the old lacked.
 */
export async function replanVerification(
  ctx: Ctx,
  row: CaseRow,
  request: { channel: CaseChannel; types: RequestType[]; capacity: Capacity },
): Promise<{ changes: CaseChanges; note: Phrase | null }> {
  const items = await verificationItems(ctx.db, row.id);
  const untouched =
    items.every((item) => !item.ticked_at) &&
    (!row.verification_result || Boolean(row.verification_auto)) &&
    !row.verification_requested_on;
  if (untouched) {
    const changes = await planVerification(ctx, row.id, request);
    return { changes, note: phrase('timelineCase:checklistChosenAgain') };
  }
  const checklist = await checklistFor(ctx.db, request);
  const missing = checklist.items.filter((item) => !items.some((existing) => existing.label === item.label));
  await insertVerificationItems(
    ctx.db,
    missing.map((item, index) => ({
      case_id: row.id,
      position: items.length + index + 1,
      label: item.label,
      help: item.help,
      template_name: item.template,
      ticked_at: null,
      ticked_by: null,
    })),
  );
  return {
    changes: {},
    note: missing.length > 0 ? phrase('timelineCase:checklistItemsAdded', { number: missing.length }) : null,
  };
}

export async function tickVerificationItem(
  ctx: Ctx,
  caseId: number,
  itemId: number,
  ticked: boolean,
): Promise<CaseDetail> {
  const row = await requireOpenCase(ctx, caseId);
  const item = (await verificationItems(ctx.db, row.id)).find((candidate) => candidate.id === itemId);
  if (!item) throw notFoundInCase('Checklist item', itemId, row.number);
  if (ticked === !!item.ticked_at)
    throw conflict(`"${item.label}" is already ${ticked ? 'ticked' : 'not ticked'}.`);
  if (!ticked && row.verification_result === 'verified')
    throw ruleViolation(
      'The identity is recorded as verified; record a new result before unticking the checklist.',
    );
  await updateVerificationItem(ctx.db, item.id, {
    ticked_at: ticked ? isoNow(ctx.clock) : null,
    ticked_by: ticked ? ctx.actor.displayName : null,
  });
  await saveCase(ctx, row, {});
  await recordEvent(
    ctx,
    row.id,
    'verification',
    phrase(ticked ? 'coreTimeline:ticked' : 'coreTimeline:unticked', { item: item.label }),
  );
  await ctx.audit({
    action: ticked ? 'verification-tick' : 'verification-untick',
    entityType: 'case',
    entityId: row.id,
    after: { itemId, label: item.label },
  });
  return detailOf(ctx, row);
}

/** "Verification requested" and "received": they mark the person as awaited and feed the pause setting. */
export async function setVerificationDates(
  ctx: Ctx,
  caseId: number,
  dates: { requestedOn: string | null; receivedOn: string | null },
): Promise<CaseDetail> {
  const row = await requireOpenCase(ctx, caseId);
  const today = todayOf(ctx);
  const issues: ValidationIssue[] = [];
  checkPastDate(issues, 'requestedOn', dates.requestedOn, today, {
    date: row.received_date,
    message: 'Verification cannot have been asked for before the request arrived',
  });
  checkPastDate(issues, 'receivedOn', dates.receivedOn, today);
  if (dates.receivedOn && !dates.requestedOn)
    issues.push({ path: 'receivedOn', message: 'Give the date verification was asked for first' });
  if (dates.receivedOn && dates.requestedOn && compareDates(dates.receivedOn, dates.requestedOn) < 0)
    issues.push({ path: 'receivedOn', message: 'The answer cannot come before the question' });
  throwIssues(issues);
  const before = { requestedOn: row.verification_requested_on, receivedOn: row.verification_received_on };
  await saveCase(ctx, row, {
    verification_requested_on: dates.requestedOn,
    verification_received_on: dates.receivedOn,
  });
  const parts: Phrase[] = [];
  if (dates.requestedOn !== before.requestedOn)
    parts.push(
      dates.requestedOn
        ? phrase('timelineCase:verificationAsked', { date: on(dates.requestedOn) })
        : phrase('timelineCase:verificationAskedRemoved'),
    );
  if (dates.receivedOn !== before.receivedOn)
    parts.push(
      dates.receivedOn
        ? phrase('timelineCase:answerReceived', { date: on(dates.receivedOn) })
        : phrase('timelineCase:answerRemoved'),
    );
  if (parts.length === 0) throw conflict('The dates are unchanged.');
  await recordEvent(ctx, row.id, 'verification', semicolons(parts));
  await ctx.audit({
    action: 'verification-dates',
    entityType: 'case',
    entityId: row.id,
    before,
    after: dates,
  });
  return detailOf(ctx, row);
}

/**
 * Asking the person to clarify a broad request before it is answered (Recital 63), and the answer:
 * the person is awaited meanwhile, and with the pause setting on the time may stop (EDPB 01/2022).
 */
export async function setClarificationDates(
  ctx: Ctx,
  caseId: number,
  input: { requestedOn: string | null; receivedOn: string | null; question?: string },
): Promise<CaseDetail> {
  const row = await requireOpenCase(ctx, caseId);
  const today = todayOf(ctx);
  const issues: ValidationIssue[] = [];
  checkPastDate(issues, 'requestedOn', input.requestedOn, today, {
    date: row.received_date,
    message: 'The person cannot have been asked before the request arrived',
  });
  checkPastDate(issues, 'receivedOn', input.receivedOn, today);
  if (input.receivedOn && !input.requestedOn)
    issues.push({ path: 'receivedOn', message: 'Give the date the person was asked first' });
  if (input.receivedOn && input.requestedOn && compareDates(input.receivedOn, input.requestedOn) < 0)
    issues.push({ path: 'receivedOn', message: 'The answer cannot come before the question' });
  if (input.requestedOn && !input.question && !row.clarification_question)
    issues.push({ path: 'question', message: 'Say what the person was asked to clarify' });
  throwIssues(issues);
  const before = {
    requestedOn: row.clarification_requested_on,
    receivedOn: row.clarification_received_on,
    question: row.clarification_question,
  };
  const question = input.requestedOn ? (input.question ?? row.clarification_question) : null;
  if (
    before.requestedOn === input.requestedOn &&
    before.receivedOn === input.receivedOn &&
    before.question === question
  )
    throw conflict('The dates are unchanged.');
  await saveCase(ctx, row, {
    clarification_requested_on: input.requestedOn,
    clarification_received_on: input.receivedOn,
    clarification_question: question,
  });
  const parts: Phrase[] = [];
  if (input.requestedOn !== before.requestedOn || question !== before.question)
    parts.push(
      input.requestedOn
        ? phrase('timelineCase:clarificationAsked', { date: on(input.requestedOn), question })
        : phrase('timelineCase:clarificationAskedRemoved'),
    );
  if (input.receivedOn !== before.receivedOn)
    parts.push(
      input.receivedOn
        ? phrase('timelineCase:clarificationReceived', { date: on(input.receivedOn) })
        : phrase('timelineCase:clarificationReceivedRemoved'),
    );
  await recordEvent(ctx, row.id, 'clarification', semicolons(parts));
  await ctx.audit({
    action: 'clarification-dates',
    entityType: 'case',
    entityId: row.id,
    before,
    after: { ...input, question },
  });
  return detailOf(ctx, row);
}

export async function decideVerification(
  ctx: Ctx,
  caseId: number,
  input: { result: VerificationResult; method: VerificationMethod | null; reason: string },
): Promise<CaseDetail> {
  const row = await requireOpenCase(ctx, caseId);
  const items = await verificationItems(ctx.db, row.id);
  if (input.result === 'verified') {
    const open = items.filter((item) => !item.ticked_at);
    if (open.length > 0) {
      throw ruleViolation(
        `Tick every checklist item before recording the identity as verified (${open.length} not ticked: ${open
          .map((item) => `"${item.label}"`)
          .join(', ')}).`,
      );
    }
  }
  if (input.method === 'representative' && !row.rep_name)
    throw ruleViolation('The case has no representative whose authority could have been checked.');
  const types = unframeList<RequestType>(row.request_types);
  const before = {
    result: row.verification_result,
    method: row.verification_method,
    reason: row.verification_reason,
  };
  await saveCase(ctx, row, {
    verification_result: input.result,
    verification_method: input.result === 'not-needed' ? null : input.method,
    verification_reason: input.reason,
    verification_decided_at: isoNow(ctx.clock),
    verification_decided_by: ctx.actor.displayName,
    verification_covers: frameList(types),
    verification_capacity: row.capacity,
    verification_auto: false,
  });
  await recordEvent(ctx, row.id, 'verification', identityDecided(input.result, input.method, input.reason));
  await ctx.audit({
    action: 'verification-decide',
    entityType: 'case',
    entityId: row.id,
    before,
    after: input,
  });
  return detailOf(ctx, row);
}

/** A DPO lets the case go ahead without a verified identity, in writing, for the types it has now. */
export async function overrideVerification(ctx: Ctx, caseId: number, reason: string): Promise<CaseDetail> {
  const row = await requireOpenCase(ctx, caseId);
  const types = unframeList<RequestType>(row.request_types);
  const before = { reason: row.override_reason, by: row.override_by, at: row.override_at };
  await saveCase(ctx, row, {
    override_reason: reason,
    override_at: isoNow(ctx.clock),
    override_by: ctx.actor.displayName,
    override_covers: frameList(types),
  });
  await recordEvent(
    ctx,
    row.id,
    'override',
    phrase('timelineCase:overridden', { types: typesOf(types), reason }),
  );
  await ctx.audit({
    action: 'verification-override',
    entityType: 'case',
    entityId: row.id,
    before,
    after: { reason, covers: types },
  });
  return detailOf(ctx, row);
}

export async function checkRepresentativeAuthority(
  ctx: Ctx,
  caseId: number,
  input: { evidence: AuthorityEvidence; note?: string },
): Promise<CaseDetail> {
  const row = await requireOpenCase(ctx, caseId);
  if (!row.rep_name) throw ruleViolation('The case has no representative.');
  await saveCase(ctx, row, {
    rep_authority_evidence: input.evidence,
    rep_authority_note: input.note ?? null,
    rep_authority_checked_at: isoNow(ctx.clock),
    rep_authority_checked_by: ctx.actor.displayName,
  });
  await recordEvent(ctx, row.id, 'verification', authorityChecked(row.rep_name, input.evidence, input.note));
  await ctx.audit({ action: 'representative-authority', entityType: 'case', entityId: row.id, after: input });
  return detailOf(ctx, row);
}
