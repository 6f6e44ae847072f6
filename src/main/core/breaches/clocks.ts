import type { BreachClock, BreachObligation } from '../../../shared/breaches/contract';
import {
  authorityNoticeHours,
  hasControllerDuty,
  hasProcessorDuty,
  processorNoticeLimitHours,
  subjectExceptionShort,
  type SubjectException,
  undueDelayTargetHours,
} from '../../../shared/breaches/rules';
import { formatOslo, osloDate, osloOffsetMinutes } from '../../../shared/oslo';
import type { CalendarDate } from '../../../shared/calendar';
import type { Knex } from 'knex';
import {
  breachCustomers,
  breachNotifications,
  type BreachNotificationRow,
  type BreachRow,
  findBreach,
  type NamedCustomerRow,
  type ProcessorAgreementRow,
  updateBreachRow,
} from './repository';

const hourMs = 3_600_000;

export function addHours(iso: string, hours: number): string {
  return new Date(new Date(iso).getTime() + hours * hourMs).toISOString();
}

/**
 * "aware 27.03 14:05 + 72 h = 30.03 15:05 (summer time began in between: ...)". The clock runs in real
 * hours; only the wall clock in Oslo jumps, and the explanation says so when it did.
 */
export function clockExplanation(
  startsAt: string,
  hours: number,
  dueAt: string,
  target = false,
  from = 'aware',
): string {
  const shift = osloOffsetMinutes(dueAt) - osloOffsetMinutes(startsAt);
  const base = `${from} ${formatOslo(startsAt, false)} + ${hours} h${target ? ' target' : ''} = ${formatOslo(dueAt, false)}`;
  if (shift > 0)
    return `${base} (summer time began in between: the clocks went forward an hour, so ${hours} real hours end an hour later on the clock)`;
  if (shift < 0)
    return `${base} (summer time ended in between: the clocks went back an hour, so ${hours} real hours end an hour earlier on the clock)`;
  return base;
}

/**
 * The agreement whose breach-notice period applies to a customer on the day we became aware: one under
 * which we are processor for it, active, and in force that day (effective and not expired). Where several
 * are, the strictest period (fewest hours) wins, then the newest.
 */
export function agreementInForce(
  agreements: readonly ProcessorAgreementRow[],
  organisationId: number,
  awareDate: CalendarDate,
): ProcessorAgreementRow | null {
  const inForce = agreements.filter(
    (agreement) =>
      agreement.organisation_id === organisationId &&
      agreement.status === 'active' &&
      (!agreement.effective_on || agreement.effective_on <= awareDate) &&
      (!agreement.expiry_on || agreement.expiry_on >= awareDate),
  );
  inForce.sort(
    (a, b) =>
      (a.breach_notice_hours ?? Infinity) - (b.breach_notice_hours ?? Infinity) ||
      (b.effective_on ?? '').localeCompare(a.effective_on ?? '') ||
      b.id - a.id,
  );
  return inForce[0] ?? null;
}

/**
 * The hours a customer's clock runs: the shorter of what the agreement promised and the "without
 * undue delay" target (Art. 33(2)); a promise is a ceiling, never a licence to wait.
 */
export function customerClockHours(promised: number | null): number {
  return Math.min(promised ?? undueDelayTargetHours, undueDelayTargetHours);
}

/** A promise above 48 hours leaves the controller too little of its own 72 (Art. 33(1)). */
export function noticeHoursFlagged(promised: number | null): boolean {
  return promised !== null && promised > processorNoticeLimitHours;
}

/** What a customer's clock is stored with: the agreement used, its promised hours, and the due instant. */
export function customerTerms(
  agreements: readonly ProcessorAgreementRow[],
  organisationId: number,
  awareAt: string,
) {
  const agreement = agreementInForce(agreements, organisationId, osloDate(awareAt));
  const hours = agreement?.breach_notice_hours ?? null;
  return {
    agreement_id: agreement?.id ?? null,
    agreement_reference: agreement?.reference ?? null,
    agreement_status: agreement?.status ?? null,
    notice_hours: hours,
    due_at: addHours(awareAt, customerClockHours(hours)),
  };
}

type ClockRow = Pick<
  BreachRow,
  | 'aware_at'
  | 'capacity'
  | 'risk'
  | 'no_notification_reasons'
  | 'high_risk_at'
  | 'subjects_due_at'
  | 'subjects_told_at'
  | 'subjects_exception'
>;

function timed(dueAt: string, doneAt: string | null, now: Date): BreachClock['status'] {
  if (doneAt) return doneAt <= dueAt ? 'met' : 'late';
  return now.getTime() > new Date(dueAt).getTime() ? 'overdue' : 'running';
}

/** Datatilsynet's clock (as controller only): 72 hours from awareness, stopped by the first notification. */
export function authorityClock(
  row: ClockRow,
  notifications: readonly BreachNotificationRow[],
  now: Date,
): BreachClock | null {
  if (!hasControllerDuty(row.capacity)) return null;
  const dueAt = addHours(row.aware_at, authorityNoticeHours);
  const first = [...notifications].sort((a, b) => a.sent_at.localeCompare(b.sent_at))[0];
  const notRequired = !first && row.risk === 'none';
  return {
    key: 'authority',
    party: 'authority',
    label: 'Datatilsynet',
    organisationId: null,
    startsAt: row.aware_at,
    hours: authorityNoticeHours,
    promisedHours: null,
    undueDelay: false,
    dueAt,
    agreement: null,
    basis: 'Art. 33(1): within 72 hours of becoming aware, counted in real hours',
    explanation: clockExplanation(row.aware_at, authorityNoticeHours, dueAt),
    status: notRequired ? 'not-required' : timed(dueAt, first?.sent_at ?? null, now),
    doneAt: first?.sent_at ?? null,
    note: notRequired
      ? 'Assessed as unlikely to result in a risk to people: Datatilsynet is not notified (the decision and its reasons are recorded)'
      : null,
  };
}

export function customerClock(row: ClockRow, customer: NamedCustomerRow, now: Date): BreachClock {
  const promised = customer.notice_hours;
  const hours = customerClockHours(promised);
  const undueDelay = promised === null;
  // The due time stored when the customer was added: older records keep the time they were given.
  const dueAt = customer.due_at;
  const agreement =
    customer.agreement_id !== null
      ? { id: customer.agreement_id, reference: customer.agreement_reference ?? `#${customer.agreement_id}` }
      : null;
  const capped = promised !== null && promised > hours;
  const flag = noticeHoursFlagged(promised)
    ? ` A promise above ${processorNoticeLimitHours} hours leaves the customer too little of its own 72: the agreement is flagged.`
    : '';
  const basis = agreement
    ? undueDelay
      ? `Agreement ${agreement.reference} sets no period: without undue delay (Art. 33(2)); our target is ${undueDelayTargetHours} hours`
      : capped
        ? `Agreement ${agreement.reference} promises ${promised} hours, but without undue delay (Art. 33(2)) our target is ${undueDelayTargetHours}: the shorter applies.${flag}`
        : `Agreement ${agreement.reference}: within ${promised} hours of becoming aware`
    : `No processor agreement in force names a period: without undue delay (Art. 33(2)); our target is ${undueDelayTargetHours} hours`;
  const stored = Math.round((new Date(dueAt).getTime() - new Date(row.aware_at).getTime()) / hourMs);
  return {
    key: `customer:${customer.organisation_id}`,
    party: 'customer',
    label: customer.name,
    organisationId: customer.organisation_id,
    startsAt: row.aware_at,
    hours: undueDelay ? null : stored,
    promisedHours: capped ? promised : null,
    undueDelay,
    dueAt,
    agreement,
    basis,
    explanation: clockExplanation(row.aware_at, stored, dueAt, undueDelay || capped),
    status: timed(dueAt, customer.told_at, now),
    doneAt: customer.told_at,
    note: null,
  };
}

/**
 * Telling the people affected (Art. 34): without undue delay once the breach is assessed as high
 * risk; the register aims at the target hours from that assessment (stored with it). An exception of
 * Art. 34(3) makes it not required.
 */
export function subjectsClock(row: ClockRow, now: Date): BreachClock | null {
  if (!hasControllerDuty(row.capacity) || row.risk !== 'high' || !row.high_risk_at || !row.subjects_due_at)
    return null;
  const hours = Math.round(
    (new Date(row.subjects_due_at).getTime() - new Date(row.high_risk_at).getTime()) / hourMs,
  );
  const exception = row.subjects_exception as SubjectException | null;
  return {
    key: 'subjects',
    party: 'subjects',
    label: 'The people affected',
    organisationId: null,
    startsAt: row.high_risk_at,
    hours,
    promisedHours: null,
    undueDelay: true,
    dueAt: row.subjects_due_at,
    agreement: null,
    basis: `Art. 34(1): without undue delay once the risk is assessed as high; our target is ${hours} hours`,
    explanation: clockExplanation(row.high_risk_at, hours, row.subjects_due_at, true, 'high risk'),
    status:
      exception && !row.subjects_told_at
        ? 'not-required'
        : timed(row.subjects_due_at, row.subjects_told_at, now),
    doneAt: row.subjects_told_at,
    note:
      exception && !row.subjects_told_at
        ? `Exception of Art. 34(3): ${subjectExceptionShort[exception].toLowerCase()}`
        : null,
  };
}

/**
 * Every clock of a breach: Datatilsynet's and the people's as controller, one per customer as
 * processor; a breach of both our own and customers' data has them all.
 */
export function breachClocks(
  row: ClockRow,
  customers: readonly NamedCustomerRow[],
  notifications: readonly BreachNotificationRow[],
  now: Date,
): BreachClock[] {
  const authority = authorityClock(row, notifications, now);
  const subjects = subjectsClock(row, now);
  const clocks = hasProcessorDuty(row.capacity) ? customers.map((c) => customerClock(row, c, now)) : [];
  return [...(authority ? [authority] : []), ...(subjects ? [subjects] : []), ...clocks];
}

export function isRunning(clock: BreachClock): boolean {
  return clock.status === 'running' || clock.status === 'overdue';
}

/** The running clock due first, or null. */
export function nextClock(clocks: readonly BreachClock[]): BreachClock | null {
  return (
    clocks
      .filter(isRunning)
      .sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.key.localeCompare(b.key))[0] ?? null
  );
}

type ObligationRow = ClockRow &
  Pick<
    BreachRow,
    | 'subjects_told_at'
    | 'subjects_exception'
    | 'number'
    | 'state'
    | 'capacity'
    | 'description'
    | 'consequences'
    | 'measures_taken'
  >;

/** What must be met or decided before a breach is closed; the same list the screen shows. */
export function obligationsOf(
  row: ObligationRow,
  customers: readonly NamedCustomerRow[],
  notifications: readonly BreachNotificationRow[],
): BreachObligation[] {
  const list: BreachObligation[] = [
    {
      key: 'assessed',
      label: 'The data protection officer has assessed the risk to people',
      met: row.risk !== null,
      detail: row.risk === null ? 'Only the data protection officer assesses a breach' : null,
    },
  ];
  const missing = [
    row.description?.trim() ? null : 'what happened',
    row.consequences?.trim() ? null : 'its likely consequences',
    row.measures_taken?.trim() ? null : 'the measures taken',
  ].filter((part): part is string => part !== null);
  list.push({
    key: 'record',
    label: 'The record of Art. 33(5) is complete: what happened, its effects and the measures taken',
    met: missing.length === 0,
    detail: missing.length === 0 ? null : `Record ${missing.join(', ')} (Edit)`,
  });
  if (hasControllerDuty(row.capacity)) {
    const notified = notifications.length > 0;
    if (row.risk === 'none' && !notified) {
      list.push({
        key: 'authority',
        label: 'The decision not to notify Datatilsynet is recorded with its reasons',
        met: Boolean(row.no_notification_reasons),
        detail: null,
      });
    } else {
      list.push({
        key: 'authority',
        label: 'Datatilsynet notified (Art. 33(1))',
        met: notified,
        detail: row.risk === null ? 'Notify, or record why not, once the risk is assessed' : null,
      });
      if (row.risk !== null)
        list.push({
          key: 'authority-final',
          label: 'The notification is complete: the final phase is recorded (Art. 33(4))',
          met: notifications.some((notification) => notification.phase === 'final'),
          detail: null,
        });
    }
    if (row.risk === 'high')
      list.push({
        key: 'subjects',
        label: 'The people affected are told, or an exception of Art. 34(3) is recorded',
        met: Boolean(row.subjects_told_at || row.subjects_exception),
        detail: null,
      });
  }
  if (hasProcessorDuty(row.capacity)) {
    for (const customer of customers)
      list.push({
        key: `customer:${customer.organisation_id}`,
        label: `${customer.name} told of the breach (Art. 33(2))`,
        met: customer.told_at !== null,
        detail: null,
      });
  }
  return list;
}

/** Keeps the stored earliest running clock (`next_due_at`) of a breach in step with its record. */
export async function refreshBreachClock(db: Knex | Knex.Transaction, id: number, now: Date): Promise<void> {
  const row = (await findBreach(db, id)) as BreachRow;
  const clocks = breachClocks(row, await breachCustomers(db, [id]), await breachNotifications(db, [id]), now);
  const next = row.state === 'closed' ? null : (nextClock(clocks)?.dueAt ?? null);
  if (next !== row.next_due_at) await updateBreachRow(db, id, { next_due_at: next });
}
