import { z } from 'zod';
import { command, query } from '../contract/channel';
import { emptyInput, id, isoDate, isoDateTime, pageOf, pageRequest } from '../validation';

export const auditEntrySchema = z.object({
  id,
  at: isoDateTime,
  userId: id.nullable(),
  username: z.string(),
  channel: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
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
    personalData: false,
    access: ['admin'],
    input: emptyInput,
    output: z.object({ entityTypes: z.array(z.string()), actions: z.array(z.string()) }),
  }),
  /** Checking the chain reads every entry; it changes nothing, but the check itself is recorded. */
  'audit.verify': command({
    changes: false,
    access: ['admin'],
    input: emptyInput,
    output: auditVerificationSchema,
  }),
};
