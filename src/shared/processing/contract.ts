import { z } from 'zod';
import { phraseSchema } from '../i18n/phrases';
import { auditEntrySchema } from '../audit/contract';
import { command, query } from '../contract/channel';
import { countryCodes } from '../countries';
import { fileDownloadSchema } from '../files';
import { id, isoDate, isoDateTime, optionalText, requiredText } from '../validation';
import {
  agreementStatuses,
  derogations,
  sccModuleFor,
  specialCategories,
  transferBases,
  transferDirections,
} from '../agreements/rules';
import { activityRoles, legalBases } from './rules';

const role = z.enum(activityRoles, { error: 'Choose whether we are controller or processor' });
const country = z.enum(countryCodes, { error: 'Choose a country from the list' });

function textList(label: string, maxItems: number) {
  return z
    .array(
      z
        .string()
        .trim()
        .min(1, `${label}: an entry is empty`)
        .max(300, `${label}: an entry can be at most 300 characters`),
    )
    .max(maxItems, `${label}: at most ${maxItems} entries`)
    .default([])
    .transform((list) => [...new Set(list)]);
}

/** A transfer outside the EEA as the record states it (Art. 30(1)(e), 30(2)(c)). */
export const activityTransferFields = z
  .strictObject({
    recipient: requiredText('The recipient', 200),
    country,
    basis: z.enum(transferBases, { error: 'Choose the transfer basis' }),
    direction: z
      .enum(transferDirections, { error: 'Choose who exports to whom' })
      .default('controller-processor'),
    sccModule: z
      .number({ error: 'Choose the module' })
      .int()
      .min(1, 'The modules are numbered 1 to 4')
      .max(4, 'The modules are numbered 1 to 4')
      .nullable()
      .default(null),
    derogation: z.enum(derogations, { error: 'Choose the derogation' }).nullable().default(null),
    occasional: z.boolean().default(false),
    adequacyConfirmed: z.boolean().default(false),
    tiaDone: z.boolean().default(false),
    /** The safeguards documented, as Art. 30(1)(e) asks for a transfer under Art. 49(1), second subparagraph. */
    safeguards: optionalText('The safeguards', 2000),
  })
  .superRefine((value, context) => {
    const issue = (path: string, message: string) =>
      context.addIssue({ code: 'custom', path: [path], message });
    if (value.basis === 'scc' && value.sccModule === null)
      issue('sccModule', 'Choose the module of the standard contractual clauses');
    if (
      value.basis === 'scc' &&
      value.sccModule !== null &&
      value.sccModule !== sccModuleFor[value.direction]
    )
      issue(
        'sccModule',
        `This direction uses module ${sccModuleFor[value.direction]}, not module ${value.sccModule}`,
      );
    if (value.basis === 'derogation' && value.derogation === null)
      issue('derogation', 'Choose which Art. 49 derogation applies');
    if (value.basis === 'derogation' && !value.occasional)
      issue(
        'occasional',
        'An Art. 49 derogation covers occasional transfers only: a regular, repeated transfer needs SCCs or BCRs',
      );
    if (value.derogation === 'compelling-interests' && !value.safeguards)
      issue('safeguards', 'Document the suitable safeguards (Art. 30(1)(e), 49(1) second subparagraph)');
  });
export type ActivityTransferInput = z.input<typeof activityTransferFields>;

/** Everything an administrator records about one processing activity. */
export const activityFields = z
  .strictObject({
    role,
    name: requiredText('The name of the processing', 200),
    purposes: optionalText('The purposes', 4000),
    legalBases: z
      .array(z.enum(legalBases, { error: 'Choose the legal bases from the list' }))
      .max(legalBases.length)
      .default([])
      .transform((list) => legalBases.filter((basis) => list.includes(basis))),
    legalBasisNote: optionalText('Note on the legal basis', 2000),
    dataSubjects: textList('Categories of people', 30),
    dataCategories: textList('Categories of personal data', 50),
    specialCategories: z
      .array(z.enum(specialCategories, { error: 'Choose special categories from the list' }))
      .default([])
      .transform((list) => [...new Set(list)]),
    recipients: textList('Categories of recipients', 30),
    transfers: z.array(activityTransferFields).max(20, 'At most 20 transfers').default([]),
    retention: optionalText('The time limits for erasure', 2000),
    securityMeasures: optionalText('The security measures', 4000),
    /** As processor: the customer (the controller) and its agreement in the register. */
    customerId: id.nullable().default(null),
    agreementId: id.nullable().default(null),
    processingCategories: optionalText('The categories of processing', 4000),
    notes: optionalText('Notes', 4000),
  })
  .superRefine((value, context) => {
    if (value.role === 'processor' && value.customerId === null)
      context.addIssue({
        code: 'custom',
        path: ['customerId'],
        message: 'Choose the customer we process for',
      });
    if (value.role === 'controller' && (value.customerId !== null || value.agreementId !== null))
      context.addIssue({
        code: 'custom',
        path: ['customerId'],
        message: 'A record as controller names no customer: the processing is ours',
      });
  });
export type ActivityInput = z.input<typeof activityFields>;
export type ActivityFields = z.output<typeof activityFields>;

const named = z.object({ id, name: z.string() });

export const activityTransferSchema = z.object({
  recipient: z.string(),
  country: z.string(),
  basis: z.enum(transferBases),
  direction: z.enum(transferDirections),
  sccModule: z.number().int().nullable(),
  derogation: z.enum(derogations).nullable(),
  occasional: z.boolean(),
  adequacyConfirmed: z.boolean(),
  tiaDone: z.boolean(),
  safeguards: z.string().nullable(),
  /** The basis is not valid as recorded. */
  errors: z.array(z.string()),
  errorTexts: z.array(phraseSchema),
});
export type ActivityTransfer = z.infer<typeof activityTransferSchema>;

export const activitySummarySchema = z.object({
  id,
  reference: z.string(),
  role,
  name: z.string(),
  purposes: z.string().nullable(),
  customer: named.nullable(),
  agreement: z.object({ id, reference: z.string(), status: z.enum(agreementStatuses) }).nullable(),
  /** Countries outside the EEA the data goes to. */
  countries: z.array(z.string()),
  /** What Art. 30 requires that the record does not yet say. */
  missing: z.array(z.string()),
  missingTexts: z.array(phraseSchema),
  /** A transfer lacks a valid basis. */
  transferFlag: z.boolean(),
  archived: z.boolean(),
  updatedAt: isoDateTime,
});
export type ActivitySummary = z.infer<typeof activitySummarySchema>;

export const activityDetailSchema = activitySummarySchema.extend({
  legalBases: z.array(z.enum(legalBases)),
  legalBasisNote: z.string().nullable(),
  dataSubjects: z.array(z.string()),
  dataCategories: z.array(z.string()),
  specialCategories: z.array(z.enum(specialCategories)),
  recipients: z.array(z.string()),
  transfers: z.array(activityTransferSchema),
  retention: z.string().nullable(),
  securityMeasures: z.string().nullable(),
  processingCategories: z.string().nullable(),
  notes: z.string().nullable(),
  archive: z.object({ at: isoDateTime, by: z.string(), reason: z.string() }).nullable(),
  createdAt: isoDateTime,
  canEdit: z.boolean(),
});
export type ActivityDetail = z.infer<typeof activityDetailSchema>;

/** A customer agreement in force that has no record as processor yet (Art. 30(2)). */
export const uncoveredAgreementSchema = z.object({
  agreementId: id,
  reference: z.string(),
  title: z.string(),
  customer: named,
});
export type UncoveredAgreement = z.infer<typeof uncoveredAgreementSchema>;

const readers = ['admin', 'dpo'] as const;
const admin = ['admin'] as const;

export const processingChannels = {
  /** The register: records as controller and as processor, the archived ones on request. */
  'processing.list': query({
    access: readers,
    input: z
      .strictObject({
        role: role.optional(),
        q: z.string().trim().max(200).optional(),
        includeArchived: z.boolean().default(false),
      })
      .optional()
      .default({ includeArchived: false }),
    output: z.object({
      rows: z.array(activitySummarySchema),
      /** Customer agreements in force without a record as processor. */
      uncovered: z.array(uncoveredAgreementSchema),
      today: isoDate,
    }),
  }),
  'processing.get': query({ access: readers, input: z.strictObject({ id }), output: activityDetailSchema }),
  /** The change history, from the audit log. */
  'processing.history': query({
    access: readers,
    input: z.strictObject({ id }),
    output: z.array(auditEntrySchema),
  }),
  'processing.create': command({ access: admin, input: activityFields, output: activityDetailSchema }),
  /** A record as processor, filled from a customer agreement of the register (Art. 30(2)). */
  'processing.createFromAgreement': command({
    access: admin,
    input: z.strictObject({ agreementId: id }),
    output: activityDetailSchema,
  }),
  'processing.update': command({
    access: admin,
    input: z.strictObject({ id, changes: activityFields }),
    output: activityDetailSchema,
  }),
  /** A processing that has stopped leaves the record; it is kept, marked archived, and can be restored. */
  'processing.archive': command({
    access: admin,
    input: z.strictObject({ id, reason: requiredText('Why the processing stopped', 2000) }),
    output: activityDetailSchema,
  }),
  'processing.restore': command({
    access: admin,
    input: z.strictObject({ id }),
    output: activityDetailSchema,
  }),
  /** The record as a PDF (for Datatilsynet, Art. 30(4)) or XLSX; the export is audited. */
  'processing.export': command({
    changes: false,
    access: readers,
    input: z.strictObject({
      format: z.enum(['pdf', 'xlsx'], { error: 'Choose PDF or XLSX' }),
      includeArchived: z.boolean().default(false),
    }),
    output: fileDownloadSchema,
  }),
};
