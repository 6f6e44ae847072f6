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
  /** Why the before/after copies were removed (an erasure, the retention purge), or null. */
  redacted: z.string().nullable(),
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
