import type { Content, TableCell } from 'pdfmake/interfaces';
import { formatDate, formatLongDate } from '../../../shared/i18n/format';
import { accessReport } from '../../../shared/i18n/resources/access-report';
import { formatList, translator } from '../../../shared/i18n/translate';
import { type PersonRecordKind, personRecordKinds } from '../../../shared/people/contract';
import type { SettingKey } from '../../../shared/settings/definitions';
import { renderPdf, reportColours, reportDocument } from '../reports/pdf';
import type { AccessReportData, ReportRecord, Words } from './report';

const kindHeading: Record<
  PersonRecordKind,
  'kindInquiry' | 'kindCase' | 'kindBreach' | 'kindOrganisation' | 'kindAttachment' | 'kindAudit'
> = {
  inquiry: 'kindInquiry',
  case: 'kindCase',
  breach: 'kindBreach',
  organisation: 'kindOrganisation',
  attachment: 'kindAttachment',
  audit: 'kindAudit',
};

/** The Art. 15(1) items in the order the article gives them, each from its setting in the report's language. */
const informationItems: Array<{
  heading: 'purposes' | 'categories' | 'recipients' | 'retention' | 'source' | 'rights' | 'complaint';
  en: SettingKey;
  nb: SettingKey;
}> = [
  { heading: 'purposes', en: 'accessPurposesEn', nb: 'accessPurposesNb' },
  { heading: 'categories', en: 'accessCategoriesEn', nb: 'accessCategoriesNb' },
  { heading: 'recipients', en: 'accessRecipientsEn', nb: 'accessRecipientsNb' },
  { heading: 'retention', en: 'accessRetentionEn', nb: 'accessRetentionNb' },
  { heading: 'rights', en: 'accessRightsEn', nb: 'accessRightsNb' },
  { heading: 'complaint', en: 'accessComplaintEn', nb: 'accessComplaintNb' },
  { heading: 'source', en: 'accessSourceEn', nb: 'accessSourceNb' },
];

/** A record as a small table of its filled-in fields: readable whatever the number of fields. */
function recordTable(t: Words, record: ReportRecord): Content {
  const body: TableCell[][] = record.fields
    .filter((field) => field.text !== '')
    .map((field) => [
      { text: t(field.header), color: reportColours.muted },
      { text: field.text, bold: field.key === 'portable' && record.portable },
    ]);
  return {
    stack: [
      { text: record.title, bold: true, margin: [0, 6, 0, 2] },
      {
        table: { widths: [130, '*'], body, dontBreakRows: true },
        layout: {
          hLineColor: () => reportColours.rule,
          vLineColor: () => reportColours.rule,
          paddingTop: () => 2,
          paddingBottom: () => 2,
        },
        fontSize: 9,
      },
    ],
    unbreakable: body.length <= 30,
    margin: [0, 0, 0, 6],
  };
}

function paragraphs(text: string): Content[] {
  return text
    .split(/\n\s*\n|\r\n\s*\r\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => ({ text: part, margin: [0, 0, 0, 6] }));
}

/** The access report as a PDF for the person, in the report's language. */
export async function renderAccessReportPdf(data: AccessReportData, bundleName: string): Promise<Buffer> {
  const { language, settings } = data;
  const t = translator(accessReport, language);
  const company = settings.companyName;
  const content: Content[] = [
    {
      text:
        data.queries.length > 0
          ? t('introduction', {
              company,
              searches: formatList(
                language,
                data.queries.map((query) => (language === 'nb' ? `«${query}»` : `“${query}”`)),
              ),
            })
          : t('introductionNoSearches', { company }),
      margin: [0, 0, 0, 8],
    },
  ];
  // A heading is kept on the page of what follows it: each heading goes in one unbreakable stack
  // with its first record or paragraph.
  const sections: Content[][] = [];
  for (const kind of personRecordKinds) {
    const records = data.records[kind];
    if (records.length === 0) continue;
    const [first, ...rest] = records.map((record) => recordTable(t, record));
    sections.push([
      {
        stack: [
          { text: `${t(kindHeading[kind])} (${t('count', { count: records.length })})`, style: 'h2' },
          first!,
        ],
        unbreakable: true,
      },
      ...rest,
    ]);
  }
  const total = personRecordKinds.reduce((sum, kind) => sum + data.records[kind].length, 0);
  const recordsHeading: Content = { text: t('recordsHeading'), style: 'h1' };
  if (total === 0) content.push({ stack: [recordsHeading, { text: t('noRecords'), margin: [0, 0, 0, 8] }] });
  else {
    const [[head, ...restOfFirst] = [], ...otherSections] = sections;
    content.push(
      { stack: [recordsHeading, head!], unbreakable: true },
      ...restOfFirst,
      ...otherSections.flat(),
    );
  }
  if (data.missing > 0)
    content.push({ text: t('missing', { count: data.missing }), style: 'muted', margin: [0, 4, 0, 8] });

  const items: Content[] = informationItems.map((item) => ({
    stack: [
      { text: t(item.heading), style: 'h2' },
      ...paragraphs(String(settings[language === 'nb' ? item.nb : item.en])),
    ],
    unbreakable: true,
  }));
  content.push({ stack: [{ text: t('informationHeading'), style: 'h1' }, items[0]!], unbreakable: true });
  content.push(...items.slice(1));

  content.push({
    stack: [
      { text: t('portabilityHeading'), style: 'h1' },
      { text: t('portabilityText', { bundle: bundleName }), margin: [0, 0, 0, 8] },
    ],
    unbreakable: true,
  });
  content.push({
    stack: [
      { text: t('contactHeading'), style: 'h2' },
      {
        text: t('contactText', {
          email: settings.companyEmail,
          phone: settings.companyPhone,
          company,
          orgNumber: settings.companyOrgNumber,
          address: settings.companyAddress,
        }),
      },
    ],
    unbreakable: true,
  });

  return renderPdf(
    reportDocument({
      title: t('title', { company }),
      subtitle: t('subtitle', { date: formatLongDate(language, data.madeOn) }),
      company,
      generatedLine: t('generatedBy', { date: formatDate(data.madeOn) }),
      pageLine: (page, pages) => t('pageOf', { page, pages }),
      content,
    }),
  );
}
