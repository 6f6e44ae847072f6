import type { Knex } from 'knex';

type Db = Knex | Knex.Transaction;

export interface CaseInquiryLink {
  case_id: number;
  inquiry_id: number;
  linked_at: string;
  linked_by: string;
  /** The case was opened from this inquiry. */
  opened_from: boolean;
}

export async function insertCaseInquiry(db: Db, link: CaseInquiryLink): Promise<void> {
  await db('case_inquiries').insert(link);
}

/** The case opened from an inquiry, if one was. */
export async function caseOpenedFrom(db: Db, inquiryId: number): Promise<number | undefined> {
  const row: { case_id: number } | undefined = await db('case_inquiries')
    .where({ inquiry_id: inquiryId, opened_from: true })
    .first('case_id');
  return row?.case_id;
}

export async function isLinked(db: Db, caseId: number, inquiryId: number): Promise<boolean> {
  return Boolean(await db('case_inquiries').where({ case_id: caseId, inquiry_id: inquiryId }).first());
}
