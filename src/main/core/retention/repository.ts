import type { Knex } from 'knex';

type Db = Knex | Knex.Transaction;

/**
 * The kinds of record the purge keeps for years (cases, breaches, agreements, the audit log's
 * before/after copies): what is due, what is held and why, and the work on one batch. Inquiries and
 * removed attachments are in service.ts, where they came first.
 */

const held = (db: Db, type: string, column: string) =>
  db('legal_holds')
    .select(db.raw('1'))
    .where('legal_holds.record_type', type)
    .whereNull('legal_holds.lifted_at')
    .whereRaw(`legal_holds.record_id = ${column}`);

async function count(query: Knex.QueryBuilder): Promise<number> {
  const row = (await query.count({ n: '*' }).first()) as { n: number | string } | undefined;
  return Number(row?.n ?? 0);
}

// Cases: closed before the cutoff, not yet anonymised (migration 037's partial index).
const expiredCases = (db: Db, cutoff: string) =>
  db('cases')
    .whereNull('cases.anonymised_at')
    .whereNotNull('cases.closed_at')
    .where('cases.closed_at', '<', cutoff);

export interface FeeCaseRow {
  id: number;
  fee_nok: number | null;
  reply_date: string | null;
  closed_at: string | null;
}

/** Expired cases under no legal hold, split into those without a fee and those with one (bookkeeping). */
export async function dueCaseRows(
  db: Db,
  cutoff: string,
  limit: number,
): Promise<{ plain: Array<{ id: number; since: string }>; withFee: FeeCaseRow[] }> {
  const base = () => expiredCases(db, cutoff).whereNotExists(held(db, 'case', 'cases.id'));
  const plain: Array<{ id: number; since: string }> = await base()
    .where((fee) => fee.whereNull('cases.fee_nok').orWhere('cases.fee_nok', '<=', 0))
    .orderBy('cases.closed_at')
    .limit(limit)
    .select('cases.id', 'cases.closed_at as since');
  // A literal, so SQLite can use the partial index of fee cases (migration 037).
  const withFee: FeeCaseRow[] = await base()
    .whereRaw('cases.fee_nok > 0')
    .orderBy('cases.closed_at')
    .select('cases.id', 'cases.fee_nok', 'cases.reply_date', 'cases.closed_at');
  return { plain, withFee };
}

export async function casePreviewCounts(db: Db, cutoff: string) {
  return {
    expired: await count(expiredCases(db, cutoff)),
    held: await count(expiredCases(db, cutoff).whereExists(held(db, 'case', 'cases.id'))),
  };
}

export async function inquiriesOfCases(db: Db, caseIds: readonly number[]): Promise<number[]> {
  if (caseIds.length === 0) return [];
  return (await db('case_inquiries').whereIn('case_id', caseIds).distinct().pluck('inquiry_id')).map(Number);
}

export async function inquiriesOfBreaches(db: Db, breachIds: readonly number[]): Promise<number[]> {
  if (breachIds.length === 0) return [];
  return (await db('breach_inquiries').whereIn('breach_id', breachIds).distinct().pluck('inquiry_id')).map(
    Number,
  );
}

// Breaches: closed before the cutoff, not yet anonymised, under no legal hold.
const expiredBreaches = (db: Db, cutoff: string) =>
  db('breaches')
    .whereNull('breaches.anonymised_at')
    .whereNotNull('breaches.closed_at')
    .where('breaches.closed_at', '<', cutoff);

export async function dueBreachIds(db: Db, cutoff: string, limit: number): Promise<number[]> {
  return (
    await expiredBreaches(db, cutoff)
      .whereNotExists(held(db, 'breach', 'breaches.id'))
      .orderBy('breaches.closed_at')
      .limit(limit)
      .pluck('breaches.id')
  ).map(Number);
}

export async function breachPreview(db: Db, cutoff: string) {
  const due = await count(expiredBreaches(db, cutoff).whereNotExists(held(db, 'breach', 'breaches.id')));
  const onHold = await count(expiredBreaches(db, cutoff).whereExists(held(db, 'breach', 'breaches.id')));
  const oldest: Array<{ id: number; since: string }> = await expiredBreaches(db, cutoff)
    .whereNotExists(held(db, 'breach', 'breaches.id'))
    .orderBy('breaches.closed_at')
    .limit(5)
    .select('breaches.id', 'breaches.closed_at as since');
  return { due, held: onHold, oldest };
}

// Agreements: terminated or expired, ended (processing ended, terminated or expired) before the cutoff.
const endedOn = 'coalesce(agreements.end_confirmed_on, agreements.terminated_on, agreements.expiry_on)';
const endedAgreements = (db: Db, cutoffDate: string) =>
  db('agreements')
    .whereIn('agreements.status', ['terminated', 'expired'])
    .whereRaw(`${endedOn} < ?`, [cutoffDate]);

export async function dueAgreementIds(db: Db, cutoffDate: string, limit: number): Promise<number[]> {
  return (
    await endedAgreements(db, cutoffDate)
      .whereNotExists(held(db, 'agreement', 'agreements.id'))
      .orderByRaw(endedOn)
      .limit(limit)
      .pluck('agreements.id')
  ).map(Number);
}

export async function agreementPreview(db: Db, cutoffDate: string) {
  const due = await count(
    endedAgreements(db, cutoffDate).whereNotExists(held(db, 'agreement', 'agreements.id')),
  );
  const onHold = await count(
    endedAgreements(db, cutoffDate).whereExists(held(db, 'agreement', 'agreements.id')),
  );
  const oldest: Array<{ id: number; since: string }> = await endedAgreements(db, cutoffDate)
    .whereNotExists(held(db, 'agreement', 'agreements.id'))
    .orderByRaw(endedOn)
    .limit(5)
    .select('agreements.id', db.raw(`${endedOn} as since`));
  return { due, held: onHold, oldest };
}

/** Removes agreements with what hangs on them; other records that named them keep a null reference. */
export async function deleteAgreements(db: Db, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await db('agreement_subprocessors')
    .whereIn('supplier_agreement_id', ids)
    .update({ supplier_agreement_id: null });
  await db('breach_customers').whereIn('agreement_id', ids).update({ agreement_id: null });
  await db('processing_activities').whereIn('agreement_id', ids).update({ agreement_id: null });
  for (const table of [
    'agreement_subprocessors',
    'agreement_clauses',
    'agreement_change_notices',
    'agreement_declared_subprocessors',
    'agreement_transfers',
  ])
    await db(table).whereIn('agreement_id', ids).delete();
  await db('agreements').whereIn('id', ids).delete();
}

export async function attachmentsOf(
  db: Db,
  ownerType: string,
  ownerIds: readonly number[],
): Promise<Array<{ id: number; stored_name: string }>> {
  if (ownerIds.length === 0) return [];
  return db('attachments')
    .where('owner_type', ownerType)
    .whereIn('owner_id', ownerIds)
    .select('id', 'stored_name');
}

export async function deleteAttachments(db: Db, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await db('agreements').whereIn('security_evidence_id', ids).update({ security_evidence_id: null });
  await db('attachments').whereIn('id', ids).delete();
}

export async function entriesAbout(db: Db, entityType: string, ids: readonly number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  return (
    await db('audit_log')
      .where('entity_type', entityType)
      .whereIn(
        'entity_id',
        ids.map((id) => String(id)),
      )
      .pluck('id')
  ).map(Number);
}

// The audit log's before/after copies older than the cutoff, except those about a record on hold.
async function lastEntryBefore(db: Db, cutoff: string): Promise<number> {
  const row = (await db('audit_log').where('at', '<', cutoff).max({ id: 'id' }).first()) as
    { id: number | null } | undefined;
  return Number(row?.id ?? 0);
}

const heldEntry = (db: Db) =>
  db('legal_holds')
    .select(db.raw('1'))
    .whereNull('legal_holds.lifted_at')
    .whereRaw('legal_holds.record_type = audit_log.entity_type')
    .whereRaw('cast(legal_holds.record_id as text) = audit_log.entity_id');

export async function duePayloadEntries(db: Db, cutoff: string, limit: number): Promise<number[]> {
  const last = await lastEntryBefore(db, cutoff);
  if (last === 0) return [];
  return (
    await db('audit_payloads')
      .join('audit_log', 'audit_log.id', 'audit_payloads.entry_id')
      .where('audit_payloads.entry_id', '<=', last)
      .whereNotExists(heldEntry(db))
      .orderBy('audit_payloads.entry_id')
      .limit(limit)
      .pluck('audit_payloads.entry_id')
  ).map(Number);
}

export async function payloadPreview(db: Db, cutoff: string) {
  const last = await lastEntryBefore(db, cutoff);
  if (last === 0) return { due: 0, held: 0, oldest: [] as Array<{ id: number; since: string }> };
  const all = await count(db('audit_payloads').where('entry_id', '<=', last));
  const onHold = await count(
    db('audit_payloads')
      .join('audit_log', 'audit_log.id', 'audit_payloads.entry_id')
      .where('audit_payloads.entry_id', '<=', last)
      .whereExists(heldEntry(db)),
  );
  const oldest: Array<{ id: number; since: string }> = await db('audit_payloads')
    .join('audit_log', 'audit_log.id', 'audit_payloads.entry_id')
    .where('audit_payloads.entry_id', '<=', last)
    .whereNotExists(heldEntry(db))
    .orderBy('audit_payloads.entry_id')
    .limit(5)
    .select('audit_log.id', 'audit_log.at as since');
  return { due: all - onHold, held: onHold, oldest };
}

export async function liftRestrictionsOf(
  db: Db,
  type: string,
  ids: readonly number[],
  at: string,
): Promise<void> {
  if (ids.length === 0) return;
  await db('record_restrictions')
    .where('record_type', type)
    .whereIn('record_id', ids)
    .whereNull('lifted_at')
    .update({ lifted_at: at });
}
