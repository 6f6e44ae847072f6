import { inquiryNumber } from '../../../shared/inquiries/rules';
import type { Knex } from 'knex';
import { type CalendarDate } from '../../../shared/calendar';
import type { CaseDetail, CaseSummary, CaseTask, PossibleDuplicate } from '../../../shared/cases/contract';
import {
  type AuthorityEvidence,
  type Capacity,
  type CaseChannel,
  type ForwardingMethod,
  isRefusal,
  type Outcome,
  type Priority,
  type RefusalGroundKey,
  type ReplyChannel,
  type RepresentativeRelation,
  type RequestType,
  type TaskState,
  type UnfoundedResponse,
  type VerificationMethod,
  type VerificationResult,
} from '../../../shared/cases/rules';
import { type ClockSettings, readCaseClock } from './clock';
import { gateOf } from './gate';
import { caseRestrictions } from './restrictions';
import { unframeList } from './keys';
import { type CaseRow, caseEvents } from './repository';
import { caseRecipients, caseTasks, taskComments } from './tasks-repository';
import { verificationItems } from './verification-repository';
import { lineText } from '../timeline';
import { builtInTaskTexts } from './task-texts';
import { type DuplicateKeys, linkedInquiries, namesById, openCasesMatching } from './view-repository';

type Db = Knex | Knex.Transaction;

async function namesOf(
  db: Db,
  table: 'users' | 'organisations',
  ids: Array<number | null>,
): Promise<Map<number, string>> {
  const wanted = [...new Set(ids.filter((value): value is number => value !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await namesById(db, table, wanted);
  return new Map(rows.map((row) => [row.id, row.name]));
}

function named(id: number | null, names: Map<number, string>) {
  return id === null ? null : { id, name: names.get(id) ?? `#${id}` };
}

/** Open cases that may concern the same person: same e-mail, same phone, or same name and customer. */
export async function findDuplicateRows(
  db: Db,
  person: DuplicateKeys,
  excludeId?: number,
): Promise<PossibleDuplicate[]> {
  if (!person.nameKey && !person.emailKey && !person.phoneKey) return [];
  const rows = await openCasesMatching(db, person, excludeId);
  return rows.map((row) => {
    const matchedOn: PossibleDuplicate['matchedOn'] = [];
    if (person.emailKey && row.person_email_key === person.emailKey) matchedOn.push('email');
    if (person.phoneKey && row.person_phone_key === person.phoneKey) matchedOn.push('phone');
    if (person.nameKey && row.person_name_key === person.nameKey && row.customer_org_id === person.customerId)
      matchedOn.push('name and customer');
    return {
      id: row.id,
      number: row.number,
      personName: row.person_name,
      receivedDate: row.received_date,
      matchedOn,
    };
  });
}

function verificationSummary(row: CaseRow): CaseSummary['verification'] {
  if (row.override_reason) return 'override';
  return (row.verification_result as VerificationResult | null) ?? 'pending';
}

export function toSummary(
  row: CaseRow & { customer_name?: string | null; handler_name?: string | null },
  settings: ClockSettings,
  today: CalendarDate,
): CaseSummary {
  const clock = readCaseClock(row, settings, today);
  return {
    id: row.id,
    number: row.number,
    personName: row.person_name,
    customerName: row.customer_name ?? null,
    capacity: row.capacity as Capacity,
    types: unframeList<RequestType>(row.request_types),
    channel: row.channel as CaseChannel,
    priority: row.priority as Priority,
    receivedDate: row.received_date,
    dueDate: clock.current.date,
    daysLeft: clock.daysLeft,
    statuses: clock.statuses,
    extended: !!row.extended_at,
    state: row.state,
    outcome: row.outcome as Outcome | null,
    closedLate: Boolean(row.closed_late),
    handler:
      row.handler_id === null ? null : { id: row.handler_id, name: row.handler_name ?? `#${row.handler_id}` },
    verification: verificationSummary(row),
  };
}

export async function toDetail(
  db: Db,
  row: CaseRow,
  settings: ClockSettings,
  today: CalendarDate,
): Promise<CaseDetail> {
  const linked = await linkedInquiries(db, row.id);
  // One after the other: inside a transaction there is one connection (PostgreSQL would queue them).
  const items = await verificationItems(db, row.id);
  const tasks = await caseTasks(db, row.id);
  const comments = await taskComments(db, row.id);
  const recipients = await caseRecipients(db, row.id);
  const events = await caseEvents(db, row.id);
  const users = await namesOf(db, 'users', [row.handler_id, ...tasks.map((task) => task.assignee_id)]);
  const restrictions = await caseRestrictions(db, row.id);
  const organisations = await namesOf(db, 'organisations', [row.customer_org_id]);
  const clock = readCaseClock(row, settings, today);
  const { storedDue: _storedDue, ...clockView } = clock;
  const duplicates =
    row.state === 'open'
      ? await findDuplicateRows(
          db,
          {
            nameKey: row.person_name_key,
            emailKey: row.person_email_key,
            phoneKey: row.person_phone_key,
            customerId: row.customer_org_id,
          },
          row.id,
        )
      : [];
  return {
    id: row.id,
    number: row.number,
    state: row.state,
    inquiries: linked.map((inquiry) => ({
      id: inquiry.id,
      number: inquiryNumber(inquiry.id),
      receivedAt: inquiry.received_at,
      summary: inquiry.summary,
      openedFrom: Boolean(inquiry.opened_from),
    })),
    person: {
      name: row.person_name,
      email: row.person_email,
      phone: row.person_phone,
      address: row.person_address,
      reference: row.person_reference,
    },
    customer: named(row.customer_org_id, organisations),
    capacity: row.capacity as Capacity,
    representative: row.rep_name
      ? {
          name: row.rep_name,
          relation: (row.rep_relation ?? 'other') as RepresentativeRelation,
          contact: row.rep_contact,
          authorityEvidence: row.rep_authority_evidence as AuthorityEvidence | null,
          authorityNote: row.rep_authority_note,
          authorityCheckedAt: row.rep_authority_checked_at,
          authorityCheckedBy: row.rep_authority_checked_by,
        }
      : null,
    types: unframeList<RequestType>(row.request_types),
    channel: row.channel as CaseChannel,
    priority: row.priority as Priority,
    handler: named(row.handler_id, users),
    notes: row.notes,
    clock: clockView,
    verification: {
      items: items.map((item) => ({
        id: item.id,
        label: item.label,
        help: item.help,
        template: item.template_name,
        tickedAt: item.ticked_at,
        tickedBy: item.ticked_by,
      })),
      templates: [...new Set(items.map((item) => item.template_name))],
      method: row.verification_method as VerificationMethod | null,
      result: row.verification_result as VerificationResult | null,
      reason: row.verification_reason,
      decidedAt: row.verification_decided_at,
      decidedBy: row.verification_decided_by,
      decidedFor: unframeList<RequestType>(row.verification_covers),
      requestedOn: row.verification_requested_on,
      receivedOn: row.verification_received_on,
      clarification: {
        requestedOn: row.clarification_requested_on,
        receivedOn: row.clarification_received_on,
        question: row.clarification_question,
      },
      override: row.override_reason
        ? {
            reason: row.override_reason,
            by: row.override_by ?? '',
            at: row.override_at ?? row.updated_at,
            covers: unframeList<RequestType>(row.override_covers),
          }
        : null,
      gate: gateOf(row, Boolean(row.discloses_personal_data)),
    },
    tasks: tasks.map((task): CaseTask => {
      const texts = builtInTaskTexts(task);
      return {
        id: task.id,
        type: task.request_type as RequestType | null,
        key: task.task_key,
        label: task.label,
        help: task.help,
        labelText: texts.label,
        helpText: texts.help,
        effect: task.effect as CaseTask['effect'],
        state: task.state as TaskState,
        stateNote: task.state_note,
        doneAt: task.done_at,
        doneBy: task.done_by,
        assignee: named(task.assignee_id, users),
        comments: comments
          .filter((comment) => comment.task_id === task.id)
          .map((comment) => ({ id: comment.id, at: comment.at, by: comment.by, text: comment.text })),
      };
    }),
    recipients: recipients.map((recipient) => ({
      id: recipient.id,
      name: recipient.name,
      organisationId: recipient.organisation_id,
      notifiedOn: recipient.notified_on,
      how: recipient.how,
      notPossibleReason: recipient.not_possible_reason,
    })),
    forwarding:
      row.forwarded_on && row.forwarded_to && row.forwarded_how
        ? {
            forwardedOn: row.forwarded_on,
            to: row.forwarded_to,
            how: row.forwarded_how as ForwardingMethod,
            note: row.forwarding_note,
          }
        : null,
    restrictions,
    closing:
      row.state === 'closed' && row.outcome && row.closed_at
        ? {
            outcome: row.outcome as Outcome,
            reasons: row.outcome_reasons,
            refusalGrounds: unframeList<RefusalGroundKey>(row.refusal_grounds),
            manifestlyUnfounded: Boolean(row.manifestly_unfounded),
            unfoundedJustification: row.unfounded_justification,
            unfoundedResponse: row.unfounded_response as UnfoundedResponse | null,
            feeNok: row.fee_nok,
            feeBasis: row.fee_basis,
            statesComplaintRight: Boolean(row.states_complaint_right),
            statesJudicialRemedy: Boolean(row.states_judicial_remedy),
            disclosesPersonalData: Boolean(row.discloses_personal_data),
            replyDate: row.reply_date,
            replyChannel: row.reply_channel as ReplyChannel | null,
            late: Boolean(row.closed_late),
            lateReason: row.late_reason,
            dueDate:
              isRefusal(row.outcome as Outcome) && clock.refusalDue ? clock.refusalDue : clock.current.date,
            closedAt: row.closed_at,
            closedBy: row.closed_by ?? '',
          }
        : null,
    timeline: events.map((event) => ({
      id: event.id,
      at: event.at,
      by: event.actor_name,
      kind: event.kind,
      summary: event.summary,
      summaryText: lineText(event),
    })),
    duplicates,
    createdAt: row.created_at,
    createdBy: row.created_by_name,
    updatedAt: row.updated_at,
  };
}
