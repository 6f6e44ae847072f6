import type { Content, TableCell } from 'pdfmake/interfaces';
import { osloDate } from '../../../shared/oslo';
import { outcomes, requestTypeInfo, requestTypes } from '../../../shared/cases/rules';
import type { FileDownload } from '../../../shared/files';
import { inquiryCategories, inquiryChannels } from '../../../shared/inquiries/rules';
import { agreementStatuses, transferBases } from '../../../shared/agreements/rules';
import { formatDate, formatKroner, formatPercent } from '../../../shared/i18n/format';
import type { Language } from '../../../shared/i18n/languages';
import { say } from '../../../shared/i18n/phrases';
import {
  agreementStatus,
  citeArticle,
  clause,
  inquiryCategory,
  inquiryChannel,
  outcome as outcomeLabel,
  requestType,
  transferBasis,
} from '../../../shared/i18n/resources/labels';
import { report } from '../../../shared/i18n/resources/report';
import { formatNumber, translator } from '../../../shared/i18n/translate';
import type { Settings } from '../../../shared/settings/definitions';
import type { Ctx } from '../context';
import { readSettings } from '../settings/service';
import { type AnnualFigures, annualFigures } from './annual-figures';
import { renderPdf, reportColours, reportDocument } from './pdf';

/** The report's words, numbers and dates in one language. */
interface Words {
  language: Language;
  t: ReturnType<typeof translator<keyof (typeof report)['en'] & string>>;
  number(value: number): string;
  percent(part: number, whole: number): string;
  date(date: string | null): string;
}

function wordsOf(language: Language): Words {
  return {
    language,
    t: translator(report, language),
    number: (value) => formatNumber(language, value),
    percent: (part, whole) => formatPercent(language, part, whole),
    date: (date) => formatDate(date),
  };
}

function stillOpenWords(w: Words, open: number, year: number): string {
  if (open === 0) return w.t('stillOpenNone', { year });
  return w.t('stillOpen', { count: open, year });
}

function pastDueWords(w: Words, pastDue: { total: number; numbers: string[] }, through: string): string {
  if (pastDue.total === 0) return w.t('pastDueNone', { date: w.date(through) });
  const more =
    pastDue.total > pastDue.numbers.length
      ? w.t('pastDueMore', { more: w.number(pastDue.total - pastDue.numbers.length) })
      : '';
  return w.t('pastDue', {
    count: pastDue.total,
    date: w.date(through),
    numbers: pastDue.numbers.join(', '),
    more,
  });
}

function keyFigure(value: string, label: string): Content {
  return {
    stack: [
      { text: value, style: 'figure' },
      { text: label, style: 'figureLabel' },
    ],
    margin: [0, 0, 0, 4],
  };
}

function table(headers: string[], rows: TableCell[][], widths: Array<string | number>): Content {
  return {
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      widths,
      body: [headers.map((text) => ({ text, style: 'tableHeader' })), ...rows],
    },
    layout: {
      hLineColor: () => reportColours.rule,
      vLineColor: () => reportColours.rule,
      fillColor: (row: number) => (row > 0 && row % 2 === 0 ? '#f3f6f9' : null),
      paddingTop: () => 3,
      paddingBottom: () => 3,
    },
    fontSize: 9,
    margin: [0, 0, 0, 8],
  };
}

const right = (text: string, bold = false) => ({ text, alignment: 'right' as const, bold });

/** The outcome columns' headers: short enough for their columns in both languages. */
const outcomeColumn = {
  granted: 'columnGranted',
  'partly-granted': 'columnPartlyGranted',
  refused: 'columnRefused',
  withdrawn: 'columnWithdrawn',
  'no-data': 'columnNoData',
} as const;

function requestsSection(w: Words, figures: AnnualFigures): Content[] {
  const { t, number, percent, language } = w;
  const requests = figures.requests;
  const types = requestTypes.filter(
    (type) => requests.receivedByType[type] > 0 || requests.closedByType[type].total > 0,
  );
  const outcomeColumns = outcomes;
  const rows: TableCell[][] = types.map((type) => [
    `${requestType[language][type].replace(/\s*\(.*\)$/, '')} (${citeArticle(language, requestTypeInfo[type].article)})`,
    right(number(requests.receivedByType[type])),
    right(number(requests.closedByType[type].total)),
    ...outcomeColumns.map((outcome) => right(number(requests.closedByType[type].byOutcome[outcome]))),
  ]);
  rows.push([
    { text: t('allRequests'), bold: true },
    right(number(requests.received), true),
    right(number(requests.closed.total), true),
    ...outcomeColumns.map((outcome) => ({
      ...right(number(requests.closed.byOutcome[outcome])),
      bold: true,
    })),
  ]);
  const refusalRows: TableCell[][] = requests.refusals.listed.map((refusal) => [
    refusal.number,
    refusal.types.map((type) => requestType[language][type]).join(', '),
    outcomeLabel[language][refusal.outcome],
    `${refusal.manifestlyUnfounded ? `${t('manifestlyUnfounded')} ` : ''}${refusal.grounds}`,
  ]);
  const summary = [
    t('requestsSummary', {
      received: number(requests.received),
      closed: number(requests.closed.total),
      onTime: percent(requests.onTime, requests.replied),
      replied: number(requests.replied),
    }),
    pastDueWords(w, requests.openPastDue, figures.through),
    requests.medianDaysToReply === null
      ? t('extensions', { extensions: number(requests.extensions) })
      : t('extensionsMedian', {
          extensions: number(requests.extensions),
          days: number(requests.medianDaysToReply),
        }),
    stillOpenWords(w, requests.receivedStillOpen, figures.year),
    ...(requests.fees.total > 0
      ? [
          t('fees', {
            count: number(requests.fees.total),
            sum: formatKroner(language, requests.fees.sumNok),
          }),
        ]
      : []),
  ];
  return [
    { text: t('requestsHeading'), style: 'h1', headlineLevel: 1 },
    { text: summary.join(' '), margin: [0, 0, 0, 8] },
    { text: t('byTypeHeading'), style: 'h2', headlineLevel: 1 },
    table(
      [
        t('columnType'),
        t('columnReceived'),
        t('columnClosed'),
        ...outcomeColumns.map((outcome) => t(outcomeColumn[outcome])),
      ],
      rows,
      ['*', 42, 42, 44, 44, 38, 50, 58],
    ),
    { text: t('byTypeNote'), style: 'muted', fontSize: 8 },
    { text: t('refusalsHeading'), style: 'h2', headlineLevel: 1 },
    requests.refusals.total === 0
      ? { text: t('refusalsNone'), style: 'muted' }
      : table([t('columnCase'), t('columnRequest'), t('columnOutcome'), t('columnGrounds')], refusalRows, [
          52,
          90,
          62,
          '*',
        ]),
    ...(requests.refusalsAfterExtension.length === 0
      ? []
      : [
          { text: t('refusalsAfterExtensionHeading'), style: 'h2', headlineLevel: 1 } as Content,
          {
            text: t('refusalsAfterExtensionNote'),
            style: 'muted',
            fontSize: 8.5,
            margin: [0, 0, 0, 4],
          } as Content,
          table(
            [t('columnCase'), t('columnOriginalDue'), t('columnReply'), t('columnInTime')],
            requests.refusalsAfterExtension.map((refusal) => [
              refusal.number,
              w.date(refusal.originalDue),
              w.date(refusal.replyDate),
              refusal.late ? { text: t('late'), color: reportColours.danger, bold: true } : t('yes'),
            ]),
            [70, 90, 90, '*'],
          ),
        ]),
    ...(requests.refusals.total > requests.refusals.listed.length
      ? [
          {
            text: t('refusalsListed', {
              listed: number(requests.refusals.listed.length),
              total: number(requests.refusals.total),
            }),
            style: 'muted',
            fontSize: 8,
          } as Content,
        ]
      : []),
  ];
}

function breachesSection(w: Words, figures: AnnualFigures): Content[] {
  const { t, number } = w;
  const { breaches } = figures;
  if (breaches.total === 0)
    return [
      { text: t('breachesHeading'), style: 'h1', headlineLevel: 1 },
      { text: t('breachesNone', { year: figures.year }) },
    ];
  const { authority, subjects, customers } = breaches;
  return [
    { text: t('breachesHeading'), style: 'h1', headlineLevel: 1 },
    {
      text: t('breachesSummary', {
        total: number(breaches.total),
        controller: number(breaches.byCapacity.controller),
        processor: number(breaches.byCapacity.processor),
        both: number(breaches.byCapacity.both),
        special: number(breaches.specialCategories),
        open: number(breaches.open),
      }),
      margin: [0, 0, 0, 8],
    },
    {
      columns: [
        table(
          [t('columnRiskAssessment'), t('columnBreaches')],
          [
            [t('riskHigh'), right(number(breaches.byRisk.high))],
            [t('riskRisk'), right(number(breaches.byRisk.risk))],
            [t('riskNone'), right(number(breaches.byRisk.none))],
            [t('riskUnassessed'), right(number(breaches.byRisk.unassessed))],
          ],
          ['*', 60],
        ),
        table(
          [t('columnAuthority'), t('columnBreaches')],
          [
            [t('notifiedOnTime'), right(number(authority.notifiedOnTime))],
            [t('notifiedLate'), right(number(authority.notifiedLate))],
            [t('notYetNotified'), right(number(authority.notYetNotified))],
            [t('notNotifiedWithReasons'), right(number(authority.notNotifiedWithReasons))],
            [t('notAssessed'), right(number(authority.notAssessed))],
            [{ text: t('ownBreaches'), bold: true }, right(number(authority.total), true)],
          ],
          ['*', 60],
        ),
      ],
      columnGap: 16,
    },
    {
      columns: [
        table(
          [t('columnSubjects'), t('columnBreaches')],
          [
            [t('subjectsRequired'), right(number(subjects.required))],
            [t('subjectsTold'), right(number(subjects.told))],
            [t('subjectsException'), right(number(subjects.exceptionUsed))],
            [t('subjectsPending'), right(number(subjects.pending))],
          ],
          ['*', 60],
        ),
        table(
          [t('columnCustomersTold'), t('columnCustomers')],
          [
            [t('customersAffected'), right(number(customers.notifications))],
            [t('customersOnTime'), right(number(customers.toldOnTime))],
            [t('customersLate'), right(number(customers.toldLate))],
            [t('customersNotYet'), right(number(customers.notYetTold))],
          ],
          ['*', 60],
        ),
      ],
      columnGap: 16,
    },
  ];
}

function agreementsSection(w: Words, figures: AnnualFigures): Content[] {
  const { t, number, language } = w;
  const register = figures.agreements;
  const active = (role: 'controller' | 'processor') =>
    register.byDirection[role].active + register.byDirection[role].suspended;
  const due = register.due;
  return [
    { text: t('agreementsHeading'), style: 'h1', headlineLevel: 1 },
    {
      text: t('agreementsSummary', {
        on: w.date(figures.agreementsInForce.on),
        suppliers: number(figures.agreementsInForce.suppliers),
        customers: number(figures.agreementsInForce.customers),
        today: w.date(register.today),
        total: number(register.total),
        active: number(active('controller') + active('processor')),
        withGaps: number(register.withGaps),
        flagged: number(register.transfers.flagged.length),
      }),
      margin: [0, 0, 0, 8],
    },
    {
      columns: [
        table(
          [t('columnStatus'), t('columnSuppliers'), t('columnCustomers')],
          agreementStatuses.map((status) => [
            agreementStatus[language][status],
            right(number(register.byDirection.controller[status])),
            right(number(register.byDirection.processor[status])),
          ]),
          ['*', 50, 56],
        ),
        table(
          [t('columnDueNow'), t('columnAgreements')],
          [
            [t('reviewWithin30Days'), right(number(due.reviewWithin30Days))],
            [t('reviewOverdue'), right(number(due.reviewOverdue))],
            [t('expiringWithin60Days'), right(number(due.expiringWithin60Days))],
            [t('expiredButActive'), right(number(due.expiredButActive))],
            [t('objectionWindowsClosing'), right(number(due.objectionWindowsClosing))],
            [t('objectionsOpen'), right(number(due.objectionsOpen))],
          ],
          ['*', 60],
        ),
      ],
      columnGap: 16,
    },
    { text: t('missingClausesHeading'), style: 'h2', headlineLevel: 1 },
    register.missingClauses.length === 0
      ? { text: t('missingClausesNone'), style: 'muted' }
      : table(
          [t('columnClause'), t('columnArticle'), t('columnMissing')],
          register.missingClauses
            .slice(0, 8)
            .map((entry) => [
              clause[language][entry.key],
              citeArticle(language, entry.article),
              right(number(entry.count)),
            ]),
          ['*', 70, 90],
        ),
    { text: t('transfersHeading'), style: 'h2', headlineLevel: 1 },
    table(
      [t('columnBasis'), t('columnTransfers')],
      [
        ...transferBases.map((basis) => [
          transferBasis[language][basis],
          right(number(register.transfers.byBasis[basis])),
        ]),
        [{ text: t('allTransfers'), bold: true }, right(number(register.transfers.total), true)],
      ],
      ['*', 60],
    ),
    ...(register.transfers.flagged.length === 0
      ? []
      : [
          { text: t('flaggedHeading'), style: 'h2', headlineLevel: 1 } as Content,
          table(
            [t('columnAgreement'), t('columnOrganisation'), t('columnWhatIsMissing')],
            register.transfers.flagged
              .slice(0, 20)
              .map((flag) => [
                flag.reference,
                flag.organisation,
                flag.problemTexts.map((text) => say(language, text)).join(' '),
              ]),
            [70, 130, '*'],
          ),
        ]),
  ];
}

function inquiriesSection(w: Words, figures: AnnualFigures): Content[] {
  const { t, number, language } = w;
  const { inquiries } = figures;
  return [
    { text: t('inquiriesHeading'), style: 'h1', headlineLevel: 1 },
    { text: t('inquiriesSummary', { total: number(inquiries.total) }), margin: [0, 0, 0, 8] },
    {
      columns: [
        table(
          [t('columnChannel'), t('columnInquiries')],
          inquiryChannels.map((channel) => [
            inquiryChannel[language][channel],
            right(number(inquiries.byChannel[channel] ?? 0)),
          ]),
          ['*', 60],
        ),
        table(
          [t('columnCategory'), t('columnInquiries')],
          inquiryCategories.map((category) => [
            inquiryCategory[language][category],
            right(number(inquiries.byCategory[category] ?? 0)),
          ]),
          ['*', 60],
        ),
      ],
      columnGap: 16,
    },
  ];
}

function processingSection(w: Words, figures: AnnualFigures): Content[] {
  const { t, number, language } = w;
  const { processing } = figures;
  const summary = [
    t('processingSummary', {
      controller: number(processing.controller),
      processor: number(processing.processor),
    }),
    processing.incomplete.length === 0
      ? t('processingComplete')
      : t('processingIncomplete', { count: processing.incomplete.length }),
    processing.uncovered.length === 0
      ? t('processingCovered')
      : t('processingUncovered', { count: number(processing.uncovered.length) }),
    ...(processing.transferFlagged.length > 0
      ? [
          t('processingFlagged', {
            count: number(processing.transferFlagged.length),
            references: processing.transferFlagged.join(', '),
          }),
        ]
      : []),
  ];
  return [
    { text: t('processingHeading'), style: 'h1', headlineLevel: 1 },
    { text: summary.join(' '), margin: [0, 0, 0, 8] },
    ...(processing.incomplete.length === 0
      ? []
      : [
          table(
            [t('columnRecord'), t('columnProcessing'), t('columnStillToRecord')],
            processing.incomplete
              .slice(0, 20)
              .map((record) => [
                record.reference,
                record.name,
                record.missingTexts.map((text) => say(language, text)).join('; '),
              ]),
            [50, 150, '*'],
          ),
        ]),
    ...(processing.uncovered.length === 0
      ? []
      : [
          table(
            [t('columnUncovered'), t('columnCustomer')],
            processing.uncovered.slice(0, 20).map((entry) => [entry.reference, entry.customer]),
            [150, '*'],
          ),
        ]),
  ];
}

/**
 * The annual privacy report as a document a board reads: key figures first, then each area, in
 * bokmål or English (numbers, percentages and amounts in the language's style).
 */
export function annualReportDocument(
  figures: AnnualFigures,
  generatedOn: string,
  language: Language = 'en',
  company: Pick<Settings, 'companyName' | 'companyOrgNumber'> = {
    companyName: 'We Assist AS',
    companyOrgNumber: '928 179 575',
  },
) {
  const w = wordsOf(language);
  const { t, number, percent } = w;
  const requests = figures.requests;
  const partial = figures.through !== `${figures.year}-12-31`;
  return reportDocument({
    title: t('title', { year: figures.year }),
    subtitle: t(partial ? 'subtitlePartial' : 'subtitle', {
      company: company.companyName,
      orgNumber: company.companyOrgNumber,
      through: w.date(figures.through),
    }),
    company: company.companyName,
    generatedLine: t('generatedBy', { date: w.date(generatedOn) }),
    pageLine: (page, pages) => t('pageOf', { page, pages }),
    content: [
      { text: t('introduction', { company: company.companyName }), margin: [0, 0, 0, 14] },
      {
        columns: [
          keyFigure(number(requests.received), t('figureReceived')),
          keyFigure(percent(requests.onTime, requests.replied), t('figureOnTime')),
          keyFigure(number(requests.openPastDue.total), t('figurePastDue')),
          keyFigure(number(requests.refusals.total), t('figureRefused')),
          keyFigure(number(figures.breaches.total), t('figureBreaches')),
          keyFigure(number(figures.inquiries.total), t('figureInquiries')),
        ],
        columnGap: 10,
        margin: [0, 0, 0, 6],
      },
      {
        canvas: [
          { type: 'line', x1: 0, y1: 0, x2: 483, y2: 0, lineWidth: 0.5, lineColor: reportColours.rule },
        ],
      },
      ...requestsSection(w, figures),
      ...breachesSection(w, figures),
      ...agreementsSection(w, figures),
      ...inquiriesSection(w, figures),
      ...processingSection(w, figures),
      { text: t('aboutHeading'), style: 'h2', headlineLevel: 1 },
      {
        ul: [
          t('aboutCounting'),
          t('aboutBreaches'),
          t('aboutAgreements'),
          t('aboutOnTime'),
          t('aboutSource'),
        ],
        style: 'muted',
        fontSize: 8.5,
      },
    ],
  });
}

/** The annual report for a year as a PDF file, in bokmål or English (audited by its caller). */
export async function annualReport(ctx: Ctx, year: number, language: Language = 'en'): Promise<FileDownload> {
  const figures = await annualFigures(ctx, year);
  const settings = await readSettings(ctx.db);
  const pdf = await renderPdf(annualReportDocument(figures, osloDate(ctx.clock.now()), language, settings));
  return {
    fileName: `${translator(report, language)('fileName', { year })}.pdf`,
    mediaType: 'application/pdf',
    base64: pdf.toString('base64'),
  };
}
