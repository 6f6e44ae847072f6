import type { BreachClock, BreachObligation } from '../../../shared/breaches/contract';
import {
  authorityNoticeHours,
  hasControllerDuty,
  hasProcessorDuty,
  processorNoticeLimitHours,
  type SubjectException,
  undueDelayTargetHours,
} from '../../../shared/breaches/rules';
import { english, phrase, type Phrase } from '../../../shared/i18n/phrases';
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
  from: 'aware' | 'highRisk' = 'aware',
): Phrase {
  const shift = osloOffsetMinutes(dueAt) - osloOffsetMinutes(startsAt);
  const base = phrase(target ? 'coreBreaches:explanationTarget' : 'coreBreaches:explanation', {
    from: phrase(`coreBreaches:${from}`),
    start: formatOslo(startsAt, false),
    hours,
    due: formatOslo(dueAt, false),
  });
  if (shift > 0) return phrase('coreBreaches:summerTimeBegan', { base, hours });
  if (shift < 0) return phrase('coreBreaches:summerTimeEnded', { base, hours });
  return base;
}

/** A clock's words: each in English beside its phrase. */
function worded(texts: { label: Phrase; basis: Phrase; explanation: Phrase; note: Phrase | null }) {
  return {
    label: english(texts.label),
    labelText: texts.label,
    basis: english(texts.basis),
    basisText: texts.basis,
    explanation: english(texts.explanation),
    explanationText: texts.explanation,
    note: texts.note && english(texts.note),
    noteText: texts.note,
  };
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
    organisationId: null,
    startsAt: row.aware_at,
    hours: authorityNoticeHours,
    promisedHours: null,
    undueDelay: false,
    dueAt,
    agreement: null,
    ...worded({
      // A name: the same in both languages.
      label: phrase('coreBreaches:datatilsynet'),
      basis: phrase('coreBreaches:basisAuthority'),
      explanation: clockExplanation(row.aware_at, authorityNoticeHours, dueAt),
      note: notRequired ? phrase('coreBreaches:noteNoRisk') : null,
    }),
    status: notRequired ? 'not-required' : timed(dueAt, first?.sent_at ?? null, now),
    doneAt: first?.sent_at ?? null,
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
  const terms = {
    reference: agreement?.reference ?? '',
    promised,
    target: undueDelayTargetHours,
    limit: processorNoticeLimitHours,
  };
  const basis = agreement
    ? undueDelay
      ? phrase('coreBreaches:basisNoPeriod', terms)
      : capped
        ? phrase(
            noticeHoursFlagged(promised) ? 'coreBreaches:basisCappedFlagged' : 'coreBreaches:basisCapped',
            terms,
          )
        : phrase('coreBreaches:basisPromised', terms)
    : phrase('coreBreaches:basisNoAgreement', terms);
  const stored = Math.round((new Date(dueAt).getTime() - new Date(row.aware_at).getTime()) / hourMs);
  return {
    key: `customer:${customer.organisation_id}`,
    party: 'customer',
    organisationId: customer.organisation_id,
    startsAt: row.aware_at,
    hours: undueDelay ? null : stored,
    promisedHours: capped ? promised : null,
    undueDelay,
    dueAt,
    agreement,
    ...worded({
      label: phrase('coreBreaches:name', { name: customer.name }),
      basis,
      explanation: clockExplanation(row.aware_at, stored, dueAt, undueDelay || capped),
      note: null,
    }),
    status: timed(dueAt, customer.told_at, now),
    doneAt: customer.told_at,
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
    organisationId: null,
    startsAt: row.high_risk_at,
    hours,
    promisedHours: null,
    undueDelay: true,
    dueAt: row.subjects_due_at,
    agreement: null,
    ...worded({
      label: phrase('coreBreaches:peopleAffected'),
      basis: phrase('coreBreaches:basisSubjects', { hours }),
      explanation: clockExplanation(row.high_risk_at, hours, row.subjects_due_at, true, 'highRisk'),
      note:
        exception && !row.subjects_told_at
          ? phrase('coreBreaches:noteException', { exception: phrase(`coreBreaches:exception.${exception}`) })
          : null,
    }),
    status:
      exception && !row.subjects_told_at
        ? 'not-required'
        : timed(row.subjects_due_at, row.subjects_told_at, now),
    doneAt: row.subjects_told_at,
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

function obligation(
  key: string,
  met: boolean,
  label: Phrase,
  detail: Phrase | null = null,
): BreachObligation {
  return {
    key,
    label: english(label),
    labelText: label,
    met,
    detail: detail && english(detail),
    detailText: detail,
  };
}

/** What must be met or decided before a breach is closed; the same list the screen shows. */
export function obligationsOf(
  row: ObligationRow,
  customers: readonly NamedCustomerRow[],
  notifications: readonly BreachNotificationRow[],
): BreachObligation[] {
  const list: BreachObligation[] = [
    obligation(
      'assessed',
      row.risk !== null,
      phrase('coreBreaches:assessed'),
      row.risk === null ? phrase('coreBreaches:assessedDetail') : null,
    ),
  ];
  const missing = [
    row.description?.trim() ? null : phrase('coreBreaches:whatHappened'),
    row.consequences?.trim() ? null : phrase('coreBreaches:consequences'),
    row.measures_taken?.trim() ? null : phrase('coreBreaches:measuresTaken'),
  ].filter((part): part is Phrase => part !== null);
  list.push(
    obligation(
      'record',
      missing.length === 0,
      phrase('coreBreaches:record'),
      missing.length === 0 ? null : phrase('coreBreaches:recordDetail', { missing }),
    ),
  );
  if (hasControllerDuty(row.capacity)) {
    const notified = notifications.length > 0;
    if (row.risk === 'none' && !notified) {
      list.push(
        obligation('authority', Boolean(row.no_notification_reasons), phrase('coreBreaches:noNotification')),
      );
    } else {
      list.push(
        obligation(
          'authority',
          notified,
          phrase('coreBreaches:authorityNotified'),
          row.risk === null ? phrase('coreBreaches:authorityNotifiedDetail') : null,
        ),
      );
      if (row.risk !== null)
        list.push(
          obligation(
            'authority-final',
            notifications.some((notification) => notification.phase === 'final'),
            phrase('coreBreaches:authorityFinal'),
          ),
        );
    }
    if (row.risk === 'high')
      list.push(
        obligation(
          'subjects',
          Boolean(row.subjects_told_at || row.subjects_exception),
          phrase('coreBreaches:subjectsTold'),
        ),
      );
  }
  if (hasProcessorDuty(row.capacity)) {
    for (const customer of customers)
      list.push(
        obligation(
          `customer:${customer.organisation_id}`,
          customer.told_at !== null,
          phrase('coreBreaches:customerTold', { name: customer.name }),
        ),
      );
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
