import type { Knex } from 'knex';
import { osloDate } from '../../../shared/oslo';
import type { RetentionKindPreview, RetentionPreview } from '../../../shared/retention/contract';
import type { Settings } from '../../../shared/settings/definitions';
import { bookkeepingUntil } from '../erasure/decisions';
import { readSettings } from '../settings/service';
import { attachmentPreviewRows, inquiryPreviewRows } from './inquiry-repository';
import {
  agreementPreview,
  breachPreview,
  casePreviewCounts,
  dueCaseRows,
  payloadPreview,
} from './repository';
import { retentionRuns } from './runs-repository';
import { holdOf, ruleOf } from './words';

type Db = Knex | Knex.Transaction;

/** The preview of the next purge (what is due, held and why, the oldest), and the cutoffs the purge shares. */

export function yearsBefore(now: Date, years: number): string {
  return monthsBefore(now, years * 12);
}

export function monthsBefore(now: Date, months: number): string {
  const cutoff = new Date(now.getTime());
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff.toISOString();
}

async function inquiryPreview(db: Db, settings: Settings, now: Date): Promise<RetentionKindPreview> {
  const cutoff = monthsBefore(now, settings.inquiryRetentionMonths);
  const { pastTime, inCase, inBreach, oldestDeleted, oldestClosed } = await inquiryPreviewRows(db, cutoff);
  const oldest = [
    ...oldestDeleted.map((row) => ({ id: row.id, since: row.since, why: 'deleted' as const })),
    ...oldestClosed.map((row) => ({ id: row.id, since: row.since, why: 'closed' as const })),
  ]
    .sort((a, b) => a.since.localeCompare(b.since))
    .slice(0, 5);
  return {
    kind: 'inquiry',
    action: 'remove',
    ...ruleOf('inquiry', settings.inquiryRetentionMonths, cutoff),
    due: pastTime - inCase - inBreach,
    held: [holdOf('coreRetention:inCase', inCase), holdOf('coreRetention:inBreach', inBreach)].filter(
      (hold) => hold.count > 0,
    ),
    oldest,
  };
}

async function attachmentPreview(db: Db): Promise<RetentionKindPreview> {
  const { due, held, oldest } = await attachmentPreviewRows(db);
  return {
    kind: 'attachment',
    action: 'remove',
    ...ruleOf('attachment'),
    due,
    held: held > 0 ? [holdOf('coreRetention:evidence', held)] : [],
    oldest: oldest.map((row) => ({ ...row, why: 'removed' as const })),
  };
}

/** Closed cases whose time ran out, split by what keeps some: a legal hold, bookkeeping material. */
export async function dueCases(db: Db, settings: Settings, now: Date, limit: number) {
  const cutoff = yearsBefore(now, settings.caseRetentionYears);
  const today = osloDate(now);
  const { plain, withFee } = await dueCaseRows(db, cutoff, limit);
  const feeDue = withFee.filter((row) => {
    const until = bookkeepingUntil(row, settings);
    return until === null || until < today;
  });
  const due = [...plain, ...feeDue.map((row) => ({ id: Number(row.id), since: String(row.closed_at) }))]
    .sort((a, b) => a.since.localeCompare(b.since))
    .slice(0, limit);
  return { cutoff, due, bookkeeping: withFee.length - feeDue.length };
}

async function casePreview(db: Db, settings: Settings, now: Date): Promise<RetentionKindPreview> {
  const { cutoff, due, bookkeeping } = await dueCases(db, settings, now, 5);
  const counts = await casePreviewCounts(db, cutoff);
  return {
    kind: 'case',
    action: 'anonymise',
    ...ruleOf('case', settings.caseRetentionYears, cutoff),
    due: counts.expired - counts.held - bookkeeping,
    held: [
      holdOf('coreRetention:legalHold', counts.held),
      holdOf('coreRetention:bookkeeping', bookkeeping),
    ].filter((hold) => hold.count > 0),
    oldest: due.map((row) => ({ id: Number(row.id), since: row.since, why: 'closed' as const })),
  };
}

async function breachKindPreview(db: Db, settings: Settings, now: Date): Promise<RetentionKindPreview> {
  const cutoff = yearsBefore(now, settings.breachRetentionYears);
  const found = await breachPreview(db, cutoff);
  return {
    kind: 'breach',
    action: 'anonymise',
    ...ruleOf('breach', settings.breachRetentionYears, cutoff),
    due: found.due,
    held: found.held > 0 ? [holdOf('coreRetention:legalHold', found.held)] : [],
    oldest: found.oldest.map((row) => ({ id: Number(row.id), since: row.since, why: 'closed' as const })),
  };
}

const dateOnlyInstant = (date: string) => `${date}T00:00:00.000Z`;

async function agreementKindPreview(db: Db, settings: Settings, now: Date): Promise<RetentionKindPreview> {
  const cutoffDate = osloDate(yearsBefore(now, settings.agreementRetentionYears));
  const found = await agreementPreview(db, cutoffDate);
  return {
    kind: 'agreement',
    action: 'remove',
    ...ruleOf('agreement', settings.agreementRetentionYears, dateOnlyInstant(cutoffDate)),
    due: found.due,
    held: found.held > 0 ? [holdOf('coreRetention:legalHold', found.held)] : [],
    oldest: found.oldest.map((row) => ({
      id: Number(row.id),
      since: dateOnlyInstant(String(row.since)),
      why: 'ended' as const,
    })),
  };
}

async function auditPayloadPreview(db: Db, settings: Settings, now: Date): Promise<RetentionKindPreview> {
  const cutoff = yearsBefore(now, settings.auditPayloadRetentionYears);
  const found = await payloadPreview(db, cutoff);
  return {
    kind: 'auditPayload',
    action: 'redact',
    ...ruleOf('auditPayload', settings.auditPayloadRetentionYears, cutoff),
    due: found.due,
    held: found.held > 0 ? [holdOf('coreRetention:aboutLegalHold', found.held)] : [],
    oldest: found.oldest.map((row) => ({ id: Number(row.id), since: row.since, why: 'written' as const })),
  };
}

/** What the next purge would remove, per kind, with what is held and why; counts and numbers only. */
export async function retentionPreview(db: Db, now: Date): Promise<RetentionPreview> {
  const settings = await readSettings(db);
  return {
    at: now.toISOString(),
    kinds: [
      await inquiryPreview(db, settings, now),
      await attachmentPreview(db),
      await casePreview(db, settings, now),
      await breachKindPreview(db, settings, now),
      await agreementKindPreview(db, settings, now),
      await auditPayloadPreview(db, settings, now),
    ],
    runs: await retentionRuns(db),
  };
}
