import {
  addDays,
  addMonths,
  type CalendarDate,
  compareDates,
  daysBetween,
  parseCalendarDate,
  weekday,
} from '../../../shared/calendar';
import { english, phrase, type Phrase } from '../../../shared/i18n/phrases';
import { holidayKey, nextWorkingDay, nonWorkingPhrase } from './holidays';

/**
 * The deadline of a rights request (GDPR Art. 12(3); Regulation 1182/71 art. 3; domstolloven
 * §§ 148-149): one month from the day of receipt, extendable by two further months, moved to the
 * next working day when it falls on a Saturday, a Sunday or a Norwegian public holiday.
 */

const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const dayNames = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** "31 Jan" or, with the weekday, "Mon 2 Mar". */
export function shortDate(date: CalendarDate, withWeekday = false): string {
  const { month, day } = parseCalendarDate(date);
  const text = `${day} ${monthNames[month - 1]}`;
  return withWeekday ? `${dayNames[weekday(date)]} ${text}` : text;
}

/**
 * A pause of the time while the company waits for the person (a setting; EDPB 01/2022): from the
 * request for information to its receipt. `kind` says what was asked for: identity verification
 * (the default) or the clarification of a broad request (Recital 63).
 */
export interface VerificationPause {
  requested: CalendarDate;
  /** Null while the company is still waiting: the pause then runs until `today`. */
  received: CalendarDate | null;
  kind?: 'identity' | 'clarification';
}

export interface Deadline {
  /** The date the law sets, after any pause and the move to a working day. */
  date: CalendarDate;
  /** The month rule's date before any pause or move. */
  monthRuleDate: CalendarDate;
  pausedDays: number;
  /** Why the date is what it is: "31 Jan + 1 month = 28 Feb, a Saturday -> Mon 2 Mar". */
  explanation: string;
  /** The same as a phrase, for the reader's language. */
  explanationText: Phrase;
}

export interface DeadlineInput {
  received: CalendarDate;
  /** Only when the pause setting is on; several pauses count each paused day once. */
  pause?: VerificationPause | readonly VerificationPause[] | null;
  /** Needed to count a pause that is still running. */
  today?: CalendarDate;
}

function pausesOf(pause: DeadlineInput['pause']): readonly VerificationPause[] {
  if (!pause) return [];
  return Array.isArray(pause) ? pause : [pause as VerificationPause];
}

/** The days paused: from each request (counted) to its answer (not counted), each day once. */
function pausedDaysOf(pause: DeadlineInput['pause'], today: CalendarDate | undefined): number {
  const ranges = pausesOf(pause)
    .map((one) => ({ from: one.requested, to: one.received ?? today ?? one.requested }))
    .filter((range) => compareDates(range.to, range.from) > 0)
    .sort((a, b) => compareDates(a.from, b.from));
  let days = 0;
  let reached: CalendarDate | null = null;
  for (const range of ranges) {
    const from: CalendarDate = reached && compareDates(reached, range.from) > 0 ? reached : range.from;
    if (compareDates(range.to, from) > 0) {
      days += daysBetween(from, range.to);
      reached = range.to;
    }
  }
  return days;
}

function pauseWords(pause: DeadlineInput['pause']): Phrase {
  const counted = pausesOf(pause).filter((one) => one.received === null || one.received > one.requested);
  const kinds = new Set(counted.map((one) => one.kind ?? 'identity'));
  const what = phrase(
    kinds.size > 1
      ? 'coreDeadlines:pauseBoth'
      : kinds.has('clarification')
        ? 'coreDeadlines:pauseClarification'
        : 'coreDeadlines:pauseIdentity',
  );
  const waiting = counted.some((one) => one.received === null);
  return phrase(waiting ? 'coreDeadlines:pausedForWaiting' : 'coreDeadlines:pausedFor', { what });
}

/** A deadline's date with its explanation, in English and as a phrase. */
export function explained(
  date: CalendarDate,
  explanationText: Phrase,
  extra: { monthRuleDate?: CalendarDate; pausedDays?: number } = {},
): Deadline {
  return {
    date,
    monthRuleDate: extra.monthRuleDate ?? date,
    pausedDays: extra.pausedDays ?? 0,
    explanation: english(explanationText),
    explanationText,
  };
}

function deadlineAfter(months: number, input: DeadlineInput): Deadline {
  const monthRuleDate = addMonths(input.received, months);
  const pausedDays = pausedDaysOf(input.pause, input.today);
  const paused = addDays(monthRuleDate, pausedDays);
  const date = nextWorkingDay(paused);
  let rule = phrase('coreDeadlines:ruleMonths', {
    received: { date: input.received, style: 'day' },
    count: months,
    date: { date: monthRuleDate, style: 'day' },
  });
  if (pausedDays > 0) {
    rule = phrase('coreDeadlines:rulePaused', {
      rule,
      count: pausedDays,
      pause: pauseWords(input.pause),
      date: { date: paused, style: 'day' },
    });
  }
  if (compareDates(date, paused) !== 0) {
    // Name why the date itself moved, and any further public holidays the move passed over.
    const alsoSkipped: Phrase[] = [];
    for (let day = addDays(paused, 1); compareDates(day, date) < 0; day = addDays(day, 1)) {
      const key = holidayKey(day);
      if (key && key !== 'sunday') alsoSkipped.push(phrase(`holiday:${key}`));
    }
    const moved = {
      rule,
      reason: nonWorkingPhrase(paused),
      date: { date, style: 'weekday' as const },
      skipped: alsoSkipped,
    };
    rule = phrase(alsoSkipped.length > 0 ? 'coreDeadlines:ruleMovedPast' : 'coreDeadlines:ruleMoved', moved);
  }
  return explained(date, rule, { monthRuleDate, pausedDays });
}

export function dueDate(input: DeadlineInput): Deadline {
  return deadlineAfter(1, input);
}

/** The extended due date: receipt + three months by the same rules (one month + two more). */
export function extendedDueDate(input: DeadlineInput): Deadline {
  return deadlineAfter(3, input);
}

export type DeadlineStatus = 'overdue' | 'due-soon' | 'extension-notice-needed' | 'awaiting-person';

export interface CaseClock {
  received: CalendarDate;
  pause?: DeadlineInput['pause'];
  /** The case runs on the extended date once an extension has been decided. */
  extended: boolean;
  closed: boolean;
  /** The company waits for the person (identity, clarification). */
  awaitingPerson: boolean;
}

export interface ClockReading {
  due: Deadline;
  extendedDue: Deadline;
  /** The date the case must be answered by now: the extended one after an extension. */
  current: Deadline;
  /** Negative when overdue. */
  daysLeft: number;
  statuses: DeadlineStatus[];
}

/** Everything a DPO needs to see about a case's clock on a given day. */
export function readClock(clock: CaseClock, today: CalendarDate, dueSoonDays: number): ClockReading {
  const input = { received: clock.received, pause: clock.pause, today };
  const due = dueDate(input);
  const extendedDue = extendedDueDate(input);
  const current = clock.extended ? extendedDue : due;
  const daysLeft = daysBetween(today, current.date);
  const statuses: DeadlineStatus[] = [];
  if (!clock.closed) {
    if (daysLeft < 0) statuses.push('overdue');
    else if (daysLeft <= dueSoonDays) statuses.push('due-soon');
    if (!clock.extended && daysLeft >= 0 && daysLeft < dueSoonDays) statuses.push('extension-notice-needed');
    if (clock.awaitingPerson) statuses.push('awaiting-person');
  }
  return { due, extendedDue, current, daysLeft, statuses };
}

/**
 * An extension must be decided, with reasons, and the person told before the original due date
 * (Art. 12(3)). Returns the reason it is refused, or null when it is allowed.
 */
export function extensionRefusal(
  clock: CaseClock,
  notice: { decidedOn: CalendarDate; personToldOn: CalendarDate },
  today: CalendarDate,
): string | null {
  if (clock.closed) return 'The case is closed.';
  if (clock.extended)
    return 'The deadline has already been extended once; the law allows one extension of two months.';
  const { due } = readClock(clock, today, 0);
  if (compareDates(notice.personToldOn, today) > 0)
    return 'The date the person was told cannot be in the future.';
  if (compareDates(notice.personToldOn, clock.received) < 0)
    return 'The person cannot have been told before the request arrived.';
  // "Within one month of receipt of the request" (Art. 12(3)): the due date is the last day on which
  // the person can still be told.
  if (compareDates(notice.personToldOn, due.date) > 0 || compareDates(notice.decidedOn, due.date) > 0) {
    return `Too late: an extension must be decided and the person told by the original due date (${shortDate(due.date, true)}).`;
  }
  return null;
}
