import { compareDates } from '../../../shared/calendar';
import type { CaseDetail } from '../../../shared/cases/contract';
import {
  type Capacity,
  type ForwardingMethod,
  requestTypes,
  type RequestType,
  taskTemplatesFor,
  type TaskState,
  typesNeedingRecipients,
} from '../../../shared/cases/rules';
import type { ValidationIssue } from '../../../shared/errors';
import { isoNow } from '../clock';
import type { Ctx } from '../context';
import { conflict, notFoundInCase, ruleViolation } from '../errors';
import { requireOrganisation } from '../organisations/service';
import { requireGateOpen } from './gate';
import { unframeList } from './keys';
import type { CaseRow } from './repository';
import {
  caseRecipients,
  caseTasks,
  deleteRecipient,
  deleteTasks,
  insertRecipient,
  insertTaskComment,
  insertTasks,
  type TaskRow,
  updateRecipient,
  updateTask,
} from './tasks-repository';
import {
  checkPastDate,
  detailOf,
  recordEvent,
  requireHandler,
  requireOpenCase,
  saveCase,
  throwIssues,
  todayOf,
  userName,
} from './support';
import { phrase, type Phrase, type PhraseParam } from '../../../shared/i18n/phrases';
import { clause, forwarded, on } from './lines';
import { taskNamed } from './task-texts';

/** Template tasks sort by request type, then by their place in the type's list; added tasks come last. */
export function positionOf(type: RequestType | null, index: number): number {
  return (type === null ? 0 : (requestTypes.indexOf(type) + 1) * 100) + index;
}

/**
 * Brings a case's task list in line with its capacity and request types: the tasks of new types are
 * added; open tasks of types no longer on the case are removed; done work and added tasks stay.
 */
export async function syncTasks(
  ctx: Ctx,
  caseId: number,
  capacity: Capacity,
  types: readonly RequestType[],
): Promise<{ added: number; removed: number }> {
  const existing = await caseTasks(ctx.db, caseId);
  const desired = taskTemplatesFor(capacity, types);
  const desiredKeys = new Set(desired.map((task) => task.taskKey));
  const stale = existing.filter(
    (task) => task.task_key !== null && !desiredKeys.has(task.task_key) && task.state === 'open',
  );
  await deleteTasks(
    ctx.db,
    stale.map((task) => task.id),
  );
  const present = new Set(existing.map((task) => task.task_key));
  const indexInType = new Map<string, number>();
  const fresh = desired.filter((task) => !present.has(task.taskKey));
  await insertTasks(
    ctx.db,
    desired.flatMap((task) => {
      const group = task.type ?? 'processor';
      const index = (indexInType.get(group) ?? 0) + 1;
      indexInType.set(group, index);
      if (!fresh.includes(task)) return [];
      return [
        {
          case_id: caseId,
          position: positionOf(task.type, index),
          request_type: task.type,
          task_key: task.taskKey,
          label: task.label,
          help: task.help ?? null,
          effect: task.effect ?? null,
          state: 'open',
          state_note: null,
          done_at: null,
          done_by: null,
          assignee_id: null,
        },
      ];
    }),
  );
  return { added: fresh.length, removed: stale.length };
}

async function requireTask(ctx: Ctx, row: CaseRow, taskId: number): Promise<TaskRow> {
  const task = (await caseTasks(ctx.db, row.id)).find((candidate) => candidate.id === taskId);
  if (!task) throw notFoundInCase('Task', taskId, row.number);
  return task;
}

const stateWords: Record<TaskState, string> = {
  open: 'reopened',
  done: 'done',
  'not-applicable': 'marked not applicable',
};

function taskStateLine(state: TaskState, task: PhraseParam, note: string | undefined): Phrase {
  if (state === 'open') return phrase('coreTimeline:taskReopened', { task });
  if (state === 'done') return phrase('coreTimeline:taskDone', { task });
  return note
    ? phrase('timelineCase:taskNotApplicableBecause', { task, note })
    : phrase('coreTimeline:taskNotApplicable', { task });
}

export async function setTaskState(
  ctx: Ctx,
  caseId: number,
  taskId: number,
  state: TaskState,
  note: string | undefined,
): Promise<CaseDetail> {
  const row = await requireOpenCase(ctx, caseId);
  const task = await requireTask(ctx, row, taskId);
  if (task.state === state) throw conflict(`"${task.label}" is already ${stateWords[state]}.`);
  if (state === 'done' && task.effect) requireGateOpen(row, `"${task.label}"`);
  const now = isoNow(ctx.clock);
  const changes: Partial<TaskRow> = {
    state,
    state_note: state === 'not-applicable' ? (note ?? null) : state === 'done' ? (note ?? null) : null,
    done_at: state === 'open' ? null : now,
    done_by: state === 'open' ? null : ctx.actor.displayName,
  };
  await updateTask(ctx.db, task.id, changes);
  await saveCase(ctx, row, {});
  await recordEvent(ctx, row.id, 'task', taskStateLine(state, taskNamed(task), note));
  await ctx.audit({
    action: 'task-state',
    entityType: 'case',
    entityId: row.id,
    before: { taskId, label: task.label, state: task.state },
    after: { taskId, state, note: changes.state_note },
  });
  return detailOf(ctx, row);
}

export async function assignTask(
  ctx: Ctx,
  caseId: number,
  taskId: number,
  assigneeId: number | null,
): Promise<CaseDetail> {
  const row = await requireOpenCase(ctx, caseId);
  const task = await requireTask(ctx, row, taskId);
  await requireHandler(ctx, assigneeId, 'assigneeId');
  await updateTask(ctx.db, task.id, { assignee_id: assigneeId });
  await saveCase(ctx, row, {});
  const name = assigneeId === null ? phrase('timelineCase:nobody') : await userName(ctx, assigneeId);
  await recordEvent(
    ctx,
    row.id,
    'task',
    phrase('coreTimeline:taskAssigned', { name, task: taskNamed(task) }),
  );
  await ctx.audit({
    action: 'task-assign',
    entityType: 'case',
    entityId: row.id,
    before: { taskId, assigneeId: task.assignee_id },
    after: { taskId, assigneeId },
  });
  return detailOf(ctx, row);
}

export async function commentTask(
  ctx: Ctx,
  caseId: number,
  taskId: number,
  text: string,
): Promise<CaseDetail> {
  const row = await requireOpenCase(ctx, caseId);
  const task = await requireTask(ctx, row, taskId);
  await insertTaskComment(ctx.db, {
    task_id: task.id,
    case_id: row.id,
    at: isoNow(ctx.clock),
    by: ctx.actor.displayName,
    text,
  });
  await saveCase(ctx, row, {});
  await recordEvent(ctx, row.id, 'task', phrase('coreTimeline:taskComment', { task: taskNamed(task), text }));
  await ctx.audit({ action: 'task-comment', entityType: 'case', entityId: row.id, after: { taskId, text } });
  return detailOf(ctx, row);
}

export async function addTask(ctx: Ctx, caseId: number, label: string): Promise<CaseDetail> {
  const row = await requireOpenCase(ctx, caseId);
  const tasks = await caseTasks(ctx.db, row.id);
  await insertTasks(ctx.db, [
    {
      case_id: row.id,
      position: Math.max(10_000, ...tasks.map((task) => task.position + 1)),
      request_type: null,
      task_key: null,
      label,
      help: null,
      effect: null,
      state: 'open',
      state_note: null,
      done_at: null,
      done_by: null,
      assignee_id: null,
    },
  ]);
  await saveCase(ctx, row, {});
  await recordEvent(ctx, row.id, 'task', phrase('coreTimeline:taskAdded', { task: label }));
  await ctx.audit({ action: 'task-add', entityType: 'case', entityId: row.id, after: { label } });
  return detailOf(ctx, row);
}

function requireRecipientTypes(row: CaseRow): void {
  const types = typesNeedingRecipients(unframeList<RequestType>(row.request_types));
  if (types.length === 0) {
    throw ruleViolation(
      'Recipients are notified only of rectification, erasure or restriction (Art. 19); this case has none of them.',
    );
  }
}

export async function addRecipient(
  ctx: Ctx,
  caseId: number,
  input: { name: string; organisationId: number | null },
): Promise<CaseDetail> {
  const row = await requireOpenCase(ctx, caseId);
  requireRecipientTypes(row);
  if (input.organisationId !== null) await requireOrganisation(ctx, input.organisationId);
  const existing = await caseRecipients(ctx.db, row.id);
  if (existing.some((recipient) => recipient.name.toLowerCase() === input.name.toLowerCase()))
    throw conflict(`${input.name} is already on the list of recipients.`);
  const recipientId = await insertRecipient(ctx.db, {
    case_id: row.id,
    organisation_id: input.organisationId,
    name: input.name,
    notified_on: null,
    how: null,
    not_possible_reason: null,
    created_at: isoNow(ctx.clock),
  });
  await saveCase(ctx, row, {});
  await recordEvent(ctx, row.id, 'recipient', phrase('coreTimeline:recipientAdded', { name: input.name }));
  await ctx.audit({
    action: 'recipient-add',
    entityType: 'case',
    entityId: row.id,
    after: { recipientId, ...input },
  });
  return detailOf(ctx, row);
}

export async function notifyRecipient(
  ctx: Ctx,
  caseId: number,
  input: { recipientId: number; notifiedOn: string | null; how?: string; notPossibleReason?: string },
): Promise<CaseDetail> {
  const row = await requireOpenCase(ctx, caseId);
  const recipient = (await caseRecipients(ctx.db, row.id)).find(
    (candidate) => candidate.id === input.recipientId,
  );
  if (!recipient) throw notFoundInCase('Recipient', input.recipientId, row.number);
  // Telling a recipient to change or erase data acts on the request: the identity gate applies.
  if (input.notifiedOn) requireGateOpen(row, { key: 'gateTellRecipient', params: { name: recipient.name } });
  const issues: ValidationIssue[] = [];
  checkPastDate(issues, 'notifiedOn', input.notifiedOn, todayOf(ctx), {
    date: row.received_date,
    message: 'The recipient cannot have been told before the request arrived',
  });
  throwIssues(issues);
  const changes = {
    notified_on: input.notifiedOn,
    how: input.how ?? null,
    not_possible_reason: input.notifiedOn ? null : (input.notPossibleReason ?? null),
  };
  await updateRecipient(ctx.db, recipient.id, changes);
  await saveCase(ctx, row, {});
  await recordEvent(
    ctx,
    row.id,
    'recipient',
    input.notifiedOn
      ? phrase('timelineCase:recipientTold', {
          name: recipient.name,
          date: on(input.notifiedOn),
          how: clause(input.how, () => phrase('timelineCommon:parenthetical', { text: input.how! })),
        })
      : phrase('timelineCase:recipientNotTold', {
          name: recipient.name,
          reason: String(input.notPossibleReason),
        }),
  );
  await ctx.audit({
    action: 'recipient-notify',
    entityType: 'case',
    entityId: row.id,
    before: { recipientId: recipient.id, notifiedOn: recipient.notified_on },
    after: { recipientId: recipient.id, ...changes },
  });
  return detailOf(ctx, row);
}

export async function removeRecipient(ctx: Ctx, caseId: number, recipientId: number): Promise<CaseDetail> {
  const row = await requireOpenCase(ctx, caseId);
  const recipient = (await caseRecipients(ctx.db, row.id)).find((candidate) => candidate.id === recipientId);
  if (!recipient) throw notFoundInCase('Recipient', recipientId, row.number);
  if (recipient.notified_on)
    throw ruleViolation(`${recipient.name} has already been told of the change; the record stays.`);
  await deleteRecipient(ctx.db, recipient.id);
  await saveCase(ctx, row, {});
  await recordEvent(
    ctx,
    row.id,
    'recipient',
    phrase('coreTimeline:recipientRemoved', { name: recipient.name }),
  );
  await ctx.audit({ action: 'recipient-remove', entityType: 'case', entityId: row.id, before: recipient });
  return detailOf(ctx, row);
}

/** As processor: the request goes to the customer (the controller), with any deadline it set. */
export async function recordForwarding(
  ctx: Ctx,
  caseId: number,
  input: {
    forwardedOn: string;
    to: string;
    how: ForwardingMethod;
    customerDeadline: string | null;
    note?: string;
  },
): Promise<CaseDetail> {
  const row = await requireOpenCase(ctx, caseId);
  if (row.capacity !== 'processor')
    throw ruleViolation('Only a case we handle as processor for a customer is forwarded to the customer.');
  const issues: ValidationIssue[] = [];
  checkPastDate(issues, 'forwardedOn', input.forwardedOn, todayOf(ctx), {
    date: row.received_date,
    message: 'The request cannot have been forwarded before it arrived',
  });
  if (input.customerDeadline && compareDates(input.customerDeadline, row.received_date) < 0)
    issues.push({
      path: 'customerDeadline',
      message: "The customer's deadline cannot be before the request arrived",
    });
  throwIssues(issues);
  const before = {
    forwardedOn: row.forwarded_on,
    to: row.forwarded_to,
    how: row.forwarded_how,
    customerDeadline: row.customer_deadline,
  };
  await saveCase(ctx, row, {
    forwarded_on: input.forwardedOn,
    forwarded_to: input.to,
    forwarded_how: input.how,
    forwarding_note: input.note ?? null,
    customer_deadline: input.customerDeadline,
  });
  const now = isoNow(ctx.clock);
  for (const task of await caseTasks(ctx.db, row.id)) {
    const completes =
      (task.task_key === 'processor:forward' && task.state === 'open') ||
      (task.task_key === 'processor:deadline' && task.state === 'open' && input.customerDeadline);
    if (completes)
      await updateTask(ctx.db, task.id, { state: 'done', done_at: now, done_by: ctx.actor.displayName });
  }
  await recordEvent(ctx, row.id, 'forwarding', forwarded(input));
  await ctx.audit({ action: 'forward', entityType: 'case', entityId: row.id, before, after: input });
  return detailOf(ctx, row);
}
