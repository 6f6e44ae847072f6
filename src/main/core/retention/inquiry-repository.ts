import type { Knex } from 'knex';

type Db = Knex | Knex.Transaction;

/**
 * The inquiries and removed attachments the purge takes, and what its preview counts of them (the
 * kinds the purge began with; the others are in repository.ts).
 */

const notInCase = (db: Db) =>
  db('case_inquiries').select(db.raw('1')).whereRaw('case_inquiries.inquiry_id = inquiries.id');
const notInBreach = (db: Db) =>
  db('breach_inquiries').select(db.raw('1')).whereRaw('breach_inquiries.inquiry_id = inquiries.id');

/** Inquiries past their time: deleted ones, and closed ones closed before the cutoff. */
function deletedInquiries(db: Db): Knex.QueryBuilder {
  return db('inquiries').whereNotNull('inquiries.deleted_at');
}
function expiredInquiries(db: Db, cutoff: string): Knex.QueryBuilder {
  // closed_at is set exactly while an inquiry is closed (reopening clears it), so the partial index
  // of 031 answers this alone.
  return db('inquiries')
    .whereNull('inquiries.deleted_at')
    .whereNotNull('inquiries.closed_at')
    .where('inquiries.closed_at', '<', cutoff);
}
/** Removed attachments; one an agreement names as its security evidence stays with the agreement. */
function removedAttachments(db: Db): Knex.QueryBuilder {
  return db('attachments').whereNotNull('attachments.removed_at');
}
const evidence = (db: Db) =>
  db('agreements').select(db.raw('1')).whereRaw('agreements.security_evidence_id = attachments.id');

async function count(query: Knex.QueryBuilder): Promise<number> {
  const row = (await query.count({ n: '*' }).first()) as { n: number | string } | undefined;
  return Number(row?.n ?? 0);
}

/** Due inquiries, deleted ones first, at most `limit`, none that a case or breach holds. */
export async function dueInquiryIds(db: Db, cutoff: string, limit: number): Promise<number[]> {
  const held = (query: Knex.QueryBuilder) =>
    query.whereNotExists(notInCase(db)).whereNotExists(notInBreach(db));
  // In the order of their partial indexes (031), so each batch reads only its own rows.
  const deleted: number[] = await held(deletedInquiries(db))
    .orderBy('inquiries.deleted_at')
    .limit(limit)
    .pluck('inquiries.id');
  if (deleted.length >= limit) return deleted;
  const closed: number[] = await held(expiredInquiries(db, cutoff))
    .orderBy('inquiries.closed_at')
    .limit(limit - deleted.length)
    .pluck('inquiries.id');
  return [...deleted, ...closed];
}

/**
 * What the preview says of inquiries: how many are past their time (on the partial indexes alone),
 * how many of those a case or a breach holds (driven by the link tables, few beside all inquiries),
 * and the oldest due ones, deleted and closed.
 */
export async function inquiryPreviewRows(db: Db, cutoff: string) {
  const pastTime = (await count(deletedInquiries(db))) + (await count(expiredInquiries(db, cutoff)));
  const expired = (query: Knex.QueryBuilder) =>
    query.where((either) =>
      either
        .whereNotNull('inquiries.deleted_at')
        .orWhere((closed) =>
          closed.whereNull('inquiries.deleted_at').where('inquiries.closed_at', '<', cutoff),
        ),
    );
  // Each link looks its inquiry up by id, instead of walking every expired inquiry.
  const expiredOne = (link: string) =>
    expired(db('inquiries').select(db.raw('1')).whereRaw(`inquiries.id = ${link}.inquiry_id`));
  const countLinks = async (query: Knex.QueryBuilder, link: string) => {
    const row = (await query.countDistinct({ n: `${link}.inquiry_id` }).first()) as
      { n: number | string } | undefined;
    return Number(row?.n ?? 0);
  };
  const inCase = await countLinks(
    db('case_inquiries').whereExists(expiredOne('case_inquiries')),
    'case_inquiries',
  );
  const inBreach = await countLinks(
    db('breach_inquiries')
      .whereExists(expiredOne('breach_inquiries'))
      .whereNotExists(
        db('case_inquiries')
          .select(db.raw('1'))
          .whereRaw('case_inquiries.inquiry_id = breach_inquiries.inquiry_id'),
      ),
    'breach_inquiries',
  );
  const oldestDeleted: Array<{ id: number; since: string }> = await deletedInquiries(db)
    .whereNotExists(notInCase(db))
    .whereNotExists(notInBreach(db))
    .orderBy('inquiries.deleted_at')
    .limit(5)
    .select('inquiries.id', 'inquiries.deleted_at as since');
  const oldestClosed: Array<{ id: number; since: string }> = await expiredInquiries(db, cutoff)
    .whereNotExists(notInCase(db))
    .whereNotExists(notInBreach(db))
    .orderBy('inquiries.closed_at')
    .limit(5)
    .select('inquiries.id', 'inquiries.closed_at as since');
  return { pastTime, inCase, inBreach, oldestDeleted, oldestClosed };
}

export async function deleteInquiries(db: Db, ids: readonly number[]): Promise<void> {
  if (ids.length > 0) await db('inquiries').whereIn('id', ids).delete();
}

/** Removed attachments, due (not an agreement's evidence) and held, with the oldest due ones. */
export async function attachmentPreviewRows(db: Db) {
  const due = await count(removedAttachments(db).whereNotExists(evidence(db)));
  const held = await count(removedAttachments(db).whereExists(evidence(db)));
  const oldest: Array<{ id: number; since: string }> = await removedAttachments(db)
    .whereNotExists(evidence(db))
    .orderBy('attachments.removed_at')
    .limit(5)
    .select('attachments.id', 'attachments.removed_at as since');
  return { due, held, oldest };
}

/** Removed attachments the purge deletes next, at most `limit`. */
export async function dueRemovedAttachments(
  db: Db,
  limit: number,
): Promise<Array<{ id: number; stored_name: string }>> {
  return removedAttachments(db)
    .whereNotExists(evidence(db))
    .orderBy('attachments.id')
    .limit(limit)
    .select('attachments.id', 'attachments.stored_name');
}
