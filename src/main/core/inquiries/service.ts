import { compareDates } from '../../../shared/calendar';
import { osloDate } from '../../../shared/oslo';
import type { InquiryDetail, InquiryFields, InquirySummary } from '../../../shared/inquiries/contract';
import { earliestInquiryDate, inquiryNumber } from '../../../shared/inquiries/rules';
import type { ValidationIssue } from '../../../shared/errors';
import { hasAnyRole } from '../../../shared/roles';
import { phoneKey } from '../cases/keys';
import { throwIssues } from '../cases/support';
import { isoNow } from '../clock';
import { historyOf } from '../audit/service';
import { breachesOfInquiry } from '../breaches/repository';
import type { Ctx } from '../context';
import { invalidField, notFound, ruleViolation } from '../errors';
import { findUserById } from '../users/repository';
import { findOrganisation } from '../organisations/repository';
import {
  casesOfInquiry,
  findInquiry,
  type InquiryRow,
  type InquiryScope,
  insertInquiry,
  type NamedInquiryRow,
  summaryRows,
  updateInquiry,
} from './repository';
import type { InquiryListInput } from './filter-repository';
import { type InquiryPage, pageOfInquiries } from './list-repository';
import { shortSearchWindow } from './search-repository';
import { toDetail, toSummary } from './view';
import { withRestrictions } from '../erasure/restricted';

/** Clocks of two machines never agree to the second: a received time this far ahead is still "now". */
const clockSkewMs = 60_000;

/** Lists count exactly up to this many rows and say "more than" beyond. */
export const countLimit = 10_000;

/** The most rows one export writes; a larger selection must be narrowed first. */
export const exportLimit = 100_000;

export function scopeOf(ctx: Ctx): InquiryScope {
  return hasAnyRole(ctx.actor.roles, ['dpo', 'admin']) || ctx.actor.userId === null
    ? { kind: 'all' }
    : { kind: 'own', userId: ctx.actor.userId };
}

export function today(ctx: Ctx) {
  return osloDate(ctx.clock.now());
}

function visibleTo(scope: InquiryScope, row: InquiryRow): boolean {
  return scope.kind === 'all' || row.logged_by_id === scope.userId || row.assigned_to_id === scope.userId;
}

/**
 * The inquiry, if it exists, is not deleted, and the actor may see it. A colleague's inquiry is
 * answered exactly like a missing one: an agent learns nothing of inquiries that are not theirs.
 */
export async function requireInquiry(ctx: Ctx, id: number): Promise<NamedInquiryRow> {
  const row = await findInquiry(ctx.db, id);
  if (!row || row.deleted_at || !visibleTo(scopeOf(ctx), row)) throw notFound('Inquiry', id);
  return row;
}

function rightsOf(ctx: Ctx) {
  return { canEdit: true, canDelete: hasAnyRole(ctx.actor.roles, ['admin']) };
}

async function linkedCases(ctx: Ctx, id: number) {
  const rows = await casesOfInquiry(ctx.db, id);
  return rows.map((row) => ({
    id: row.id,
    number: row.number,
    state: row.state,
    dueDate: row.due_date,
    openedFrom: Boolean(row.opened_from),
  }));
}

async function detailOf(ctx: Ctx, id: number): Promise<InquiryDetail> {
  const row = (await findInquiry(ctx.db, id)) as NamedInquiryRow;
  const [detail] = await withRestrictions(ctx.db, 'inquiry', [
    toDetail(row, today(ctx), rightsOf(ctx), await linkedCases(ctx, id), await breachesOfInquiry(ctx.db, id)),
  ]);
  return detail;
}

/** Names of the rows an inquiry points to, as checked (null: not looked up, it did not change). */
interface CheckedNames {
  onBehalfOf: string | null;
  assignedTo: string | null;
}

/** The rules a schema cannot check: time, and rows that must exist. */
async function checkFields(ctx: Ctx, fields: InquiryFields, before?: InquiryRow): Promise<CheckedNames> {
  const names: CheckedNames = { onBehalfOf: null, assignedTo: null };
  const issues: ValidationIssue[] = [];
  const now = ctx.clock.now().getTime();
  const received = new Date(fields.receivedAt);
  if (received.getTime() > now + clockSkewMs)
    issues.push({ path: 'receivedAt', message: 'The received time cannot be in the future' });
  else if (compareDates(osloDate(received), earliestInquiryDate) < 0)
    issues.push({ path: 'receivedAt', message: 'Check the year: the received time is before 2000' });
  if (
    fields.followUpOn &&
    fields.followUpOn !== before?.follow_up_on &&
    compareDates(fields.followUpOn, today(ctx)) < 0
  )
    issues.push({ path: 'followUpOn', message: 'A new follow-up date cannot be in the past' });
  throwIssues(issues);

  if (fields.onBehalfOfId !== null && fields.onBehalfOfId !== before?.on_behalf_of_id) {
    const organisation = await findOrganisation(ctx.db, fields.onBehalfOfId);
    if (!organisation) throw invalidField('onBehalfOfId', 'Choose a customer company from the list');
    if (!organisation.is_customer)
      throw invalidField('onBehalfOfId', `${organisation.name} is not registered as a customer`);
    if (!organisation.active) throw invalidField('onBehalfOfId', `${organisation.name} is no longer active`);
    names.onBehalfOf = organisation.name;
  }
  const assignee = fields.assignedToId ?? before?.assigned_to_id ?? ctx.actor.userId;
  if (assignee === null || assignee === undefined)
    throw invalidField('assignedToId', 'Choose the agent the inquiry is assigned to');
  // The one logging it was found active when the call was authorised.
  if (assignee !== before?.assigned_to_id && assignee !== ctx.actor.userId) {
    const user = await findUserById(ctx.db, assignee);
    if (!user || !user.active) throw invalidField('assignedToId', 'Choose an active colleague');
    names.assignedTo = user.display_name;
  } else if (assignee === ctx.actor.userId) names.assignedTo = ctx.actor.displayName;
  return names;
}

function columnsOf(ctx: Ctx, fields: InquiryFields, before?: InquiryRow) {
  const closing = fields.status === 'closed';
  const wasClosed = before?.status === 'closed';
  const now = isoNow(ctx.clock);
  return {
    channel: fields.channel,
    direction: fields.direction,
    received_at: new Date(fields.receivedAt).toISOString(),
    received_date: osloDate(fields.receivedAt),
    on_behalf_of_id: fields.onBehalfOfId,
    person_name: fields.personName ?? null,
    person_phone: fields.personPhone ?? null,
    person_phone_key: phoneKey(fields.personPhone),
    person_email: fields.personEmail ?? null,
    person_reference: fields.personReference ?? null,
    no_contact_reason: fields.personPhone || fields.personEmail ? null : (fields.noContactReason ?? null),
    category: fields.category,
    summary: fields.summary,
    notes: fields.notes ?? null,
    status: fields.status,
    outcome: fields.outcome ?? null,
    follow_up_on: fields.followUpOn,
    assigned_to_id: (fields.assignedToId ?? before?.assigned_to_id ?? ctx.actor.userId) as number,
    call_seconds: fields.channel === 'phone' ? fields.callSeconds : null,
    closed_at: closing ? (wasClosed ? before.closed_at : now) : null,
    closed_by: closing ? (wasClosed ? before.closed_by : ctx.actor.displayName) : null,
    updated_at: now,
  };
}

/** The fields of a row as the audit log keeps them (the same names as the form). */
function auditView(row: Partial<InquiryRow>) {
  return {
    channel: row.channel,
    direction: row.direction,
    receivedAt: row.received_at,
    onBehalfOfId: row.on_behalf_of_id,
    personName: row.person_name,
    personPhone: row.person_phone,
    personEmail: row.person_email,
    personReference: row.person_reference,
    noContactReason: row.no_contact_reason,
    category: row.category,
    summary: row.summary,
    notes: row.notes,
    status: row.status,
    outcome: row.outcome,
    followUpOn: row.follow_up_on,
    assignedToId: row.assigned_to_id,
    callSeconds: row.call_seconds,
  };
}

function changedOnly(before: Record<string, unknown>, after: Record<string, unknown>) {
  const keys = Object.keys(after).filter((key) => (before[key] ?? null) !== (after[key] ?? null));
  return {
    before: Object.fromEntries(keys.map((key) => [key, before[key] ?? null])),
    after: Object.fromEntries(keys.map((key) => [key, after[key] ?? null])),
  };
}

export async function createInquiry(ctx: Ctx, fields: InquiryFields): Promise<InquiryDetail> {
  if (ctx.actor.userId === null) throw ruleViolation('Only a signed-in user can log an inquiry.');
  const names = await checkFields(ctx, fields);
  const now = isoNow(ctx.clock);
  const row = {
    ...columnsOf(ctx, fields),
    logged_by_id: ctx.actor.userId,
    created_at: now,
    deleted_at: null,
    deleted_by: null,
    delete_reason: null,
  };
  const id = await insertInquiry(ctx.db, row);
  await ctx.audit({ action: 'create', entityType: 'inquiry', entityId: id, after: auditView(row) });
  // Everything the detail shows is known already: the row as written and the names just checked.
  const logged: NamedInquiryRow = {
    ...row,
    id,
    on_behalf_of_name: names.onBehalfOf,
    assigned_to_name: names.assignedTo,
    logged_by_name: ctx.actor.displayName,
  };
  return toDetail(logged, today(ctx), rightsOf(ctx), [], []);
}

export async function updateInquiryFields(
  ctx: Ctx,
  id: number,
  fields: InquiryFields,
): Promise<InquiryDetail> {
  const before = await requireInquiry(ctx, id);
  await checkFields(ctx, fields, before);
  const changes = columnsOf(ctx, fields, before);
  const diff = changedOnly(auditView(before), auditView(changes));
  if (Object.keys(diff.after).length === 0) return detailOf(ctx, id);
  await updateInquiry(ctx.db, id, changes);
  await ctx.audit({ action: 'update', entityType: 'inquiry', entityId: id, ...diff });
  return detailOf(ctx, id);
}

export async function closeInquiry(ctx: Ctx, id: number, outcome: string): Promise<InquiryDetail> {
  const before = await requireInquiry(ctx, id);
  if (before.status === 'closed') throw ruleViolation(`${inquiryNumber(id)} is already closed.`);
  const changes = {
    status: 'closed',
    outcome,
    closed_at: isoNow(ctx.clock),
    closed_by: ctx.actor.displayName,
    updated_at: isoNow(ctx.clock),
  };
  await updateInquiry(ctx.db, id, changes);
  await ctx.audit({
    action: 'close',
    entityType: 'inquiry',
    entityId: id,
    before: { status: before.status, outcome: before.outcome },
    after: { status: 'closed', outcome },
  });
  return detailOf(ctx, id);
}

export async function reopenInquiry(ctx: Ctx, id: number): Promise<InquiryDetail> {
  const before = await requireInquiry(ctx, id);
  if (before.status !== 'closed') throw ruleViolation(`${inquiryNumber(id)} is not closed.`);
  await updateInquiry(ctx.db, id, {
    status: 'open',
    closed_at: null,
    closed_by: null,
    updated_at: isoNow(ctx.clock),
  });
  await ctx.audit({
    action: 'reopen',
    entityType: 'inquiry',
    entityId: id,
    before: { status: 'closed', outcome: before.outcome },
    after: { status: 'open' },
  });
  return detailOf(ctx, id);
}

export async function deleteInquiry(ctx: Ctx, id: number, reason: string) {
  const row = await findInquiry(ctx.db, id);
  if (!row) throw notFound('Inquiry', id);
  if (row.deleted_at) throw ruleViolation(`${inquiryNumber(id)} is already deleted.`);
  await updateInquiry(ctx.db, id, {
    deleted_at: isoNow(ctx.clock),
    deleted_by: ctx.actor.displayName,
    delete_reason: reason,
  });
  await ctx.audit({
    action: 'delete',
    entityType: 'inquiry',
    entityId: id,
    before: { summary: row.summary },
    after: { deleted: true, reason },
  });
  return { id, number: inquiryNumber(id) };
}

export async function restoreInquiry(ctx: Ctx, id: number): Promise<InquiryDetail> {
  const row = await findInquiry(ctx.db, id);
  if (!row) throw notFound('Inquiry', id);
  if (!row.deleted_at) throw ruleViolation(`${inquiryNumber(id)} is not deleted.`);
  await updateInquiry(ctx.db, id, { deleted_at: null, deleted_by: null, delete_reason: null });
  await ctx.audit({
    action: 'restore',
    entityType: 'inquiry',
    entityId: id,
    before: { deleted: true, reason: row.delete_reason },
    after: { deleted: false },
  });
  return detailOf(ctx, id);
}

/** Reading one inquiry is audited: it holds personal data. */
export async function getInquiry(ctx: Ctx, id: number): Promise<InquiryDetail> {
  const row = await requireInquiry(ctx, id);
  await ctx.audit({ action: 'read', entityType: 'inquiry', entityId: id });
  const [detail] = await withRestrictions(ctx.db, 'inquiry', [
    toDetail(row, today(ctx), rightsOf(ctx), await linkedCases(ctx, id), await breachesOfInquiry(ctx.db, id)),
  ]);
  return detail;
}

/** What was changed, by whom and when (reads and lists are left out). */
/** The audit entries whose payload only the DPO and administrators may read (a hold's reason may name people). */
const holdActions = new Set(['legal-hold', 'lift-legal-hold']);

export async function inquiryHistory(ctx: Ctx, id: number) {
  await requireInquiry(ctx, id);
  const entries = (await historyOf(ctx, 'inquiry', id)).filter((entry) => entry.action !== 'read');
  if (hasAnyRole(ctx.actor.roles, ['dpo', 'admin'])) return entries;
  return entries.map((entry) =>
    holdActions.has(entry.action) ? { ...entry, before: null, after: null, labels: {} } : entry,
  );
}

export async function listInquiries(
  ctx: Ctx,
  input: InquiryListInput,
): Promise<{ rows: InquirySummary[]; total: number; capped: boolean; notice?: string }> {
  const scope = scopeOf(ctx);
  const day = today(ctx);
  const page = await pageOfInquiries(ctx.db, input, scope, day, countLimit);
  const { ids, total } = page;
  const found = await summaryRows(ctx.db, ids);
  const byId = new Map(found.map((row) => [row.id, row]));
  const rows = await withRestrictions(
    ctx.db,
    'inquiry',
    ids.flatMap((id) => byId.get(id) ?? []).map((row) => toSummary(row, day)),
  );
  await ctx.audit({ action: 'list', entityType: 'inquiry', after: { filter: input, shown: ids } });
  const notice = listNotice(page, input.sort);
  return {
    rows,
    total: Math.min(total, countLimit),
    capped: page.sortedWithin === null && total > countLimit,
    ...(notice ? { notice } : {}),
  };
}

const sortWords: Record<InquiryListInput['sort'], string> = {
  receivedAt: 'received time',
  followUpOn: 'follow-up date',
  personName: 'name',
  status: 'status',
  category: 'category',
};

/** What the list tells the person when it looked at fewer inquiries than they might think. */
function listNotice(page: InquiryPage, sort: InquiryListInput['sort']): string | undefined {
  const notes: string[] = [];
  if (page.shortSearch)
    notes.push(
      `A search of one or two characters looks at the newest ${shortSearchWindow.toLocaleString('en-GB')} inquiries only; type a third character to search them all.`,
    );
  if (page.sortedWithin !== null)
    notes.push(
      `More than ${page.sortedWithin.toLocaleString('en-GB')} inquiries match: the newest ${page.sortedWithin.toLocaleString('en-GB')} of them are sorted by ${sortWords[sort]}. Narrow the search or filters to sort them all.`,
    );
  return notes.length > 0 ? notes.join(' ') : undefined;
}
