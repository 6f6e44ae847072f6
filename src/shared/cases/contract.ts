import { restrictionSchema as keptRestriction } from '../erasure/contract';
import { z } from 'zod';
import { command, query } from '../contract/channel';
import { exportFormat, fileDownloadSchema } from '../files';
import { phraseSchema } from '../i18n/phrases';
import {
  id,
  isoDate,
  isoDateTime,
  optionalText,
  pageOf,
  pageRequest,
  requiredText,
  optionalEmail,
  optionalPhone,
} from '../validation';
import {
  authorityEvidence,
  capacities,
  caseChannels,
  forwardingMethods,
  outcomes,
  pauseKinds,
  refusalGroundKeys,
  unfoundedResponses,
  priorities,
  replyChannels,
  representativeRelations,
  requestTypes,
  restrictionGrounds,
  taskStates,
  verificationMethods,
  verificationResults,
} from './rules';

const requestType = z.enum(requestTypes, { error: 'Choose a request type from the list' });
const channel = z.enum(caseChannels, { error: 'Choose how the request arrived' });
const capacity = z.enum(capacities, { error: 'Choose whether we are controller or processor' });
const priority = z.enum(priorities, { error: 'Choose a priority' });

export const caseStatuses = [
  'overdue',
  'due-soon',
  'extension-notice-needed',
  'to-forward',
  'awaiting-person',
] as const;
export type CaseStatus = (typeof caseStatuses)[number];

const email = optionalEmail;
const phone = optionalPhone;

export const personFields = {
  personName: requiredText('The name of the person', 200),
  personEmail: email,
  personPhone: phone,
  personAddress: optionalText('Address', 500),
  personReference: optionalText('Customer number or reference', 100),
};

export const representativeFields = z.strictObject({
  name: requiredText("The representative's name", 200),
  relation: z.enum(representativeRelations, { error: 'Choose how the representative is related' }),
  contact: optionalText("The representative's contact details", 300),
});
export type RepresentativeInput = z.input<typeof representativeFields>;

const typeSet = z
  .array(requestType)
  .min(1, 'Choose at least one request type')
  .max(requestTypes.length)
  .transform((list) => requestTypes.filter((type) => list.includes(type)));

/** The details of a case a DPO may edit (the received date and the handler have their own channels). */
const caseDetailShape = {
  ...personFields,
  types: typeSet,
  channel,
  capacity,
  customerId: id.nullable().default(null),
  representative: representativeFields.nullable().default(null),
  priority: priority.default('normal'),
  notes: optionalText('Notes', 10_000),
};

function processorNeedsCustomer(
  value: { capacity: string; customerId: number | null },
  context: z.RefinementCtx,
): void {
  if (value.capacity === 'processor' && value.customerId === null) {
    context.addIssue({
      code: 'custom',
      path: ['customerId'],
      message: 'Name the customer we process the data for',
    });
  }
}

export const caseDetailFields = z.strictObject(caseDetailShape).superRefine(processorNeedsCustomer);
export type CaseDetailInput = z.input<typeof caseDetailFields>;

export const newCaseFields = z
  .strictObject({
    ...caseDetailShape,
    receivedDate: isoDate,
    handlerId: id.nullable().default(null),
  })
  .superRefine(processorNeedsCustomer);
export type NewCaseInput = z.input<typeof newCaseFields>;

const person = z.object({
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  reference: z.string().nullable(),
});

const named = z.object({ id, name: z.string() });

export const deadlineSchema = z.object({
  date: isoDate,
  monthRuleDate: isoDate,
  pausedDays: z.number().int().min(0),
  explanation: z.string(),
  explanationText: phraseSchema,
});

/** One wait for the person (identity, or clarification) and whether, and why, it pauses the time. */
export const pauseViewSchema = z.object({
  kind: z.enum(pauseKinds),
  requestedOn: isoDate,
  /** The answer, the result or the closing that ended it; null while still waiting. */
  endedOn: isoDate.nullable(),
  days: z.number().int().min(0),
  /** The days are added to the deadline. */
  counts: z.boolean(),
  reason: z.string(),
  reasonText: phraseSchema,
});
export type PauseView = z.infer<typeof pauseViewSchema>;

export const caseClockSchema = z.object({
  /** Today in Oslo, as the core sees it: the day the days left are counted from. */
  today: isoDate,
  receivedDate: isoDate,
  receivedAt: isoDateTime.nullable(),
  /** The date the case must be answered by now. */
  current: deadlineSchema,
  /** The one-month date (Art. 12(3)). */
  due: deadlineSchema,
  /** Receipt + three months: the date after an extension. */
  extendedDue: deadlineSchema,
  /** Negative when overdue; for a closed case, counted to the reply. */
  daysLeft: z.number().int(),
  statuses: z.array(z.enum(caseStatuses)),
  pauseSetting: z.boolean(),
  pauseRunning: z.boolean(),
  /** Every wait for the person, and why it did or did not pause the time. */
  pauses: z.array(pauseViewSchema),
  /**
   * After an extension: the original due date, by which a refusal is still due (Art. 12(4); EDPB
   * guidelines 01/2022). Null when not extended, or as processor.
   */
  refusalDue: isoDate.nullable(),
  /** As processor: forwarding to the customer, due within the setting's working days of receipt. */
  forwarding: z
    .object({
      due: isoDate,
      explanation: z.string(),
      explanationText: phraseSchema,
      forwardedOn: isoDate.nullable(),
      /** Forwarded after the due date, or not yet forwarded and past it. */
      late: z.boolean(),
    })
    .nullable(),
  /** The last day an extension can be decided and the person told, or null when none can be. */
  extensionPossibleUntil: isoDate.nullable(),
  extension: z
    .object({
      decidedOn: isoDate,
      personToldOn: isoDate,
      noticeChannel: z.enum(replyChannels),
      reasons: z.string(),
      recordedBy: z.string(),
      recordedAt: isoDateTime,
    })
    .nullable(),
  /** As processor: the deadline the customer set, which the case runs on. */
  customerDeadline: isoDate.nullable(),
});
export type CaseClockView = z.infer<typeof caseClockSchema>;

export const verificationItemSchema = z.object({
  id,
  label: z.string(),
  help: z.string().nullable(),
  template: z.string(),
  tickedAt: isoDateTime.nullable(),
  tickedBy: z.string().nullable(),
});
export type VerificationItem = z.infer<typeof verificationItemSchema>;

export const gateSchema = z.object({
  /** Data may be disclosed, changed or erased for the person. */
  open: z.boolean(),
  /** How the gate was opened, or why it is closed. */
  explanation: z.string(),
  explanationText: phraseSchema,
  /** What granting the case would do to the person's data. */
  effects: z.array(z.enum(['disclose', 'change', 'erase', 'none'])),
});
export type Gate = z.infer<typeof gateSchema>;

export const verificationSchema = z.object({
  items: z.array(verificationItemSchema),
  templates: z.array(z.string()),
  method: z.enum(verificationMethods).nullable(),
  result: z.enum(verificationResults).nullable(),
  reason: z.string().nullable(),
  decidedAt: isoDateTime.nullable(),
  decidedBy: z.string().nullable(),
  /** The request types and capacity the decision was made for. */
  decidedFor: z.array(z.enum(requestTypes)),
  requestedOn: isoDate.nullable(),
  receivedOn: isoDate.nullable(),
  /** Asking the person to clarify a broad request (Recital 63). */
  clarification: z.object({
    requestedOn: isoDate.nullable(),
    receivedOn: isoDate.nullable(),
    question: z.string().nullable(),
  }),
  override: z
    .object({ reason: z.string(), by: z.string(), at: isoDateTime, covers: z.array(z.enum(requestTypes)) })
    .nullable(),
  gate: gateSchema,
});

export const representativeSchema = z.object({
  name: z.string(),
  relation: z.enum(representativeRelations),
  contact: z.string().nullable(),
  authorityEvidence: z.enum(authorityEvidence).nullable(),
  authorityNote: z.string().nullable(),
  authorityCheckedAt: isoDateTime.nullable(),
  authorityCheckedBy: z.string().nullable(),
});

export const taskCommentSchema = z.object({ id, at: isoDateTime, by: z.string(), text: z.string() });

export const taskSchema = z.object({
  id,
  type: z.enum(requestTypes).nullable(),
  key: z.string().nullable(),
  label: z.string(),
  help: z.string().nullable(),
  /** A built-in task's label and help in the reader's language; null when added or reworded (quoted as written). */
  labelText: phraseSchema.nullable(),
  helpText: phraseSchema.nullable(),
  effect: z.enum(['disclose', 'change', 'erase']).nullable(),
  state: z.enum(taskStates),
  stateNote: z.string().nullable(),
  doneAt: isoDateTime.nullable(),
  doneBy: z.string().nullable(),
  assignee: named.nullable(),
  comments: z.array(taskCommentSchema),
});
export type CaseTask = z.infer<typeof taskSchema>;

export const recipientSchema = z.object({
  id,
  name: z.string(),
  organisationId: id.nullable(),
  notifiedOn: isoDate.nullable(),
  how: z.string().nullable(),
  notPossibleReason: z.string().nullable(),
});
export type CaseRecipient = z.infer<typeof recipientSchema>;

export const forwardingSchema = z.object({
  forwardedOn: isoDate,
  to: z.string(),
  how: z.enum(forwardingMethods),
  note: z.string().nullable(),
});

/** A restriction of processing (Art. 18), active until lifted; the person is told before it is lifted. */
export const restrictionSchema = z.object({
  id,
  caseId: id,
  caseNumber: z.string(),
  personName: z.string(),
  what: z.string(),
  ground: z.enum(restrictionGrounds),
  since: isoDate,
  recordedAt: isoDateTime,
  recordedBy: z.string(),
  personToldOn: isoDate.nullable(),
  personToldHow: z.string().nullable(),
  liftedOn: isoDate.nullable(),
  liftReason: z.string().nullable(),
  liftedBy: z.string().nullable(),
});
export type Restriction = z.infer<typeof restrictionSchema>;

export const closingSchema = z.object({
  outcome: z.enum(outcomes),
  reasons: z.string().nullable(),
  /** Structured grounds of a refusal (personopplysningsloven § 16, Art. 21(1)). */
  refusalGrounds: z.array(z.enum(refusalGroundKeys)),
  manifestlyUnfounded: z.boolean(),
  unfoundedJustification: z.string().nullable(),
  /** Art. 12(5): a refusal, or a reasonable fee. */
  unfoundedResponse: z.enum(unfoundedResponses).nullable(),
  feeNok: z.number().int().nullable(),
  feeBasis: z.string().nullable(),
  statesComplaintRight: z.boolean(),
  statesJudicialRemedy: z.boolean(),
  disclosesPersonalData: z.boolean(),
  replyDate: isoDate.nullable(),
  replyChannel: z.enum(replyChannels).nullable(),
  late: z.boolean(),
  lateReason: z.string().nullable(),
  /** The due date the reply was measured against: the original one for a refusal (Art. 12(4)). */
  dueDate: isoDate,
  closedAt: isoDateTime,
  closedBy: z.string(),
});

export const timelineEventSchema = z.object({
  id,
  at: isoDateTime,
  by: z.string(),
  kind: z.string(),
  summary: z.string(),
  /** The summary as a phrase when the core wrote it (`matchPhrase`), else null: shown as written. */
  summaryText: phraseSchema.nullable(),
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

export const duplicateSchema = z.object({
  id,
  number: z.string(),
  personName: z.string(),
  receivedDate: isoDate,
  matchedOn: z.array(z.enum(['email', 'phone', 'name and customer'])),
});
export type PossibleDuplicate = z.infer<typeof duplicateSchema>;

export const caseDetailSchema = z.object({
  id,
  number: z.string(),
  /** Kept instead of erased (Art. 17(3)): restricted, on this ground. */
  restricted: keptRestriction.optional(),
  state: z.enum(['open', 'closed']),
  person,
  customer: named.nullable(),
  capacity,
  representative: representativeSchema.nullable(),
  types: z.array(requestType),
  channel,
  priority,
  handler: named.nullable(),
  notes: z.string().nullable(),
  clock: caseClockSchema,
  verification: verificationSchema,
  tasks: z.array(taskSchema),
  recipients: z.array(recipientSchema),
  forwarding: forwardingSchema.nullable(),
  /** What the case restricted (Art. 18, or kept under Art. 17(3)), active and lifted. */
  restrictions: z.array(restrictionSchema),
  closing: closingSchema.nullable(),
  timeline: z.array(timelineEventSchema),
  duplicates: z.array(duplicateSchema),
  /** The inquiries the case was opened from or linked to. */
  inquiries: z.array(
    z.object({
      id,
      number: z.string(),
      receivedAt: isoDateTime,
      summary: z.string(),
      openedFrom: z.boolean(),
    }),
  ),
  createdAt: isoDateTime,
  createdBy: z.string(),
  updatedAt: isoDateTime,
});
export type CaseDetail = z.infer<typeof caseDetailSchema>;

export const caseSummarySchema = z.object({
  id,
  number: z.string(),
  personName: z.string(),
  customerName: z.string().nullable(),
  capacity,
  types: z.array(requestType),
  channel,
  priority,
  receivedDate: isoDate,
  dueDate: isoDate,
  daysLeft: z.number().int(),
  statuses: z.array(z.enum(caseStatuses)),
  extended: z.boolean(),
  state: z.enum(['open', 'closed']),
  outcome: z.enum(outcomes).nullable(),
  closedLate: z.boolean(),
  handler: named.nullable(),
  verification: z.enum(['pending', 'verified', 'failed', 'not-needed', 'override']),
  /** Kept instead of erased (Art. 17(3)): restricted, on this ground. */
  restricted: keptRestriction.optional(),
});
export type CaseSummary = z.infer<typeof caseSummarySchema>;

export const caseListStatuses = [
  'open',
  'overdue',
  'due-soon',
  'extension-notice-needed',
  'to-forward',
  'awaiting-person',
  'closed',
  'closed-late',
  'all',
] as const;
export type CaseListStatus = (typeof caseListStatuses)[number];

export const caseSortFields = [
  'dueDate',
  'receivedDate',
  'number',
  'personName',
  'priority',
  'handler',
] as const;

export const caseFilterShape = {
  status: z.enum(caseListStatuses).default('open'),
  type: requestType.optional(),
  capacity: capacity.optional(),
  /** A handler's id, or 0 for cases nobody handles yet. */
  handlerId: z.number().int().min(0).optional(),
  priority: priority.optional(),
  dueFrom: isoDate.optional(),
  dueTo: isoDate.optional(),
  customerId: id.optional(),
  q: z.string().trim().max(200).optional(),
};

export const caseListInput = z.strictObject({
  ...pageRequest,
  ...caseFilterShape,
  sort: z.enum(caseSortFields).default('dueDate'),
  direction: z.enum(['asc', 'desc']).default('asc'),
});
export type CaseListInput = z.input<typeof caseListInput>;

export const caseCountsSchema = z.object({
  open: z.number().int(),
  overdue: z.number().int(),
  dueSoon: z.number().int(),
  extensionNoticeNeeded: z.number().int(),
  /** Processor cases not yet forwarded to the customer. */
  toForward: z.number().int(),
  awaitingPerson: z.number().int(),
  dueSoonDays: z.number().int(),
  /** Today in Oslo, as the core sees it (the default received date of a new case). */
  today: isoDate,
});

/** Verification checklist templates (admin settings): which channels, request types and capacity each covers. */
export const templateItemFields = z.strictObject({
  label: requiredText('The checklist item', 300),
  help: optionalText('Help text', 1000),
});

export const templateFields = z
  .strictObject({
    name: requiredText('Name', 120),
    /** Empty means every channel. */
    channels: z.array(channel).max(caseChannels.length).default([]),
    /** Empty means every request type. */
    types: z.array(requestType).max(requestTypes.length).default([]),
    capacity: capacity.nullable().default(null),
    verificationNeeded: z.boolean(),
    notNeededReason: optionalText('Why no verification is needed', 1000),
    items: z.array(templateItemFields).max(20, 'At most 20 items').default([]),
  })
  .superRefine((value, context) => {
    if (value.verificationNeeded && value.items.length === 0) {
      context.addIssue({ code: 'custom', path: ['items'], message: 'Add at least one checklist item' });
    }
    if (!value.verificationNeeded && !value.notNeededReason) {
      context.addIssue({
        code: 'custom',
        path: ['notNeededReason'],
        message: 'Say why no verification is needed',
      });
    }
  });
export type TemplateInput = z.input<typeof templateFields>;

export const templateSchema = z.object({
  id,
  name: z.string(),
  channels: z.array(channel),
  types: z.array(requestType),
  capacity: capacity.nullable(),
  verificationNeeded: z.boolean(),
  notNeededReason: z.string().nullable(),
  items: z.array(z.object({ label: z.string(), help: z.string().nullable() })),
  position: z.number().int(),
  active: z.boolean(),
  updatedAt: isoDateTime,
});
export type VerificationTemplate = z.infer<typeof templateSchema>;

const handlers = ['dpo', 'admin'] as const;
const caseRef = { id };
const reason = (label: string) => requiredText(label, 4000);

export const casesChannels = {
  /**
   * `notice` says when the list looked at fewer cases than asked: a search of one or two characters
   * looks among the newest 2,000 cases only. The screen shows it as it is.
   */
  'cases.list': query({
    access: handlers,
    input: caseListInput,
    output: pageOf(caseSummarySchema).extend({ notice: z.string().optional() }),
  }),
  'cases.counts': query({
    personalData: false,
    access: handlers,
    input: z.strictObject({}).optional().default({}),
    output: caseCountsSchema,
  }),
  /** Reading a case is audited. */
  'cases.get': query({ access: handlers, input: z.strictObject(caseRef), output: caseDetailSchema }),
  /** Open cases for the same person (e-mail, phone, or name and customer), for the intake warning. */
  'cases.findDuplicates': query({
    access: handlers,
    input: z.strictObject({
      personName: z.string().trim().max(200).optional(),
      personEmail: z.string().trim().max(200).optional(),
      personPhone: z.string().trim().max(40).optional(),
      customerId: id.nullable().optional(),
      excludeId: id.optional(),
    }),
    output: z.array(duplicateSchema),
  }),
  'cases.create': command({
    access: handlers,
    input: newCaseFields,
    output: z.object({ id, number: z.string(), duplicates: z.array(duplicateSchema) }),
  }),
  'cases.update': command({
    access: handlers,
    input: z.strictObject({ id, changes: caseDetailFields }),
    output: caseDetailSchema,
  }),
  'cases.assign': command({
    access: handlers,
    input: z.strictObject({ id, handlerId: id.nullable() }),
    output: caseDetailSchema,
  }),
  'cases.changeReceivedDate': command({
    access: handlers,
    input: z.strictObject({ id, receivedDate: isoDate, reason: reason('Why the date changes') }),
    output: caseDetailSchema,
  }),
  'cases.extend': command({
    access: handlers,
    input: z.strictObject({
      id,
      decidedOn: isoDate,
      personToldOn: isoDate,
      noticeChannel: z.enum(replyChannels, { error: 'Choose how the person was told' }),
      reasons: reason('The reasons for the extension'),
    }),
    output: caseDetailSchema,
  }),
  'cases.tickVerificationItem': command({
    access: handlers,
    input: z.strictObject({ id, itemId: id, ticked: z.boolean() }),
    output: caseDetailSchema,
  }),
  'cases.setVerificationDates': command({
    access: handlers,
    input: z.strictObject({ id, requestedOn: isoDate.nullable(), receivedOn: isoDate.nullable() }),
    output: caseDetailSchema,
  }),
  /** Asking the person to clarify a broad request (Recital 63), and the answer: the person is awaited meanwhile. */
  'cases.setClarificationDates': command({
    access: handlers,
    input: z.strictObject({
      id,
      requestedOn: isoDate.nullable(),
      receivedOn: isoDate.nullable(),
      question: optionalText('What the person was asked to clarify', 2000),
    }),
    output: caseDetailSchema,
  }),
  'cases.decideVerification': command({
    access: handlers,
    input: z
      .strictObject({
        id,
        result: z.enum(verificationResults, { error: 'Choose the result' }),
        method: z.enum(verificationMethods).nullable().default(null),
        reason: reason('The reason for the result'),
      })
      .superRefine((value, context) => {
        if (value.result !== 'not-needed' && value.method === null) {
          context.addIssue({ code: 'custom', path: ['method'], message: 'Choose the method used' });
        }
      }),
    output: caseDetailSchema,
  }),
  /** Only a data protection officer may let data out without a verified identity, in writing. */
  'cases.overrideVerification': command({
    access: ['dpo'],
    input: z.strictObject({ id, reason: reason('The written reason for the override') }),
    output: caseDetailSchema,
  }),
  'cases.checkRepresentativeAuthority': command({
    access: handlers,
    input: z.strictObject({
      id,
      evidence: z.enum(authorityEvidence, { error: 'Choose what proof of authority was seen' }),
      note: optionalText('Note', 1000),
    }),
    output: caseDetailSchema,
  }),
  'cases.setTaskState': command({
    access: handlers,
    input: z
      .strictObject({
        id,
        taskId: id,
        state: z.enum(taskStates),
        note: optionalText('Note', 2000),
      })
      .superRefine((value, context) => {
        if (value.state === 'not-applicable' && !value.note) {
          context.addIssue({ code: 'custom', path: ['note'], message: 'Say why the task does not apply' });
        }
      }),
    output: caseDetailSchema,
  }),
  'cases.assignTask': command({
    access: handlers,
    input: z.strictObject({ id, taskId: id, assigneeId: id.nullable() }),
    output: caseDetailSchema,
  }),
  'cases.commentTask': command({
    access: handlers,
    input: z.strictObject({ id, taskId: id, text: requiredText('The comment', 4000) }),
    output: caseDetailSchema,
  }),
  'cases.addTask': command({
    access: handlers,
    input: z.strictObject({ id, label: requiredText('The task', 300) }),
    output: caseDetailSchema,
  }),
  'cases.addRecipient': command({
    access: handlers,
    input: z.strictObject({
      id,
      name: requiredText("The recipient's name", 200),
      organisationId: id.nullable().default(null),
    }),
    output: caseDetailSchema,
  }),
  /** Records that a recipient was told of the change (Art. 19), or why that was not possible. */
  'cases.notifyRecipient': command({
    access: handlers,
    input: z
      .strictObject({
        id,
        recipientId: id,
        notifiedOn: isoDate.nullable().default(null),
        how: optionalText('How', 200),
        notPossibleReason: optionalText('Why it was not possible', 2000),
      })
      .superRefine((value, context) => {
        if (!value.notifiedOn && !value.notPossibleReason) {
          context.addIssue({
            code: 'custom',
            path: ['notifiedOn'],
            message: 'Give the date the recipient was told, or why that was not possible',
          });
        }
      }),
    output: caseDetailSchema,
  }),
  'cases.removeRecipient': command({
    access: handlers,
    input: z.strictObject({ id, recipientId: id }),
    output: caseDetailSchema,
  }),
  'cases.recordForwarding': command({
    access: handlers,
    input: z.strictObject({
      id,
      forwardedOn: isoDate,
      to: requiredText('To whom', 300),
      how: z.enum(forwardingMethods, { error: 'Choose how it was forwarded' }),
      customerDeadline: isoDate.nullable().default(null),
      note: optionalText('Note', 2000),
    }),
    output: caseDetailSchema,
  }),
  /** Every restriction of processing (Art. 18): the active ones by default, oldest first. Audited. */
  'cases.restrictions': query({
    access: handlers,
    input: z
      .strictObject({ status: z.enum(['active', 'lifted', 'all']).default('active') })
      .optional()
      .default({ status: 'active' }),
    output: z.array(restrictionSchema),
  }),
  /** Records that data is restricted: from a restriction request, or an erasure kept under Art. 17(3). */
  'cases.restrict': command({
    access: handlers,
    input: z.strictObject({
      id,
      what: requiredText('What is restricted', 2000),
      ground: z.enum(restrictionGrounds, { error: 'Choose the ground for the restriction' }),
      since: isoDate,
    }),
    output: caseDetailSchema,
  }),
  /** Lifting a restriction: only once the person has been told (Art. 18(3)). */
  'cases.liftRestriction': command({
    access: handlers,
    input: z
      .strictObject({
        id,
        restrictionId: id,
        personToldOn: isoDate,
        personToldHow: requiredText('How the person was told', 200),
        liftedOn: isoDate,
        reason: requiredText('Why the restriction is lifted', 2000),
      })
      .superRefine((value, context) => {
        if (value.personToldOn > value.liftedOn)
          context.addIssue({
            code: 'custom',
            path: ['personToldOn'],
            message: 'The person is told before the restriction is lifted (Art. 18(3))',
          });
      }),
    output: caseDetailSchema,
  }),
  'cases.close': command({
    access: handlers,
    input: z.strictObject({
      id,
      outcome: z.enum(outcomes, { error: 'Choose the outcome' }),
      reasons: optionalText('Reasons', 10_000),
      refusalGrounds: z
        .array(z.enum(refusalGroundKeys, { error: 'Choose the grounds from the list' }))
        .max(refusalGroundKeys.length)
        .default([])
        .transform((list) => refusalGroundKeys.filter((key) => list.includes(key))),
      manifestlyUnfounded: z.boolean().default(false),
      unfoundedJustification: optionalText('Justification', 10_000),
      unfoundedResponse: z
        .enum(unfoundedResponses, { error: 'Choose a refusal or a reasonable fee' })
        .default('refusal'),
      feeNok: z
        .number({ error: 'Enter the fee in whole kroner' })
        .int('Enter the fee in whole kroner')
        .min(1, 'A fee is at least 1 krone')
        .max(100_000, 'A reasonable fee covers the administrative costs: at most 100 000 kroner')
        .nullable()
        .default(null),
      feeBasis: optionalText('How the fee was worked out', 4000),
      statesComplaintRight: z.boolean().default(false),
      statesJudicialRemedy: z.boolean().default(false),
      disclosesPersonalData: z.boolean().default(false),
      replyDate: isoDate.nullable().default(null),
      replyChannel: z.enum(replyChannels).nullable().default(null),
      lateReason: optionalText('Why the reply is late', 4000),
    }),
    output: caseDetailSchema,
  }),
  'cases.addNote': command({
    access: handlers,
    input: z.strictObject({ id, text: requiredText('The note', 4000) }),
    output: caseDetailSchema,
  }),
  /**
   * One step from a logged rights request to a case: the inquiry's person, channel and received time.
   * Agents may do it for their own inquiries; they then see the case's number, status and due date only.
   */
  'cases.openFromInquiry': command({
    access: ['agent', 'dpo', 'admin'],
    input: z.strictObject({ inquiryId: id, types: typeSet }),
    output: z.object({
      id,
      number: z.string(),
      /** Other open cases that may concern the same person: for the DPO and administrators only. */
      duplicates: z.array(duplicateSchema),
      /** How many such cases exist: all an agent learns of them. */
      possibleDuplicates: z.number().int().min(0),
    }),
  }),
  'cases.linkInquiry': command({
    access: handlers,
    input: z.strictObject({ id, inquiryId: id }),
    output: caseDetailSchema,
  }),
  'cases.export': command({
    changes: false,
    access: handlers,
    input: z.strictObject({ format: exportFormat, ...caseFilterShape }),
    output: fileDownloadSchema,
  }),
  'caseTemplates.list': query({
    personalData: false,
    access: handlers,
    input: z
      .strictObject({ includeInactive: z.boolean().default(true) })
      .optional()
      .default({ includeInactive: true }),
    output: z.array(templateSchema),
  }),
  'caseTemplates.create': command({ access: ['admin'], input: templateFields, output: templateSchema }),
  'caseTemplates.update': command({
    access: ['admin'],
    input: z.strictObject({ id, changes: templateFields }),
    output: templateSchema,
  }),
  'caseTemplates.move': command({
    access: ['admin'],
    input: z.strictObject({ id, direction: z.enum(['up', 'down']) }),
    output: z.array(templateSchema),
  }),
  'caseTemplates.setActive': command({
    access: ['admin'],
    input: z.strictObject({ id, active: z.boolean() }),
    output: templateSchema,
  }),
};
