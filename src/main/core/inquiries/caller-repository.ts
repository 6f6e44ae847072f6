import type { Knex } from 'knex';
import type { InquiryScope } from './repository';

type Db = Knex | Knex.Transaction;

/** What the caller history shows of an earlier inquiry. */
export interface CallerInquiryRow {
  id: number;
  received_at: string;
  channel: string;
  category: string;
  status: string;
  summary: string;
  person_name: string | null;
}

export interface ContactKeys {
  /** `phoneKey` of the typed number. */
  phone: string | null;
  /** The typed address in lower case. */
  email: string | null;
}

function scoped(query: Knex.QueryBuilder, scope: InquiryScope, excludeId: number | undefined) {
  if (scope.kind === 'own')
    query.where((own) => own.where('logged_by_id', scope.userId).orWhere('assigned_to_id', scope.userId));
  if (excludeId !== undefined) query.whereNot('id', excludeId);
  return query;
}

/**
 * The newest inquiries of one phone number and of one e-mail address, each read newest first from
 * its own index (migration 050: the conditions repeat the indexes' own, so SQLite uses them).
 */
export async function inquiriesOfContact(
  db: Db,
  keys: ContactKeys,
  scope: InquiryScope,
  excludeId: number | undefined,
  limit: number,
): Promise<{ phone: CallerInquiryRow[]; email: CallerInquiryRow[] }> {
  const columns = ['id', 'received_at', 'channel', 'category', 'status', 'summary', 'person_name'];
  const phone: CallerInquiryRow[] = keys.phone
    ? await scoped(
        db('inquiries').select(columns).whereRaw('deleted_at is null').where('person_phone_key', keys.phone),
        scope,
        excludeId,
      )
        .orderBy('received_at', 'desc')
        .limit(limit)
    : [];
  const email: CallerInquiryRow[] = keys.email
    ? await scoped(
        db('inquiries')
          .select(columns)
          .whereRaw('deleted_at is null')
          .whereRaw('person_email is not null')
          .whereRaw('lower(person_email) = ?', [keys.email]),
        scope,
        excludeId,
      )
        .orderBy('received_at', 'desc')
        .limit(limit)
    : [];
  return { phone, email };
}

export interface ContactCaseRow {
  id: number;
  number: string;
  due_date: string;
  person_phone_key: string | null;
  person_email_key: string | null;
}

/** Open cases of a phone number or an e-mail address (cases keep both normalised, indexed). */
export async function openCasesOfContact(
  db: Db,
  keys: ContactKeys,
  limit: number,
): Promise<ContactCaseRow[]> {
  if (!keys.phone && !keys.email) return [];
  return db('cases')
    .select('id', 'number', 'due_date', 'person_phone_key', 'person_email_key')
    .where('state', 'open')
    .where((match) => {
      if (keys.phone) match.orWhere('person_phone_key', keys.phone);
      if (keys.email) match.orWhere('person_email_key', keys.email);
    })
    .orderBy('due_date')
    .orderBy('id')
    .limit(limit);
}

/** Of these cases, those linked to an inquiry the agent may see (logged or assigned, not deleted). */
export async function casesLinkedToOwnInquiries(
  db: Db,
  caseIds: readonly number[],
  userId: number,
): Promise<Set<number>> {
  if (caseIds.length === 0) return new Set();
  const rows: Array<{ case_id: number }> = await db('case_inquiries')
    .join('inquiries', 'inquiries.id', 'case_inquiries.inquiry_id')
    .whereIn('case_inquiries.case_id', caseIds)
    .whereNull('inquiries.deleted_at')
    .where((own) => own.where('inquiries.logged_by_id', userId).orWhere('inquiries.assigned_to_id', userId))
    .distinct('case_inquiries.case_id');
  return new Set(rows.map((row) => Number(row.case_id)));
}
