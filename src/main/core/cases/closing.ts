import { compareDates, norwegianDate } from '../../../shared/calendar';
import type { CaseDetail } from '../../../shared/cases/contract';
import {
  isRefusal,
  outcomeLabels,
  refusalGround,
  type RequestType,
  typesNeedingRecipients,
} from '../../../shared/cases/rules';
import { isoNow } from '../clock';
import type { Ctx } from '../context';
import { ruleViolation } from '../errors';
import { readSettings } from '../settings/service';
import { readCaseClock } from './clock';
import { requireGateOpen } from './gate';
import { frameList, unframeList } from './keys';
import { caseRecipients, caseTasks } from './tasks-repository';
import {
  checkPastDate,
  detailOf,
  recordEvent,
  requireOpenCase,
  saveCase,
  throwIssues,
  todayOf,
} from './support';
import { caseClosed } from './lines';
import { type ClosingInput, outcomeIssues, requireAlwaysGrantedRespected } from './outcome-rules';

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
