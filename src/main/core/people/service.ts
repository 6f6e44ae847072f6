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
import { pageOfInquiries } from '../inquiries/list-repository';
import {
  attachmentsByFileName,
  auditEntryRows,
  auditSubjectEntries,
  breachMatchRows,
  caseMatches,
  deletedInquiryIds,
  inquiryIdsByPhone,
  inquiryMatchRows,
  organisationContactRows,
  type Wanted,
} from './search-repository';

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

interface Found {
  total: number;
  items: PersonMatch[];
}

async function inquiries(ctx: Ctx, wanted: Wanted): Promise<Found> {
  const ids = new Set<number>();
  if (wanted.phone)
    (await inquiryIdsByPhone(ctx.db, wanted.phone, personMatchLimit)).forEach((id) => ids.add(id));
  if (!wanted.phone || ids.size === 0) {
    // The inquiries' own search index: every word must begin a word of the name, e-mail address,
    // phone number, reference, summary or notes (what the inquiry list searches).
    const input = inquiryListInput.parse({ q: wanted.text, pageSize: personMatchLimit });
    const page = await pageOfInquiries(ctx.db, input, { kind: 'all' }, osloDate(ctx.clock.now()), 1000);
    page.ids.forEach((id) => ids.add(id));
  }
  (await deletedInquiryIds(ctx.db, wanted, personMatchLimit)).forEach((id) => ids.add(id));
  const rows = await inquiryMatchRows(ctx.db, [...ids]);
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
  const { rows, total } = await caseMatches(ctx.db, wanted, personMatchLimit);
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
  const rows = await breachMatchRows(ctx.db, wanted.name, inquiryIds, personMatchLimit * 4);
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
  const rows = await organisationContactRows(ctx.db, wanted);
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
  const rows = await attachmentsByFileName(ctx.db, wanted.name, personMatchLimit);
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
  const { entries, total } = await auditSubjectEntries(ctx.db, wanted, personMatchLimit * 4);
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
  const rows = await auditEntryRows(ctx.db, ids);
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
