import { z } from 'zod';
import { query } from '../contract/channel';

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
  /** Why it matched: "e-mail address", "phone number", "name", "reference", … */
  why: z.string(),
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
};
