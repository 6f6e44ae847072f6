import { formatDate, formatDateTime } from '../../../shared/i18n/format';
import { fallbackLanguage, type Language } from '../../../shared/i18n/languages';
import { accessReport } from '../../../shared/i18n/resources/access-report';
import {
  caseChannel,
  dataType,
  inquiryCategory,
  inquiryChannel,
  outcome as outcomeLabel,
  requestType,
  riskLevel,
} from '../../../shared/i18n/resources/labels';
import { type Namespace, translator } from '../../../shared/i18n/translate';
import { inquiryNumber } from '../../../shared/inquiries/rules';
import {
  type AccessReportSummary,
  type LegalBasis,
  type PersonRecordKind,
  personRecordKinds,
  type PersonSelection,
} from '../../../shared/people/contract';
import { hasAnyRole } from '../../../shared/roles';
import type { Settings } from '../../../shared/settings/definitions';
import { recordLabelsOf } from '../audit/label-repository';
import { unframeList } from '../cases/keys';
import { todayOf } from '../cases/support';
import type { Ctx } from '../context';
import { forbidden } from '../errors';
import { readSettings } from '../settings/service';
import {
  breachInquiryLinks,
  reportAttachments,
  reportAuditEntries,
  reportBreaches,
  reportCases,
  reportInquiries,
  reportOrganisations,
} from './repository';
import { findPerson } from './service';

/** The report's language: as asked, else the signed-in user's, else bokmål (the office's language). */
export function languageOf(ctx: Ctx, asked: Language | undefined): Language {
  return asked ?? ctx.actor.language ?? fallbackLanguage;
}

export type Words = ReturnType<typeof translator<keyof (typeof accessReport)['en'] & string>>;
type ColumnKey = Extract<keyof (typeof accessReport)['en'], `column${string}`>;
type Raw = string | number | boolean | null;

/** One field of a record: its value as data (the JSON) and as a person reads it (the PDF, the CSV). */
export interface ReportField {
  key: string;
  header: ColumnKey;
  raw: Raw;
  text: string;
}

/** A record of the report, with its Art. 20 marks. */
export interface ReportRecord {
  kind: PersonRecordKind;
  id: number;
  /** "INQ-000012", "2026-0001", a file's or an organisation's name. */
  title: string;
  fields: ReportField[];
  providedByPerson: boolean;
  legalBasis: LegalBasis;
  /** Given by the person and processed on an agreement with them or their consent (Art. 20(1)). */
  portable: boolean;
}

export interface AccessReportData {
  language: Language;
  /** ISO time it was made, and the Oslo date. */
  madeAt: string;
  madeOn: string;
  queries: string[];
  records: Record<PersonRecordKind, ReportRecord[]>;
  missing: number;
  settings: Settings;
}

const basisKey: Record<
  LegalBasis,
  'basisContract' | 'basisConsent' | 'basisLegalObligation' | 'basisLegitimateInterest'
> = {
  contract: 'basisContract',
  consent: 'basisConsent',
  'legal-obligation': 'basisLegalObligation',
  'legitimate-interest': 'basisLegitimateInterest',
};

export function basisText(t: Words, basis: LegalBasis): string {
  return t(basisKey[basis]);
}

/**
 * What each kind of record is processed on, and whether the person gave it (Art. 20 covers data
 * the person provided, processed on consent or an agreement with them):
 * * an inquiry the person made (incoming) is their dialogue with our call centre about the service
 *   they use: given by them, on the agreement; one we made (outgoing) is not given by them;
 * * a privacy request and a breach record are kept because the law requires it (Art. 12-22, 33-34);
 * * a contact person is named under the agreement with their organisation, and gave the details;
 * * a document follows its record; the audit log is kept to show our compliance (Art. 5(2), 32).
 */
function marks(
  providedByPerson: boolean,
  legalBasis: LegalBasis,
): Pick<ReportRecord, 'providedByPerson' | 'legalBasis' | 'portable'> {
  return {
    providedByPerson,
    legalBasis,
    portable: providedByPerson && (legalBasis === 'contract' || legalBasis === 'consent'),
  };
}

const ownerBasis: Record<string, LegalBasis> = {
  case: 'legal-obligation',
  breach: 'legal-obligation',
  organisation: 'contract',
  agreement: 'contract',
};

function label<K extends string>(ns: Namespace<K>, language: Language, value: string | null): string {
  if (value === null) return '';
  return (ns[language] as Readonly<Record<string, string>>)[value] ?? value;
}

const dateOnly = (value: string | null) => (value ? formatDate(value.slice(0, 10)) : '');
const dateTime = (value: string | null) => (value ? formatDateTime(value) : '');

function field(key: string, header: ColumnKey, raw: Raw, text?: string): ReportField {
  return { key, header, raw, text: text ?? (raw === null ? '' : String(raw)) };
}

/** The audit log's entries are only for administrators, who may read it. */
export function mayReport(ctx: Ctx, selection: PersonSelection): void {
  if (selection.items.some((item) => item.kind === 'audit') && !hasAnyRole(ctx.actor.roles, ['admin']))
    throw forbidden(translator(accessReport, languageOf(ctx, undefined))('auditOnlyAdministrators'));
}

function byKind(items: PersonSelection['items']): Record<PersonRecordKind, number[]> {
  const ids = Object.fromEntries(personRecordKinds.map((kind) => [kind, [] as number[]])) as Record<
    PersonRecordKind,
    number[]
  >;
  for (const item of items) if (!ids[item.kind].includes(item.id)) ids[item.kind].push(item.id);
  return ids;
}

/**
 * Gathers a selection's records with every field of personal data the person is entitled to see,
 * read in pages. A breach's description and measures are left out: they speak of other people
 * too (Art. 15(4)); how the breach concerns the person, its dates, the data concerned and whether
 * the people affected were told are in. The audit log only for administrators, who may read it.
 * It only reads, so it also runs after the call committed (`db/batches.ts`).
 */
export async function gatherReport(
  ctx: Ctx,
  selection: PersonSelection,
  language: Language,
): Promise<AccessReportData> {
  const ids = byKind(selection.items);
  mayReport(ctx, selection);
  const t = translator(accessReport, language);
  const yesNo = (value: boolean) => t(value ? 'yes' : 'no');
  const records = Object.fromEntries(personRecordKinds.map((kind) => [kind, [] as ReportRecord[]])) as Record<
    PersonRecordKind,
    ReportRecord[]
  >;

  const inquiries = await reportInquiries(ctx.db, ids.inquiry);
  records.inquiry = inquiries.map((row) => ({
    kind: 'inquiry',
    id: row.id,
    title: inquiryNumber(row.id),
    fields: [
      field('number', 'columnNumber', inquiryNumber(row.id)),
      field('receivedAt', 'columnReceived', row.received_at, dateTime(row.received_at)),
      field('channel', 'columnChannel', row.channel, label(inquiryChannel, language, row.channel)),
      field(
        'direction',
        'columnDirection',
        row.direction,
        t(row.direction === 'outgoing' ? 'directionOutgoing' : 'directionIncoming'),
      ),
      field('onBehalfOf', 'columnOnBehalfOf', row.on_behalf_of),
      field('name', 'columnName', row.person_name),
      field('phone', 'columnPhone', row.person_phone),
      field('email', 'columnEmail', row.person_email),
      field('reference', 'columnReference', row.person_reference),
      field('category', 'columnCategory', row.category, label(inquiryCategory, language, row.category)),
      field('summary', 'columnSummary', row.summary),
      field('notes', 'columnNotes', row.notes),
      field('status', 'columnStatus', row.status, t(row.status === 'closed' ? 'statusClosed' : 'statusOpen')),
      field('outcome', 'columnOutcome', row.outcome),
      field('closedAt', 'columnClosed', row.closed_at, dateTime(row.closed_at)),
      field('deletedAt', 'columnDeleted', row.deleted_at, dateTime(row.deleted_at)),
    ],
    ...marks(row.direction !== 'outgoing', 'contract'),
  }));

  const cases = await reportCases(ctx.db, ids.case);
  records.case = cases.map((row) => {
    const types = unframeList<string>(row.request_types);
    return {
      kind: 'case',
      id: row.id,
      title: row.number,
      fields: [
        field('number', 'columnNumber', row.number),
        field('received', 'columnReceived', row.received_date, dateOnly(row.received_date)),
        field(
          'request',
          'columnRequest',
          types.join(','),
          types.map((type) => label(requestType, language, type)).join(', '),
        ),
        field('channel', 'columnChannel', row.channel, label(caseChannel, language, row.channel)),
        field('name', 'columnName', row.person_name),
        field('email', 'columnEmail', row.person_email),
        field('phone', 'columnPhone', row.person_phone),
        field('address', 'columnAddress', row.person_address),
        field('reference', 'columnReference', row.person_reference),
        field('representative', 'columnRepresentative', row.rep_name),
        field('onBehalfOf', 'columnOnBehalfOf', row.customer),
        field('notes', 'columnNotes', row.notes),
        field('status', 'columnStatus', row.state, t(row.state === 'closed' ? 'statusClosed' : 'statusOpen')),
        field('outcome', 'columnOutcome', row.outcome, label(outcomeLabel, language, row.outcome)),
        field('replied', 'columnReplied', row.reply_date, dateOnly(row.reply_date)),
        field('closedAt', 'columnClosed', row.closed_at, dateTime(row.closed_at)),
      ],
      ...marks(true, 'legal-obligation'),
    };
  });

  const breaches = await reportBreaches(ctx.db, ids.breach);
  const links = await breachInquiryLinks(
    ctx.db,
    breaches.map((row) => row.id),
  );
  const selectedInquiries = new Set(ids.inquiry);
  records.breach = breaches.map((row) => {
    const types = unframeList<string>(row.data_types);
    const via = links
      .filter((link) => link.breach_id === row.id && selectedInquiries.has(link.inquiry_id))
      .map((link) => inquiryNumber(link.inquiry_id));
    const connection =
      via.length > 0
        ? via.map((number) => t('connectionInquiry', { number })).join(', ')
        : row.contact_point
          ? t('connectionContact')
          : t('connectionSelected');
    return {
      kind: 'breach',
      id: row.id,
      title: row.number,
      fields: [
        field('number', 'columnNumber', row.number),
        field('title', 'columnTitle', row.title),
        field('connection', 'columnConnection', connection),
        field('awareAt', 'columnAware', row.aware_at, dateTime(row.aware_at)),
        field(
          'dataTypes',
          'columnDataTypes',
          types.join(','),
          types.map((type) => label(dataType, language, type)).join(', '),
        ),
        field('risk', 'columnRisk', row.risk, label(riskLevel, language, row.risk)),
        field('toldAt', 'columnTold', row.subjects_told_at, dateTime(row.subjects_told_at)),
      ],
      ...marks(false, 'legal-obligation'),
    };
  });

  const organisations = await reportOrganisations(ctx.db, ids.organisation);
  records.organisation = organisations.map((row) => ({
    kind: 'organisation',
    id: row.id,
    title: row.name,
    fields: [
      field('organisation', 'columnOrganisation', row.name),
      field('name', 'columnName', row.privacy_contact_name),
      field('email', 'columnEmail', row.privacy_contact_email),
      field('phone', 'columnPhone', row.privacy_contact_phone),
    ],
    ...marks(true, 'contract'),
  }));

  const attachments = await reportAttachments(ctx.db, ids.attachment);
  const audit = ids.audit.length > 0 ? await reportAuditEntries(ctx.db, ids.audit) : [];
  const labels = await recordLabelsOf(ctx.db, [
    ...attachments.map((row) => ({ type: row.owner_type, id: String(row.owner_id) })),
    ...audit
      .filter((row) => row.entity_id !== null)
      .map((row) => ({ type: row.entity_type, id: String(row.entity_id) })),
  ]);
  const recordName = (type: string, id: string | number | null) =>
    id === null ? type : (labels.get(`${type}:${id}`) ?? `${type} ${id}`);
  records.attachment = attachments.map((row) => ({
    kind: 'attachment',
    id: row.id,
    title: row.file_name,
    fields: [
      field('fileName', 'columnFileName', row.file_name),
      field('attachedTo', 'columnAttachedTo', recordName(row.owner_type, row.owner_id)),
      field('addedAt', 'columnAdded', row.uploaded_at, dateTime(row.uploaded_at)),
      field('removedAt', 'columnRemoved', row.removed_at, dateTime(row.removed_at)),
    ],
    ...marks(false, ownerBasis[row.owner_type] ?? 'legitimate-interest'),
  }));
  records.audit = audit.map((row) => ({
    kind: 'audit',
    id: row.id,
    title: String(row.id),
    fields: [
      field('entry', 'columnEntry', row.id),
      field('at', 'columnAt', row.at, dateTime(row.at)),
      field('by', 'columnBy', row.username),
      field('action', 'columnAction', row.action),
      field('record', 'columnRecord', recordName(row.entity_type, row.entity_id)),
    ],
    ...marks(false, 'legal-obligation'),
  }));
  for (const kind of personRecordKinds)
    for (const record of records[kind])
      record.fields.push(
        field('providedByYou', 'columnProvided', record.providedByPerson, yesNo(record.providedByPerson)),
        field('legalBasis', 'columnBasis', record.legalBasis, basisText(t, record.legalBasis)),
        field('portable', 'columnPortable', record.portable, yesNo(record.portable)),
      );

  const found = personRecordKinds.reduce((sum, kind) => sum + records[kind].length, 0);
  const chosen = personRecordKinds.reduce((sum, kind) => sum + ids[kind].length, 0);
  const now = ctx.clock.now();
  return {
    language,
    madeAt: now.toISOString(),
    madeOn: todayOf(ctx),
    queries: [...new Set(selection.queries.map((query) => query.trim()).filter(Boolean))],
    records,
    missing: chosen - found,
    settings: await readSettings(ctx.db),
  };
}

export function summaryOf(data: AccessReportData): AccessReportSummary {
  return {
    counts: personRecordKinds.map((kind) => ({ kind, count: data.records[kind].length })),
    missing: data.missing,
  };
}

/** The files' name without its extension: "Access report 2026-03-02" / "Innsyn 2026-03-02". */
export function reportFileStem(language: Language, date: string): string {
  return translator(accessReport, language)('fileName', { date });
}

/**
 * A selection from searches alone, for the command line: every record each search lists (the
 * newest 50 of each kind per search), the audit log's entries only when asked for.
 */
export async function selectionOf(
  ctx: Ctx,
  queries: readonly string[],
  options: { audit: boolean },
): Promise<PersonSelection> {
  const items: PersonSelection['items'] = [];
  const seen = new Set<string>();
  for (const query of queries) {
    const found = await findPerson(ctx, query);
    for (const group of found.groups) {
      if (group.kind === 'audit' && !options.audit) continue;
      for (const item of group.items) {
        const key = `${item.kind}:${item.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        items.push({ kind: item.kind, id: item.id });
      }
    }
  }
  return { items, queries: [...queries] };
}
