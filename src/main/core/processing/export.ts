import { norwegianDate } from '../../../shared/calendar';
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { SccModule } from '../../../shared/agreements/rules';
import { osloDate } from '../../../shared/oslo';
import type { FileDownload } from '../../../shared/files';
import type { ActivityDetail, ActivityTransfer } from '../../../shared/processing/contract';
import type { Language } from '../../../shared/i18n/languages';
import { countryIn, phrase, say } from '../../../shared/i18n/phrases';
import { transferBasis } from '../../../shared/i18n/resources/labels';
import { processingRecord } from '../../../shared/i18n/resources/processing-record';
import {
  derogation,
  legalBasis,
  sccModule,
  specialCategory,
} from '../../../shared/i18n/resources/register-labels';
import { report } from '../../../shared/i18n/resources/report';
import { translator } from '../../../shared/i18n/translate';
import type { Ctx } from '../context';
import { answerAfterCommit, readInBatches } from '../db/batches';
import { exportTable } from '../export/tabular';
import { exportText, headed } from '../export/words';
import { renderPdf, reportColours, reportDocument } from '../reports/pdf';
import { activeDpoNames, countActivities, exportPageOfActivities, type NamedActivityRow } from './repository';
import { toDetail } from './service';

/** The controller's details (Art. 30(1)(a)), as the privacy statement gives them. */
export const controllerDetails = {
  name: 'We Assist AS',
  orgNumber: '928 179 575',
  address: 'Sandakerveien 116, 0484 Oslo',
  phone: '+47 4000 5045',
  email: 'support@weassist.no',
};

/** The record's words in one language: `t` for its texts, `say` for the core's phrases. */
function wordsOf(language: Language) {
  return { language, t: translator(processingRecord, language) };
}
type Words = ReturnType<typeof wordsOf>;

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

function transferText({ language, t }: Words, transfer: ActivityTransfer): string {
  let basis = transferBasis[language][transfer.basis];
  if (transfer.basis === 'scc' && transfer.sccModule)
    basis = t('basisModule', {
      basis,
      module: lowerFirst(sccModule[language][String(transfer.sccModule) as `${SccModule}`]),
    });
  if (transfer.basis === 'derogation' && transfer.derogation)
    basis = t('basisDerogation', { basis, derogation: derogation[language][transfer.derogation] });
  const parts = [
    t('transfer', {
      recipient: transfer.recipient,
      country: countryIn(language, transfer.country),
      basis,
      direction: say(language, phrase(`coreRegisters:direction.${transfer.direction}`)),
    }),
    ...(transfer.safeguards ? [t('safeguards', { safeguards: transfer.safeguards })] : []),
    ...(transfer.errorTexts.length > 0
      ? [t('notValid', { problems: transfer.errorTexts.map((text) => say(language, text)).join(' ') })]
      : []),
  ];
  return parts.join('. ');
}

function legalBasisText({ language, t }: Words, record: ActivityDetail): string {
  const bases = record.legalBases.map((basis) => legalBasis[language][basis]).join('; ');
  return `${bases || t('notYetRecorded')}${record.legalBasisNote ? `. ${record.legalBasisNote}` : ''}`;
}

/** The register's lines of one record, labelled by what Art. 30 asks for, in the words' language. */
export function recordLines(words: Words, record: ActivityDetail): Array<[label: string, value: string]> {
  const { language, t } = words;
  const none = t('none');
  const orMissing = (value: string | null | undefined) =>
    value && value.trim() ? value : t('notYetRecorded');
  const listOrNone = (values: readonly string[]) => (values.length > 0 ? values.join('; ') : none);
  const transfers =
    record.transfers.length > 0
      ? record.transfers.map((transfer) => transferText(words, transfer)).join('\n')
      : none;
  const special =
    record.specialCategories.length > 0
      ? ` ${t('special', { categories: record.specialCategories.map((key) => specialCategory[language][key]).join(', ') })}`
      : '';
  if (record.role === 'processor')
    return [
      [
        t('labelController'),
        record.agreement
          ? t('customerAgreement', {
              customer: record.customer?.name ?? t('notNamed'),
              reference: record.agreement.reference,
            })
          : (record.customer?.name ?? t('notNamed')),
      ],
      [t('labelProcessingCategories'), orMissing(record.processingCategories)],
      [
        t('labelPeopleAndData'),
        `${listOrNone(record.dataSubjects)}. ${listOrNone(record.dataCategories)}.${special}`,
      ],
      [t('labelTransfersProcessor'), transfers],
      [t('labelSecurityProcessor'), orMissing(record.securityMeasures)],
    ];
  return [
    [t('labelPurposes'), orMissing(record.purposes)],
    [t('labelLegalBasis'), legalBasisText(words, record)],
    [t('labelPeople'), listOrNone(record.dataSubjects)],
    [t('labelData'), `${listOrNone(record.dataCategories)}${special}`],
    [t('labelRecipients'), listOrNone(record.recipients)],
    [t('labelTransfers'), transfers],
    [t('labelRetention'), orMissing(record.retention)],
    [t('labelSecurity'), orMissing(record.securityMeasures)],
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

function recordContent(words: Words, record: ActivityDetail): Content[] {
  const { language, t } = words;
  const body: TableCell[][] = recordLines(words, record).map(([label, value]) => [
    { text: label, bold: true, color: reportColours.muted },
    value,
  ]);
  return [
    {
      text: record.archived
        ? t('recordArchived', { reference: record.reference, name: record.name })
        : `${record.reference}  ${record.name}`,
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
    ...(record.missingTexts.length > 0
      ? [
          {
            text: t('stillToRecord', {
              items: record.missingTexts.map((text) => say(language, text)).join('; '),
            }),
            color: reportColours.danger,
            fontSize: 8.5,
            margin: [0, 0, 0, 6],
          } as Content,
        ]
      : []),
  ];
}

/**
 * The record of processing activities as a PDF to hand Datatilsynet on request (Art. 30(4)), in
 * `language`: headings, labels, vocabularies and what a record still lacks.
 */
export function processingPdf(ctx: Ctx, includeArchived: boolean, language: Language): Promise<FileDownload> {
  return auditedExport(ctx, 'pdf', includeArchived, async (all, reader) => {
    const words = wordsOf(language);
    const { t } = words;
    const reportWords = translator(report, language);
    const today = norwegianDate(osloDate(reader.clock.now()));
    const controller = all.filter((record) => record.role === 'controller');
    const processor = all.filter((record) => record.role === 'processor');
    const dpos = await activeDpoNames(reader.db);
    const pdf = await renderPdf(
      reportDocument({
        title: t('title'),
        subtitle: t('subtitle', { company: controllerDetails.name, date: today }),
        generatedLine: reportWords('generatedBy', { date: today }),
        pageLine: (page, pages) => reportWords('pageOf', { page, pages }),
        content: [
          {
            text: t('controllerLine', {
              ...controllerDetails,
              dpos: dpos.length > 0 ? dpos.join(', ') : t('noDpo'),
            }),
            margin: [0, 0, 0, 12],
          },
          { text: t('asControllerHeading'), style: 'h1', headlineLevel: 1 },
          ...(controller.length === 0
            ? [{ text: t('noneAsController'), style: 'muted' } as Content]
            : controller.flatMap((record) => recordContent(words, record))),
          { text: t('asProcessorHeading'), style: 'h1', headlineLevel: 1 },
          ...(processor.length === 0
            ? [{ text: t('noneAsProcessor'), style: 'muted' } as Content]
            : processor.flatMap((record) => recordContent(words, record))),
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
  const words = wordsOf(language);
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
      { key: 'processingLegalBasis', value: (record) => legalBasisText(words, record), width: 40 },
      { key: 'processingPeople', value: (record) => record.dataSubjects.join('; '), width: 36 },
      {
        key: 'processingData',
        value: (record) => record.dataCategories.join('; '),
        width: 40,
      },
      {
        key: 'processingSpecial',
        value: (record) => record.specialCategories.map((key) => specialCategory[language][key]).join('; '),
        width: 24,
      },
      { key: 'processingRecipients', value: (record) => record.recipients.join('; '), width: 36 },
      {
        key: 'processingTransfers',
        value: (record) => record.transfers.map((transfer) => transferText(words, transfer)).join('\n'),
        width: 50,
      },
      { key: 'processingRetention', value: (record) => record.retention, width: 40 },
      { key: 'processingSecurity', value: (record) => record.securityMeasures, width: 50 },
      { key: 'processingCategories', value: (record) => record.processingCategories, width: 40 },
      {
        key: 'processingMissing',
        value: (record) => record.missingTexts.map((text) => say(language, text)).join('; '),
        width: 40,
      },
      {
        key: 'processingArchived',
        value: (record) => (record.archive ? norwegianDate(osloDate(record.archive.at)) : null),
      },
    ]),
    all,
  );
}
