import { restrictionSchema } from '../erasure/contract';
import { z } from 'zod';
import { auditEntrySchema } from '../audit/contract';
import { command, query } from '../contract/channel';
import { exportFormat, fileDownloadSchema } from '../files';
import { phraseSchema } from '../i18n/phrases';
import { id, isoDate, isoDateTime, optionalText, pageOf, pageRequest, requiredText } from '../validation';
import {
  breachCapacities,
  breachStates,
  customerNoticeMethods,
  dataTypeKeys,
  notificationPhases,
  riskLevels,
  subjectCategories,
  subjectExceptions,
  subjectNoticeMethods,
} from './rules';

const capacity = z.enum(breachCapacities, { error: 'Choose whether we are controller or processor' });
const risk = z.enum(riskLevels, { error: 'Choose the risk: no risk, risk or high risk' });
const state = z.enum(breachStates);
const approx = (label: string) =>
  z
    .number({ error: `${label} is a whole number` })
    .int(`${label} is a whole number`)
    .min(0, `${label} cannot be negative`)
    .max(100_000_000, `${label} is too large`)
    .nullable()
    .default(null);

/** The record of a breach (Art. 33(5)) a DPO keeps up to date; awareness has its own channel. */
const breachDetailShape = {
  title: requiredText('Title', 200).refine((value) => !/[\r\n]/.test(value), {
    message: 'The title is one line',
  }),
  description: requiredText('What happened', 10_000),
  /** When it happened: an instant, or the start of a period; null while unknown. */
  occurredFrom: isoDateTime.nullable().default(null),
  /** The end of the period, when it lasted a while. */
  occurredTo: isoDateTime.nullable().default(null),
  discovery: optionalText('How it was discovered', 2000),
  capacity,
  /** As processor (or both): the customers (controllers) whose data is affected. */
  customerIds: z.array(id).max(50, 'At most 50 customers').default([]),
  subjectCategories: z.array(z.enum(subjectCategories)).max(subjectCategories.length).default([]),
  subjectsApprox: approx('The number of people'),
  dataTypes: z.array(z.enum(dataTypeKeys)).max(dataTypeKeys.length).default([]),
  recordsApprox: approx('The number of records'),
  consequences: optionalText('Likely consequences', 10_000),
  measuresTaken: optionalText('Measures taken', 10_000),
  measuresPlanned: optionalText('Measures planned', 10_000),
  contactPoint: optionalText('Contact point', 500),
};

function detailRules(
  value: { capacity: string; customerIds: number[]; occurredFrom: string | null; occurredTo: string | null },
  context: z.RefinementCtx,
): void {
  if (value.capacity !== 'controller' && value.customerIds.length === 0)
    context.addIssue({
      code: 'custom',
      path: ['customerIds'],
      message: 'Name the customer or customers whose data is affected',
    });
  if (new Set(value.customerIds).size !== value.customerIds.length)
    context.addIssue({ code: 'custom', path: ['customerIds'], message: 'Each customer is named once' });
  if (value.occurredTo && !value.occurredFrom)
    context.addIssue({
      code: 'custom',
      path: ['occurredFrom'],
      message: 'Give when the period began, or leave both empty',
    });
  if (value.occurredFrom && value.occurredTo && value.occurredTo < value.occurredFrom)
    context.addIssue({
      code: 'custom',
      path: ['occurredTo'],
      message: 'The end of the period is before its start',
    });
}

function normalise<T extends { capacity: string; customerIds: number[] }>(value: T): T {
  return value.capacity === 'controller' ? { ...value, customerIds: [] } : value;
}

export const breachDetailFields = z
  .strictObject(breachDetailShape)
  .superRefine(detailRules)
  .transform(normalise);
export type BreachDetailInput = z.input<typeof breachDetailFields>;
export type BreachDetailFields = z.output<typeof breachDetailFields>;

export const newBreachFields = z
  .strictObject({
    ...breachDetailShape,
    awareAt: z.iso.datetime({ offset: true, error: 'Give the date and time we became aware' }),
  })
  .superRefine(detailRules)
  .transform(normalise);
export type NewBreachInput = z.input<typeof newBreachFields>;
export type NewBreachFields = z.output<typeof newBreachFields>;

/** A clock's state: running (time left), overdue, met in time, met late, or not required. */
export const clockStatuses = ['running', 'overdue', 'met', 'late', 'not-required'] as const;
export type ClockStatus = (typeof clockStatuses)[number];

export const breachClockSchema = z.object({
  /** 'authority' for Datatilsynet, 'customer:<organisation id>' for a customer, 'subjects' for the people. */
  key: z.string(),
  party: z.enum(['authority', 'customer', 'subjects']),
  /** "Datatilsynet", the customer's name, or "The people affected". */
  label: z.string(),
  /** The label, basis, explanation and note in words the screen says in the reader's language. */
  labelText: phraseSchema,
  organisationId: id.nullable(),
  startsAt: isoDateTime,
  /** 72, the hours the clock runs for (the agreement's, capped at the target), or null for "without undue delay". */
  hours: z.number().int().nullable(),
  /** A customer's clock: the hours the agreement promised, when it promised more than the clock runs. */
  promisedHours: z.number().int().nullable(),
  undueDelay: z.boolean(),
  dueAt: isoDateTime,
  agreement: z.object({ id, reference: z.string() }).nullable(),
  /** Where the period comes from: the article or the agreement. */
  basis: z.string(),
  basisText: phraseSchema,
  /** "aware 12.03 14:05 + 72 h = 15.03 14:05", in Oslo time. */
  explanation: z.string(),
  explanationText: phraseSchema,
  status: z.enum(clockStatuses),
  /** When the notification was made (met or late). */
  doneAt: isoDateTime.nullable(),
  /** Why no notification is due, when not required. */
  note: z.string().nullable(),
  noteText: phraseSchema.nullable(),
});
export type BreachClock = z.infer<typeof breachClockSchema>;

export const breachCustomerSchema = z.object({
  organisationId: id,
  name: z.string(),
  agreement: z.object({ id, reference: z.string(), status: z.string() }).nullable(),
  noticeHours: z.number().int().nullable(),
  /** The agreement promises more than 48 hours: too little is left of the controller's 72. */
  noticeHoursFlag: z.boolean(),
  dueAt: isoDateTime,
  toldAt: isoDateTime.nullable(),
  toldHow: z.enum(customerNoticeMethods).nullable(),
  toldTo: z.string().nullable(),
  note: z.string().nullable(),
  lateReason: z.string().nullable(),
  recordedBy: z.string().nullable(),
});
export type BreachCustomer = z.infer<typeof breachCustomerSchema>;

export const breachNotificationSchema = z.object({
  id,
  phase: z.enum(notificationPhases),
  sentAt: isoDateTime,
  reference: z.string().nullable(),
  sentBy: z.string(),
  summary: z.string().nullable(),
  delayReasons: z.string().nullable(),
  /** The first notification came after the 72 hours. */
  late: z.boolean(),
  recordedBy: z.string(),
  recordedAt: isoDateTime,
});
export type BreachNotification = z.infer<typeof breachNotificationSchema>;

export const obligationSchema = z.object({
  key: z.string(),
  label: z.string(),
  labelText: phraseSchema,
  met: z.boolean(),
  detail: z.string().nullable(),
  detailText: phraseSchema.nullable(),
});
export type BreachObligation = z.infer<typeof obligationSchema>;

export const breachTimelineSchema = z.object({
  id,
  at: isoDateTime,
  by: z.string(),
  kind: z.string(),
  summary: z.string(),
  summaryText: phraseSchema.nullable(),
});

export const breachDetailSchema = z.object({
  id,
  number: z.string(),
  /** Kept instead of erased (Art. 17(3)): restricted, on this ground. */
  restricted: restrictionSchema.optional(),
  state,
  title: z.string(),
  description: z.string(),
  occurredFrom: isoDateTime.nullable(),
  occurredTo: isoDateTime.nullable(),
  awareAt: isoDateTime,
  discovery: z.string().nullable(),
  capacity,
  customers: z.array(breachCustomerSchema),
  subjectCategories: z.array(z.enum(subjectCategories)),
  subjectsApprox: z.number().int().nullable(),
  dataTypes: z.array(z.enum(dataTypeKeys)),
  specialCategories: z.boolean(),
  recordsApprox: z.number().int().nullable(),
  consequences: z.string().nullable(),
  measuresTaken: z.string().nullable(),
  measuresPlanned: z.string().nullable(),
  contactPoint: z.string().nullable(),
  assessment: z
    .object({
      risk,
      reasons: z.string(),
      noNotificationReasons: z.string().nullable(),
      assessedBy: z.string(),
      assessedAt: isoDateTime,
    })
    .nullable(),
  clocks: z.array(breachClockSchema),
  notifications: z.array(breachNotificationSchema),
  subjects: z.object({
    /** High risk, as controller: the people must be told or an exception of 34(3) recorded. */
    required: z.boolean(),
    /** When the breach was assessed as high risk: the Art. 34 clock runs from it. */
    highRiskAt: isoDateTime.nullable(),
    dueAt: isoDateTime.nullable(),
    toldAt: isoDateTime.nullable(),
    how: z.enum(subjectNoticeMethods).nullable(),
    count: z.number().int().nullable(),
    message: z.string().nullable(),
    exception: z.enum(subjectExceptions).nullable(),
    explanation: z.string().nullable(),
    publicNoticeAt: isoDateTime.nullable(),
    publicNoticeWhere: z.string().nullable(),
    recordedBy: z.string().nullable(),
    recordedAt: isoDateTime.nullable(),
  }),
  inquiries: z.array(
    z.object({
      id,
      number: z.string(),
      receivedAt: isoDateTime,
      summary: z.string(),
      reportedFrom: z.boolean(),
    }),
  ),
  /** What must be met or decided before the breach can be closed. */
  obligations: z.array(obligationSchema),
  timeline: z.array(breachTimelineSchema),
  reportedBy: z.string(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  closedAt: isoDateTime.nullable(),
  closedBy: z.string().nullable(),
  closingNote: z.string().nullable(),
  /** The core's time when this was read: the clocks count from it. */
  now: isoDateTime,
});
export type BreachDetail = z.infer<typeof breachDetailSchema>;

export const breachSummarySchema = z.object({
  id,
  number: z.string(),
  /** Kept instead of erased (Art. 17(3)): restricted, on this ground. */
  restricted: restrictionSchema.optional(),
  title: z.string(),
  state,
  capacity,
  customerNames: z.array(z.string()),
  risk: risk.nullable(),
  specialCategories: z.boolean(),
  awareAt: isoDateTime,
  /** The most pressing running clock, or null when none runs. */
  nextClock: breachClockSchema.nullable(),
  /** Every clock, for the list's clock column. */
  clocks: z.array(breachClockSchema),
  notifiedAuthority: z.boolean(),
});
export type BreachSummary = z.infer<typeof breachSummarySchema>;

export const breachListStates = ['open', 'reported', 'assessed', 'closed', 'all'] as const;
export type BreachListState = (typeof breachListStates)[number];
export const breachRiskFilters = [...riskLevels, 'unassessed'] as const;
export type BreachRiskFilter = (typeof breachRiskFilters)[number];
/** running: a clock runs (overdue ones included); overdue: past due; stopped: no clock runs. */
export const breachClockFilters = ['running', 'overdue', 'stopped'] as const;
export type BreachClockFilter = (typeof breachClockFilters)[number];
export const breachSortFields = ['awareAt', 'number', 'nextDueAt', 'title', 'risk'] as const;

export const breachFilterShape = {
  state: z.enum(breachListStates).default('open'),
  risk: z.enum(breachRiskFilters).optional(),
  capacity: capacity.optional(),
  clock: z.enum(breachClockFilters).optional(),
  /** Became aware on or after / on or before these calendar days (Oslo). */
  from: isoDate.optional(),
  to: isoDate.optional(),
  q: z.string().trim().max(200).optional(),
};
export const breachFilter = z.strictObject(breachFilterShape);
export type BreachFilter = z.output<typeof breachFilter>;

export const breachListInput = z.strictObject({
  ...pageRequest,
  ...breachFilterShape,
  sort: z.enum(breachSortFields).default('awareAt'),
  direction: z.enum(['asc', 'desc']).default('desc'),
});
export type BreachListInput = z.input<typeof breachListInput>;

/** What someone who reported a breach from an inquiry may know of it: its number and state. */
export const reportedBreachSchema = z.object({ id, number: z.string(), state, reportedFrom: z.boolean() });
export type ReportedBreach = z.infer<typeof reportedBreachSchema>;

const handlers = ['dpo', 'admin'] as const;
const everyone = ['agent', 'dpo', 'admin'] as const;
const breachRef = { id };
const reason = (label: string) => requiredText(label, 4000);

export const breachesChannels = {
  'breaches.list': query({ access: handlers, input: breachListInput, output: pageOf(breachSummarySchema) }),
  'breaches.counts': query({
    personalData: false,
    access: handlers,
    input: z.strictObject({}).optional().default({}),
    output: z.object({
      open: z.number().int(),
      reported: z.number().int(),
      running: z.number().int(),
      overdue: z.number().int(),
      now: isoDateTime,
    }),
  }),
  /** The core's time, polled by the live clocks (reading it reads no personal data). */
  'breaches.now': query({
    personalData: false,
    access: handlers,
    input: z.strictObject({}).optional().default({}),
    output: z.object({ now: isoDateTime }),
  }),
  /** Reading a breach is audited: it holds personal data. */
  'breaches.get': query({ access: handlers, input: z.strictObject(breachRef), output: breachDetailSchema }),
  'breaches.history': query({
    access: handlers,
    input: z.strictObject(breachRef),
    output: z.array(auditEntrySchema),
  }),
  'breaches.create': command({
    access: handlers,
    input: newBreachFields,
    output: z.object({ id, number: z.string() }),
  }),
  /**
   * Anyone who can see an inquiry reports a possible breach from it. The breach awaits the DPO's
   * assessment; the reporter then sees its number and state, nothing more.
   */
  'breaches.reportFromInquiry': command({
    access: everyone,
    input: z.strictObject({
      inquiryId: id,
      /** Defaults to the inquiry's received time. */
      awareAt: isoDateTime.optional(),
      description: optionalText('What happened', 10_000),
    }),
    output: reportedBreachSchema,
  }),
  'breaches.update': command({
    access: handlers,
    input: z.strictObject({ id, changes: breachDetailFields }),
    output: breachDetailSchema,
  }),
  'breaches.changeAwareness': command({
    access: handlers,
    input: z.strictObject({ id, awareAt: isoDateTime, reason: reason('Why the time changes') }),
    output: breachDetailSchema,
  }),
  /** Only the data protection officer assesses the risk (and so decides whether to notify). */
  'breaches.assess': command({
    access: ['dpo'],
    input: z.strictObject({
      id,
      risk,
      reasons: reason('The reasons for the assessment'),
      noNotificationReasons: optionalText('Why Datatilsynet is not notified', 4000),
    }),
    output: breachDetailSchema,
  }),
  'breaches.notifyAuthority': command({
    access: handlers,
    input: z.strictObject({
      id,
      phase: z.enum(notificationPhases, { error: 'Choose the phase' }),
      sentAt: isoDateTime,
      reference: optionalText("Datatilsynet's reference", 100),
      sentBy: optionalText('Sent by', 200),
      summary: optionalText('What was notified', 10_000),
      delayReasons: optionalText('The reasons for the delay', 4000),
    }),
    output: breachDetailSchema,
  }),
  'breaches.notifyCustomer': command({
    access: handlers,
    input: z.strictObject({
      id,
      organisationId: id,
      toldAt: isoDateTime,
      how: z.enum(customerNoticeMethods, { error: 'Choose how the customer was told' }),
      toldTo: requiredText('To whom', 300),
      note: optionalText('Note', 4000),
      lateReason: optionalText('Why it was late', 4000),
    }),
    output: breachDetailSchema,
  }),
  'breaches.recordSubjectsTold': command({
    access: handlers,
    input: z.strictObject({
      id,
      toldAt: isoDateTime,
      how: z.enum(subjectNoticeMethods, { error: 'Choose how the people were told' }),
      count: z.number().int().min(0).max(100_000_000).nullable().default(null),
      message: requiredText('What the people were told', 10_000),
    }),
    output: breachDetailSchema,
  }),
  /** A legal judgement (Art. 34(3)): the data protection officer's. */
  'breaches.recordSubjectsException': command({
    access: ['dpo'],
    input: z
      .strictObject({
        id,
        exception: z.enum(subjectExceptions, { error: 'Choose the exception that applies' }),
        explanation: reason('The explanation'),
        publicNoticeAt: isoDateTime.nullable().default(null),
        publicNoticeWhere: optionalText('Where the public notice was given', 500),
      })
      .superRefine((value, context) => {
        if (value.exception !== 'disproportionate') return;
        if (!value.publicNoticeAt)
          context.addIssue({
            code: 'custom',
            path: ['publicNoticeAt'],
            message: 'Give when the public notice was made',
          });
        if (!value.publicNoticeWhere)
          context.addIssue({
            code: 'custom',
            path: ['publicNoticeWhere'],
            message: 'Say where the public notice was given',
          });
      }),
    output: breachDetailSchema,
  }),
  'breaches.linkInquiry': command({
    access: handlers,
    input: z.strictObject({ id, inquiryId: id }),
    output: breachDetailSchema,
  }),
  'breaches.addNote': command({
    access: handlers,
    input: z.strictObject({ id, text: requiredText('The note', 4000) }),
    output: breachDetailSchema,
  }),
  'breaches.close': command({
    access: ['dpo'],
    input: z.strictObject({ id, note: optionalText('Closing note', 4000) }),
    output: breachDetailSchema,
  }),
  'breaches.export': command({
    changes: false,
    access: handlers,
    input: z.strictObject({ format: exportFormat, ...breachFilterShape }),
    output: fileDownloadSchema,
  }),
};
