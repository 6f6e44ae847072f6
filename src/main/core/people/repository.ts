import type { Knex } from 'knex';
import { yieldToOthers } from '../db/batches';

type Db = Knex | Knex.Transaction;

/**
 * The reads of the access report: a selection's records by id, in pages of `pageSize` ids (a
 * selection holds up to 2,000 records, and an `in (…)` list stays small for both engines), ids in
 * ascending order with a turn of the event loop between pages (`db/batches.ts`).
 */
export const reportPageSize = 200;

async function inPages<Row>(
  ids: readonly number[],
  read: (page: number[]) => Promise<Row[]>,
): Promise<Row[]> {
  const rows: Row[] = [];
  const unique = [...new Set(ids)].sort((a, b) => a - b);
  for (let start = 0; start < unique.length; start += reportPageSize) {
    if (start > 0) await yieldToOthers();
    rows.push(...(await read(unique.slice(start, start + reportPageSize))));
  }
  return rows;
}

export interface ReportInquiryRow {
  id: number;
  received_at: string;
  channel: string;
  direction: string;
  on_behalf_of: string | null;
  person_name: string | null;
  person_phone: string | null;
  person_email: string | null;
  person_reference: string | null;
  category: string;
  summary: string;
  notes: string | null;
  status: string;
  outcome: string | null;
  closed_at: string | null;
  deleted_at: string | null;
}

export function reportInquiries(db: Db, ids: readonly number[]): Promise<ReportInquiryRow[]> {
  return inPages(ids, (page) =>
    db('inquiries')
      .leftJoin('organisations', 'organisations.id', 'inquiries.on_behalf_of_id')
      .whereIn('inquiries.id', page)
      .orderBy('inquiries.received_at')
      .orderBy('inquiries.id')
      .select(
        'inquiries.id',
        'inquiries.received_at',
        'inquiries.channel',
        'inquiries.direction',
        'organisations.name as on_behalf_of',
        'inquiries.person_name',
        'inquiries.person_phone',
        'inquiries.person_email',
        'inquiries.person_reference',
        'inquiries.category',
        'inquiries.summary',
        'inquiries.notes',
        'inquiries.status',
        'inquiries.outcome',
        'inquiries.closed_at',
        'inquiries.deleted_at',
      ),
  );
}

export interface ReportCaseRow {
  id: number;
  number: string;
  state: string;
  received_date: string;
  request_types: string;
  channel: string;
  person_name: string;
  person_email: string | null;
  person_phone: string | null;
  person_address: string | null;
  person_reference: string | null;
  rep_name: string | null;
  customer: string | null;
  notes: string | null;
  outcome: string | null;
  reply_date: string | null;
  closed_at: string | null;
}

export function reportCases(db: Db, ids: readonly number[]): Promise<ReportCaseRow[]> {
  return inPages(ids, (page) =>
    db('cases')
      .leftJoin('organisations', 'organisations.id', 'cases.customer_org_id')
      .whereIn('cases.id', page)
      .orderBy('cases.received_date')
      .orderBy('cases.id')
      .select(
        'cases.id',
        'cases.number',
        'cases.state',
        'cases.received_date',
        'cases.request_types',
        'cases.channel',
        'cases.person_name',
        'cases.person_email',
        'cases.person_phone',
        'cases.person_address',
        'cases.person_reference',
        'cases.rep_name',
        'organisations.name as customer',
        'cases.notes',
        'cases.outcome',
        'cases.reply_date',
        'cases.closed_at',
      ),
  );
}

export interface ReportBreachRow {
  id: number;
  number: string;
  title: string;
  aware_at: string;
  data_types: string;
  risk: string | null;
  subjects_told_at: string | null;
  contact_point: string | null;
}

export function reportBreaches(db: Db, ids: readonly number[]): Promise<ReportBreachRow[]> {
  return inPages(ids, (page) =>
    db('breaches')
      .whereIn('id', page)
      .orderBy('aware_at')
      .orderBy('id')
      .select('id', 'number', 'title', 'aware_at', 'data_types', 'risk', 'subjects_told_at', 'contact_point'),
  );
}

/** Which of the given inquiries each breach is linked to (how a breach concerns the person). */
export function breachInquiryLinks(
  db: Db,
  breachIds: readonly number[],
): Promise<Array<{ breach_id: number; inquiry_id: number }>> {
  return inPages(breachIds, (page) =>
    db('breach_inquiries').whereIn('breach_id', page).select('breach_id', 'inquiry_id'),
  );
}

export interface ReportOrganisationRow {
  id: number;
  name: string;
  privacy_contact_name: string | null;
  privacy_contact_email: string | null;
  privacy_contact_phone: string | null;
}

export function reportOrganisations(db: Db, ids: readonly number[]): Promise<ReportOrganisationRow[]> {
  return inPages(ids, (page) =>
    db('organisations')
      .whereIn('id', page)
      .orderBy('name')
      .orderBy('id')
      .select('id', 'name', 'privacy_contact_name', 'privacy_contact_email', 'privacy_contact_phone'),
  );
}

export interface ReportAttachmentRow {
  id: number;
  owner_type: string;
  owner_id: number;
  file_name: string;
  uploaded_at: string;
  removed_at: string | null;
}

export function reportAttachments(db: Db, ids: readonly number[]): Promise<ReportAttachmentRow[]> {
  return inPages(ids, (page) =>
    db('attachments')
      .whereIn('id', page)
      .orderBy('uploaded_at')
      .orderBy('id')
      .select('id', 'owner_type', 'owner_id', 'file_name', 'uploaded_at', 'removed_at'),
  );
}

export interface ReportAuditRow {
  id: number;
  at: string;
  username: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
}

export function reportAuditEntries(db: Db, ids: readonly number[]): Promise<ReportAuditRow[]> {
  return inPages(ids, (page) =>
    db('audit_log')
      .whereIn('id', page)
      .orderBy('id')
      .select('id', 'at', 'username', 'action', 'entity_type', 'entity_id'),
  );
}
