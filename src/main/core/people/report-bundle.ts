import { strToU8, zipSync } from 'fflate';
import { accessReport } from '../../../shared/i18n/resources/access-report';
import { translator } from '../../../shared/i18n/translate';
import { type PersonRecordKind, personRecordKinds } from '../../../shared/people/contract';
import { toCsv } from '../export/tabular';
import type { AccessReportData, ReportRecord } from './report';

/** The CSV file of each kind of record in the bundle. */
export const bundleCsvNames: Record<PersonRecordKind, string> = {
  inquiry: 'inquiries.csv',
  case: 'cases.csv',
  breach: 'breaches.csv',
  organisation: 'contact-persons.csv',
  attachment: 'documents.csv',
  audit: 'audit-log.csv',
};

const jsonKinds: Record<PersonRecordKind, string> = {
  inquiry: 'inquiries',
  case: 'cases',
  breach: 'breaches',
  organisation: 'contactPersons',
  attachment: 'documents',
  audit: 'auditLog',
};

function jsonOf(record: ReportRecord): Record<string, string | number | boolean | null> {
  return Object.fromEntries(record.fields.map((field) => [field.key, field.raw]));
}

/**
 * The machine-readable bundle (Art. 20): `records.json` (every record's fields as data: ISO times,
 * the app's codes, and the marks `providedByYou`, `legalBasis`, `portable`) and one CSV per kind of
 * record found, its headers in the report's language and its values as the PDF writes them.
 */
export function accessReportBundle(data: AccessReportData): Uint8Array {
  const t = translator(accessReport, data.language);
  const { settings } = data;
  const json = {
    format: 'privacy-desk-access-report/1',
    madeAt: data.madeAt,
    language: data.language,
    controller: {
      name: settings.companyName,
      organisationNumber: settings.companyOrgNumber,
      address: settings.companyAddress,
      email: settings.companyEmail,
      phone: settings.companyPhone,
    },
    searches: data.queries,
    missing: data.missing,
    records: Object.fromEntries(
      personRecordKinds
        .filter((kind) => data.records[kind].length > 0)
        .map((kind) => [jsonKinds[kind], data.records[kind].map(jsonOf)]),
    ),
  };
  const files: Record<string, Uint8Array> = {
    'records.json': strToU8(`${JSON.stringify(json, null, 2)}\n`),
  };
  for (const kind of personRecordKinds) {
    const records = data.records[kind];
    if (records.length === 0) continue;
    const columns = records[0]!.fields.map((first, index) => ({
      header: t(first.header),
      value: (record: ReportRecord) => record.fields[index]?.text ?? '',
    }));
    files[bundleCsvNames[kind]] = new Uint8Array(toCsv(columns, records));
  }
  const mtime = new Date(data.madeAt);
  return zipSync(files, { level: 6, mtime });
}
