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
  entries: z.number().int().min(0),
  firstBadId: id.nullable(),
  reason: z.string().nullable(),
});
export type AuditVerification = z.infer<typeof auditVerificationSchema>;

export const auditChannels = {
  'audit.list': query({ access: ['admin'], input: auditFilterSchema, output: pageOf(auditEntrySchema) }),
  'audit.facets': query({
    access: ['admin'],
    input: emptyInput,
    output: z.object({ entityTypes: z.array(z.string()), actions: z.array(z.string()) }),
  }),
  /** Checking the chain reads every entry; it changes nothing, but the check itself is recorded. */
  'audit.verify': command({ access: ['admin'], input: emptyInput, output: auditVerificationSchema }),
};
