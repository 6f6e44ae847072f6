import { z } from 'zod';
import { phraseSchema } from '../i18n/phrases';
import { attachmentSchema } from '../attachments/contract';
import { command, query } from '../contract/channel';
import { fileDownloadSchema } from '../files';
import { languageSchema } from '../i18n/languages';
import { id } from '../validation';

/** The kinds of record the person search looks through, in the order the results are grouped. */
export const personRecordKinds = [
  'inquiry',
  'case',
  'breach',
  'organisation',
  'attachment',
  'audit',
] as const;
export type PersonRecordKind = (typeof personRecordKinds)[number];

export const personRecordKindLabels: Record<PersonRecordKind, string> = {
  inquiry: 'Inquiries',
  case: 'Rights-request cases',
  breach: 'Breaches',
  organisation: "Organisations' contact persons",
  attachment: 'Attached files',
  audit: 'Audit log',
};

export const personMatchSchema = z.object({
  kind: z.enum(personRecordKinds),
  /** The record's id (for an audit entry, the entry's). */
  id: z.number().int().positive(),
  /** "INQ-000012", "2026-0001", an organisation's or a file's name, "Entry 123". */
  title: z.string(),
  /** What the record says of the person and itself, in a line. */
  detail: z.string(),
  /** When it was received, reported, added or written (ISO). */
  date: z.string().nullable(),
  /** Why it matched: "e-mail address", "phone number", "name", "reference", … (in English) */
  why: z.string(),
  /** The same, to word in the reader's language. */
  whyText: phraseSchema,
  /** A title or detail the core words itself (an audit entry's, an attachment's), to word in the reader's language. */
  titleText: phraseSchema.nullable(),
  detailText: phraseSchema.nullable(),
  /** Deleted but not yet purged (inquiries), or removed (attachments). */
  deleted: z.boolean(),
  /** Where the record is shown in the app, one click away. */
  path: z.string(),
});
export type PersonMatch = z.infer<typeof personMatchSchema>;

export const personGroupSchema = z.object({
  kind: z.enum(personRecordKinds),
  /** All that matched (the items are the newest `personMatchLimit`). */
  total: z.number().int().min(0),
  items: z.array(personMatchSchema),
});

export const personMatchLimit = 50;

export const personQuerySchema = z.strictObject({
  query: z
    .string({ error: 'Type a name, an e-mail address, a phone number or a customer reference' })
    .trim()
    .min(2, 'Type at least two characters: a name, an e-mail address, a phone number or a customer reference')
    .max(200, 'A search can be at most 200 characters'),
});

/** Most records one selection may hold (the report and an erasure read them in pages). */
export const personSelectionLimit = 2000;

/** One record of a selection: its kind and id, as `people.find` answered them. */
export const personSelectionItemSchema = z.strictObject({
  kind: z.enum(personRecordKinds, { error: 'Choose a kind of record the person search finds' }),
  id,
});
export type PersonSelectionItem = z.infer<typeof personSelectionItemSchema>;

/**
 * The records the DPO gathered for one person, over several spellings (searches): what an access
 * report, and an erasure, act on. `queries` are the searches the records were found with, kept for
 * the report and the audit log.
 */
export const personSelectionSchema = z.strictObject({
  items: z
    .array(personSelectionItemSchema)
    .min(1, 'The selection is empty: search for the person and tick the records that are theirs')
    .max(
      personSelectionLimit,
      `A selection can hold at most ${personSelectionLimit} records: work through it in parts`,
    ),
  queries: z
    .array(z.string().trim().min(1).max(200, 'A search can be at most 200 characters'))
    .max(50, 'A selection can name at most 50 searches'),
});
export type PersonSelection = z.infer<typeof personSelectionSchema>;

/** The legal bases a record of the access report names (Art. 6(1)); Art. 20 covers (a) and (b). */
export const legalBases = ['contract', 'consent', 'legal-obligation', 'legitimate-interest'] as const;
export type LegalBasis = (typeof legalBases)[number];

const reportInput = {
  selection: personSelectionSchema,
  /**
   * The language the person reads: the PDF's words and the CSV files' headers. Left out, the
   * signed-in user's language.
   */
  language: languageSchema.optional(),
};

/** What an access report held: records per kind, and how many chosen ones no longer exist. */
export const accessReportSummarySchema = z.object({
  counts: z.array(z.object({ kind: z.enum(personRecordKinds), count: z.number().int().min(0) })),
  missing: z.number().int().min(0),
});
export type AccessReportSummary = z.infer<typeof accessReportSummarySchema>;

export const peopleChannels = {
  /**
   * One person across every record the app holds (deleted inquiries too), grouped by kind. The DPO and
   * administrators; the audit log only for administrators, who may read it. Every search is audited.
   */
  'people.find': query({
    access: ['dpo', 'admin'],
    input: personQuerySchema,
    output: z.object({ query: z.string(), groups: z.array(personGroupSchema) }),
  }),
  /**
   * The access report (Art. 15) of a selection: a PDF for the person (the records, and the Art.
   * 15(1) items from Settings → Access report) and a ZIP of `records.json` and a CSV per kind (Art.
   * 20 marks). The audit log's entries only for administrators. Audited as a read of the records.
   */
  'people.report': command({
    changes: false,
    access: ['dpo', 'admin'],
    input: z.strictObject(reportInput),
    output: accessReportSummarySchema.extend({ pdf: fileDownloadSchema, bundle: fileDownloadSchema }),
  }),
  /**
   * The same report made for an access or portability case: both files kept among the case's
   * documents, and the report noted on its timeline with the date.
   */
  'people.reportToCase': command({
    access: ['dpo', 'admin'],
    input: z.strictObject({ caseId: id, ...reportInput }),
    output: accessReportSummarySchema.extend({
      documents: z.array(attachmentSchema),
      summary: z.string(),
    }),
  }),
};
