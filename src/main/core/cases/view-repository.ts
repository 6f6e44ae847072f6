import type { Knex } from 'knex';
import type { CaseRow } from './repository';

type Db = Knex | Knex.Transaction;

/** The names of users (display names) or organisations, by id. */
export async function namesById(
  db: Db,
  table: 'users' | 'organisations',
  ids: readonly number[],
): Promise<Array<{ id: number; name: string }>> {
  const column = table === 'users' ? 'display_name' : 'name';
  return db(table).whereIn('id', ids).select('id', `${column} as name`);
}

export interface DuplicateKeys {
  nameKey: string | null;
  emailKey: string | null;
  phoneKey: string | null;
  customerId: number | null;
}

/** Up to 20 open cases with the same e-mail, the same phone, or the same name and customer. */
export async function openCasesMatching(
  db: Db,
  person: DuplicateKeys,
  excludeId?: number,
): Promise<CaseRow[]> {
  return db('cases')
    .where({ state: 'open' })
    .modify((query) => {
      if (excludeId !== undefined) query.whereNot({ id: excludeId });
    })
    .where((match) => {
      if (person.emailKey) match.orWhere({ person_email_key: person.emailKey });
      if (person.phoneKey) match.orWhere({ person_phone_key: person.phoneKey });
      if (person.nameKey) {
        match.orWhere((byName) => {
          byName.where({ person_name_key: person.nameKey });
          if (person.customerId === null) byName.whereNull('customer_org_id');
          else byName.where({ customer_org_id: person.customerId });
        });
      }
    })
    .orderBy('received_date')
    .limit(20);
}

export interface LinkedInquiryRow {
  id: number;
  received_at: string;
  summary: string;
  opened_from: number;
}

/** The case's inquiries not deleted, oldest first. */
export async function linkedInquiries(db: Db, caseId: number): Promise<LinkedInquiryRow[]> {
  return db('case_inquiries')
    .join('inquiries', 'inquiries.id', 'case_inquiries.inquiry_id')
    .where('case_inquiries.case_id', caseId)
    .whereNull('inquiries.deleted_at')
    .orderBy('inquiries.received_at')
    .select('inquiries.id', 'inquiries.received_at', 'inquiries.summary', 'case_inquiries.opened_from');
}
