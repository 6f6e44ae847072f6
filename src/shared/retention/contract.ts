import { z } from 'zod';
import { phraseSchema } from '../i18n/phrases';
import { command, query } from '../contract/channel';
import { emptyInput, id, isoDateTime } from '../validation';

/** The kinds of record the retention purge handles. */
export const retentionKinds = [
  'inquiry',
  'attachment',
  'case',
  'breach',
  'agreement',
  'auditPayload',
] as const;
export type RetentionKind = (typeof retentionKinds)[number];

/** Counts per kind: what a purge removed (the purge log holds nothing else). */
export const retentionCountsSchema = z.object({
  inquiry: z.number().int().min(0),
  attachment: z.number().int().min(0),
  /** Closed cases anonymised (with their inquiries; their documents deleted). */
  case: z.number().int().min(0),
  /** Closed breach records anonymised (with their inquiries; their documents deleted). */
  breach: z.number().int().min(0),
  /** Ended agreements removed. */
  agreement: z.number().int().min(0),
  /** Audit entries whose before/after copies went with the records they describe. */
  auditPayloads: z.number().int().min(0),
});
export type RetentionCounts = z.infer<typeof retentionCountsSchema>;

export const retentionKindPreviewSchema = z.object({
  kind: z.enum(retentionKinds),
  /** What the purge does to them: removes them, or anonymises them (statistics kept), or redacts. */
  action: z.enum(['remove', 'anonymise', 'redact']),
  /** The rule in words, with the setting's value ("closed more than 12 months ago, or deleted"). */
  rule: z.string(),
  ruleText: phraseSchema,
  /** Records the next purge removes. */
  due: z.number().int().min(0),
  /** Records past their time that stay, and why (a case or a breach they belong to). */
  held: z.array(z.object({ reason: z.string(), reasonText: phraseSchema, count: z.number().int().min(0) })),
  /** The oldest records due: their number and the date their time ran from; no names. */
  oldest: z.array(
    z.object({ id, since: isoDateTime, why: z.enum(['closed', 'deleted', 'removed', 'ended', 'written']) }),
  ),
});
export type RetentionKindPreview = z.infer<typeof retentionKindPreviewSchema>;

export const retentionRunSchema = z.object({
  id,
  startedAt: isoDateTime,
  finishedAt: isoDateTime.nullable(),
  /** `daily` (the app's schedule) or `manual` (the preview screen, the command-line tool). */
  trigger: z.enum(['daily', 'manual']),
  by: z.string(),
  state: z.enum(['running', 'done', 'failed']),
  counts: retentionCountsSchema,
});
export type RetentionRun = z.infer<typeof retentionRunSchema>;

export const retentionPreviewSchema = z.object({
  /** The moment the preview was computed; the purge applies the same rules when it runs. */
  at: isoDateTime,
  kinds: z.array(retentionKindPreviewSchema),
  /** The purge log, newest first. */
  runs: z.array(retentionRunSchema),
});
export type RetentionPreview = z.infer<typeof retentionPreviewSchema>;

export const retentionChannels = {
  /** What the next purge would remove, per kind, and the purge log. Counts and numbers only. */
  'retention.preview': query({
    personalData: false,
    access: ['admin', 'dpo'],
    input: emptyInput,
    output: retentionPreviewSchema,
  }),
  /**
   * Runs the purge now, in batches of their own transactions, and answers once it is done; what it
   * removed is in the purge log (`retention.preview`'s runs).
   */
  'retention.purge': command({
    access: ['admin', 'dpo'],
    input: emptyInput,
    output: z.object({ requestedAt: isoDateTime }),
  }),
};
