import { compareDates, norwegianDate } from '../../../shared/calendar';
import type { CaseDetail } from '../../../shared/cases/contract';
import type { ReplyChannel } from '../../../shared/cases/rules';
import type { ValidationIssue } from '../../../shared/errors';
import { isoNow } from '../clock';
import type { Ctx } from '../context';
import { dueDate, extensionRefusal } from '../deadlines/engine';
import { ruleViolation } from '../errors';
import { readSettings } from '../settings/service';
import { awaitingPerson, pauseOf, readCaseClock } from './clock';
import type { CaseRow } from './repository';
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
import { extended, on } from './lines';

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
