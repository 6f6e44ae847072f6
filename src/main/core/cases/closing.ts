import { compareDates, norwegianDate } from '../../../shared/calendar';
import type { CaseDetail } from '../../../shared/cases/contract';
import {
  alwaysGrantedTypes,
  isRefusal,
  type Outcome,
  outcomeLabels,
  refusalGround,
  type RefusalGroundKey,
  type ReplyChannel,
  type RequestType,
  requestTypeInfo,
  requestTypes,
  type UnfoundedResponse,
  typesNeedingRecipients,
} from '../../../shared/cases/rules';
import type { ValidationIssue } from '../../../shared/errors';
import { isoNow } from '../clock';
import type { Ctx } from '../context';
import { dueDate, extensionRefusal } from '../deadlines/engine';
import type { ListParam } from '../../../shared/i18n/errors';
import { issue, ruleViolation } from '../errors';
import { readSettings } from '../settings/service';
import { awaitingPerson, pauseOf, readCaseClock } from './clock';
import { requireGateOpen } from './gate';
import { frameList, unframeList } from './keys';
import type { CaseRow } from './repository';
import { caseRecipients, caseTasks } from './tasks-repository';
import {
  checkPastDate,
  detailOf,
  gdprInNorway,
  recordEvent,
  requireOpenCase,
  saveCase,
  throwIssues,
  todayOf,
} from './support';
import { phrase } from '../../../shared/i18n/phrases';
import { caseClosed, extended, on } from './lines';

/** Request types' lower-cased labels (words of `errorTerms`), in the usual order: "access, erasure". */
function typeTerms(types: readonly RequestType[]): string[] {
  return requestTypes
    .filter((type) => types.includes(type))
    .map((type) => requestTypeInfo[type].label.toLowerCase());
}

/** The same at the start of a sentence: the first label as written, "Access, erasure". */
function typesOpening(types: readonly RequestType[]): ListParam {
  const [first, ...rest] = typeTerms(types);
  return { list: [`${first!.charAt(0).toUpperCase()}${first!.slice(1)}`, ...rest], join: ', ' };
}

function caseClockOf(row: CaseRow, settings: Awaited<ReturnType<typeof readSettings>>, today: string) {
  return {
    received: row.received_date,
    pause: pauseOf(row, settings, today),
    extended: !!row.extended_at,
    closed: row.state === 'closed',
    awaitingPerson: awaitingPerson(row),
  };
}

/**
 * Extension by two further months (Art. 12(3)): once, with reasons, decided and the person told
 * by the original due date. The case then runs on receipt + three months.
 */
export async function extendCase(
  ctx: Ctx,
  caseId: number,
  input: { decidedOn: string; personToldOn: string; noticeChannel: ReplyChannel; reasons: string },
): Promise<CaseDetail> {
  const row = await requireOpenCase(ctx, caseId);
  if (row.capacity === 'processor') {
    throw ruleViolation(
      "Only the controller can extend the deadline. Record the customer's new deadline under Forwarding instead.",
    );
  }
  const today = todayOf(ctx);
  const issues: ValidationIssue[] = [];
  checkPastDate(issues, 'decidedOn', input.decidedOn, today, {
    date: row.received_date,
    message: 'The extension cannot have been decided before the request arrived',
  });
  if (compareDates(input.personToldOn, input.decidedOn) < 0)
    issues.push({ path: 'personToldOn', message: 'The person cannot have been told before it was decided' });
  throwIssues(issues);
  const settings = await readSettings(ctx.db);
  const refusal = extensionRefusal(caseClockOf(row, settings, today), input, today);
  if (refusal) throw ruleViolation(refusal);
  const updated = await saveCase(ctx, row, {
    extension_decided_on: input.decidedOn,
    extension_told_on: input.personToldOn,
    extension_notice_channel: input.noticeChannel,
    extension_reasons: input.reasons,
    extended_at: isoNow(ctx.clock),
    extended_by: ctx.actor.displayName,
  });
  const clock = readCaseClock(updated, settings, today);
  await recordEvent(
    ctx,
    row.id,
    'extension',
    extended({
      date: clock.current.date,
      explanation: clock.current.explanationText,
      told: input.personToldOn,
      channel: input.noticeChannel,
      reasons: input.reasons,
    }),
  );
  await ctx.audit({
    action: 'extend',
    entityType: 'case',
    entityId: row.id,
    before: { dueDate: row.due_date },
    after: { ...input, dueDate: clock.current.date },
  });
  return detailOf(ctx, row);
}

/** The day of receipt starts the clock, so changing it needs a reason, and is audited. */
export async function changeReceivedDate(
  ctx: Ctx,
  caseId: number,
  receivedDate: string,
  reason: string,
): Promise<CaseDetail> {
  const row = await requireOpenCase(ctx, caseId);
  if (receivedDate === row.received_date) throw ruleViolation('That is already the received date.');
  const issues: ValidationIssue[] = [];
  checkPastDate(issues, 'receivedDate', receivedDate, todayOf(ctx), {
    date: gdprInNorway,
    message: 'The GDPR applies in Norway from 20.07.2018; a request cannot be older',
  });
  if (row.verification_requested_on && compareDates(row.verification_requested_on, receivedDate) < 0)
    issues.push({
      path: 'receivedDate',
      message: `Verification was asked for on ${norwegianDate(row.verification_requested_on)}, before that date`,
    });
  throwIssues(issues);
  if (row.extended_at && row.extension_told_on) {
    const settings = await readSettings(ctx.db);
    const due = dueDate({
      received: receivedDate,
      pause: pauseOf({ ...row, received_date: receivedDate }, settings, todayOf(ctx)),
      today: todayOf(ctx),
    });
    const lastNotice =
      [row.extension_told_on, row.extension_decided_on ?? row.extension_told_on].sort().at(-1) ?? '';
    if (compareDates(lastNotice, due.date) > 0) {
      throw ruleViolation(
        `With that received date the original due date would be ${norwegianDate(due.date)}, and the extension notice of ${norwegianDate(
          row.extension_told_on,
        )} would have come too late.`,
      );
    }
  }
  // The exact time came from an inquiry; once the date is corrected by hand it no longer applies.
  const updated = await saveCase(ctx, row, { received_date: receivedDate, received_at: null });
  await recordEvent(
    ctx,
    row.id,
    'received-date',
    phrase('timelineCase:receivedDateChanged', {
      from: on(row.received_date),
      to: on(receivedDate),
      due: on(updated.due_date),
      reason,
    }),
  );
  await ctx.audit({
    action: 'change-received-date',
    entityType: 'case',
    entityId: row.id,
    before: { receivedDate: row.received_date, dueDate: row.due_date },
    after: { receivedDate, dueDate: updated.due_date, reason },
  });
  return detailOf(ctx, row);
}

export interface ClosingInput {
  outcome: Outcome;
  reasons?: string;
  refusalGrounds: RefusalGroundKey[];
  manifestlyUnfounded: boolean;
  unfoundedJustification?: string;
  unfoundedResponse: UnfoundedResponse;
  feeNok: number | null;
  feeBasis?: string;
  statesComplaintRight: boolean;
  statesJudicialRemedy: boolean;
  disclosesPersonalData: boolean;
  replyDate: string | null;
  replyChannel: ReplyChannel | null;
  lateReason?: string;
}

/** The rules of Art. 12(4)-(5), 21 and 7(3) on what the outcome may be and what it must state. */
function outcomeIssues(input: ClosingInput, types: RequestType[], processor: boolean): ValidationIssue[] {
  const refusal = isRefusal(input.outcome);
  const issues: ValidationIssue[] = [];
  if (refusal && !input.reasons)
    issues.push({ path: 'reasons', message: 'A refusal must give the reasons (Art. 12(4))' });
  if (refusal && !processor) {
    if (!input.statesComplaintRight)
      issues.push({
        path: 'statesComplaintRight',
        message: 'The reply must tell the person of the right to complain to Datatilsynet (Art. 12(4))',
      });
    if (!input.statesJudicialRemedy)
      issues.push({
        path: 'statesJudicialRemedy',
        message: 'The reply must tell the person of the right to a judicial remedy (Art. 12(4))',
      });
  }
  if (input.refusalGrounds.length > 0 && !refusal)
    issues.push({
      path: 'refusalGrounds',
      message: 'Grounds for a refusal go with a refusal in full or in part',
    });
  for (const key of input.refusalGrounds) {
    const ground = refusalGround(key);
    if (ground && !ground.types.some((type) => types.includes(type)))
      issues.push(
        issue('refusalGrounds', {
          key: 'groundDoesNotApply',
          params: {
            ground: ground.citation,
            types: { list: typeTerms(types), join: ', ' },
            limits: {
              list: ground.types.map((type) => requestTypeInfo[type].label.toLowerCase()),
              join: 'and',
            },
          },
        }),
      );
  }
  const unfoundedRefusal = input.manifestlyUnfounded && input.unfoundedResponse === 'refusal';
  if (
    input.outcome === 'refused' &&
    types.includes('objection') &&
    !unfoundedRefusal &&
    !input.refusalGrounds.includes('gdpr-21-1')
  )
    issues.push({
      path: 'refusalGrounds',
      message:
        'An objection under Art. 21(1) is refused only on compelling legitimate grounds that override the person’s interests (or for legal claims): choose that ground and set it out in the reasons',
    });
  if (input.manifestlyUnfounded) {
    if (!input.unfoundedJustification)
      issues.push({
        path: 'unfoundedJustification',
        message:
          'Justify why the request is manifestly unfounded or excessive; the burden of proof is ours (Art. 12(5))',
      });
    if (input.unfoundedResponse === 'refusal' && !refusal)
      issues.push({
        path: 'manifestlyUnfounded',
        message:
          'A refusal on the ground that the request is manifestly unfounded or excessive is a refusal in full or in part; to act on it for a fee, choose the reasonable fee',
      });
    if (input.unfoundedResponse === 'fee') {
      if (refusal && input.outcome === 'refused')
        issues.push({
          path: 'unfoundedResponse',
          message: 'A request answered for a reasonable fee is acted on, not refused (Art. 12(5)(a))',
        });
      if (input.feeNok === null) issues.push({ path: 'feeNok', message: 'Give the fee charged, in kroner' });
      if (!input.feeBasis)
        issues.push({
          path: 'feeBasis',
          message: 'Say how the fee was worked out: it may cover only the administrative costs (Art. 12(5))',
        });
    }
  } else if (input.feeNok !== null || input.feeBasis)
    issues.push({
      path: 'feeNok',
      message:
        'A fee may be charged only for a manifestly unfounded or excessive request (Art. 12(5)); the first copy of the data is free',
    });
  if (input.outcome !== 'withdrawn') {
    if (!input.replyDate) issues.push({ path: 'replyDate', message: 'Give the date of the reply' });
    if (!input.replyChannel) issues.push({ path: 'replyChannel', message: 'Choose how the reply was sent' });
  }
  return issues;
}

/** A stopped processing is never refused: not in full, and not "in part" when nothing else was asked. */
function requireAlwaysGrantedRespected(outcome: Outcome, types: RequestType[]): void {
  const stopping = alwaysGrantedTypes(types);
  if (stopping.length === 0) return;
  const words = typesOpening(stopping);
  if (outcome === 'refused') throw ruleViolation({ key: 'neverRefused', params: { types: words } });
  if (outcome === 'partly-granted' && stopping.length === types.length)
    throw ruleViolation({ key: 'grantedInFull', params: { types: words } });
}

/**
 * Outcome and reply (Art. 12(3)-(5)): a refusal states its reasons (with structured grounds where
 * the law gives them), the right to complain to Datatilsynet and to a judicial remedy, and is due
 * within one month of receipt even after an extension; "manifestly unfounded or excessive" is
 * justified on its own and leads to a refusal or a reasonable fee; granting passes the identity gate
 * and needs its work done; a late reply says why.
 */
export async function closeCase(ctx: Ctx, caseId: number, input: ClosingInput): Promise<CaseDetail> {
  const row = await requireOpenCase(ctx, caseId);
  const types = unframeList<RequestType>(row.request_types);
  const today = todayOf(ctx);
  const processor = row.capacity === 'processor';
  const refusal = isRefusal(input.outcome);
  const issues = outcomeIssues(input, types, processor);
  checkPastDate(issues, 'replyDate', input.replyDate, today, {
    date: row.received_date,
    message: 'The reply cannot predate the request',
  });
  throwIssues(issues);

  requireAlwaysGrantedRespected(input.outcome, types);
  if (processor && !row.forwarded_on && input.outcome !== 'withdrawn')
    throw ruleViolation('Record the forwarding of the request to the customer before closing the case.');

  if (input.outcome === 'granted' || input.outcome === 'partly-granted') {
    requireGateOpen(
      row,
      { key: 'gateCloseAs', params: { outcome: outcomeLabels[input.outcome].toLowerCase() } },
      input.disclosesPersonalData,
    );
    const openTasks = (await caseTasks(ctx.db, row.id)).filter((task) => task.state === 'open');
    if (openTasks.length > 0) {
      throw ruleViolation(
        `${openTasks.length} ${openTasks.length === 1 ? 'task is' : 'tasks are'} still open: ${openTasks
          .slice(0, 3)
          .map((task) => `"${task.label}"`)
          .join(
            ', ',
          )}${openTasks.length > 3 ? ', …' : ''}. Tick each, or mark it not applicable with a reason.`,
      );
    }
    if (typesNeedingRecipients(types).length > 0) {
      const untold = (await caseRecipients(ctx.db, row.id)).filter(
        (recipient) => !recipient.notified_on && !recipient.not_possible_reason,
      );
      if (untold.length > 0)
        throw ruleViolation(
          `Tell each recipient of the change first (Art. 19): ${untold.map((recipient) => recipient.name).join(', ')}.`,
        );
    }
  }

  const settings = await readSettings(ctx.db);
  const clock = readCaseClock(row, settings, today);
  // A decision not to act is due within one month of receipt even when the deadline was extended
  // (Art. 12(4); EDPB guidelines 01/2022): a refusal is measured against the original due date.
  const refusalAfterExtension = refusal && !processor && clock.extension !== null;
  const deadline = refusalAfterExtension ? clock.due : clock.current;
  const end = input.replyDate ?? today;
  const late = input.outcome !== 'withdrawn' && compareDates(end, deadline.date) > 0;
  if (late && !input.lateReason) {
    throw ruleViolation(
      refusalAfterExtension
        ? `A refusal is due within one month of receipt even after an extension (Art. 12(4)): the reply of ${norwegianDate(end)} is after the original due date ${norwegianDate(deadline.date)}. Say why it is late.`
        : `The reply of ${norwegianDate(end)} is after the due date ${norwegianDate(deadline.date)}: say why it is late.`,
      [{ path: 'lateReason', message: 'Say why the reply is late' }],
    );
  }

  const fee = input.manifestlyUnfounded && input.unfoundedResponse === 'fee';
  await saveCase(ctx, row, {
    state: 'closed',
    outcome: input.outcome,
    outcome_reasons: input.reasons ?? null,
    refusal_grounds: refusal && input.refusalGrounds.length > 0 ? frameList(input.refusalGrounds) : null,
    manifestly_unfounded: input.manifestlyUnfounded,
    unfounded_justification: input.manifestlyUnfounded ? (input.unfoundedJustification ?? null) : null,
    unfounded_response: input.manifestlyUnfounded ? input.unfoundedResponse : null,
    fee_nok: fee ? input.feeNok : null,
    fee_basis: fee ? (input.feeBasis ?? null) : null,
    states_complaint_right: input.statesComplaintRight,
    states_judicial_remedy: input.statesJudicialRemedy,
    discloses_personal_data: input.disclosesPersonalData,
    reply_date: input.replyDate,
    reply_channel: input.replyChannel,
    closed_late: late,
    late_reason: late ? (input.lateReason ?? null) : null,
    closed_at: isoNow(ctx.clock),
    closed_by: ctx.actor.displayName,
    pause_open: false,
  });
  const grounds = input.refusalGrounds.map((key) => refusalGround(key)?.citation ?? key);
  await recordEvent(
    ctx,
    row.id,
    'closed',
    caseClosed({
      outcome: input.outcome,
      replyDate: input.replyDate,
      replyChannel: input.replyChannel,
      grounds: refusal ? grounds : [],
      fee: fee ? { amount: input.feeNok, basis: input.feeBasis } : null,
      late: late ? { due: deadline.date, asRefusal: refusalAfterExtension, reason: input.lateReason } : null,
    }),
  );
  await ctx.audit({
    action: 'close',
    entityType: 'case',
    entityId: row.id,
    after: { ...input, late, dueDate: deadline.date },
  });
  return detailOf(ctx, row);
}
