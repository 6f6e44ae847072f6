import { type CalendarDate, compareDates, daysBetween } from '../../../shared/calendar';
import { osloDate } from '../../../shared/oslo';
import type { CaseClockView, CaseStatus, PauseView } from '../../../shared/cases/contract';
import { isRefusal, type Outcome, type PauseKind, type ReplyChannel } from '../../../shared/cases/rules';
import type { Settings } from '../../../shared/settings/definitions';
import type { Ctx } from '../context';
import { english, phrase, type Phrase } from '../../../shared/i18n/phrases';
import { type Deadline, explained, readClock, type VerificationPause } from '../deadlines/engine';
import { addWorkingDays } from '../deadlines/holidays';
import { readSettings } from '../settings/service';
import { casesWithPauseComputedBefore, openCasesWithMovingClock } from './clock-repository';
import { type CaseChanges, type CaseRow, updateCaseRow } from './repository';

export type ClockSettings = Pick<
  Settings,
  'pauseForVerification' | 'dueSoonDays' | 'pauseRequestWithinDays' | 'forwardWithinWorkingDays'
>;

function dayOf(instant: string | null): CalendarDate | null {
  return instant ? osloDate(instant) : null;
}

function earliest(dates: Array<CalendarDate | null>): CalendarDate | null {
  const present = dates.filter((date): date is CalendarDate => date !== null).sort(compareDates);
  return present[0] ?? null;
}

const dayWord = (count: number) => phrase('coreCases:days', { count });

/**
 * Each time we asked the person for something and waited (identity verification, or the
 * clarification of a broad request, Recital 63), and whether it pauses the time: only with the
 * setting on, and only when we asked without undue delay (within the setting's days of receipt;
 * EDPB guidelines 01/2022). An identity wait ends with the answer, a result or the closing; a
 * clarification with the answer or the closing.
 */
export function pausesOf(row: CaseRow, settings: ClockSettings, today: CalendarDate): PauseView[] {
  const closedOn = dayOf(row.closed_at);
  const waits: Array<{ kind: PauseKind; requested: CalendarDate; received: CalendarDate | null }> = [];
  if (row.verification_requested_on)
    waits.push({
      kind: 'identity',
      requested: row.verification_requested_on,
      received: earliest([row.verification_received_on, dayOf(row.verification_decided_at), closedOn]),
    });
  if (row.clarification_requested_on)
    waits.push({
      kind: 'clarification',
      requested: row.clarification_requested_on,
      received: earliest([row.clarification_received_on, closedOn]),
    });
  return waits.map((wait) => {
    const after = daysBetween(row.received_date, wait.requested);
    const end = wait.received ?? today;
    const days = Math.max(0, daysBetween(wait.requested, end));
    const asked = phrase(after === 0 ? 'coreCases:askedSameDay' : 'coreCases:askedAfter', {
      what: phrase(`coreCases:${wait.kind}`),
      date: { date: wait.requested },
      after: dayWord(after),
    });
    let counts = false;
    let reason: Phrase;
    if (!settings.pauseForVerification) reason = phrase('coreCases:pauseOff', { asked });
    else if (after > settings.pauseRequestWithinDays)
      reason = phrase('coreCases:pauseLate', { asked, within: dayWord(settings.pauseRequestWithinDays) });
    else if (wait.received !== null && days === 0) reason = phrase('coreCases:pauseSameDay', { asked });
    else {
      counts = true;
      reason = wait.received
        ? phrase('coreCases:pauseAnswered', {
            asked,
            days: dayWord(days),
            answered: { date: wait.received },
          })
        : phrase('coreCases:pauseWaiting', { asked, days: dayWord(days) });
    }
    return {
      kind: wait.kind,
      requestedOn: wait.requested,
      endedOn: wait.received,
      days,
      counts,
      reason: english(reason),
      reasonText: reason,
    };
  });
}

/** The pauses that move the deadline, for the deadline engine; null when none does. */
export function pauseOf(
  row: CaseRow,
  settings: ClockSettings,
  today: CalendarDate,
): VerificationPause[] | null {
  const counted = pausesOf(row, settings, today)
    .filter((pause) => pause.counts)
    .map((pause) => ({ kind: pause.kind, requested: pause.requestedOn, received: pause.endedOn }));
  return counted.length > 0 ? counted : null;
}

export function awaitingPerson(row: CaseRow): boolean {
  if (row.state !== 'open') return false;
  const identity =
    !!row.verification_requested_on && !row.verification_received_on && !row.verification_result;
  const clarification = !!row.clarification_requested_on && !row.clarification_received_on;
  return identity || clarification;
}

/**
 * As processor, the request goes to the customer (the controller) without undue delay: within the
 * setting's working days of receipt (Art. 28(3)(e)).
 */
export function forwardingDeadline(
  row: Pick<CaseRow, 'received_date'>,
  settings: Pick<ClockSettings, 'forwardWithinWorkingDays'>,
): Deadline {
  const days = settings.forwardWithinWorkingDays;
  const date = addWorkingDays(row.received_date, days);
  return explained(
    date,
    phrase('coreCases:forwardBy', {
      received: { date: row.received_date, style: 'day' },
      count: days,
      date: { date, style: 'weekday' },
    }),
  );
}

export interface CaseClockReading extends CaseClockView {
  /** What the stored `due_date` column must hold. */
  storedDue: CalendarDate;
}

function customerDeadline(date: CalendarDate, statutory: Deadline): Deadline {
  return explained(
    date,
    phrase('coreCases:customerDeadline', {
      date: { date, style: 'weekday' },
      statutory: { date: statutory.date, style: 'weekday' },
    }),
  );
}

/** Everything the case view shows about the clock, computed by the deadline engine from the row. */
export function readCaseClock(row: CaseRow, settings: ClockSettings, today: CalendarDate): CaseClockReading {
  const closed = row.state === 'closed';
  const day = closed ? (dayOf(row.closed_at) ?? today) : today;
  const pauses = pausesOf(row, settings, day);
  const pause = pauseOf(row, settings, day);
  const extended = !!row.extended_at;
  const awaiting = awaitingPerson(row);
  const reading = readClock(
    { received: row.received_date, pause, extended, closed, awaitingPerson: awaiting },
    day,
    settings.dueSoonDays,
  );
  const processor = row.capacity === 'processor';
  let current = reading.current;
  let statuses: CaseStatus[] = reading.statuses;
  const forwardBy = processor ? forwardingDeadline(row, settings) : null;
  const toForward = processor && !closed && !row.forwarded_on;
  if (processor) {
    // Only the controller can extend. Until it is forwarded the case runs on the forwarding
    // deadline; then on the customer's deadline when it set one, else on the controller's own.
    if (toForward && forwardBy) current = forwardBy;
    else if (row.customer_deadline) current = customerDeadline(row.customer_deadline, reading.due);
    const daysLeft = daysBetween(day, current.date);
    statuses = [];
    if (!closed) {
      if (daysLeft < 0) statuses.push('overdue');
      else if (daysLeft <= settings.dueSoonDays) statuses.push('due-soon');
      if (toForward) statuses.push('to-forward');
      if (awaiting) statuses.push('awaiting-person');
    }
  }
  const end = closed ? (row.reply_date ?? day) : day;
  const refusalDue = !processor && extended ? reading.due.date : null;
  // A closed refusal after an extension was due by the original date (Art. 12(4)).
  const measuredTo =
    closed && refusalDue && row.outcome && isRefusal(row.outcome as Outcome) ? refusalDue : current.date;
  const canExtend = !processor && !closed && !extended && compareDates(today, reading.due.date) <= 0;
  return {
    today,
    receivedDate: row.received_date,
    receivedAt: row.received_at,
    current,
    due: reading.due,
    extendedDue: reading.extendedDue,
    daysLeft: daysBetween(end, measuredTo),
    statuses,
    pauseSetting: settings.pauseForVerification,
    pauseRunning: !closed && (pause ?? []).some((one) => one.received === null),
    pauses,
    refusalDue,
    forwarding:
      processor && forwardBy
        ? {
            due: forwardBy.date,
            explanation: forwardBy.explanation,
            explanationText: forwardBy.explanationText,
            forwardedOn: row.forwarded_on,
            late: row.forwarded_on
              ? compareDates(row.forwarded_on, forwardBy.date) > 0
              : compareDates(day, forwardBy.date) > 0,
          }
        : null,
    extensionPossibleUntil: canExtend ? reading.due.date : null,
    extension:
      extended && row.extension_decided_on && row.extension_told_on
        ? {
            decidedOn: row.extension_decided_on,
            personToldOn: row.extension_told_on,
            noticeChannel: (row.extension_notice_channel ?? 'letter') as ReplyChannel,
            reasons: row.extension_reasons ?? '',
            recordedBy: row.extended_by ?? '',
            recordedAt: row.extended_at ?? row.updated_at,
          }
        : null,
    customerDeadline: processor ? row.customer_deadline : null,
    storedDue: current.date,
  };
}

/** The stored clock columns for a row as it stands (after a change to any input of the clock). */
export function storedClock(
  row: CaseRow,
  settings: ClockSettings,
  today: CalendarDate,
): Pick<CaseChanges, 'due_date' | 'pause_open' | 'due_computed_on'> {
  const reading = readCaseClock(row, settings, today);
  return { due_date: reading.storedDue, pause_open: reading.pauseRunning, due_computed_on: today };
}

/** Recomputes and stores a case's clock; call after changing any of its inputs, in the same transaction. */
export async function restoreClock(ctx: Ctx, row: CaseRow): Promise<CaseRow> {
  const settings = await readSettings(ctx.db);
  const today = osloDate(ctx.clock.now());
  const clock = storedClock(row, settings, today);
  await updateCaseRow(ctx.db, row.id, clock);
  return { ...row, ...clock };
}

/**
 * Cases whose verification pause is still running have a due date that moves every day: bring
 * those computed before today up to date before anything reads the stored dates.
 */
export async function refreshRunningPauses(ctx: Pick<Ctx, 'db' | 'clock'>): Promise<number> {
  const today = osloDate(ctx.clock.now());
  const stale = await casesWithPauseComputedBefore(ctx.db, today);
  if (stale.length === 0) return 0;
  const settings = await readSettings(ctx.db);
  for (const row of stale) await updateCaseRow(ctx.db, row.id, storedClock(row, settings, today));
  return stale.length;
}

/**
 * When an admin changes a setting the clock reads (the pause and its days, the forwarding days),
 * every open case it can move gets its stored due date recomputed, in the settings change's
 * transaction; `all` recomputes every open case (after the rules themselves changed).
 */
export async function recomputeOpenCaseClocks(
  ctx: Pick<Ctx, 'db' | 'clock'>,
  settings: ClockSettings,
  all = false,
): Promise<number> {
  const today = osloDate(ctx.clock.now());
  const rows = await openCasesWithMovingClock(ctx.db, all);
  let changed = 0;
  for (const row of rows) {
    const clock = storedClock(row, settings, today);
    if (clock.due_date !== row.due_date || Boolean(clock.pause_open) !== Boolean(row.pause_open))
      changed += 1;
    await updateCaseRow(ctx.db, row.id, clock);
  }
  return changed;
}
