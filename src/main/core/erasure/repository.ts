import type { Knex } from 'knex';

type Db = Knex | Knex.Transaction;

/** Ids in slices small enough for any engine's bound-parameter limit. */
export async function inSlices<T>(
  ids: readonly number[],
  read: (slice: number[]) => Promise<T[]>,
): Promise<T[]> {
  const out: T[] = [];
  for (let start = 0; start < ids.length; start += 500)
    out.push(...(await read(ids.slice(start, start + 500))));
  return out;
}

export interface ErasureInquiryRow {
  id: number;
  person_name: string | null;
  person_email: string | null;
  person_phone: string | null;
  person_reference: string | null;
  anonymised_at: string | null;
}

export const erasureInquiries = (db: Db, ids: readonly number[]) =>
  inSlices<ErasureInquiryRow>(ids, (slice) =>
    db('inquiries')
      .whereIn('id', slice)
      .select('id', 'person_name', 'person_email', 'person_phone', 'person_reference', 'anonymised_at'),
  );

export interface ErasureCaseRow {
  id: number;
  number: string;
  state: string;
  person_name: string;
  person_email: string | null;
  person_phone: string | null;
  person_reference: string | null;
  fee_nok: number | null;
  reply_date: string | null;
  closed_at: string | null;
  request_types: string;
  anonymised_at: string | null;
}

export const erasureCases = (db: Db, ids: readonly number[]) =>
  inSlices<ErasureCaseRow>(ids, (slice) =>
    db('cases')
      .whereIn('id', slice)
      .select(
        'id',
        'number',
        'state',
        'person_name',
        'person_email',
        'person_phone',
        'person_reference',
        'fee_nok',
        'reply_date',
        'closed_at',
        'request_types',
        'anonymised_at',
      ),
  );

export interface ErasureBreachRow {
  id: number;
  number: string;
  state: string;
  closed_at: string | null;
  anonymised_at: string | null;
}

export const erasureBreaches = (db: Db, ids: readonly number[]) =>
  inSlices<ErasureBreachRow>(ids, (slice) =>
    db('breaches').whereIn('id', slice).select('id', 'number', 'state', 'closed_at', 'anonymised_at'),
  );

export interface ErasureOrganisationRow {
  id: number;
  name: string;
  privacy_contact_name: string | null;
  privacy_contact_email: string | null;
  privacy_contact_phone: string | null;
}

export const erasureOrganisations = (db: Db, ids: readonly number[]) =>
  inSlices<ErasureOrganisationRow>(ids, (slice) =>
    db('organisations')
      .whereIn('id', slice)
      .select('id', 'name', 'privacy_contact_name', 'privacy_contact_email', 'privacy_contact_phone'),
  );

export interface ErasureAttachmentRow {
  id: number;
  owner_type: string;
  owner_id: number;
  file_name: string;
  stored_name: string;
  evidence_of: number | null;
}

const attachmentColumns = (db: Db) => [
  'attachments.id',
  'attachments.owner_type',
  'attachments.owner_id',
  'attachments.file_name',
  'attachments.stored_name',
  db.raw(
    '(select min(agreements.id) from agreements where agreements.security_evidence_id = attachments.id) as evidence_of',
  ),
];

export const erasureAttachments = (db: Db, ids: readonly number[]) =>
  inSlices<ErasureAttachmentRow>(ids, (slice) =>
    db('attachments').whereIn('attachments.id', slice).select(attachmentColumns(db)),
  );

/** The files of records that go (a case anonymised takes its documents with it). */
export const attachmentsOfOwners = (db: Db, ownerType: string, ownerIds: readonly number[]) =>
  inSlices<ErasureAttachmentRow>(ownerIds, (slice) =>
    db('attachments')
      .where('attachments.owner_type', ownerType)
      .whereIn('attachments.owner_id', slice)
      .select(attachmentColumns(db)),
  );

export interface InquiryLink {
  inquiry_id: number;
  owner_id: number;
}

export const caseLinksOfInquiries = (db: Db, ids: readonly number[]) =>
  inSlices<InquiryLink>(ids, (slice) =>
    db('case_inquiries').whereIn('inquiry_id', slice).select('inquiry_id', 'case_id as owner_id'),
  );

export const breachLinksOfInquiries = (db: Db, ids: readonly number[]) =>
  inSlices<InquiryLink>(ids, (slice) =>
    db('breach_inquiries').whereIn('inquiry_id', slice).select('inquiry_id', 'breach_id as owner_id'),
  );

export const inquiriesOfCases = (db: Db, caseIds: readonly number[]) =>
  inSlices<InquiryLink>(caseIds, (slice) =>
    db('case_inquiries').whereIn('case_id', slice).select('inquiry_id', 'case_id as owner_id'),
  );

/** Records under a legal hold that stands, as `type:id`. */
export async function heldRecords(db: Db, type: string, ids: readonly number[]): Promise<Set<number>> {
  const rows = await inSlices<{ record_id: number }>(ids, (slice) =>
    db('legal_holds')
      .where('record_type', type)
      .whereIn('record_id', slice)
      .whereNull('lifted_at')
      .select('record_id'),
  );
  return new Set(rows.map((row) => Number(row.record_id)));
}

export interface AgreementEndRow {
  id: number;
  status: string;
  ended_on: string | null;
}

export const agreementEnds = (db: Db, ids: readonly number[]) =>
  inSlices<AgreementEndRow>(ids, (slice) =>
    db('agreements')
      .whereIn('id', slice)
      .select('id', 'status', db.raw('coalesce(end_confirmed_on, terminated_on, expiry_on) as ended_on')),
  );

/** The audit entries about the given records (their own history). */
export async function entriesOfRecords(
  db: Db,
  entityType: string,
  ids: readonly number[],
): Promise<number[]> {
  const rows = await inSlices<{ id: number }>(ids, (slice) =>
    db('audit_log')
      .where('entity_type', entityType)
      .whereIn(
        'entity_id',
        slice.map((id) => String(id)),
      )
      .select('id'),
  );
  return rows.map((row) => Number(row.id));
}

/** The audit entries whose before/after copies name one of the identifiers (audit_subjects). */
export async function entriesNaming(
  db: Db,
  subjects: ReadonlyArray<{ kind: string; key: string }>,
): Promise<number[]> {
  if (subjects.length === 0) return [];
  const ids = new Set<number>();
  for (let start = 0; start < subjects.length; start += 200) {
    const slice = subjects.slice(start, start + 200);
    const rows: Array<{ entry_id: number }> = await db('audit_subjects')
      .where((match) => {
        for (const subject of slice) match.orWhere({ kind: subject.kind, subject_key: subject.key });
      })
      .distinct('entry_id');
    rows.forEach((row) => ids.add(Number(row.entry_id)));
  }
  return [...ids];
}

/** Which of the entries still hold a before/after copy that a redaction would remove. */
export async function countRedactable(db: Db, entryIds: readonly number[]): Promise<number> {
  const keyed = await inSlices<{ entry_id: number }>(entryIds, (slice) =>
    db('audit_payloads')
      .whereIn('entry_id', slice)
      .whereNotExists(
        db('audit_redactions')
          .select('entry_id')
          .whereRaw('audit_redactions.entry_id = audit_payloads.entry_id'),
      )
      .select('entry_id'),
  );
  const legacy = await inSlices<{ id: number }>(entryIds, (slice) =>
    db('audit_log')
      .whereIn('id', slice)
      .where((has) => has.whereNotNull('before_json').orWhereNotNull('after_json'))
      .select('id'),
  );
  return new Set([...keyed.map((row) => Number(row.entry_id)), ...legacy.map((row) => Number(row.id))]).size;
}

export async function insertErasure(
  db: Db,
  row: { at: string; by_name: string; reason: string; case_id: number | null; counts_json: string },
): Promise<number> {
  const [inserted] = await db('erasures').insert(row).returning('id');
  return typeof inserted === 'object' ? (inserted as { id: number }).id : (inserted as number);
}

/** The record each audit entry describes. */
export const recordsOfEntries = (db: Db, ids: readonly number[]) =>
  inSlices<{ id: number; entity_type: string; entity_id: string | null }>(ids, (slice) =>
    db('audit_log').whereIn('id', slice).select('id', 'entity_type', 'entity_id'),
  );
