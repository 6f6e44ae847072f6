import { z } from 'zod';
import { command, query } from '../contract/channel';
import { emptyInput, id, isoDate, isoDateTime, pageOf, pageRequest } from '../validation';

/**
 * Fields of audited records that hold another record's id, and which kind of record: the audit
 * log and the histories show that record's name or number beside the id.
 */
export const auditIdFields: Readonly<Record<string, string>> = {
  assignedToId: 'user',
  assigneeId: 'user',
  handlerId: 'user',
  loggedById: 'user',
  dpoId: 'user',
  userId: 'user',
  onBehalfOfId: 'organisation',
  organisationId: 'organisation',
  customerId: 'organisation',
  supplierId: 'organisation',
  agreementId: 'agreement',
  supplierAgreementId: 'agreement',
  caseId: 'case',
  inquiryId: 'inquiry',
  breachId: 'breach',
  templateId: 'verification-template',
};

export const auditEntrySchema = z.object({
  id,
  at: isoDateTime,
  userId: id.nullable(),
  /** The user name as the entry recorded it (or the system's name for work outside a session). */
  username: z.string(),
  /** The person's name, as it stands now; the user name where there is no user. */
  userName: z.string(),
  channel: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  /** The record's number or name people know it by ("2026-0001", "INQ-000012"), where it has one. */
  record: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  /** Why the before/after copies were removed (an erasure, the retention purge), or null. */
  redacted: z.string().nullable(),
  /** Names of the records that `before` and `after` point to by id (`auditIdFields`), by "type:id". */
  labels: z.record(z.string(), z.string()),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditFilterSchema = z.strictObject({
  ...pageRequest,
  from: isoDate.optional(),
  to: isoDate.optional(),
  userId: id.optional(),
  entityType: z.string().max(64).optional(),
  entityId: z.string().max(64).optional(),
  action: z.string().max(64).optional(),
});
export type AuditFilter = z.input<typeof auditFilterSchema>;

export const auditVerificationSchema = z.object({
  ok: z.boolean(),
  /** Entries checked and intact (before the first bad one, when one was found). */
  entries: z.number().int().min(0),
  firstBadId: id.nullable(),
  reason: z.string().nullable(),
  /** Entries written before the keyed chain (plain SHA-256, sealed with the key since). */
  legacyEntries: z.number().int().min(0),
  /** Entries whose before/after copies were removed, in all and by reason. */
  redacted: z.number().int().min(0),
  redactions: z.array(z.object({ reason: z.string(), entries: z.number().int().min(0) })),
  /** The head kept outside the database, as found. */
  head: z.object({ entries: z.number().int().min(0), at: isoDateTime }).nullable(),
});
export type AuditVerification = z.infer<typeof auditVerificationSchema>;

export const auditChannels = {
  'audit.list': query({ access: ['admin'], input: auditFilterSchema, output: pageOf(auditEntrySchema) }),
  'audit.facets': query({
    personalData: false,
    access: ['admin'],
    input: emptyInput,
    output: z.object({ entityTypes: z.array(z.string()), actions: z.array(z.string()) }),
  }),
  /**
   * Writes the chain's key to `audit.key` in the data folder (readable only by its owner), for the
   * command-line tool beside the desktop app, which keeps its key in the system keychain.
   */
  'audit.saveKeyFile': command({
    access: ['admin'],
    input: emptyInput,
    output: z.object({ file: z.string(), created: z.boolean() }),
  }),
  /** Checking the chain reads every entry; it changes nothing, but the check itself is recorded. */
  'audit.verify': command({
    changes: false,
    access: ['admin'],
    input: emptyInput,
    output: auditVerificationSchema,
  }),
};
