import { restrictionSchema } from '../erasure/contract';
import { z } from 'zod';
import { auditEntrySchema } from '../audit/contract';
import { reportedBreachSchema } from '../breaches/contract';
import { command, query } from '../contract/channel';
import { exportFormat, fileDownloadSchema } from '../files';
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
import { directions, inquiryCategories, inquiryChannels, inquiryStatuses } from './rules';

const channel = z.enum(inquiryChannels, { error: 'Choose the channel' });
const direction = z.enum(directions, { error: 'Choose incoming or outgoing' });
const category = z.enum(inquiryCategories, { error: 'Choose a category' });
const status = z.enum(inquiryStatuses, { error: 'Choose a status' });

const email = optionalEmail;
const phone = optionalPhone;

/**
 * What an agent records about one inquiry. `onBehalfOfId` null means the company's own processing
 * (as controller). The received time may not be in the future (checked in core, against its clock).
 */
const inquiryShape = {
  channel,
  direction: direction.default('incoming'),
  receivedAt: isoDateTime,
  onBehalfOfId: id.nullable(),
  personName: optionalText('Name', 200),
  personPhone: phone,
  personEmail: email,
  personReference: optionalText("The customer's reference", 100),
  noContactReason: optionalText('The reason', 300),
  category,
  summary: requiredText('Summary', 300).refine((value) => !/[\r\n]/.test(value), {
    message: 'The summary is one line',
  }),
  notes: optionalText('Notes', 10_000),
  status: status.default('open'),
  outcome: optionalText('Outcome', 500),
  followUpOn: isoDate.nullable().default(null),
  assignedToId: id.optional(),
  callSeconds: z.number().int().min(0).max(86_400).nullable().default(null),
};

function contactRule(
  value: { personPhone?: string; personEmail?: string; noContactReason?: string },
  context: z.RefinementCtx,
): void {
  if (!value.personPhone && !value.personEmail && !value.noContactReason) {
    context.addIssue({
      code: 'custom',
      path: ['noContactReason'],
      message: 'Give a phone number or an e-mail address, or say why there is none',
    });
  }
}

function closingRule(value: { status: string; outcome?: string }, context: z.RefinementCtx): void {
  if (value.status === 'closed' && !value.outcome) {
    context.addIssue({ code: 'custom', path: ['outcome'], message: 'Closing needs an outcome line' });
  }
}

export const inquiryFields = z.strictObject(inquiryShape).superRefine(contactRule).superRefine(closingRule);
export type InquiryInput = z.input<typeof inquiryFields>;
export type InquiryFields = z.output<typeof inquiryFields>;

export const inquirySortFields = ['receivedAt', 'followUpOn', 'personName', 'status', 'category'] as const;

export const followUpFilters = ['due', 'today', 'planned'] as const;

export const inquiryFilterShape = {
  q: z.string().trim().max(200).optional(),
  channel: channel.optional(),
  category: category.optional(),
  /** 'active' is every status except closed. */
  status: z.enum([...inquiryStatuses, 'active']).optional(),
  /** An organisation id, or 0 for the company's own processing. */
  onBehalfOfId: z.number().int().min(0).optional(),
  assignedToId: id.optional(),
  /** Received on or after / on or before these calendar days (Oslo). */
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** due: follow-up date today or earlier on an inquiry not closed. */
  followUp: z.enum(followUpFilters).optional(),
};
export const inquiryFilter = z.strictObject(inquiryFilterShape);
export type InquiryFilter = z.output<typeof inquiryFilter>;

export const inquiryListInput = z.strictObject({
  ...pageRequest,
  ...inquiryFilterShape,
  sort: z.enum(inquirySortFields).default('receivedAt'),
  direction: z.enum(['asc', 'desc']).default('desc'),
});
export type InquiryListInput = z.input<typeof inquiryListInput>;

const named = z.object({ id, name: z.string() });

export const inquirySummarySchema = z.object({
  id,
  number: z.string(),
  channel,
  direction,
  receivedAt: isoDateTime,
  onBehalfOf: named.nullable(),
  personName: z.string().nullable(),
  personPhone: z.string().nullable(),
  personEmail: z.string().nullable(),
  category,
  summary: z.string(),
  status,
  followUpOn: isoDate.nullable(),
  followUpDue: z.boolean(),
  assignedTo: named,
  /** Kept instead of erased (Art. 17(3)): restricted, on this ground. */
  restricted: restrictionSchema.optional(),
});
export type InquirySummary = z.infer<typeof inquirySummarySchema>;

export const inquiryDetailSchema = inquirySummarySchema.extend({
  personReference: z.string().nullable(),
  noContactReason: z.string().nullable(),
  notes: z.string().nullable(),
  outcome: z.string().nullable(),
  callSeconds: z.number().int().nullable(),
  loggedBy: named,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  closedAt: isoDateTime.nullable(),
  closedBy: z.string().nullable(),
  /** Rights-request cases opened from or linked to it: what an agent may know of them. */
  cases: z.array(
    z.object({
      id,
      number: z.string(),
      state: z.enum(['open', 'closed']),
      dueDate: isoDate,
      openedFrom: z.boolean(),
    }),
  ),
  /** Breaches reported from or linked to it: their number and state, nothing more. */
  breaches: z.array(reportedBreachSchema),
  /** What the user may do with it. */
  canEdit: z.boolean(),
  canDelete: z.boolean(),
});
export type InquiryDetail = z.infer<typeof inquiryDetailSchema>;

/**
 * What the desk already knows of a caller, looked up by the phone number or e-mail address being
 * typed (exact matches: the phone's digits without spaces or +47, the address in any case). An
 * agent sees their own inquiries (logged or assigned), and of cases only those opened from or linked
 * to such an inquiry (number, state and due date); of other open cases only how many there are.
 */
export const callerHistoryInput = z.strictObject({
  phone: optionalPhone,
  email: z.string().trim().max(200).optional(),
  /** The inquiry being edited, left out of its own history. */
  excludeInquiryId: id.optional(),
});

const matchedOn = z.array(z.enum(['phone', 'email']));

export const callerHistorySchema = z.object({
  /** False when neither the phone nor the e-mail is complete enough to look up. */
  searched: z.boolean(),
  inquiries: z.array(
    z.object({
      id,
      number: z.string(),
      receivedAt: isoDateTime,
      channel,
      category,
      status,
      summary: z.string(),
      personName: z.string().nullable(),
      matchedOn,
    }),
  ),
  /** More earlier inquiries match than are listed. */
  moreInquiries: z.boolean(),
  /** Open rights-request cases of the same phone or e-mail the user may know of. */
  cases: z.array(
    z.object({
      id,
      number: z.string(),
      dueDate: isoDate,
      /** Whether the user may open the case (the DPO and administrators). */
      canOpen: z.boolean(),
      matchedOn,
    }),
  ),
  /** Open cases of the same phone or e-mail the user may not see (agents only). */
  otherOpenCases: z.number().int().min(0),
});
export type CallerHistory = z.infer<typeof callerHistorySchema>;

const inquiryRef = { id };
const reason = (label: string) => requiredText(label, 500);
const everyone = ['agent', 'dpo', 'admin'] as const;

export const inquiriesChannels = {
  /**
   * `total` is exact up to 10,000; beyond that it is 10,000 and `capped` is true. `notice` says when
   * the list looked at fewer inquiries than asked: a one- or two-character search (the newest 2,000
   * only), or a sort other than received time over more than 2,000 matches (the newest 2,000 sorted,
   * `total` 2,000). The screen shows it as it is.
   */
  'inquiries.list': query({
    access: everyone,
    input: inquiryListInput,
    output: pageOf(inquirySummarySchema).extend({ capped: z.boolean(), notice: z.string().optional() }),
  }),
  /** The core's clock, so a new form's "received at" and the timer agree with the server's "now". */
  'inquiries.defaults': query({
    personalData: false,
    access: everyone,
    input: z.strictObject({}).optional().default({}),
    output: z.object({ now: isoDateTime, today: isoDate }),
  }),
  /** Earlier inquiries and open cases of a phone number or e-mail address; audited like a list. */
  'inquiries.callerHistory': query({
    access: everyone,
    input: callerHistoryInput,
    output: callerHistorySchema,
  }),
  /** Reading an inquiry is audited: it holds personal data. */
  'inquiries.get': query({
    access: everyone,
    input: z.strictObject(inquiryRef),
    output: inquiryDetailSchema,
  }),
  /** The change history, from the audit log. */
  'inquiries.history': query({
    access: everyone,
    input: z.strictObject(inquiryRef),
    output: z.array(auditEntrySchema),
  }),
  'inquiries.create': command({ access: everyone, input: inquiryFields, output: inquiryDetailSchema }),
  'inquiries.update': command({
    access: everyone,
    input: z.strictObject({ id, changes: inquiryFields }),
    output: inquiryDetailSchema,
  }),
  'inquiries.close': command({
    access: everyone,
    input: z.strictObject({ id, outcome: requiredText('Outcome', 500) }),
    output: inquiryDetailSchema,
  }),
  'inquiries.reopen': command({
    access: everyone,
    input: z.strictObject(inquiryRef),
    output: inquiryDetailSchema,
  }),
  /** Soft delete: gone from lists and search, kept until the retention purge. */
  'inquiries.delete': command({
    access: ['admin'],
    input: z.strictObject({ id, reason: reason('The reason for deleting') }),
    output: z.object({ id, number: z.string() }),
  }),
  'inquiries.restore': command({
    access: ['admin'],
    input: z.strictObject(inquiryRef),
    output: inquiryDetailSchema,
  }),
  'inquiries.export': command({
    changes: false,
    access: everyone,
    input: z.strictObject({ format: exportFormat, ...inquiryFilterShape }),
    output: fileDownloadSchema,
  }),
};
