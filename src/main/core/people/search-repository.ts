import type { Knex } from 'knex';
import { caseTrigramLength, whereCasePersonText } from '../cases/list-repository';

type Db = Knex | Knex.Transaction;

/** What was typed, as each kind of identifier would be stored. */
export interface Wanted {
  text: string;
  email: string | null;
  phone: string | null;
  name: string;
}

export type MatchRow = Record<string, string | number | null>;

const likeOf = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function inquiryIdsByPhone(db: Db, phone: string, limit: number): Promise<number[]> {
  const rows: Array<{ id: number }> = await db('inquiries')
    .where('person_phone_key', phone)
    .orderBy('id', 'desc')
    .limit(limit)
    .select('id');
  return rows.map((row) => row.id);
}

/** Deleted inquiries are not in the search index; there are few until the purge takes them. */
export async function deletedInquiryIds(db: Db, wanted: Wanted, limit: number): Promise<number[]> {
  const rows: Array<{ id: number }> = await db('inquiries')
    .whereNotNull('deleted_at')
    .where((match) => {
      if (wanted.phone) match.orWhere('person_phone_key', wanted.phone);
      if (wanted.email) match.orWhereRaw('lower(person_email) = ?', [wanted.email]);
      match
        .orWhereRaw("lower(person_name) like ? escape '\\'", [likeOf(wanted.name)])
        .orWhereRaw('lower(person_reference) = ?', [wanted.name]);
    })
    .orderBy('id', 'desc')
    .limit(limit)
    .select('id');
  return rows.map((row) => row.id);
}

export async function inquiryMatchRows(db: Db, ids: readonly number[]): Promise<MatchRow[]> {
  if (ids.length === 0) return [];
  return db('inquiries')
    .whereIn('id', [...ids])
    .select(
      'id',
      'person_name',
      'person_email',
      'person_phone',
      'person_reference',
      'summary',
      'received_at',
      'deleted_at',
    );
}

/** The newest cases of the person, and how many there are. */
export async function caseMatches(
  db: Db,
  wanted: Wanted,
  limit: number,
): Promise<{ rows: MatchRow[]; total: number }> {
  const query = db('cases').where((match) => {
    if (wanted.email) match.orWhere('person_email_key', wanted.email);
    if (wanted.phone) match.orWhere('person_phone_key', wanted.phone);
    if (!wanted.email && !wanted.phone) {
      // Three characters or more: the trigram index of the case list's search finds them.
      if (wanted.name.length >= caseTrigramLength)
        match.orWhere((text) => whereCasePersonText(db, text, wanted.name));
      else
        match
          .orWhere('person_name_key', wanted.name)
          .orWhereRaw("person_name_key like ? escape '\\'", [likeOf(wanted.name)])
          .orWhereRaw('lower(person_reference) = ?', [wanted.name])
          .orWhereRaw("person_email_key like ? escape '\\'", [likeOf(wanted.name)]);
    }
  });
  const rows: MatchRow[] = await query
    .clone()
    .orderBy('id', 'desc')
    .limit(limit)
    .select(
      'id',
      'number',
      'state',
      'person_name',
      'person_email',
      'person_phone',
      'person_reference',
      'received_at',
      'created_at',
    );
  const total = Number(((await query.clone().count({ n: '*' }).first()) as { n: number | string }).n);
  return { rows, total };
}

export interface BreachMatchRow {
  id: number;
  number: string;
  title: string;
  aware_at: string;
  /** The inquiry of the person the breach was linked to, if that is how it matched. */
  via: number | null;
}

/** Breaches whose contact point names the person or that hold one of the person's inquiries. */
export async function breachMatchRows(
  db: Db,
  name: string,
  inquiryIds: readonly number[],
  limit: number,
): Promise<BreachMatchRow[]> {
  return db('breaches')
    .leftJoin('breach_inquiries', 'breach_inquiries.breach_id', 'breaches.id')
    .where((match) => {
      match.orWhereRaw("lower(breaches.contact_point) like ? escape '\\'", [likeOf(name)]);
      if (inquiryIds.length > 0) match.orWhereIn('breach_inquiries.inquiry_id', [...inquiryIds]);
    })
    .orderBy('breaches.id', 'desc')
    .limit(limit)
    .select(
      'breaches.id',
      'breaches.number',
      'breaches.title',
      'breaches.aware_at',
      'breach_inquiries.inquiry_id as via',
    );
}

/** Organisations whose privacy contact may be the person (the caller checks each). */
export async function organisationContactRows(db: Db, wanted: Wanted): Promise<MatchRow[]> {
  return db('organisations')
    .where((match) => {
      if (wanted.email) match.orWhereRaw('lower(privacy_contact_email) = ?', [wanted.email]);
      match.orWhereRaw("lower(privacy_contact_name) like ? escape '\\'", [likeOf(wanted.name)]);
      if (wanted.phone) match.orWhereNotNull('privacy_contact_phone');
    })
    .orderBy('name')
    .limit(500)
    .select('id', 'name', 'privacy_contact_name', 'privacy_contact_email', 'privacy_contact_phone');
}

export async function attachmentsByFileName(db: Db, name: string, limit: number): Promise<MatchRow[]> {
  return db('attachments')
    .whereRaw("lower(file_name) like ? escape '\\'", [likeOf(name)])
    .orderBy('id', 'desc')
    .limit(limit)
    .select('id', 'owner_type', 'owner_id', 'file_name', 'uploaded_at', 'removed_at');
}

function auditSubjects(db: Db, wanted: Wanted) {
  return db('audit_subjects').where((match) => {
    if (wanted.email) match.orWhere({ kind: 'email', subject_key: wanted.email });
    if (wanted.phone) match.orWhere({ kind: 'phone', subject_key: wanted.phone });
    match
      .orWhere((name) =>
        name
          .where('kind', 'name')
          .where('subject_key', '>=', wanted.name)
          .where('subject_key', '<', `${wanted.name}\uffff`),
      )
      .orWhere({ kind: 'ref', subject_key: wanted.name });
  });
}

/** Audit entries whose before/after copies name the person (audit_subjects), newest first, and how many. */
export async function auditSubjectEntries(
  db: Db,
  wanted: Wanted,
  limit: number,
): Promise<{ entries: Array<{ entry_id: number; kind: string }>; total: number }> {
  const entries: Array<{ entry_id: number; kind: string }> = await auditSubjects(db, wanted)
    .orderBy('entry_id', 'desc')
    .limit(limit)
    .select('entry_id', 'kind');
  const total = Number(
    ((await auditSubjects(db, wanted).countDistinct({ n: 'entry_id' }).first()) as { n: number | string }).n,
  );
  return { entries, total };
}

export async function auditEntryRows(db: Db, ids: readonly number[]): Promise<MatchRow[]> {
  if (ids.length === 0) return [];
  return db('audit_log')
    .whereIn('id', [...ids])
    .orderBy('id', 'desc')
    .select('id', 'at', 'username', 'action', 'entity_type', 'entity_id');
}
