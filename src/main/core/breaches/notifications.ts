import type { BreachDetail } from '../../../shared/breaches/contract';
import {
  authorityNoticeHours,
  type CustomerNoticeMethod,
  hasControllerDuty,
  hasProcessorDuty,
  type NotificationPhase,
  type SubjectException,
  type SubjectNoticeMethod,
} from '../../../shared/breaches/rules';
import { durationPhrase } from '../../../shared/breaches/time';
import { formatOslo } from '../../../shared/oslo';
import type { ValidationIssue } from '../../../shared/errors';
import { throwIssues } from '../cases/support';
import { isoNow } from '../clock';
import type { Ctx } from '../context';
import { conflict, invalidField, ruleViolation } from '../errors';
import { addHours } from './clocks';
import {
  breachCustomers,
  breachNotifications,
  type BreachRow,
  insertNotification,
  updateCustomer,
} from './repository';
import { authorityNotified, customerTold, subjectsException, subjectsTold } from './lines';
import {
  checkInstant,
  detailOf,
  iso,
  isoOrNull,
  recordEvent,
  requireOpenBreach,
  saveBreach,
} from './support';

/**
 * One phase of the notification to Datatilsynet (Art. 33(4)). The first stops the 72-hour clock;
 * made after it, it must carry the reasons for the delay (Art. 33(1)).
 */
export async function notifyAuthority(
  ctx: Ctx,
  id: number,
  input: {
    phase: NotificationPhase;
    sentAt: string;
    reference?: string;
    sentBy?: string;
    summary?: string;
    delayReasons?: string;
  },
): Promise<BreachDetail> {
  const row = await requireOpenBreach(ctx, id);
  if (!hasControllerDuty(row.capacity))
    throw ruleViolation(
      `In ${row.number} we are processor: we tell the customers, and they, as controllers, notify Datatilsynet.`,
    );
  if (row.risk === null)
    throw ruleViolation(
      `Breach ${row.number} has not been assessed yet; the data protection officer assesses the risk first.`,
    );
  const notifications = await breachNotifications(ctx.db, [id]);
  if (row.risk === 'none' && notifications.length === 0)
    throw ruleViolation(
      `Breach ${row.number} is assessed as unlikely to result in a risk, so Datatilsynet is not notified. Reassess it first if it is to be notified.`,
    );
  const last = notifications[notifications.length - 1];
  if (last?.phase === 'final')
    throw ruleViolation(`The final notification of ${row.number} is recorded; nothing follows it.`);
  if (!last && input.phase === 'follow-up')
    throw invalidField(
      'phase',
      'The first notification is the initial one, or the final one when everything is told at once',
    );
  if (last && input.phase === 'initial')
    throw invalidField(
      'phase',
      `The initial notification was recorded (${formatOslo(notifications[0].sent_at)}); this one is a follow-up or the final one`,
    );
  const sentAt = iso(input.sentAt);
  const issues: ValidationIssue[] = [];
  checkInstant(ctx, issues, 'sentAt', sentAt, {
    at: last?.sent_at ?? row.aware_at,
    message: last
      ? `The previous notification was sent ${formatOslo(last.sent_at)}; this one cannot be earlier`
      : `We became aware ${formatOslo(row.aware_at)}; the notification cannot be earlier`,
  });
  throwIssues(issues);
  const dueAt = addHours(row.aware_at, authorityNoticeHours);
  const late = !last && sentAt > dueAt;
  if (late && !input.delayReasons)
    throw invalidField('delayReasons', {
      key: 'notificationLate',
      params: {
        duration: durationPhrase(new Date(sentAt).getTime() - new Date(dueAt).getTime()),
        time: formatOslo(dueAt),
      },
    });
  const record = {
    breach_id: id,
    phase: input.phase,
    sent_at: sentAt,
    reference: input.reference ?? null,
    sent_by: input.sentBy ?? ctx.actor.displayName,
    summary: input.summary ?? null,
    delay_reasons: late ? (input.delayReasons ?? null) : null,
    recorded_by: ctx.actor.displayName,
    recorded_at: isoNow(ctx.clock),
  };
  await insertNotification(ctx.db, record);
  await saveBreach(ctx, row, {});
  await recordEvent(
    ctx,
    id,
    'notified',
    authorityNotified({
      phase: input.phase,
      sentAt,
      reference: record.reference,
      sentBy: record.sent_by,
      timing: last ? 'none' : late ? { dueAt, reasons: input.delayReasons } : 'in-time',
    }),
  );
  await ctx.audit({ action: 'notify-authority', entityType: 'breach', entityId: id, after: record });
  return detailOf(ctx, id);
}

/** As processor: that a customer (the controller) was told, when, how and to whom (Art. 33(2)). */
export async function notifyCustomer(
  ctx: Ctx,
  id: number,
  input: {
    organisationId: number;
    toldAt: string;
    how: CustomerNoticeMethod;
    toldTo: string;
    note?: string;
    lateReason?: string;
  },
): Promise<BreachDetail> {
  const row = await requireOpenBreach(ctx, id);
  if (!hasProcessorDuty(row.capacity))
    throw ruleViolation(`In ${row.number} we are controller: there is no customer to tell.`);
  const customer = (await breachCustomers(ctx.db, [id])).find(
    (candidate) => candidate.organisation_id === input.organisationId,
  );
  if (!customer)
    throw invalidField('organisationId', `That customer is not among those affected by ${row.number}`);
  if (customer.told_at)
    throw conflict(`${customer.name} was already recorded as told, ${formatOslo(customer.told_at)}.`);
  const toldAt = iso(input.toldAt);
  const issues: ValidationIssue[] = [];
  checkInstant(ctx, issues, 'toldAt', toldAt, {
    at: row.aware_at,
    message: `We became aware ${formatOslo(row.aware_at)}; the customer cannot have been told earlier`,
  });
  throwIssues(issues);
  const late = toldAt > customer.due_at;
  if (late && !input.lateReason)
    throw invalidField('lateReason', {
      key: customer.notice_hours === null ? 'customerToldLateTarget' : 'customerToldLateAgreement',
      params: {
        name: customer.name,
        duration: durationPhrase(new Date(toldAt).getTime() - new Date(customer.due_at).getTime()),
        time: formatOslo(customer.due_at),
      },
    });
  const changes = {
    told_at: toldAt,
    told_how: input.how,
    told_to: input.toldTo,
    note: input.note ?? null,
    late_reason: late ? (input.lateReason ?? null) : null,
    recorded_by: ctx.actor.displayName,
  };
  await updateCustomer(ctx.db, id, input.organisationId, changes);
  await saveBreach(ctx, row, {});
  await recordEvent(
    ctx,
    id,
    'customer',
    customerTold({
      name: customer.name,
      toldAt,
      how: input.how,
      toldTo: input.toldTo,
      late: late ? { dueAt: customer.due_at, reason: input.lateReason } : null,
    }),
  );
  await ctx.audit({
    action: 'notify-customer',
    entityType: 'breach',
    entityId: id,
    before: { organisationId: input.organisationId, toldAt: null },
    after: { organisationId: input.organisationId, ...changes },
  });
  return detailOf(ctx, id);
}

function requireControllerAssessed(row: BreachRow): void {
  if (!hasControllerDuty(row.capacity))
    throw ruleViolation(
      `In ${row.number} we are processor: the customers, as controllers, decide whether to tell the people affected (Art. 34).`,
    );
  if (row.risk === null)
    throw ruleViolation(
      `Breach ${row.number} has not been assessed yet; the risk decides what the people are told.`,
    );
  if (row.subjects_told_at || row.subjects_exception)
    throw conflict(`What the people affected by ${row.number} were told, or why not, is already recorded.`);
}

/** That the people affected were told (Art. 34(1)-(2)): when, how, how many, and what. */
export async function recordSubjectsTold(
  ctx: Ctx,
  id: number,
  input: { toldAt: string; how: SubjectNoticeMethod; count: number | null; message: string },
): Promise<BreachDetail> {
  const row = await requireOpenBreach(ctx, id);
  requireControllerAssessed(row);
  const toldAt = iso(input.toldAt);
  const issues: ValidationIssue[] = [];
  checkInstant(ctx, issues, 'toldAt', toldAt, {
    at: row.aware_at,
    message: `We became aware ${formatOslo(row.aware_at)}; the people cannot have been told earlier`,
  });
  throwIssues(issues);
  const changes = {
    subjects_told_at: toldAt,
    subjects_how: input.how,
    subjects_count: input.count,
    subjects_message: input.message,
    subjects_recorded_by: ctx.actor.displayName,
    subjects_recorded_at: isoNow(ctx.clock),
  };
  await saveBreach(ctx, row, changes);
  await recordEvent(ctx, id, 'subjects', subjectsTold(toldAt, input.how, input.count));
  await ctx.audit({ action: 'subjects-told', entityType: 'breach', entityId: id, after: changes });
  return detailOf(ctx, id);
}

/** The DPO's decision that an exception of Art. 34(3) applies, with its explanation (and public notice). */
export async function recordSubjectsException(
  ctx: Ctx,
  id: number,
  input: {
    exception: SubjectException;
    explanation: string;
    publicNoticeAt: string | null;
    publicNoticeWhere?: string;
  },
): Promise<BreachDetail> {
  const row = await requireOpenBreach(ctx, id);
  requireControllerAssessed(row);
  if (row.risk !== 'high')
    throw ruleViolation(
      `Only a high risk requires telling the people affected (Art. 34(1)); ${row.number} needs no exception.`,
    );
  const publicNoticeAt = input.exception === 'disproportionate' ? isoOrNull(input.publicNoticeAt) : null;
  const issues: ValidationIssue[] = [];
  checkInstant(ctx, issues, 'publicNoticeAt', publicNoticeAt, {
    at: row.aware_at,
    message: `We became aware ${formatOslo(row.aware_at)}; the notice cannot be earlier`,
  });
  throwIssues(issues);
  const changes = {
    subjects_exception: input.exception,
    subjects_explanation: input.explanation,
    public_notice_at: publicNoticeAt,
    public_notice_where: input.exception === 'disproportionate' ? (input.publicNoticeWhere ?? null) : null,
    subjects_recorded_by: ctx.actor.displayName,
    subjects_recorded_at: isoNow(ctx.clock),
  };
  await saveBreach(ctx, row, changes);
  await recordEvent(
    ctx,
    id,
    'subjects',
    subjectsException({
      exception: input.exception,
      explanation: input.explanation,
      publicNoticeAt,
      where: changes.public_notice_where,
    }),
  );
  await ctx.audit({ action: 'subjects-exception', entityType: 'breach', entityId: id, after: changes });
  return detailOf(ctx, id);
}
