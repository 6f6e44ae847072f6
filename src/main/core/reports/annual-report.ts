import type { Content } from 'pdfmake/interfaces';
import { osloDate } from '../../../shared/oslo';
import type { FileDownload } from '../../../shared/files';
import { inquiryCategories, inquiryChannels } from '../../../shared/inquiries/rules';
import type { Language } from '../../../shared/i18n/languages';
import { inquiryCategory, inquiryChannel } from '../../../shared/i18n/resources/labels';
import { report } from '../../../shared/i18n/resources/report';
import { translator } from '../../../shared/i18n/translate';
import type { Settings } from '../../../shared/settings/definitions';
import type { Ctx } from '../context';
import { readSettings } from '../settings/service';
import { type AnnualFigures, annualFigures } from './annual-figures';
import { agreementsSection, processingSection } from './annual-registers';
import { requestsSection } from './annual-requests';
import { keyFigure, right, table, type Words, wordsOf } from './annual-words';
import { renderPdf, reportColours, reportDocument } from './pdf';

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
