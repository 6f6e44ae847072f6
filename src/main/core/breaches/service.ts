import type {
  BreachDetail,
  BreachDetailFields,
  BreachFilter,
  BreachSummary,
  breachSortFields,
  NewBreachFields,
  ReportedBreach,
} from '../../../shared/breaches/contract';
import {
  authorityNoticeHours,
  breachNumber,
  type CustomerNoticeMethod,
  dataTypeKeys,
  hasControllerDuty,
  hasProcessorDuty,
  hasSpecialCategories,
  type NotificationPhase,
  type RiskLevel,
  subjectCategories,
  type SubjectException,
  type SubjectNoticeMethod,
} from '../../../shared/breaches/rules';
import { durationPhrase } from '../../../shared/breaches/time';
import { addDays } from '../../../shared/calendar';
import { formatOslo, osloDate, osloStartOfDay } from '../../../shared/oslo';
import type { ValidationIssue } from '../../../shared/errors';
import { inquiryChannelLabels, inquiryNumber, type InquiryChannel } from '../../../shared/inquiries/rules';
import { historyOf } from '../audit/service';
import { frameList } from '../cases/keys';
import { throwIssues } from '../cases/support';
import { isoNow } from '../clock';
import type { Ctx } from '../context';
import { conflict, invalidField, notFound, ruleViolation } from '../errors';
import { requireInquiry } from '../inquiries/service';
import { readSettings } from '../settings/service';
import { addHours, breachClocks, customerTerms, obligationsOf, refreshBreachClock } from './clocks';
import {
  type BreachChanges,
  breachCustomers,
  breachEvents,
  breachNotifications,
  type BreachQueryFilter,
  type BreachRow,
  breachesByIds,
  customerOrganisations,
  deleteCustomers,
  filteredBreaches,
  findBreach,
  findInquiryLink,
  insertBreach,
  insertBreachEvent,
  insertCustomer,
  insertInquiryLink,
  insertNotification,
  lastBreachSequence,
  linkedInquiries,
  processorAgreements,
  updateBreachRow,
  updateCustomer,
} from './repository';
import { toDetail, toSummary } from './view';
import { withRestrictions } from '../erasure/restricted';
import { phrase, type Phrase } from '../../../shared/i18n/phrases';
import { storedLine } from '../timeline';
import { verbatim } from '../cases/lines';
import {
  assessed,
  authorityNotified,
  breachChanged,
  breachClosed,
  breachRecorded,
  customerTold,
  subjectsException,
  subjectsTold,
} from './lines';

/** Clocks of two machines never agree to the second: a time this far ahead is still "now". */
const clockSkewMs = 60_000;

/** The GDPR applies in Norway from 20 July 2018; no breach under it can be older. */
const gdprInNorway = '2018-07-20T00:00:00.000Z';

const iso = (value: string) => new Date(value).toISOString();
const isoOrNull = (value: string | null | undefined) => (value ? iso(value) : null);

export async function requireBreach(ctx: Ctx, id: number): Promise<BreachRow> {
  const row = await findBreach(ctx.db, id);
  if (!row) throw notFound('Breach', id);
  return row;
}

async function requireOpenBreach(ctx: Ctx, id: number): Promise<BreachRow> {
  const row = await requireBreach(ctx, id);
  if (row.state === 'closed')
    throw ruleViolation(`Breach ${row.number} is closed; its record can no longer be changed.`);
  return row;
}

/** A line on the breach's timeline: its English kept as `summary`, its phrase for the reader's language. */
export async function recordEvent(ctx: Ctx, breachId: number, kind: string, line: Phrase): Promise<void> {
  await insertBreachEvent(ctx.db, {
    breach_id: breachId,
    at: isoNow(ctx.clock),
    actor_id: ctx.actor.userId,
    actor_name: ctx.actor.displayName,
    kind,
    ...storedLine(line),
  });
}

/** Keeps the stored earliest running clock in step with the record, after every change. */
async function refreshClock(ctx: Ctx, id: number): Promise<void> {
  await refreshBreachClock(ctx.db, id, ctx.clock.now());
}

/** Writes the changes, stamps `updated_at` and recomputes the stored clock. */
async function saveBreach(ctx: Ctx, row: BreachRow, changes: BreachChanges): Promise<void> {
  await updateBreachRow(ctx.db, row.id, { ...changes, updated_at: isoNow(ctx.clock) });
  await refreshClock(ctx, row.id);
}

export async function detailOf(ctx: Ctx, id: number): Promise<BreachDetail> {
  const row = (await findBreach(ctx.db, id)) as BreachRow;
  const [detail] = await withRestrictions(ctx.db, 'breach', [
    toDetail(row, {
      customers: await breachCustomers(ctx.db, [id]),
      notifications: await breachNotifications(ctx.db, [id]),
      inquiries: await linkedInquiries(ctx.db, id),
      events: await breachEvents(ctx.db, id),
      now: ctx.clock.now(),
    }),
  ]);
  return detail;
}

/** An instant a person gave: not in the future, not before `earliest`. */
function checkInstant(
  ctx: Ctx,
  issues: ValidationIssue[],
  path: string,
  value: string | null | undefined,
  earliest?: { at: string; message: string },
): void {
  if (!value) return;
  const at = new Date(value).getTime();
  if (at > ctx.clock.now().getTime() + clockSkewMs)
    issues.push({ path, message: 'The time cannot be in the future' });
  else if (earliest && at < new Date(earliest.at).getTime()) issues.push({ path, message: earliest.message });
}

function checkTimes(
  ctx: Ctx,
  awareAt: string,
  fields: { occurredFrom: string | null; occurredTo: string | null },
): void {
  const issues: ValidationIssue[] = [];
  checkInstant(ctx, issues, 'awareAt', awareAt, {
    at: gdprInNorway,
    message: 'The GDPR applies in Norway from 20.07.2018; check the year',
  });
  checkInstant(ctx, issues, 'occurredFrom', fields.occurredFrom, {
    at: '2000-01-01T00:00:00.000Z',
    message: 'Check the year: the time is before 2000',
  });
  if (
    fields.occurredFrom &&
    !issues.some((issue) => issue.path === 'occurredFrom') &&
    new Date(fields.occurredFrom).getTime() > new Date(awareAt).getTime()
  )
    issues.push({
      path: 'occurredFrom',
      message: 'A breach happens before we become aware of it; check both times',
    });
  throwIssues(issues);
}

async function checkCustomers(ctx: Ctx, ids: readonly number[]): Promise<Map<number, string>> {
  const rows = await customerOrganisations(ctx.db, ids);
  const byId = new Map(rows.map((row) => [row.id, row]));
  for (const id of ids) {
    const organisation = byId.get(id);
    if (!organisation) throw invalidField('customerIds', 'Choose the customers from the list');
    if (!organisation.is_customer)
      throw invalidField('customerIds', `${organisation.name} is not registered as a customer`);
  }
  return new Map(rows.map((row) => [row.id, row.name]));
}

async function addCustomers(ctx: Ctx, breachId: number, awareAt: string, ids: readonly number[]) {
  const agreements = await processorAgreements(ctx.db, ids);
  for (const organisationId of ids)
    await insertCustomer(ctx.db, {
      breach_id: breachId,
      organisation_id: organisationId,
      ...customerTerms(agreements, organisationId, awareAt),
      told_at: null,
      told_how: null,
      told_to: null,
      note: null,
      late_reason: null,
      recorded_by: null,
    });
}

function ordered<T extends string>(vocabulary: readonly T[], values: readonly T[]): T[] {
  return vocabulary.filter((value) => values.includes(value));
}

function detailColumns(fields: BreachDetailFields) {
  const types = ordered(dataTypeKeys, fields.dataTypes);
  return {
    title: fields.title,
    description: fields.description,
    occurred_from: isoOrNull(fields.occurredFrom),
    occurred_to: isoOrNull(fields.occurredTo),
    discovery: fields.discovery ?? null,
    capacity: fields.capacity,
    subject_categories: frameList(ordered(subjectCategories, fields.subjectCategories)),
    subjects_approx: fields.subjectsApprox,
    data_types: frameList(types),
    special_categories: hasSpecialCategories(types),
    records_approx: fields.recordsApprox,
    consequences: fields.consequences ?? null,
    measures_taken: fields.measuresTaken ?? null,
    measures_planned: fields.measuresPlanned ?? null,
    contact_point: fields.contactPoint ?? null,
  };
}

async function nextNumber(ctx: Ctx): Promise<string> {
  const year = Number(osloDate(ctx.clock.now()).slice(0, 4));
  return breachNumber(year, (await lastBreachSequence(ctx.db, year)) + 1);
}

/**
 * Records a breach. It awaits the DPO's assessment; the clocks run from `awareAt` whatever the
 * assessment will say, because Art. 33(1) counts from awareness, not from the assessment.
 */
export async function createBreach(
  ctx: Ctx,
  fields: NewBreachFields,
): Promise<{ id: number; number: string }> {
  const awareAt = iso(fields.awareAt);
  checkTimes(ctx, awareAt, fields);
  await checkCustomers(ctx, fields.customerIds);
  const now = isoNow(ctx.clock);
  const number = await nextNumber(ctx);
  const id = await insertBreach(ctx.db, {
    number,
    state: 'reported',
    ...detailColumns(fields),
    aware_at: awareAt,
    risk: null,
    risk_reasons: null,
    no_notification_reasons: null,
    assessed_by_id: null,
    assessed_by_name: null,
    assessed_at: null,
    high_risk_at: null,
    subjects_due_at: null,
    subjects_told_at: null,
    subjects_how: null,
    subjects_count: null,
    subjects_message: null,
    subjects_exception: null,
    subjects_explanation: null,
    public_notice_at: null,
    public_notice_where: null,
    subjects_recorded_by: null,
    subjects_recorded_at: null,
    next_due_at: null,
    closed_at: null,
    closed_by: null,
    closing_note: null,
    reported_by_id: ctx.actor.userId,
    reported_by_name: ctx.actor.displayName,
    created_at: now,
    updated_at: now,
  });
  await addCustomers(ctx, id, awareAt, fields.customerIds);
  await refreshClock(ctx, id);
  const [clock] = breachClocks(
    {
      aware_at: awareAt,
      capacity: fields.capacity,
      risk: null,
      no_notification_reasons: null,
      high_risk_at: null,
      subjects_due_at: null,
      subjects_told_at: null,
      subjects_exception: null,
    },
    await breachCustomers(ctx.db, [id]),
    [],
    ctx.clock.now(),
  );
  await recordEvent(ctx, id, 'created', breachRecorded(awareAt, clock));
  await ctx.audit({
    action: 'create',
    entityType: 'breach',
    entityId: id,
    after: { number, ...fields, awareAt },
  });
  return { id, number };
}

/** From an inquiry: any user who may see it; the default awareness is when the inquiry reached us. */
export async function reportFromInquiry(
  ctx: Ctx,
  input: { inquiryId: number; awareAt?: string; description?: string },
): Promise<ReportedBreach> {
  const inquiry = await requireInquiry(ctx, input.inquiryId);
  const number = inquiryNumber(inquiry.id);
  const existing = await findInquiryLink(ctx.db, { inquiry_id: inquiry.id, reported_from: true });
  if (existing) {
    const breach = await findBreach(ctx.db, existing.breach_id);
    throw conflict(`Breach ${breach?.number ?? existing.breach_id} was already reported from ${number}.`);
  }
  const customerIds = inquiry.on_behalf_of_id === null ? [] : [inquiry.on_behalf_of_id];
  const created = await createBreach(ctx, {
    title: inquiry.summary.slice(0, 200),
    description: input.description ?? inquiry.notes ?? inquiry.summary,
    occurredFrom: null,
    occurredTo: null,
    discovery: `Reported to the call centre by ${inquiryChannelLabels[
      inquiry.channel as InquiryChannel
    ].toLowerCase()} (${number}), logged by ${inquiry.logged_by_name ?? 'an agent'}`,
    capacity: customerIds.length > 0 ? 'processor' : 'controller',
    customerIds,
    subjectCategories: [],
    subjectsApprox: null,
    dataTypes: [],
    recordsApprox: null,
    consequences: undefined,
    measuresTaken: undefined,
    measuresPlanned: undefined,
    contactPoint: undefined,
    awareAt: input.awareAt ?? inquiry.received_at,
  });
  await insertInquiryLink(ctx.db, {
    breach_id: created.id,
    inquiry_id: inquiry.id,
    linked_at: isoNow(ctx.clock),
    linked_by: ctx.actor.displayName,
    reported_from: true,
  });
  await recordEvent(
    ctx,
    created.id,
    'linked',
    phrase('coreTimeline:reportedFromInquiry', { number, name: ctx.actor.displayName }),
  );
  await ctx.audit({
    action: 'report-breach',
    entityType: 'inquiry',
    entityId: inquiry.id,
    after: { breach: created.number },
  });
  return { id: created.id, number: created.number, state: 'reported', reportedFrom: true };
}

function changedColumns(row: BreachRow, after: Record<string, unknown>) {
  // SQLite keeps booleans as 0 and 1.
  const before = (key: string) => {
    const value = row[key as keyof BreachRow] ?? null;
    return typeof after[key] === 'boolean' ? Boolean(value) : value;
  };
  const keys = Object.keys(after).filter(
    (key) => JSON.stringify(before(key)) !== JSON.stringify(after[key] ?? null),
  );
  return {
    keys,
    before: Object.fromEntries(keys.map((key) => [key, before(key)])),
    after: Object.fromEntries(keys.map((key) => [key, after[key] ?? null])),
  };
}

export async function updateBreach(ctx: Ctx, id: number, fields: BreachDetailFields): Promise<BreachDetail> {
  const row = await requireOpenBreach(ctx, id);
  checkTimes(ctx, row.aware_at, fields);
  const customers = await breachCustomers(ctx.db, [id]);
  const notifications = await breachNotifications(ctx.db, [id]);
  if (hasControllerDuty(row.capacity) && !hasControllerDuty(fields.capacity) && notifications.length > 0)
    throw ruleViolation(
      `Datatilsynet was notified of ${row.number} as our own breach; our own data stays affected (choose both, if customers' data is affected too).`,
    );
  if (
    hasControllerDuty(row.capacity) &&
    !hasControllerDuty(fields.capacity) &&
    (row.subjects_told_at || row.subjects_exception)
  )
    throw ruleViolation(
      `What the people affected by ${row.number} were told is recorded; our own data stays affected (choose both, if customers' data is affected too).`,
    );
  const current = customers.map((customer) => customer.organisation_id);
  const removed = customers.filter((customer) => !fields.customerIds.includes(customer.organisation_id));
  const told = removed.find((customer) => customer.told_at !== null);
  if (told)
    throw invalidField(
      'customerIds',
      `${told.name} was told of the breach on ${formatOslo(told.told_at)}; it stays on the record`,
    );
  const added = fields.customerIds.filter((customerId) => !current.includes(customerId));
  const names = await checkCustomers(ctx, added);

  const columns = detailColumns(fields);
  const diff = changedColumns(row, columns);
  if (diff.keys.length === 0 && added.length === 0 && removed.length === 0) return detailOf(ctx, id);
  await deleteCustomers(
    ctx.db,
    id,
    removed.map((customer) => customer.organisation_id),
  );
  await addCustomers(ctx, id, row.aware_at, added);
  await saveBreach(ctx, row, columns);
  await recordEvent(
    ctx,
    id,
    'updated',
    breachChanged(
      diff.keys,
      added.map((key) => String(names.get(key))),
      removed.map((customer) => customer.name),
    ),
  );
  await ctx.audit({
    action: 'update',
    entityType: 'breach',
    entityId: id,
    before: { ...diff.before, customerIds: current },
    after: { ...diff.after, customerIds: fields.customerIds },
  });
  return detailOf(ctx, id);
}

/**
 * Corrects when we became aware, with a reason. Every clock moves with it, so it is refused once
 * anyone was notified against the old time: a follow-up to Datatilsynet corrects it there.
 */
export async function changeAwareness(
  ctx: Ctx,
  id: number,
  awareAt: string,
  reason: string,
): Promise<BreachDetail> {
  const row = await requireOpenBreach(ctx, id);
  const at = iso(awareAt);
  checkTimes(ctx, at, { occurredFrom: row.occurred_from, occurredTo: row.occurred_to });
  const customers = await breachCustomers(ctx.db, [id]);
  const notifications = await breachNotifications(ctx.db, [id]);
  if (notifications.length > 0 || customers.some((customer) => customer.told_at !== null))
    throw ruleViolation(
      `Notifications of ${row.number} were made against the awareness time ${formatOslo(row.aware_at)}; it can no longer be changed. Correct it in a follow-up notification instead.`,
    );
  if (at === row.aware_at) return detailOf(ctx, id);
  const agreements = await processorAgreements(
    ctx.db,
    customers.map((customer) => customer.organisation_id),
  );
  for (const customer of customers)
    await updateCustomer(
      ctx.db,
      id,
      customer.organisation_id,
      customerTerms(agreements, customer.organisation_id, at),
    );
  await saveBreach(ctx, row, { aware_at: at });
  await recordEvent(
    ctx,
    id,
    'awareness',
    phrase('coreTimeline:awarenessCorrected', { from: formatOslo(row.aware_at), to: formatOslo(at), reason }),
  );
  await ctx.audit({
    action: 'change-awareness',
    entityType: 'breach',
    entityId: id,
    before: { awareAt: row.aware_at },
    after: { awareAt: at, reason },
  });
  return detailOf(ctx, id);
}

/** The DPO's assessment. "No risk" as controller needs the recorded decision not to notify, with reasons. */
export async function assessBreach(
  ctx: Ctx,
  id: number,
  input: { risk: RiskLevel; reasons: string; noNotificationReasons?: string },
): Promise<BreachDetail> {
  const row = await requireOpenBreach(ctx, id);
  const notifications = await breachNotifications(ctx.db, [id]);
  const decisionNeeded =
    hasControllerDuty(row.capacity) && input.risk === 'none' && notifications.length === 0;
  if (decisionNeeded && !input.noNotificationReasons)
    throw invalidField(
      'noNotificationReasons',
      'Record why Datatilsynet is not notified: the decision and its reasons are kept (Art. 33(5))',
    );
  const now = isoNow(ctx.clock);
  // The Art. 34 clock runs from the assessment that found a high risk; a reassessment that keeps it
  // high keeps the clock, one that lowers it stops it.
  const becomesHigh = input.risk === 'high' && row.risk !== 'high';
  const { subjectNoticeHours } = await readSettings(ctx.db);
  const changes = {
    state: 'assessed' as const,
    risk: input.risk,
    risk_reasons: input.reasons,
    no_notification_reasons: decisionNeeded ? (input.noNotificationReasons ?? null) : null,
    assessed_by_id: ctx.actor.userId,
    assessed_by_name: ctx.actor.displayName,
    assessed_at: now,
    high_risk_at: input.risk !== 'high' ? null : becomesHigh ? now : row.high_risk_at,
    subjects_due_at:
      input.risk !== 'high' ? null : becomesHigh ? addHours(now, subjectNoticeHours) : row.subjects_due_at,
  };
  await saveBreach(ctx, row, changes);
  const reassessed = row.risk !== null;
  await recordEvent(
    ctx,
    id,
    'assessed',
    assessed({
      reassessed,
      capacity: row.capacity,
      risk: input.risk,
      reasons: input.reasons,
      noNotificationReasons: input.noNotificationReasons,
      subjectsDueAt: changes.subjects_due_at,
    }),
  );
  await ctx.audit({
    action: 'assess',
    entityType: 'breach',
    entityId: id,
    before: {
      state: row.state,
      risk: row.risk,
      reasons: row.risk_reasons,
      noNotificationReasons: row.no_notification_reasons,
    },
    after: {
      state: 'assessed',
      risk: input.risk,
      reasons: input.reasons,
      noNotificationReasons: changes.no_notification_reasons,
    },
  });
  return detailOf(ctx, id);
}

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

export async function linkInquiry(ctx: Ctx, id: number, inquiryId: number): Promise<BreachDetail> {
  const row = await requireBreach(ctx, id);
  await requireInquiry(ctx, inquiryId);
  if (await findInquiryLink(ctx.db, { breach_id: id, inquiry_id: inquiryId }))
    throw conflict(`${inquiryNumber(inquiryId)} is already linked to ${row.number}.`);
  await insertInquiryLink(ctx.db, {
    breach_id: id,
    inquiry_id: inquiryId,
    linked_at: isoNow(ctx.clock),
    linked_by: ctx.actor.displayName,
    reported_from: false,
  });
  await recordEvent(
    ctx,
    id,
    'linked',
    phrase('coreTimeline:inquiryLinked', { number: inquiryNumber(inquiryId) }),
  );
  await ctx.audit({ action: 'link-inquiry', entityType: 'breach', entityId: id, after: { inquiryId } });
  return detailOf(ctx, id);
}

export async function addNote(ctx: Ctx, id: number, text: string): Promise<BreachDetail> {
  const row = await requireBreach(ctx, id);
  await updateBreachRow(ctx.db, row.id, { updated_at: isoNow(ctx.clock) });
  await recordEvent(ctx, id, 'note', verbatim(text));
  await ctx.audit({ action: 'note', entityType: 'breach', entityId: id, after: { text } });
  return detailOf(ctx, id);
}

/** Closing needs every obligation met or decided: the assessment, the notifications, the people told. */
export async function closeBreach(ctx: Ctx, id: number, note?: string): Promise<BreachDetail> {
  const row = await requireOpenBreach(ctx, id);
  const obligations = obligationsOf(
    row,
    await breachCustomers(ctx.db, [id]),
    await breachNotifications(ctx.db, [id]),
  );
  const unmet = obligations.filter((obligation) => !obligation.met);
  if (unmet.length > 0)
    throw ruleViolation({
      key: 'breachNotClosable',
      params: {
        number: row.number,
        unmet: { list: unmet.map((obligation) => obligation.labelText), join: '; ', lowerFirst: true },
      },
    });
  const changes = {
    state: 'closed' as const,
    closed_at: isoNow(ctx.clock),
    closed_by: ctx.actor.displayName,
    closing_note: note ?? null,
  };
  await saveBreach(ctx, row, changes);
  await recordEvent(ctx, id, 'closed', breachClosed(note));
  await ctx.audit({
    action: 'close',
    entityType: 'breach',
    entityId: id,
    before: { state: row.state },
    after: changes,
  });
  return detailOf(ctx, id);
}

/** Reading a breach is a read of personal data: always audited. */
export async function getBreach(ctx: Ctx, id: number): Promise<BreachDetail> {
  await requireBreach(ctx, id);
  await ctx.audit({ action: 'read', entityType: 'breach', entityId: id });
  return detailOf(ctx, id);
}

export async function breachHistory(ctx: Ctx, id: number) {
  await requireBreach(ctx, id);
  return (await historyOf(ctx, 'breach', id)).filter((entry) => entry.action !== 'read');
}

export function queryFilter(filter: BreachFilter): BreachQueryFilter {
  return {
    state: filter.state,
    risk: filter.risk,
    capacity: filter.capacity,
    clock: filter.clock,
    awareFrom: filter.from ? osloStartOfDay(filter.from).toISOString() : undefined,
    awareUntil: filter.to ? osloStartOfDay(addDays(filter.to, 1)).toISOString() : undefined,
    q: filter.q,
  };
}

/** Summaries of these rows, with their customers and notifications read in two queries. */
export async function summariesOf(ctx: Ctx, rows: readonly BreachRow[]): Promise<BreachSummary[]> {
  const ids = rows.map((row) => row.id);
  const customers = await breachCustomers(ctx.db, ids);
  const notifications = await breachNotifications(ctx.db, ids);
  const now = ctx.clock.now();
  return rows.map((row) =>
    toSummary(
      row,
      customers.filter((customer) => customer.breach_id === row.id),
      notifications.filter((notification) => notification.breach_id === row.id),
      now,
    ),
  );
}

const sortOrder: Record<(typeof breachSortFields)[number], (direction: 'asc' | 'desc') => string> = {
  awareAt: (direction) => `breaches.aware_at ${direction}`,
  number: (direction) => `breaches.number ${direction}`,
  title: (direction) => `lower(breaches.title) ${direction}`,
  // Breaches with no running clock come last either way.
  nextDueAt: (direction) => `breaches.next_due_at is null, breaches.next_due_at ${direction}`,
  risk: (direction) =>
    `case breaches.risk when 'high' then 0 when 'risk' then 1 when 'none' then 2 else 3 end ${direction}`,
};

export async function listBreaches(
  ctx: Ctx,
  input: BreachFilter & {
    page: number;
    pageSize: number;
    sort: (typeof breachSortFields)[number];
    direction: 'asc' | 'desc';
  },
): Promise<{ rows: BreachSummary[]; total: number }> {
  const now = isoNow(ctx.clock);
  const filter = queryFilter(input);
  const [{ total }] = await filteredBreaches(ctx.db, filter, now).count({ total: '*' });
  const page: Array<{ id: number }> = await filteredBreaches(ctx.db, filter, now)
    .select('breaches.id')
    .orderByRaw(sortOrder[input.sort](input.direction))
    .orderBy('breaches.aware_at', 'desc')
    .orderBy('breaches.id', 'desc')
    .limit(input.pageSize)
    .offset(input.page * input.pageSize);
  const ids = page.map((row) => row.id);
  const byId = new Map((await breachesByIds(ctx.db, ids)).map((row) => [row.id, row]));
  const rows = await withRestrictions(
    ctx.db,
    'breach',
    await summariesOf(
      ctx,
      ids.flatMap((id) => byId.get(id) ?? []),
    ),
  );
  await ctx.audit({
    action: 'list',
    entityType: 'breach',
    after: { filter: input, shown: rows.map((row) => row.number) },
  });
  return { rows, total: Number(total) };
}

export async function breachCounts(ctx: Ctx) {
  const now = isoNow(ctx.clock);
  const count = async (filter: BreachQueryFilter) => {
    const [{ n }] = await filteredBreaches(ctx.db, filter, now).count({ n: '*' });
    return Number(n);
  };
  return {
    open: await count({ state: 'open' }),
    reported: await count({ state: 'reported' }),
    running: await count({ state: 'open', clock: 'running' }),
    overdue: await count({ state: 'open', clock: 'overdue' }),
    now,
  };
}
