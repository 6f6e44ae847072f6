import { osloDate } from '../../../shared/oslo';
import type {
  CaseDetail,
  CaseListStatus,
  CaseSummary,
  PossibleDuplicate,
} from '../../../shared/cases/contract';
import {
  type Capacity,
  type CaseChannel,
  type Priority,
  type RepresentativeRelation,
  type RequestType,
} from '../../../shared/cases/rules';
import type { ValidationIssue } from '../../../shared/errors';
import { isoNow } from '../clock';
import type { Ctx } from '../context';
import { invalidField } from '../errors';
import { requireOrganisation } from '../organisations/service';
import { readSettings } from '../settings/service';
import { refreshRunningPauses, storedClock } from './clock';
import { emailKey, frameList, nameKey, phoneKey } from './keys';
import {
  type CaseFilter,
  type CaseSort,
  casesWithNames,
  countOfCases,
  filteredCases,
  isShortCaseSearch,
  pageOfCaseIds,
  shortCaseSearchWindow,
} from './list-repository';
import {
  blankCase,
  type CaseChanges,
  type CaseRow,
  findCase,
  insertCase,
  lastSequence,
  updateCaseRow,
} from './repository';
import {
  checkPastDate,
  detailOf,
  gdprInNorway,
  recordEvent,
  requireCase,
  requireHandler,
  requireOpenCase,
  saveCase,
  throwIssues,
  todayOf,
  userName,
} from './support';
import { syncTasks } from './tasks';
import { planVerification, replanVerification } from './verification';
import { findDuplicateRows, toSummary } from './view';
import { withRestrictions } from '../erasure/restricted';
import { phrase, type Phrase } from '../../../shared/i18n/phrases';
import { caseOpened, changed, describeChanges, verbatim } from './lines';

export interface CaseDetailFields {
  personName: string;
  personEmail?: string;
  personPhone?: string;
  personAddress?: string;
  personReference?: string;
  types: RequestType[];
  channel: CaseChannel;
  capacity: Capacity;
  customerId: number | null;
  representative: { name: string; relation: RepresentativeRelation; contact?: string } | null;
  priority: Priority;
  notes?: string;
}

export interface NewCaseFields extends CaseDetailFields {
  receivedDate: string;
  handlerId: number | null;
  /** The exact moment of receipt, when the case comes from a logged inquiry. */
  receivedAt?: string;
}

function personColumns(fields: CaseDetailFields) {
  return {
    person_name: fields.personName,
    person_name_key: nameKey(fields.personName),
    person_email: fields.personEmail ?? null,
    person_email_key: emailKey(fields.personEmail),
    person_phone: fields.personPhone ?? null,
    person_phone_key: phoneKey(fields.personPhone),
    person_address: fields.personAddress ?? null,
    person_reference: fields.personReference ?? null,
  };
}

async function checkCustomer(ctx: Ctx, fields: CaseDetailFields): Promise<void> {
  if (fields.customerId === null) return;
  const customer = await requireOrganisation(ctx, fields.customerId);
  if (!customer.is_customer)
    throw invalidField('customerId', `${customer.name} is not registered as a customer`);
}

export function duplicateKeys(fields: {
  personName?: string;
  personEmail?: string;
  personPhone?: string;
  customerId?: number | null;
}) {
  return {
    nameKey: fields.personName ? nameKey(fields.personName) : null,
    emailKey: emailKey(fields.personEmail),
    phoneKey: phoneKey(fields.personPhone),
    customerId: fields.customerId ?? null,
  };
}

async function nextNumber(ctx: Ctx): Promise<string> {
  const year = Number(osloDate(ctx.clock.now()).slice(0, 4));
  return `${year}-${String((await lastSequence(ctx.db, year)) + 1).padStart(4, '0')}`;
}

/**
 * Opens a case. The clock starts on the day the request reached any channel of the company; the
 * verification checklist comes from the templates; possible duplicates are returned to warn, never
 * to copy anything from (a duplicate is verified on its own).
 */
export async function createCase(
  ctx: Ctx,
  fields: NewCaseFields,
): Promise<{ id: number; number: string; duplicates: PossibleDuplicate[]; row: CaseRow }> {
  const today = todayOf(ctx);
  const issues: ValidationIssue[] = [];
  checkPastDate(issues, 'receivedDate', fields.receivedDate, today, {
    date: gdprInNorway,
    message: 'The GDPR applies in Norway from 20.07.2018; a request cannot be older',
  });
  throwIssues(issues);
  await checkCustomer(ctx, fields);
  await requireHandler(ctx, fields.handlerId);
  const now = isoNow(ctx.clock);
  const number = await nextNumber(ctx);
  const draft: Omit<CaseRow, 'id'> = {
    ...blankCase(now, today),
    number,
    ...personColumns(fields),
    customer_org_id: fields.customerId,
    capacity: fields.capacity,
    rep_name: fields.representative?.name ?? null,
    rep_relation: fields.representative?.relation ?? null,
    rep_contact: fields.representative?.contact ?? null,
    request_types: frameList(fields.types),
    channel: fields.channel,
    priority: fields.priority,
    handler_id: fields.handlerId,
    notes: fields.notes ?? null,
    received_date: fields.receivedDate,
    received_at: fields.receivedAt ?? null,
    created_by: ctx.actor.userId,
    created_by_name: ctx.actor.displayName,
  };
  const settings = await readSettings(ctx.db);
  const id = await insertCase(ctx.db, { ...draft, ...storedClock({ ...draft, id: 0 }, settings, today) });
  const verification = await planVerification(ctx, id, fields);
  await updateCaseRow(ctx.db, id, verification);
  await syncTasks(ctx, id, fields.capacity, fields.types);
  const row = (await findCase(ctx.db, id)) as CaseRow;
  const duplicates = await findDuplicateRows(ctx.db, duplicateKeys(fields), id);
  await recordEvent(
    ctx,
    id,
    'created',
    caseOpened({
      types: fields.types,
      received: fields.receivedDate,
      channel: fields.channel,
      due: row.due_date,
      noVerificationNeeded: row.verification_result === 'not-needed',
      duplicates: duplicates.map((dup) => dup.number),
    }),
  );
  await ctx.audit({
    action: 'create',
    entityType: 'case',
    entityId: id,
    after: { number, ...fields, dueDate: row.due_date, duplicates: duplicates.map((dup) => dup.number) },
  });
  return { id, number, duplicates, row };
}

export async function updateCase(ctx: Ctx, id: number, fields: CaseDetailFields): Promise<CaseDetail> {
  const row = await requireOpenCase(ctx, id);
  await checkCustomer(ctx, fields);
  const representativeChanged =
    (fields.representative?.name ?? null) !== row.rep_name ||
    (fields.representative?.relation ?? null) !== row.rep_relation;
  let changes: CaseChanges = {
    ...personColumns(fields),
    customer_org_id: fields.customerId,
    capacity: fields.capacity,
    rep_name: fields.representative?.name ?? null,
    rep_relation: fields.representative?.relation ?? null,
    rep_contact: fields.representative?.contact ?? null,
    request_types: frameList(fields.types),
    channel: fields.channel,
    priority: fields.priority,
    notes: fields.notes ?? null,
  };
  // A different representative must show their own authority.
  if (representativeChanged)
    changes = {
      ...changes,
      rep_authority_evidence: null,
      rep_authority_note: null,
      rep_authority_checked_at: null,
      rep_authority_checked_by: null,
    };
  const described = describeChanges(row, changes);
  if (described.length === 0) return detailOf(ctx, row);
  const notes: Phrase[] = [];
  const requestChanged =
    changes.request_types !== row.request_types ||
    changes.channel !== row.channel ||
    changes.capacity !== row.capacity;
  if (requestChanged) {
    const replanned = await replanVerification(ctx, row, fields);
    changes = { ...changes, ...replanned.changes };
    if (replanned.note) notes.push(replanned.note);
    const sync = await syncTasks(ctx, row.id, fields.capacity, fields.types);
    if (sync.added > 0) notes.push(phrase('timelineCase:tasksAdded', { number: sync.added }));
    if (sync.removed > 0) notes.push(phrase('timelineCase:openTasksRemoved', { number: sync.removed }));
  }
  if (fields.capacity === 'controller' && row.capacity === 'processor') changes.customer_deadline = null;
  await saveCase(ctx, row, changes);
  await recordEvent(ctx, row.id, 'updated', changed(described, notes));
  const before = Object.fromEntries(Object.keys(changes).map((key) => [key, row[key as keyof CaseRow]]));
  await ctx.audit({ action: 'update', entityType: 'case', entityId: row.id, before, after: changes });
  return detailOf(ctx, row);
}

export async function assignCase(ctx: Ctx, id: number, handlerId: number | null): Promise<CaseDetail> {
  const row = await requireOpenCase(ctx, id);
  await requireHandler(ctx, handlerId);
  if (row.handler_id === handlerId) return detailOf(ctx, row);
  await saveCase(ctx, row, { handler_id: handlerId });
  await recordEvent(
    ctx,
    row.id,
    'assigned',
    handlerId === null
      ? phrase('coreTimeline:unassigned')
      : phrase('coreTimeline:assigned', { name: await userName(ctx, handlerId) }),
  );
  await ctx.audit({
    action: 'assign',
    entityType: 'case',
    entityId: row.id,
    before: { handlerId: row.handler_id },
    after: { handlerId },
  });
  return detailOf(ctx, row);
}

export async function addNote(ctx: Ctx, id: number, text: string): Promise<CaseDetail> {
  const row = await requireCase(ctx, id);
  await saveCase(ctx, row, {});
  await recordEvent(ctx, row.id, 'note', verbatim(text));
  await ctx.audit({ action: 'note', entityType: 'case', entityId: row.id, after: { text } });
  return detailOf(ctx, row);
}

/** Reading a case is a read of personal data: always audited. */
export async function getCase(ctx: Ctx, id: number): Promise<CaseDetail> {
  const row = await requireCase(ctx, id);
  await ctx.audit({ action: 'read', entityType: 'case', entityId: row.id });
  return detailOf(ctx, row);
}

export async function findDuplicates(
  ctx: Ctx,
  input: {
    personName?: string;
    personEmail?: string;
    personPhone?: string;
    customerId?: number | null;
    excludeId?: number;
  },
): Promise<PossibleDuplicate[]> {
  const keys = duplicateKeys(input);
  const found = await findDuplicateRows(ctx.db, keys, input.excludeId);
  if (found.length > 0)
    await ctx.audit({
      action: 'duplicate-check',
      entityType: 'case',
      after: { matches: found.map((dup) => dup.number) },
    });
  return found;
}

export async function listCases(
  ctx: Ctx,
  input: CaseFilter & {
    page: number;
    pageSize: number;
    sort: CaseSort;
    direction: 'asc' | 'desc';
  },
): Promise<{ rows: CaseSummary[]; total: number; notice?: string }> {
  await refreshRunningPauses(ctx);
  const settings = await readSettings(ctx.db);
  const today = todayOf(ctx);
  const total = await countOfCases(ctx.db, input, today, settings.dueSoonDays);
  // The page's ids first (an index walk, narrow rows), then those rows with their names.
  const ids = await pageOfCaseIds(
    ctx.db,
    () => filteredCases(ctx.db, input, today, settings.dueSoonDays),
    input,
  );
  const found = await casesWithNames(ctx.db, ids);
  const byId = new Map(found.map((row) => [row.id, row]));
  const rows = ids.flatMap((id) => byId.get(id) ?? []);
  const summaries = await withRestrictions(
    ctx.db,
    'case',
    rows.map((row) => toSummary(row, settings, today)),
  );
  await ctx.audit({
    action: 'list',
    entityType: 'case',
    after: { filter: input, shown: summaries.map((row) => row.number) },
  });
  const notice = isShortCaseSearch(input.q)
    ? `A search of one or two characters looks at the newest ${shortCaseSearchWindow.toLocaleString('en-GB')} cases only; type a third character to search them all.`
    : undefined;
  return { rows: summaries, total: Number(total), ...(notice ? { notice } : {}) };
}

export async function caseCounts(ctx: Ctx) {
  await refreshRunningPauses(ctx);
  const settings = await readSettings(ctx.db);
  const today = todayOf(ctx);
  const count = async (status: CaseListStatus) => {
    const [{ n }] = await filteredCases(ctx.db, { status }, today, settings.dueSoonDays).count({ n: '*' });
    return Number(n);
  };
  return {
    open: await count('open'),
    overdue: await count('overdue'),
    dueSoon: await count('due-soon'),
    extensionNoticeNeeded: await count('extension-notice-needed'),
    toForward: await count('to-forward'),
    awaitingPerson: await count('awaiting-person'),
    dueSoonDays: settings.dueSoonDays,
    today,
  };
}
