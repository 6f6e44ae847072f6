import type { Knex } from 'knex';
import { osloDate } from '../../../shared/oslo';
import { inquiryListInput } from '../../../shared/inquiries/contract';
import { inquiryNumber } from '../../../shared/inquiries/rules';
import { english, phrase, type Phrase, type PhraseKey } from '../../../shared/i18n/phrases';
import {
  type PersonMatch,
  personMatchLimit,
  type PersonRecordKind,
  personRecordKinds,
} from '../../../shared/people/contract';
import { hasAnyRole } from '../../../shared/roles';
import { emailKey, nameKey, phoneKey } from '../cases/keys';
import type { Ctx } from '../context';
import { caseTrigramLength, whereCasePersonText } from '../cases/repository';
import { pageOfInquiries } from '../inquiries/repository';

type Db = Knex | Knex.Transaction;

/** What was typed, as each kind of identifier would be stored. */
interface Wanted {
  text: string;
  email: string | null;
  phone: string | null;
  name: string;
}

function wantedOf(query: string): Wanted {
  const text = query.trim();
  const email = text.includes('@') ? emailKey(text) : null;
  const phone = /^[+\d\s().\-/]+$/.test(text) ? phoneKey(text) : null;
  return { text, email, phone, name: nameKey(text) };
}

const lower = (value: unknown) => (typeof value === 'string' ? nameKey(value) : '');

/** Why a person's fields matched what was typed, or null. */
function whyOf(
  wanted: Wanted,
  fields: { name?: unknown; email?: unknown; phone?: unknown; reference?: unknown },
): Phrase | null {
  if (wanted.email && lower(fields.email) === wanted.email) return phrase('corePeople:email');
  if (wanted.phone && typeof fields.phone === 'string' && phoneKey(fields.phone) === wanted.phone)
    return phrase('corePeople:phone');
  if (lower(fields.reference) === wanted.name) return phrase('corePeople:reference');
  const name = lower(fields.name);
  if (name && (name === wanted.name || name.split(' ').some((word) => word.startsWith(wanted.name))))
    return phrase('corePeople:name');
  if (name && wanted.name.includes(' ') && name.includes(wanted.name)) return phrase('corePeople:name');
  if (!wanted.email && !wanted.phone && lower(fields.email).startsWith(wanted.name))
    return phrase('corePeople:email');
  return null;
}

/** Why a record matched, in English and as a phrase; a title or detail the core words itself likewise. */
function matched(
  why: Phrase,
  words: { title?: Phrase; detail?: Phrase } = {},
): Pick<PersonMatch, 'why' | 'whyText' | 'titleText' | 'detailText'> {
  return {
    why: english(why),
    whyText: why,
    titleText: words.title ?? null,
    detailText: words.detail ?? null,
  };
}

const likeOf = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

interface Found {
  total: number;
  items: PersonMatch[];
}

async function inquiries(ctx: Ctx, wanted: Wanted): Promise<Found> {
  const columns = [
    'id',
    'person_name',
    'person_email',
    'person_phone',
    'person_reference',
    'summary',
    'received_at',
    'deleted_at',
  ];
  const ids = new Set<number>();
  if (wanted.phone) {
    const rows: Array<{ id: number }> = await ctx
      .db('inquiries')
      .where('person_phone_key', wanted.phone)
      .orderBy('id', 'desc')
      .limit(personMatchLimit)
      .select('id');
    rows.forEach((row) => ids.add(row.id));
  }
  if (!wanted.phone || ids.size === 0) {
    // The inquiries' own search index: every word must begin a word of the name, e-mail address,
    // phone number, reference, summary or notes (what the inquiry list searches).
    const input = inquiryListInput.parse({ q: wanted.text, pageSize: personMatchLimit });
    const page = await pageOfInquiries(ctx.db, input, { kind: 'all' }, osloDate(ctx.clock.now()), 1000);
    page.ids.forEach((id) => ids.add(id));
  }
  // Deleted inquiries are not in the search index; there are few until the purge takes them.
  const deleted = await ctx
    .db('inquiries')
    .whereNotNull('deleted_at')
    .where((match) => {
      if (wanted.phone) match.orWhere('person_phone_key', wanted.phone);
      if (wanted.email) match.orWhereRaw('lower(person_email) = ?', [wanted.email]);
      match
        .orWhereRaw("lower(person_name) like ? escape '\\'", [likeOf(wanted.name)])
        .orWhereRaw('lower(person_reference) = ?', [wanted.name]);
    })
    .orderBy('id', 'desc')
    .limit(personMatchLimit)
    .select('id');
  deleted.forEach((row: { id: number }) => ids.add(row.id));
  const rows: Array<Record<string, string | number | null>> = ids.size
    ? await ctx
        .db('inquiries')
        .whereIn('id', [...ids])
        .select(columns)
    : [];
  const items = rows
    .map((row) => ({
      row,
      why: whyOf(wanted, {
        name: row.person_name,
        email: row.person_email,
        phone: row.person_phone,
        reference: row.person_reference,
      }),
    }))
    .map(({ row, why }) => ({
      kind: 'inquiry' as const,
      id: Number(row.id),
      title: inquiryNumber(Number(row.id)),
      detail: [row.person_name, row.person_email, row.person_phone, row.summary].filter(Boolean).join(' · '),
      date: row.received_at === null ? null : String(row.received_at),
      ...matched(why ?? phrase('corePeople:words')),
      deleted: row.deleted_at !== null,
      path: `/inquiries/${row.id}`,
    }))
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || b.id - a.id)
    .slice(0, personMatchLimit);
  return { total: ids.size, items };
}

async function cases(ctx: Ctx, wanted: Wanted): Promise<Found> {
  const query = ctx.db('cases').where((match) => {
    if (wanted.email) match.orWhere('person_email_key', wanted.email);
    if (wanted.phone) match.orWhere('person_phone_key', wanted.phone);
    if (!wanted.email && !wanted.phone) {
      // Three characters or more: the trigram index of the case list's search finds them.
      if (wanted.name.length >= caseTrigramLength)
        match.orWhere((text) => whereCasePersonText(ctx.db, text, wanted.name));
      else
        match
          .orWhere('person_name_key', wanted.name)
          .orWhereRaw("person_name_key like ? escape '\\'", [likeOf(wanted.name)])
          .orWhereRaw('lower(person_reference) = ?', [wanted.name])
          .orWhereRaw("person_email_key like ? escape '\\'", [likeOf(wanted.name)]);
    }
  });
  const rows: Array<Record<string, string | number | null>> = await query
    .clone()
    .orderBy('id', 'desc')
    .limit(personMatchLimit)
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
  return {
    total,
    items: rows.map((row) => ({
      kind: 'case',
      id: Number(row.id),
      title: String(row.number),
      detail: [
        row.person_name,
        row.person_email,
        row.person_phone,
        row.state === 'closed' ? 'closed' : 'open',
      ]
        .filter(Boolean)
        .join(' · '),
      date: String(row.received_at ?? row.created_at),
      ...matched(
        whyOf(wanted, {
          name: row.person_name,
          email: row.person_email,
          phone: row.person_phone,
          reference: row.person_reference,
        }) ?? phrase('corePeople:name'),
      ),
      deleted: false,
      path: `/cases/${row.id}`,
    })),
  };
}

async function breaches(ctx: Ctx, wanted: Wanted, inquiryIds: number[]): Promise<Found> {
  const rows: Array<{ id: number; number: string; title: string; aware_at: string; via: number | null }> =
    await ctx
      .db('breaches')
      .leftJoin('breach_inquiries', 'breach_inquiries.breach_id', 'breaches.id')
      .where((match) => {
        match.orWhereRaw("lower(breaches.contact_point) like ? escape '\\'", [likeOf(wanted.name)]);
        if (inquiryIds.length > 0) match.orWhereIn('breach_inquiries.inquiry_id', inquiryIds);
      })
      .orderBy('breaches.id', 'desc')
      .limit(personMatchLimit * 4)
      .select(
        'breaches.id',
        'breaches.number',
        'breaches.title',
        'breaches.aware_at',
        'breach_inquiries.inquiry_id as via',
      );
  const byId = new Map<number, PersonMatch>();
  for (const row of rows) {
    const linked = row.via !== null && inquiryIds.includes(row.via);
    if (byId.has(row.id) && !linked) continue;
    byId.set(row.id, {
      kind: 'breach',
      id: row.id,
      title: row.number,
      detail: row.title,
      date: row.aware_at,
      ...matched(
        linked
          ? phrase('corePeople:viaInquiry', { number: inquiryNumber(row.via as number) })
          : phrase('corePeople:contactPoint'),
      ),
      deleted: false,
      path: `/breaches/${row.id}`,
    });
  }
  const items = [...byId.values()].slice(0, personMatchLimit);
  return { total: byId.size, items };
}

async function organisations(ctx: Ctx, wanted: Wanted): Promise<Found> {
  const rows: Array<Record<string, string | number | null>> = await ctx
    .db('organisations')
    .where((match) => {
      if (wanted.email) match.orWhereRaw('lower(privacy_contact_email) = ?', [wanted.email]);
      match.orWhereRaw("lower(privacy_contact_name) like ? escape '\\'", [likeOf(wanted.name)]);
      if (wanted.phone) match.orWhereNotNull('privacy_contact_phone');
    })
    .orderBy('name')
    .limit(500)
    .select('id', 'name', 'privacy_contact_name', 'privacy_contact_email', 'privacy_contact_phone');
  const items: PersonMatch[] = [];
  for (const row of rows) {
    const why = whyOf(wanted, {
      name: row.privacy_contact_name,
      email: row.privacy_contact_email,
      phone: row.privacy_contact_phone,
    });
    if (!why) continue;
    items.push({
      kind: 'organisation',
      id: Number(row.id),
      title: String(row.name),
      detail: [row.privacy_contact_name, row.privacy_contact_email, row.privacy_contact_phone]
        .filter(Boolean)
        .join(' · '),
      date: null,
      ...matched(phrase('corePeople:contactPerson', { why })),
      deleted: false,
      path: `/registers/organisations/${row.id}`,
    });
  }
  return { total: items.length, items: items.slice(0, personMatchLimit) };
}

const attachedToKeys: Record<string, PhraseKey> = {
  case: 'corePeople:attachedToCase',
  breach: 'corePeople:attachedToBreach',
  organisation: 'corePeople:attachedToOrganisation',
  agreement: 'corePeople:attachedToAgreement',
};

function attachedTo(ownerType: string, ownerId: number): Phrase {
  return phrase(attachedToKeys[ownerType] ?? 'corePeople:attachedToOrganisation', { id: ownerId });
}

export const ownerPaths: Record<string, (id: number) => string> = {
  case: (id) => `/cases/${id}`,
  breach: (id) => `/breaches/${id}`,
  organisation: (id) => `/registers/organisations/${id}`,
  agreement: (id) => `/registers/agreements/${id}`,
};

async function attachments(ctx: Ctx, wanted: Wanted): Promise<Found> {
  const rows: Array<Record<string, string | number | null>> = await ctx
    .db('attachments')
    .whereRaw("lower(file_name) like ? escape '\\'", [likeOf(wanted.name)])
    .orderBy('id', 'desc')
    .limit(personMatchLimit)
    .select('id', 'owner_type', 'owner_id', 'file_name', 'uploaded_at', 'removed_at');
  return {
    total: rows.length,
    items: rows.map((row) => ({
      kind: 'attachment',
      id: Number(row.id),
      title: String(row.file_name),
      detail: english(attachedTo(String(row.owner_type), Number(row.owner_id))),
      date: String(row.uploaded_at),
      ...matched(phrase('corePeople:fileName'), {
        detail: attachedTo(String(row.owner_type), Number(row.owner_id)),
      }),
      deleted: row.removed_at !== null,
      path: (ownerPaths[String(row.owner_type)] ?? ownerPaths.organisation)(Number(row.owner_id)),
    })),
  };
}

/** Entries whose before/after copies name the person (audit_subjects, normalised like the search). */
async function auditEntries(ctx: Ctx, wanted: Wanted): Promise<Found> {
  const query = (db: Db) =>
    db('audit_subjects').where((match) => {
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
  const entries: Array<{ entry_id: number; kind: string }> = await query(ctx.db)
    .orderBy('entry_id', 'desc')
    .limit(personMatchLimit * 4)
    .select('entry_id', 'kind');
  const whyByEntry = new Map<number, Phrase>();
  const whyOfKind: Record<string, Phrase> = {
    email: phrase('corePeople:email'),
    phone: phrase('corePeople:phone'),
    name: phrase('corePeople:name'),
    ref: phrase('corePeople:reference'),
  };
  for (const entry of entries)
    if (!whyByEntry.has(entry.entry_id))
      whyByEntry.set(entry.entry_id, whyOfKind[entry.kind] ?? phrase('corePeople:name'));
  const ids = [...whyByEntry.keys()].slice(0, personMatchLimit);
  const rows: Array<Record<string, string | number | null>> = ids.length
    ? await ctx
        .db('audit_log')
        .whereIn('id', ids)
        .orderBy('id', 'desc')
        .select('id', 'at', 'username', 'action', 'entity_type', 'entity_id')
    : [];
  const total = Number(
    ((await query(ctx.db).countDistinct({ n: 'entry_id' }).first()) as { n: number | string }).n,
  );
  return {
    total,
    items: rows.map((row) => ({
      kind: 'audit',
      id: Number(row.id),
      title: `Entry ${row.id}`,
      detail: `${row.username}: ${row.action} ${row.entity_type}${row.entity_id ? ` ${row.entity_id}` : ''}`,
      date: String(row.at),
      ...matched(whyByEntry.get(Number(row.id)) ?? phrase('corePeople:name'), {
        title: phrase('corePeople:auditEntry', { id: Number(row.id) }),
      }),
      deleted: false,
      path: `/admin/audit?entityType=${encodeURIComponent(String(row.entity_type))}${row.entity_id ? `&entityId=${encodeURIComponent(String(row.entity_id))}` : ''}`,
    })),
  };
}

/**
 * One person across every record the app holds, grouped by kind, each with its date and why it
 * matched. The audit log only for administrators. The search itself is audited (its words are then
 * in the log, indexed like any other entry's, so an erasure finds them too).
 */
export async function findPerson(
  ctx: Ctx,
  query: string,
): Promise<{
  query: string;
  groups: Array<{ kind: PersonRecordKind; total: number; items: PersonMatch[] }>;
}> {
  const wanted = wantedOf(query);
  const found: Partial<Record<PersonRecordKind, Found>> = {};
  found.inquiry = await inquiries(ctx, wanted);
  found.case = await cases(ctx, wanted);
  found.breach = await breaches(
    ctx,
    wanted,
    found.inquiry.items.map((item) => item.id),
  );
  found.organisation = await organisations(ctx, wanted);
  found.attachment = await attachments(ctx, wanted);
  if (hasAnyRole(ctx.actor.roles, ['admin'])) found.audit = await auditEntries(ctx, wanted);
  const groups = personRecordKinds
    .filter((kind) => found[kind] !== undefined)
    .map((kind) => ({ kind, total: found[kind]!.total, items: found[kind]!.items }));
  await ctx.audit({
    action: 'find',
    entityType: 'person',
    after: {
      query: wanted.text,
      found: Object.fromEntries(groups.map((group) => [group.kind, group.total])),
    },
  });
  return { query: wanted.text, groups };
}
