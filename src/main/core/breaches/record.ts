import type { BreachDetail, BreachDetailFields, NewBreachFields } from '../../../shared/breaches/contract';
import {
  breachNumber,
  dataTypeKeys,
  hasControllerDuty,
  hasSpecialCategories,
  subjectCategories,
} from '../../../shared/breaches/rules';
import { formatOslo, osloDate } from '../../../shared/oslo';
import { frameList } from '../cases/keys';
import { isoNow } from '../clock';
import type { Ctx } from '../context';
import { invalidField, ruleViolation } from '../errors';
import { breachClocks, customerTerms } from './clocks';
import {
  breachCustomers,
  breachNotifications,
  type BreachRow,
  customerOrganisations,
  deleteCustomers,
  insertBreach,
  insertCustomer,
  lastBreachSequence,
  processorAgreements,
  stepsNotTaken,
  updateBreachRow,
  updateCustomer,
} from './repository';
import { phrase } from '../../../shared/i18n/phrases';
import { verbatim } from '../cases/lines';
import { breachChanged, breachRecorded } from './lines';
import {
  checkTimes,
  detailOf,
  iso,
  isoOrNull,
  recordEvent,
  refreshClock,
  requireBreach,
  requireOpenBreach,
  saveBreach,
} from './support';

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
    ...stepsNotTaken,
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
export async function addNote(ctx: Ctx, id: number, text: string): Promise<BreachDetail> {
  const row = await requireBreach(ctx, id);
  await updateBreachRow(ctx.db, row.id, { updated_at: isoNow(ctx.clock) });
  await recordEvent(ctx, id, 'note', verbatim(text));
  await ctx.audit({ action: 'note', entityType: 'breach', entityId: id, after: { text } });
  return detailOf(ctx, id);
}
