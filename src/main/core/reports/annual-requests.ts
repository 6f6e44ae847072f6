import type { Content, TableCell } from 'pdfmake/interfaces';
import { outcomes, requestTypeInfo, requestTypes } from '../../../shared/cases/rules';
import { formatKroner } from '../../../shared/i18n/format';
import { citeArticle, outcome as outcomeLabel, requestType } from '../../../shared/i18n/resources/labels';
import type { AnnualFigures } from './annual-figures';
import { right, table, type Words } from './annual-words';
import { reportColours } from './pdf';

/** The annual report's section on rights requests: by type and outcome, on time, extensions, refusals, fees. */

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

/** The outcome columns' headers: short enough for their columns in both languages. */
const outcomeColumn = {
  granted: 'columnGranted',
  'partly-granted': 'columnPartlyGranted',
  refused: 'columnRefused',
  withdrawn: 'columnWithdrawn',
  'no-data': 'columnNoData',
} as const;

export function requestsSection(w: Words, figures: AnnualFigures): Content[] {
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
