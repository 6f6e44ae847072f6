import { z } from 'zod';
import { auditEntrySchema } from '../audit/contract';
import { command, query } from '../contract/channel';
import { countryCodes } from '../countries';
import { exportFormat, fileDownloadSchema } from '../files';
import { phraseSchema } from '../i18n/phrases';
import { id, isoDate, isoDateTime, optionalText, pageOf, pageRequest, requiredText } from '../validation';
import {
  agreementStatuses,
  authorisationTypes,
  basisFilters,
  checklistFilters,
  clauseKeys,
  clauseStates,
  companyRoles,
  derogations,
  endOfProcessingOptions,
  noticeChanges,
  objectionResolutions,
  securityResults,
  specialCategories,
  transferBases,
  transferDirections,
} from './rules';

const companyRole = z.enum(companyRoles, { error: 'Choose whether we are controller or processor' });
const status = z.enum(agreementStatuses, { error: 'Choose a status from the list' });
const country = z.enum(countryCodes, { error: 'Choose a country from the list' });
const date = isoDate.nullable().default(null);

function unique<T>(list: T[]): T[] {
  return [...new Set(list)];
}

function textList(label: string, maxItems: number) {
  return z
    .array(
      z
        .string()
        .trim()
        .min(1, `${label}: an entry is empty`)
        .max(200, `${label}: an entry can be at most 200 characters`),
    )
    .max(maxItems, `${label}: at most ${maxItems} entries`)
    .default([])
    .transform(unique);
}

/** Everything an administrator records about one agreement (termination has its own command). */
const agreementShape = {
  reference: z
    .string()
    .trim()
    .max(40, 'The reference can be at most 40 characters')
    .regex(/^[A-Za-z0-9 ._/-]*$/, 'Use letters, digits, spaces and . _ / - in the reference')
    .optional()
    .transform((value) => (value ? value : undefined)),
  title: requiredText('Title', 200),
  companyRole,
  organisationId: id.nullable().default(null),
  status: status.default('draft'),
  signedOn: date,
  effectiveOn: date,
  expiryOn: date,
  /** Left empty, it follows the review interval setting from the effective (or signed) date. */
  nextReviewOn: date,
  subjectMatter: optionalText('Subject matter', 4000),
  duration: optionalText('Duration', 1000),
  naturePurpose: optionalText('Nature and purpose', 4000),
  dataTypes: textList('Types of personal data', 50),
  specialCategories: z
    .array(z.enum(specialCategories, { error: 'Choose special categories from the list' }))
    .default([])
    .transform(unique),
  dataSubjects: textList('Categories of data subjects', 30),
  locations: z.array(country).max(50, 'At most 50 locations').default([]).transform(unique),
  breachNoticeHours: z
    .number({ error: 'Enter the number of hours' })
    .int('Enter whole hours')
    .min(1, 'At least 1 hour')
    .max(720, 'At most 720 hours (30 days)')
    .nullable()
    .default(null),
  securityAssessedOn: date,
  securityResult: z.enum(securityResults, { error: 'Choose the result' }).nullable().default(null),
  securityNotes: optionalText('Notes on the assessment', 4000),
  securityEvidenceId: id.nullable().default(null),
  subprocessorAuthorisation: z
    .enum(authorisationTypes, { error: 'Choose specific or general authorisation' })
    .nullable()
    .default(null),
  notes: optionalText('Notes', 10_000),
};

export const agreementFields = z.strictObject(agreementShape).superRefine((value, context) => {
  const issue = (path: string, message: string) =>
    context.addIssue({ code: 'custom', path: [path], message });
  if (value.organisationId === null)
    issue(
      'organisationId',
      value.companyRole === 'processor' ? 'Choose the customer' : 'Choose the supplier',
    );
  if (value.expiryOn && value.effectiveOn && value.expiryOn <= value.effectiveOn)
    issue('expiryOn', 'The agreement must expire after it takes effect');
  if (value.status === 'active' || value.status === 'suspended') {
    if (!value.signedOn) issue('signedOn', 'An agreement in force needs the date it was signed');
    if (!value.effectiveOn) issue('effectiveOn', 'An agreement in force needs the date it took effect');
  }
  if (value.status === 'expired' && !value.expiryOn)
    issue('expiryOn', 'An expired agreement needs its expiry date');
  if (value.securityResult && !value.securityAssessedOn)
    issue('securityAssessedOn', 'Give the date of the security assessment');
  if (value.securityAssessedOn && !value.securityResult)
    issue('securityResult', 'Give the result of the security assessment');
});
export type AgreementInput = z.input<typeof agreementFields>;
export type AgreementFields = z.output<typeof agreementFields>;

export const agreementSortFields = [
  'reference',
  'title',
  'organisation',
  'status',
  'nextReviewOn',
  'expiryOn',
  'completeness',
] as const;

export const dueFilters = ['any', 'review-soon', 'review-overdue', 'expiring', 'expired-active'] as const;
export type DueFilter = (typeof dueFilters)[number];

export const agreementFilterShape = {
  /** Words in the title, the reference or the organisation's name. */
  q: z.string().trim().max(200).optional(),
  companyRole: companyRole.optional(),
  status: status.optional(),
  checklist: z.enum(checklistFilters).optional(),
  due: z.enum(dueFilters).optional(),
  /** A processing location, a transfer's country or a declared sub-processor's country. */
  country: country.optional(),
  /** A recorded transfer basis, or "flagged": a non-EEA location or transfer without a valid basis. */
  basis: z.enum(basisFilters).optional(),
  organisationId: id.optional(),
};
export const agreementFilter = z.strictObject(agreementFilterShape);
export type AgreementFilter = z.output<typeof agreementFilter>;

export const agreementListInput = z.strictObject({
  ...pageRequest,
  ...agreementFilterShape,
  sort: z.enum(agreementSortFields).default('nextReviewOn'),
  direction: z.enum(['asc', 'desc']).default('asc'),
});
export type AgreementListInput = z.input<typeof agreementListInput>;

const named = z.object({ id, name: z.string() });

export const checklistSummarySchema = z.object({
  total: z.number().int(),
  present: z.number().int(),
  missing: z.number().int(),
  notApplicable: z.number().int(),
  unchecked: z.number().int(),
  percent: z.number().int(),
});

export const agreementAlertKinds = ['review-soon', 'review-overdue', 'expiring', 'expired-active'] as const;
export type AgreementAlert = (typeof agreementAlertKinds)[number];

export const agreementSummarySchema = z.object({
  id,
  reference: z.string(),
  title: z.string(),
  companyRole,
  /** The status as it stands today: an agreement past its expiry date is expired whatever was recorded. */
  status,
  /** The status as recorded (differs when an agreement past its expiry date is still marked in force). */
  recordedStatus: status,
  organisation: named.extend({ country: z.string() }),
  signedOn: isoDate.nullable(),
  effectiveOn: isoDate.nullable(),
  expiryOn: isoDate.nullable(),
  nextReviewOn: isoDate.nullable(),
  checklist: checklistSummarySchema,
  /** A non-EEA location or transfer lacks a valid basis. */
  transferFlag: z.boolean(),
  /** The processor promised to tell of a breach in more than 48 hours: too little of the controller's 72. */
  noticeHoursFlag: z.boolean(),
  /** Countries outside the EEA where the data goes (locations, transfers, declared sub-processors). */
  countries: z.array(z.string()),
  bases: z.array(z.enum(transferBases)),
  specialCategories: z.array(z.enum(specialCategories)),
  alerts: z.array(z.enum(agreementAlertKinds)),
});
export type AgreementSummary = z.infer<typeof agreementSummarySchema>;

export const agreementDeadlineKinds = [
  'review-due',
  'review-overdue',
  'expiring',
  'expired-active',
  'objection-closing',
  'objection-open',
] as const;
export type AgreementDeadlineKind = (typeof agreementDeadlineKinds)[number];

/** One thing due on an agreement: the register's "due" panel, the dashboard and the reminders read these. */
export const agreementDeadlineSchema = z.object({
  kind: z.enum(agreementDeadlineKinds),
  key: z.string(),
  agreementId: id,
  reference: z.string(),
  title: z.string(),
  organisationName: z.string(),
  noticeId: id.nullable(),
  due: isoDate,
  /** Negative when the date has passed. */
  daysLeft: z.number().int(),
  summary: z.string(),
  summaryText: phraseSchema,
});
export type AgreementDeadline = z.infer<typeof agreementDeadlineSchema>;

const agreementRef = z.object({ id, reference: z.string(), title: z.string(), status });

export const clauseSchema = z.object({
  key: z.enum(clauseKeys),
  label: z.string(),
  article: z.string(),
  help: z.string(),
  state: z.enum(clauseStates),
  clauseRef: z.string().nullable(),
  note: z.string().nullable(),
  checkedAt: isoDateTime.nullable(),
  checkedBy: z.string().nullable(),
});
export type Clause = z.infer<typeof clauseSchema>;

export const transferSchema = z.object({
  id,
  importer: z.string(),
  country: z.string(),
  basis: z.enum(transferBases),
  sccModule: z.number().int().nullable(),
  direction: z.enum(transferDirections).nullable(),
  occasional: z.boolean(),
  derogation: z.enum(derogations).nullable(),
  /** The adequacy decision that covers the country today, for an adequacy transfer. */
  adequacyDecision: z
    .object({ reference: z.string(), adopted: isoDate, endsOn: isoDate.nullable() })
    .nullable(),
  adequacyConfirmed: z.boolean(),
  tiaDone: z.boolean(),
  tiaOn: isoDate.nullable(),
  supplementaryMeasures: z.string().nullable(),
  nextReviewOn: isoDate.nullable(),
  notes: z.string().nullable(),
  errors: z.array(z.string()),
  warnings: z.array(z.string()),
  errorTexts: z.array(phraseSchema),
  warningTexts: z.array(phraseSchema),
});
export type Transfer = z.infer<typeof transferSchema>;

export const noticeSchema = z.object({
  id,
  change: z.enum(noticeChanges),
  organisation: named.nullable(),
  description: z.string(),
  sentOn: isoDate,
  sentTo: z.string().nullable(),
  objectionDeadline: isoDate,
  objection: z.object({ receivedOn: isoDate, reason: z.string(), late: z.boolean() }).nullable(),
  /** The customer's explicit written approval of the change, when it gave one. */
  approval: z.object({ approvedOn: isoDate, note: z.string().nullable() }).nullable(),
  resolution: z
    .object({ outcome: z.enum(objectionResolutions), resolvedOn: isoDate, note: z.string().nullable() })
    .nullable(),
  /** window-open: the customer may still object; accepted: it did not, or approved; objected; resolved. */
  state: z.enum(['window-open', 'accepted', 'objected', 'resolved']),
  createdAt: isoDateTime,
  createdBy: z.string(),
});
export type ChangeNotice = z.infer<typeof noticeSchema>;

export const subprocessorSchema = z.object({
  id,
  organisation: named.extend({ country: z.string() }),
  supplierAgreement: agreementRef.extend({ transferFlag: z.boolean() }).nullable(),
  service: z.string().nullable(),
  authorisedOn: isoDate.nullable(),
  /** Under a general authorisation: the change notice that announced this sub-processor. */
  noticeId: id.nullable(),
  addedAt: isoDateTime,
  addedBy: z.string(),
  /** Why this link of the chain needs attention (no agreement with the supplier, not in force, …). */
  problems: z.array(z.string()),
  problemTexts: z.array(phraseSchema),
});
export type Subprocessor = z.infer<typeof subprocessorSchema>;

export const agreementDetailSchema = agreementSummarySchema.extend({
  lastReviewedOn: isoDate.nullable(),
  subjectMatter: z.string().nullable(),
  duration: z.string().nullable(),
  naturePurpose: z.string().nullable(),
  dataTypes: z.array(z.string()),
  dataSubjects: z.array(z.string()),
  locations: z.array(z.string()),
  breachNoticeHours: z.number().int().nullable(),
  security: z.object({
    assessedOn: isoDate.nullable(),
    result: z.enum(securityResults).nullable(),
    notes: z.string().nullable(),
    evidence: z.object({ id, fileName: z.string(), sha256: z.string(), removed: z.boolean() }).nullable(),
  }),
  subprocessorAuthorisation: z.enum(authorisationTypes).nullable(),
  termination: z
    .object({
      terminatedOn: isoDate,
      endOfProcessing: z.enum(endOfProcessingOptions),
      endConfirmedOn: isoDate.nullable(),
      note: z.string().nullable(),
    })
    .nullable(),
  notes: z.string().nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  clauses: z.array(clauseSchema),
  /** Customer agreement: the sub-processors we use for this customer. */
  subprocessors: z.array(subprocessorSchema),
  /** Supplier agreement: the customers whose data this supplier processes as our sub-processor. */
  usedFor: z.array(
    z.object({ linkId: id, agreement: agreementRef, customer: named, service: z.string().nullable() }),
  ),
  declaredSubprocessors: z.array(
    z.object({ id, name: z.string(), country: z.string(), service: z.string().nullable() }),
  ),
  notices: z.array(noticeSchema),
  transfers: z.array(transferSchema),
  coverage: z.array(
    z.object({
      country: z.string(),
      status: z.enum(['eea', 'adequate', 'partially-adequate', 'third-country']),
      coveredBy: z.enum(['adequacy', 'transfer']).nullable(),
    }),
  ),
  transferProblems: z.array(z.string()),
  transferProblemTexts: z.array(phraseSchema),
  /** Why the breach-notice promise is flagged, or null. */
  noticeHoursProblem: z.string().nullable(),
  noticeHoursProblemText: phraseSchema.nullable(),
  deadlines: z.array(agreementDeadlineSchema),
  /** What the signed-in user may do. */
  canEdit: z.boolean(),
  canTickChecklist: z.boolean(),
});
export type AgreementDetail = z.infer<typeof agreementDetailSchema>;

export const checklistItemInput = z
  .strictObject({
    key: z.enum(clauseKeys, { error: 'Unknown checklist item' }),
    state: z.enum(clauseStates, { error: 'Choose present, missing or not applicable' }),
    clauseRef: optionalText('The clause reference', 200),
    note: optionalText('The note', 2000),
  })
  .superRefine((value, context) => {
    if (value.state === 'present' && !value.clauseRef)
      context.addIssue({
        code: 'custom',
        path: ['clauseRef'],
        message: 'Say where in the agreement it is (e.g. clause 4.2)',
      });
    if (value.state === 'not-applicable' && !value.note)
      context.addIssue({ code: 'custom', path: ['note'], message: 'Say why it does not apply' });
  });
export type ChecklistItemInput = z.input<typeof checklistItemInput>;

export const transferFields = z
  .strictObject({
    importer: requiredText('The importer', 200),
    country,
    basis: z.enum(transferBases, { error: 'Choose the transfer basis' }),
    sccModule: z
      .number({ error: 'Choose the module' })
      .int()
      .min(1, 'The modules are numbered 1 to 4')
      .max(4, 'The modules are numbered 1 to 4')
      .nullable()
      .default(null),
    derogation: z.enum(derogations, { error: 'Choose the derogation' }).nullable().default(null),
    /** Left empty, it follows the agreement's direction (supplier: controller to processor; customer: processor to processor). */
    direction: z.enum(transferDirections, { error: 'Choose who exports to whom' }).nullable().default(null),
    /** An occasional transfer; a regular, repeated one cannot rest on Art. 49. */
    occasional: z.boolean().default(false),
    adequacyConfirmed: z.boolean().default(false),
    tiaDone: z.boolean().default(false),
    tiaOn: date,
    supplementaryMeasures: optionalText('Supplementary measures', 4000),
    nextReviewOn: date,
    notes: optionalText('Notes', 4000),
  })
  .superRefine((value, context) => {
    const issue = (path: string, message: string) =>
      context.addIssue({ code: 'custom', path: [path], message });
    if (value.basis === 'scc' && value.sccModule === null)
      issue('sccModule', 'Choose the module of the standard contractual clauses');
    if (value.basis === 'derogation' && value.derogation === null)
      issue('derogation', 'Choose which Art. 49 derogation applies');
    if (value.basis === 'derogation' && !value.occasional)
      issue(
        'occasional',
        'An Art. 49 derogation covers occasional transfers only: a regular, repeated transfer needs SCCs or BCRs',
      );
    if (value.tiaDone && !value.tiaOn) issue('tiaOn', 'Give the date of the transfer impact assessment');
    if (!value.tiaDone && value.tiaOn)
      issue('tiaDone', 'Tick that the assessment was done, or clear its date');
  });
export type TransferInput = z.input<typeof transferFields>;
export type TransferFields = z.output<typeof transferFields>;

const ref = { id };
const admin = ['admin'] as const;
const readers = ['admin', 'dpo'] as const;

export const agreementsChannels = {
  'agreements.list': query({
    access: readers,
    input: agreementListInput,
    output: pageOf(agreementSummarySchema),
  }),
  'agreements.get': query({ access: readers, input: z.strictObject(ref), output: agreementDetailSchema }),
  /** The change history, from the audit log. */
  'agreements.history': query({
    access: readers,
    input: z.strictObject(ref),
    output: z.array(auditEntrySchema),
  }),
  /** Everything due: reviews within 30 days or past, expiry within 60 days or past, objection windows. */
  'agreements.deadlines': query({
    access: readers,
    input: z.strictObject({}).optional().default({}),
    output: z.object({ today: isoDate, items: z.array(agreementDeadlineSchema) }),
  }),
  /** An organisation's agreements both ways, and the customers it is a sub-processor for. */
  'agreements.forOrganisation': query({
    access: readers,
    input: z.strictObject({ organisationId: id }),
    output: z.object({
      asSupplier: z.array(agreementSummarySchema),
      asCustomer: z.array(agreementSummarySchema),
      subprocessorFor: z.array(
        z.object({ linkId: id, agreement: agreementRef, customer: named, via: agreementRef.nullable() }),
      ),
    }),
  }),
  'agreements.create': command({ access: admin, input: agreementFields, output: agreementDetailSchema }),
  'agreements.update': command({
    access: admin,
    input: z.strictObject({ id, changes: agreementFields }),
    output: agreementDetailSchema,
  }),
  /** Ends the agreement and records what happened to the data (Art. 28(3)(g)). */
  'agreements.terminate': command({
    access: admin,
    input: z.strictObject({
      id,
      terminatedOn: isoDate,
      endOfProcessing: z.enum(endOfProcessingOptions, { error: 'Say what happened to the data' }),
      endConfirmedOn: date,
      note: optionalText('The note', 2000),
      /** For a customer agreement with sub-processors: they were told to delete or return its data too. */
      endSubprocessors: z.boolean().default(false),
    }),
    output: agreementDetailSchema,
  }),
  'agreements.confirmEnd': command({
    access: admin,
    input: z.strictObject({
      id,
      endOfProcessing: z.enum(endOfProcessingOptions, { error: 'Say what happened to the data' }),
      endConfirmedOn: isoDate,
    }),
    output: agreementDetailSchema,
  }),
  'agreements.markReviewed': command({
    access: admin,
    input: z.strictObject({ id, reviewedOn: isoDate, nextReviewOn: date }),
    output: agreementDetailSchema,
  }),
  /** The DPO ticks the checklist too. Several items are saved in one transaction. */
  'agreements.updateChecklist': command({
    access: readers,
    input: z.strictObject({
      id,
      items: z.array(checklistItemInput).min(1, 'Nothing to save').max(clauseKeys.length),
    }),
    output: agreementDetailSchema,
  }),
  'agreements.addSubprocessor': command({
    access: admin,
    input: z.strictObject({
      id,
      organisationId: id,
      supplierAgreementId: id.nullable().default(null),
      service: optionalText('The service', 1000),
      authorisedOn: date,
    }),
    output: agreementDetailSchema,
  }),
  'agreements.removeSubprocessor': command({
    access: admin,
    input: z.strictObject({ id, subprocessorId: id, reason: optionalText('The reason', 500) }),
    output: agreementDetailSchema,
  }),
  'agreements.restoreSubprocessor': command({
    access: admin,
    input: z.strictObject({ id, subprocessorId: id }),
    output: agreementDetailSchema,
  }),
  /** Under a general authorisation: an intended change announced to the customer (Art. 28(2)). */
  'agreements.addNotice': command({
    access: admin,
    input: z
      .strictObject({
        id,
        change: z.enum(noticeChanges, { error: 'Choose the kind of change' }),
        organisationId: id.nullable().default(null),
        description: requiredText('What changes', 2000),
        sentOn: isoDate,
        sentTo: optionalText('Sent to', 300),
        objectionDeadline: isoDate,
      })
      .superRefine((value, context) => {
        if (value.objectionDeadline <= value.sentOn)
          context.addIssue({
            code: 'custom',
            path: ['objectionDeadline'],
            message: 'The customer needs time to object: the deadline must come after the notice',
          });
      }),
    output: agreementDetailSchema,
  }),
  /** Under a general authorisation: the customer approved the announced change in writing. */
  'agreements.recordApproval': command({
    access: admin,
    input: z.strictObject({
      id,
      noticeId: id,
      approvedOn: isoDate,
      note: optionalText('The note', 2000),
    }),
    output: agreementDetailSchema,
  }),
  'agreements.recordObjection': command({
    access: admin,
    input: z.strictObject({
      id,
      noticeId: id,
      receivedOn: isoDate,
      reason: requiredText('The objection', 2000),
    }),
    output: agreementDetailSchema,
  }),
  'agreements.resolveObjection': command({
    access: admin,
    input: z.strictObject({
      id,
      noticeId: id,
      resolution: z.enum(objectionResolutions, { error: 'Choose how it was resolved' }),
      resolvedOn: isoDate,
      note: optionalText('The note', 2000),
    }),
    output: agreementDetailSchema,
  }),
  'agreements.addDeclaredSubprocessor': command({
    access: admin,
    input: z.strictObject({
      id,
      name: requiredText('The name', 200),
      country,
      service: optionalText('The service', 1000),
    }),
    output: agreementDetailSchema,
  }),
  'agreements.removeDeclaredSubprocessor': command({
    access: admin,
    input: z.strictObject({ id, declaredId: id }),
    output: agreementDetailSchema,
  }),
  'agreements.restoreDeclaredSubprocessor': command({
    access: admin,
    input: z.strictObject({ id, declaredId: id }),
    output: agreementDetailSchema,
  }),
  'agreements.addTransfer': command({
    access: admin,
    input: z.strictObject({ id, transfer: transferFields }),
    output: agreementDetailSchema,
  }),
  'agreements.updateTransfer': command({
    access: admin,
    input: z.strictObject({ id, transferId: id, transfer: transferFields }),
    output: agreementDetailSchema,
  }),
  'agreements.removeTransfer': command({
    access: admin,
    input: z.strictObject({ id, transferId: id }),
    output: agreementDetailSchema,
  }),
  'agreements.restoreTransfer': command({
    access: admin,
    input: z.strictObject({ id, transferId: id }),
    output: agreementDetailSchema,
  }),
  /** The register as filtered, as CSV or XLSX; the export is audited. */
  'agreements.export': command({
    changes: false,
    access: readers,
    input: z.strictObject({ format: exportFormat, ...agreementFilterShape }),
    output: fileDownloadSchema,
  }),
};
