import { z } from 'zod';
import { command, query } from '../contract/channel';
import { personRecordKinds, personSelectionSchema } from '../people/contract';
import { id, isoDate, isoDateTime, requiredText } from '../validation';

/**
 * What an erasure does to each record (Art. 17): the record and its files go (`erase`), the person's
 * fields are replaced and the statistics kept (`anonymise`), or it is kept and restricted (`keep`)
 * on an Art. 17(3) ground until a date.
 */
export const erasureOutcomes = ['erase', 'anonymise', 'keep'] as const;
export type ErasureOutcome = (typeof erasureOutcomes)[number];

/**
 * Why a record is kept instead of erased (Art. 17(3)):
 * * `open-case`: it belongs to an open case (close the case first, or it stays restricted);
 * * `breach-record`: a breach record, kept 5 years (Art. 33(5), 17(3)(b));
 * * `bookkeeping`: bookkeeping material (a fee), kept until 5 years after the end of its financial year
 *   (bokføringsloven § 13, Art. 17(3)(b));
 * * `legal-claims`: under a legal hold (Art. 17(3)(e));
 * * `agreement-evidence`: an agreement's security evidence, kept with the agreement.
 */
export const keepGrounds = [
  'open-case',
  'breach-record',
  'bookkeeping',
  'legal-claims',
  'agreement-evidence',
] as const;
export type KeepGround = (typeof keepGrounds)[number];

/** The ground in words, with the article it rests on (English; the renderer words it in the user's language). */
export const keepGroundText: Record<KeepGround, string> = {
  'open-case':
    'Belongs to an open case (Art. 17(3)): close the case first, or it stays restricted until then',
  'breach-record': 'A breach record, kept as documentation (Art. 33(5), Art. 17(3)(b))',
  bookkeeping:
    'Bookkeeping material, kept until 5 years after the end of its financial year (bokføringsloven § 13, Art. 17(3)(b))',
  'legal-claims': 'Under a legal hold: needed for legal claims (Art. 17(3)(e))',
  'agreement-evidence': "An agreement's security evidence, kept with the agreement",
};

/**
 * The records to erase: the person screen's selection (`PersonSelection`: kinds and ids as
 * `people.find` answered them, and the searches they were found with, which an erasure may leave
 * out), and the erasure case it is carried out for, if any.
 */
export const erasureSelectionSchema = personSelectionSchema.partial({ queries: true }).extend({
  /** The erasure case it is carried out for: the case records the result. */
  caseId: id.optional(),
});

export const erasureItemSchema = z.object({
  kind: z.enum(personRecordKinds),
  id,
  /** "INQ-000012", "2026-0001", "BR-2026-003", a file's or an organisation's name, "Entry 123". */
  title: z.string(),
  outcome: z.enum(erasureOutcomes),
  ground: z.enum(keepGrounds).nullable(),
  /** Kept until (a calendar date), when the ground has an end; null: while the ground stands. */
  until: isoDate.nullable(),
  /** The record that carries the ground, when another ("2026-0003" for an inquiry of an open case). */
  via: z.string().nullable(),
});
export type ErasureItem = z.infer<typeof erasureItemSchema>;

export const erasureCountsSchema = z.object({
  erased: z.number().int().min(0),
  anonymised: z.number().int().min(0),
  kept: z.number().int().min(0),
  /** Attached files deleted. */
  files: z.number().int().min(0),
  /** Audit entries whose before/after copies were redacted. */
  auditPayloads: z.number().int().min(0),
});
export type ErasureCounts = z.infer<typeof erasureCountsSchema>;

export const erasurePreviewSchema = z.object({
  items: z.array(erasureItemSchema),
  /** Open cases that keep records: closing them first lets those records be erased too. */
  openCases: z.array(z.object({ id, number: z.string() })),
  /** Audit entries whose before/after copies the erasure redacts. */
  auditPayloads: z.number().int().min(0),
  /** Attached files it deletes. */
  files: z.number().int().min(0),
});
export type ErasurePreview = z.infer<typeof erasurePreviewSchema>;

export const legalHoldTypes = ['inquiry', 'case', 'breach', 'agreement'] as const;
export type LegalHoldType = (typeof legalHoldTypes)[number];

/** The record a legal hold is placed on. */
export const legalHoldRecord = z.strictObject({ recordType: z.enum(legalHoldTypes), recordId: id });

/** A hold as the record's page shows it: standing while `liftedAt` is null. */
export const legalHoldSchema = z.object({
  id,
  reason: z.string(),
  placedAt: isoDateTime,
  placedBy: z.string(),
  liftedAt: isoDateTime.nullable(),
  liftedBy: z.string().nullable(),
});
export type LegalHold = z.infer<typeof legalHoldSchema>;

/** One record an erasure kept and restricted, as the register of restrictions lists it. */
export const keptRecordSchema = z.object({
  id,
  recordType: z.enum(['inquiry', 'case', 'breach', 'attachment']),
  recordId: id,
  /** The record's number or name (an attachment: its file name). */
  label: z.string(),
  /** Where the record (an attachment: the record it is attached to) opens in the app. */
  path: z.string().nullable(),
  ground: z.enum(keepGrounds),
  keptUntil: isoDate.nullable(),
  restrictedAt: isoDateTime,
  restrictedBy: z.string(),
  /** When the restriction ended: the record was purged or anonymised when its time ran out. */
  liftedAt: isoDateTime.nullable(),
  /** The erasure case it was done for, if any. */
  caseId: id.nullable(),
  caseNumber: z.string().nullable(),
});
export type KeptRecord = z.infer<typeof keptRecordSchema>;
export const keptRecordsShown = 500;

export const erasureChannels = {
  /**
   * What an erasure of the selected records would do, record by record: erased, anonymised, or kept
   * with its ground and until-date. Changes nothing. The DPO and administrators.
   */
  'people.erasePreview': query({
    access: ['dpo', 'admin'],
    input: erasureSelectionSchema,
    output: erasurePreviewSchema,
  }),
  /**
   * Carries the erasure out in one transaction, as the preview says: records erased or anonymised,
   * attached files deleted, the person's data in audit payloads redacted, kept records restricted;
   * from an erasure case, the case's timeline records the result. A reason is required.
   */
  'people.erase': command({
    access: ['dpo', 'admin'],
    input: erasureSelectionSchema.extend({ reason: requiredText('The reason for the erasure', 500) }),
    output: z.object({ erasureId: id, counts: erasureCountsSchema, items: z.array(erasureItemSchema) }),
  }),
  /**
   * The records erasures kept instead of erasing them (Art. 17(3)), restricted until their time runs
   * out: the register of Art. 18 lists them beside the restrictions recorded on cases. The standing
   * ones by default, newest first, at most `keptRecordsShown`.
   */
  'erasure.keptRecords': query({
    access: ['dpo', 'admin'],
    input: z
      .strictObject({ status: z.enum(['active', 'lifted', 'all']).default('active') })
      .optional()
      .default({ status: 'active' }),
    output: z.object({ rows: z.array(keptRecordSchema), total: z.number().int().min(0) }),
  }),
  /**
   * The holds of one record, standing and lifted, newest first, with who placed and lifted them,
   * when and why (the reasons may name people). The DPO and administrators.
   */
  'legalHolds.list': query({
    access: ['dpo', 'admin'],
    input: legalHoldRecord,
    output: z.object({ holds: z.array(legalHoldSchema) }),
  }),
  /**
   * A legal hold (Art. 17(3)(e)): the record is neither erased nor purged until the hold is lifted.
   * At most one stands on a record at a time.
   */
  'legalHolds.place': command({
    access: ['dpo', 'admin'],
    input: legalHoldRecord.extend({ reason: requiredText('The reason for the legal hold', 500) }),
    output: z.object({ id }),
  }),
  /** Lifts a standing hold; a lifted one cannot be lifted again. */
  'legalHolds.lift': command({
    access: ['dpo', 'admin'],
    input: z.strictObject({ id }),
    output: z.object({ id }),
  }),
};

/** How a kept record is marked where it is listed or opened. */
export const restrictionSchema = z
  .object({ ground: z.enum(keepGrounds), until: isoDate.nullable() })
  .nullable();
export type RecordRestriction = z.infer<typeof restrictionSchema>;
