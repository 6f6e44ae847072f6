import { type CalendarDate, compareDates, daysBetween, osloDate } from '../../../shared/calendar';
import type { CaseClockView, CaseStatus } from '../../../shared/cases/contract';
import type { ReplyChannel } from '../../../shared/cases/rules';
import type { Settings } from '../../../shared/settings/definitions';
import type { Ctx } from '../context';
import { type Deadline, readClock, shortDate, type VerificationPause } from '../deadlines/engine';
import { readSettings } from '../settings/service';
import type { CaseChanges, CaseRow } from './repository';

export type ClockSettings = Pick<Settings, 'pauseForVerification' | 'dueSoonDays'>;

function dayOf(instant: string | null): CalendarDate | null {
  return instant ? osloDate(instant) : null;
}

function earliest(dates: Array<CalendarDate | null>): CalendarDate | null {
  const present = dates.filter((date): date is CalendarDate => date !== null).sort(compareDates);
  return present[0] ?? null;
}

/**
 * The identity-verification pause (only with the setting on): from "verification requested" until
 * the person answered, a result was decided, or the case closed, whichever came first.
 */
export function pauseOf(row: CaseRow, settings: ClockSettings): VerificationPause | null {
  if (!settings.pauseForVerification || !row.verification_requested_on) return null;
  return {
    requested: row.verification_requested_on,
    received: earliest([
      row.verification_received_on,
      dayOf(row.verification_decided_at),
      dayOf(row.closed_at),
    ]),
  };
}

export function awaitingPerson(row: CaseRow): boolean {
  return (
    row.state === 'open' &&
    !!row.verification_requested_on &&
    !row.verification_received_on &&
    !row.verification_result
  );
}

export interface CaseClockReading extends CaseClockView {
  /** What the stored `due_date` column must hold. */
  storedDue: CalendarDate;
}

function customerDeadline(date: CalendarDate, statutory: Deadline): Deadline {
  return {
    date,
    monthRuleDate: date,
    pausedDays: 0,
    explanation: `Deadline set by the customer: ${shortDate(date, true)} (the controller's own deadline under Art. 12(3) is ${shortDate(statutory.date, true)})`,
  };
}

/** Everything the case view shows about the clock, computed by the deadline engine from the row. */
export function readCaseClock(row: CaseRow, settings: ClockSettings, today: CalendarDate): CaseClockReading {
  const closed = row.state === 'closed';
  const day = closed ? (dayOf(row.closed_at) ?? today) : today;
  const pause = pauseOf(row, settings);
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
  if (processor) {
    // Only the controller can extend; the case runs on the customer's deadline when it set one.
    if (row.customer_deadline) current = customerDeadline(row.customer_deadline, reading.due);
    const daysLeft = daysBetween(day, current.date);
    statuses = [];
    if (!closed) {
      if (daysLeft < 0) statuses.push('overdue');
      else if (daysLeft <= settings.dueSoonDays) statuses.push('due-soon');
      if (awaiting) statuses.push('awaiting-person');
    }
  }
  const end = closed ? (row.reply_date ?? day) : day;
  const canExtend = !processor && !closed && !extended && compareDates(today, reading.due.date) <= 0;
  return {
    today,
    receivedDate: row.received_date,
    receivedAt: row.received_at,
    current,
    due: reading.due,
    extendedDue: reading.extendedDue,
    daysLeft: daysBetween(end, current.date),
    statuses,
    pauseSetting: settings.pauseForVerification,
    pauseRunning: !!pause && pause.received === null,
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
  await ctx.db('cases').where({ id: row.id }).update(clock);
  return { ...row, ...clock };
}

/**
 * Cases whose verification pause is still running have a due date that moves every day: bring
 * those computed before today up to date before anything reads the stored dates.
 */
export async function refreshRunningPauses(ctx: Pick<Ctx, 'db' | 'clock'>): Promise<number> {
  const today = osloDate(ctx.clock.now());
  const stale: CaseRow[] = await ctx
    .db('cases')
    .where({ pause_open: true })
    .where('due_computed_on', '<', today);
  if (stale.length === 0) return 0;
  const settings = await readSettings(ctx.db);
  for (const row of stale)
    await ctx
      .db('cases')
      .where({ id: row.id })
      .update(storedClock(row, settings, today));
  return stale.length;
}

/**
 * When an admin turns the verification pause on or off, every open case whose verification was
 * requested gets its stored due date recomputed, in the settings change's transaction.
 */
export async function recomputeOpenCaseClocks(
  ctx: Pick<Ctx, 'db' | 'clock'>,
  settings: ClockSettings,
): Promise<number> {
  const today = osloDate(ctx.clock.now());
  const rows: CaseRow[] = await ctx
    .db('cases')
    .where({ state: 'open' })
    .whereNotNull('verification_requested_on');
  let changed = 0;
  for (const row of rows) {
    const clock = storedClock(row, settings, today);
    if (clock.due_date !== row.due_date || Boolean(clock.pause_open) !== Boolean(row.pause_open))
      changed += 1;
    await ctx.db('cases').where({ id: row.id }).update(clock);
  }
  return changed;
}
