import { norwegianDate } from '../../../shared/calendar';
import type { Content, TableCell } from 'pdfmake/interfaces';
import {
  derogationLabels,
  sccModuleLabels,
  type SccModule,
  specialCategoryLabels,
  transferBasisLabels,
  transferDirectionLabels,
} from '../../../shared/agreements/rules';
import { osloDate } from '../../../shared/oslo';
import { countryName } from '../../../shared/countries';
import type { FileDownload } from '../../../shared/files';
import type { ActivityDetail, ActivityTransfer } from '../../../shared/processing/contract';
import { legalBasisLabels } from '../../../shared/processing/rules';
import type { Language } from '../../../shared/i18n/languages';
import type { Ctx } from '../context';
import { answerAfterCommit, readInBatches } from '../db/batches';
import { exportTable } from '../export/tabular';
import { exportText, headed } from '../export/words';
import { renderPdf, reportColours, reportDocument } from '../reports/pdf';
import { countActivities, exportPageOfActivities, type NamedActivityRow } from './repository';
import { toDetail } from './service';

/** The controller's details (Art. 30(1)(a)), as the privacy statement gives them. */
export const controllerDetails = {
  name: 'We Assist AS',
  orgNumber: '928 179 575',
  address: 'Sandakerveien 116, 0484 Oslo',
  phone: '+47 4000 5045',
  email: 'support@weassist.no',
};

function transferText(transfer: ActivityTransfer): string {
  let basis = transferBasisLabels[transfer.basis];
  if (transfer.basis === 'scc' && transfer.sccModule)
    basis = `${basis}, ${sccModuleLabels[transfer.sccModule as SccModule].toLowerCase()}`;
  if (transfer.basis === 'derogation' && transfer.derogation)
    basis = `${basis} ${derogationLabels[transfer.derogation]}, occasional`;
  return `${transfer.recipient} (${countryName(transfer.country)}): ${basis}; ${transferDirectionLabels[
    transfer.direction
  ].toLowerCase()}${transfer.safeguards ? `. Safeguards: ${transfer.safeguards}` : ''}${
    transfer.errors.length > 0 ? `. NOT A VALID BASIS: ${transfer.errors.join(' ')}` : ''
  }`;
}

const none = 'None recorded';
const orMissing = (value: string | null | undefined) => (value && value.trim() ? value : 'Not yet recorded');
const listOrNone = (values: readonly string[]) => (values.length > 0 ? values.join('; ') : none);

/** The register's lines of one record, labelled by what Art. 30 asks for. */
export function recordLines(record: ActivityDetail): Array<[label: string, value: string]> {
  const transfers = record.transfers.length > 0 ? record.transfers.map(transferText).join('\n') : none;
  const special =
    record.specialCategories.length > 0
      ? ` Special categories (Art. 9-10): ${record.specialCategories.map((key) => specialCategoryLabels[key]).join(', ')}.`
      : '';
  if (record.role === 'processor')
    return [
      [
        'Controller (the customer)',
        `${record.customer?.name ?? 'Not named'}${record.agreement ? `, agreement ${record.agreement.reference}` : ''}`,
      ],
      ['Categories of processing carried out for it (Art. 30(2)(b))', orMissing(record.processingCategories)],
      [
        'Categories of people and personal data',
        `${listOrNone(record.dataSubjects)}. ${listOrNone(record.dataCategories)}.${special}`,
      ],
      ['Transfers outside the EEA (Art. 30(2)(c))', transfers],
      ['Security measures (Art. 30(2)(d))', orMissing(record.securityMeasures)],
    ];
  return [
    ['Purposes (Art. 30(1)(b))', orMissing(record.purposes)],
    [
      'Legal basis (Art. 6(1))',
      `${record.legalBases.map((basis) => legalBasisLabels[basis]).join('; ') || 'Not yet recorded'}${
        record.legalBasisNote ? `. ${record.legalBasisNote}` : ''
      }`,
    ],
    ['Categories of people (Art. 30(1)(c))', listOrNone(record.dataSubjects)],
    ['Categories of personal data (Art. 30(1)(c))', `${listOrNone(record.dataCategories)}${special}`],
    ['Categories of recipients (Art. 30(1)(d))', listOrNone(record.recipients)],
    ['Transfers outside the EEA (Art. 30(1)(e))', transfers],
    ['Time limits for erasure (Art. 30(1)(f))', orMissing(record.retention)],
    ['Security measures (Art. 30(1)(g))', orMissing(record.securityMeasures)],
  ];
}

/** The record's order (as the register lists it): as controller first, then by customer and reference. */
function inRegisterOrder(a: NamedActivityRow, b: NamedActivityRow): number {
  const rank = (row: NamedActivityRow) => (row.role === 'controller' ? 0 : 1);
  const customer = (row: NamedActivityRow) =>
    row.customer_name === null ? '\uffff' : row.customer_name.toLowerCase();
  const byCustomer = customer(a) < customer(b) ? -1 : customer(a) > customer(b) ? 1 : 0;
  return (
    rank(a) - rank(b) || byCustomer || (a.reference < b.reference ? -1 : a.reference > b.reference ? 1 : 0)
  );
}

/** Every record, read in keyset pages outside the call's transaction. */
async function records(reader: Ctx, includeArchived: boolean): Promise<ActivityDetail[]> {
  const rows = await readInBatches<NamedActivityRow>((after, limit) =>
    exportPageOfActivities(reader.db, includeArchived, after?.id ?? null, limit),
  );
  return rows.sort(inRegisterOrder).map((row) => toDetail(reader, row));
}

/** Counts and audits the export inside the call; the file is made from reads after it committed. */
async function auditedExport(
  ctx: Ctx,
  format: 'pdf' | 'xlsx',
  includeArchived: boolean,
  make: (all: ActivityDetail[], reader: Ctx) => Promise<FileDownload>,
): Promise<FileDownload> {
  const total = await countActivities(ctx.db, includeArchived);
  await ctx.audit({
    action: 'export',
    entityType: 'processing-activity',
    after: { format, records: total, includeArchived },
  });
  return answerAfterCommit(async ({ reader }) => make(await records(reader, includeArchived), reader));
}

async function dpoNames(ctx: Ctx): Promise<string[]> {
  const rows: Array<{ display_name: string }> = await ctx
    .db('users')
    .join('user_roles', 'user_roles.user_id', 'users.id')
    .where({ 'users.active': true, 'user_roles.role': 'dpo' })
    .orderBy('users.display_name')
    .select('users.display_name');
  return rows.map((row) => row.display_name);
}

function recordContent(record: ActivityDetail): Content[] {
  const body: TableCell[][] = recordLines(record).map(([label, value]) => [
    { text: label, bold: true, color: reportColours.muted },
    value,
  ]);
  return [
    {
      text: `${record.reference}  ${record.name}${record.archived ? ' (archived)' : ''}`,
      style: 'h2',
      headlineLevel: 1,
    },
    {
      table: { widths: [150, '*'], body, dontBreakRows: true },
      layout: {
        hLineColor: () => reportColours.rule,
        vLineColor: () => reportColours.rule,
        paddingTop: () => 3,
        paddingBottom: () => 3,
      },
      fontSize: 9,
      margin: [0, 0, 0, 4],
    },
    ...(record.missing.length > 0
      ? [
          {
            text: `Still to record: ${record.missing.join('; ')}.`,
            color: reportColours.danger,
            fontSize: 8.5,
            margin: [0, 0, 0, 6],
          } as Content,
        ]
      : []),
  ];
}

/** The record of processing activities as a PDF to hand Datatilsynet on request (Art. 30(4)). */
export function processingPdf(ctx: Ctx, includeArchived: boolean): Promise<FileDownload> {
  return auditedExport(ctx, 'pdf', includeArchived, async (all, reader) => {
    const today = norwegianDate(osloDate(reader.clock.now()));
    const controller = all.filter((record) => record.role === 'controller');
    const processor = all.filter((record) => record.role === 'processor');
    const dpos = await dpoNames(reader);
    const pdf = await renderPdf(
      reportDocument({
        title: 'Record of processing activities',
        subtitle: `GDPR Art. 30 · ${controllerDetails.name} · as of ${today}`,
        generatedAt: today,
        content: [
          {
            text: `${controllerDetails.name}, org. no. ${controllerDetails.orgNumber}, ${controllerDetails.address}; phone ${controllerDetails.phone}, e-mail ${controllerDetails.email}. Data protection officer: ${
              dpos.length > 0 ? dpos.join(', ') : 'not appointed in Privacy Desk'
            }. The processing is not occasional, so the exemption of Art. 30(5) does not apply.`,
            margin: [0, 0, 0, 12],
          },
          { text: '1. As controller (Art. 30(1))', style: 'h1', headlineLevel: 1 },
          ...(controller.length === 0
            ? [{ text: 'No processing recorded.', style: 'muted' } as Content]
            : controller.flatMap(recordContent)),
          { text: '2. As processor, for each customer (Art. 30(2))', style: 'h1', headlineLevel: 1 },
          ...(processor.length === 0
            ? [{ text: 'No processing for customers recorded.', style: 'muted' } as Content]
            : processor.flatMap(recordContent)),
        ],
      }),
    );
    return {
      fileName: `record-of-processing-${osloDate(reader.clock.now())}.pdf`,
      mediaType: 'application/pdf',
      base64: pdf.toString('base64'),
    };
  });
}

/** The same record, one row per processing, as XLSX with its headers in `language`; the export is audited. */
export function processingXlsx(
  ctx: Ctx,
  includeArchived: boolean,
  language: Language,
): Promise<FileDownload> {
  return auditedExport(ctx, 'xlsx', includeArchived, (all, reader) => processingSheet(reader, language, all));
}

function processingSheet(reader: Ctx, language: Language, all: ActivityDetail[]): Promise<FileDownload> {
  const t = exportText(language);
  const line = (record: ActivityDetail, label: string) =>
    recordLines(record).find(([candidate]) => candidate.startsWith(label))?.[1] ?? null;
  return exportTable(
    'xlsx',
    {
      baseName: `record-of-processing-${osloDate(reader.clock.now())}`,
      sheet: t('sheetProcessing'),
      language,
    },
    headed<ActivityDetail>(language, [
      { key: 'processingReference', value: (record) => record.reference, width: 10 },
      {
        key: 'processingAs',
        value: (record) => t(record.role === 'controller' ? 'asController' : 'asProcessor'),
        width: 11,
      },
      { key: 'processingName', value: (record) => record.name, width: 36 },
      { key: 'processingCustomer', value: (record) => record.customer?.name, width: 24 },
      { key: 'processingAgreement', value: (record) => record.agreement?.reference, width: 14 },
      { key: 'processingPurposes', value: (record) => record.purposes, width: 50 },
      { key: 'processingLegalBasis', value: (record) => line(record, 'Legal basis'), width: 40 },
      { key: 'processingPeople', value: (record) => record.dataSubjects.join('; '), width: 36 },
      {
        key: 'processingData',
        value: (record) => record.dataCategories.join('; '),
        width: 40,
      },
      {
        key: 'processingSpecial',
        value: (record) => record.specialCategories.map((key) => specialCategoryLabels[key]).join('; '),
        width: 24,
      },
      { key: 'processingRecipients', value: (record) => record.recipients.join('; '), width: 36 },
      {
        key: 'processingTransfers',
        value: (record) => record.transfers.map(transferText).join('\n'),
        width: 50,
      },
      { key: 'processingRetention', value: (record) => record.retention, width: 40 },
      { key: 'processingSecurity', value: (record) => record.securityMeasures, width: 50 },
      { key: 'processingCategories', value: (record) => record.processingCategories, width: 40 },
      { key: 'processingMissing', value: (record) => record.missing.join('; '), width: 40 },
      {
        key: 'processingArchived',
        value: (record) => (record.archive ? norwegianDate(osloDate(record.archive.at)) : null),
      },
    ]),
    all,
  );
}
