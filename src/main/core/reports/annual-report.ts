import { norwegianDate } from '../../../shared/calendar';
import type { Content, TableCell } from 'pdfmake/interfaces';
import { osloDate } from '../../../shared/oslo';
import { outcomeLabels, outcomes, requestTypeInfo, requestTypes } from '../../../shared/cases/rules';
import type { FileDownload } from '../../../shared/files';
import {
  inquiryCategories,
  inquiryCategoryLabels,
  inquiryChannelLabels,
  inquiryChannels,
} from '../../../shared/inquiries/rules';
import {
  agreementStatuses,
  agreementStatusLabels,
  transferBases,
  transferBasisLabels,
} from '../../../shared/agreements/rules';
import type { Ctx } from '../context';
import { type AnnualFigures, annualFigures } from './annual-figures';
import { renderPdf, reportColours, reportDocument } from './pdf';

const number = (value: number) => value.toLocaleString('nb-NO');
const percent = (part: number, whole: number) =>
  whole === 0 ? '–' : `${(Math.round((part / whole) * 1000) / 10).toLocaleString('nb-NO')} %`;

function stillOpenWords(open: number, year: number): string {
  if (open === 0) return `Every request received in ${year} has been closed.`;
  return open === 1
    ? `1 request received in ${year} is still open.`
    : `${number(open)} requests received in ${year} are still open.`;
}

function pastDueWords(pastDue: { total: number; numbers: string[] }, through: string): string {
  if (pastDue.total === 0) return `No open request was past its due date on ${norwegianDate(through)}.`;
  const listed = pastDue.numbers.join(', ');
  const more =
    pastDue.total > pastDue.numbers.length
      ? `, and ${number(pastDue.total - pastDue.numbers.length)} more`
      : '';
  return `${number(pastDue.total)} open ${pastDue.total === 1 ? 'request was' : 'requests were'} past the due date on ${norwegianDate(through)}: ${listed}${more}.`;
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

function requestsSection(figures: AnnualFigures): Content[] {
  const requests = figures.requests;
  const types = requestTypes.filter(
    (type) => requests.receivedByType[type] > 0 || requests.closedByType[type].total > 0,
  );
  const outcomeColumns = outcomes;
  const rows: TableCell[][] = types.map((type) => [
    `${requestTypeInfo[type].label} (${requestTypeInfo[type].article})`,
    right(number(requests.receivedByType[type])),
    right(number(requests.closedByType[type].total)),
    ...outcomeColumns.map((outcome) => right(number(requests.closedByType[type].byOutcome[outcome]))),
  ]);
  rows.push([
    { text: 'All requests', bold: true },
    right(number(requests.received), true),
    right(number(requests.closed.total), true),
    ...outcomeColumns.map((outcome) => ({
      ...right(number(requests.closed.byOutcome[outcome])),
      bold: true,
    })),
  ]);
  const refusalRows: TableCell[][] = requests.refusals.listed.map((refusal) => [
    refusal.number,
    refusal.types.map((type) => requestTypeInfo[type].label).join(', '),
    outcomeLabels[refusal.outcome],
    `${refusal.manifestlyUnfounded ? 'Manifestly unfounded or excessive (Art. 12(5)). ' : ''}${refusal.grounds}`,
  ]);
  return [
    { text: '1. Requests to exercise privacy rights', style: 'h1', headlineLevel: 1 },
    {
      text:
        `${number(requests.received)} requests were received and ${number(requests.closed.total)} closed. ` +
        `${percent(requests.onTime, requests.replied)} of the ${number(requests.replied)} replies were given by the due date ` +
        `(one month, or three after an extension; a refusal within one month all the same, Art. 12(3)-(4)). ` +
        `${pastDueWords(requests.openPastDue, figures.through)} ${number(requests.extensions)} deadlines were extended with notice to the person` +
        `${requests.medianDaysToReply === null ? '' : `, and the median reply took ${number(requests.medianDaysToReply)} days`}. ` +
        `${stillOpenWords(requests.receivedStillOpen, figures.year)}` +
        `${requests.fees.total > 0 ? ` ${number(requests.fees.total)} manifestly unfounded or excessive requests were answered for a reasonable fee (Art. 12(5)), ${number(requests.fees.sumNok)} kr in all.` : ''}`,
      margin: [0, 0, 0, 8],
    },
    { text: 'Requests by type and outcome', style: 'h2', headlineLevel: 1 },
    table(['Type', 'Received', 'Closed', ...outcomeColumns.map((outcome) => outcomeLabels[outcome])], rows, [
      '*',
      42,
      38,
      44,
      44,
      38,
      50,
      40,
    ]),
    {
      text: 'A case asking for several things counts under each type; the row "All requests" counts each case once.',
      style: 'muted',
      fontSize: 8,
    },
    { text: 'Refusals and their grounds (Art. 12(4))', style: 'h2', headlineLevel: 1 },
    requests.refusals.total === 0
      ? { text: 'No request was refused in full or in part.', style: 'muted' }
      : table(['Case', 'Request', 'Outcome', 'Grounds given to the person'], refusalRows, [52, 90, 62, '*']),
    ...(requests.refusalsAfterExtension.length === 0
      ? []
      : [
          { text: 'Refusals after an extension (Art. 12(4))', style: 'h2', headlineLevel: 1 } as Content,
          {
            text: 'A decision not to act is due within one month of receipt even when the deadline was extended: each refusal below is measured against the original due date.',
            style: 'muted',
            fontSize: 8.5,
            margin: [0, 0, 0, 4],
          } as Content,
          table(
            ['Case', 'Original due date', 'Reply', 'In time'],
            requests.refusalsAfterExtension.map((refusal) => [
              refusal.number,
              norwegianDate(refusal.originalDue),
              norwegianDate(refusal.replyDate),
              refusal.late ? { text: 'Late', color: reportColours.danger, bold: true } : 'Yes',
            ]),
            [70, 90, 90, '*'],
          ),
        ]),
    ...(requests.refusals.total > requests.refusals.listed.length
      ? [
          {
            text: `The latest ${requests.refusals.listed.length} of ${number(requests.refusals.total)} refusals are listed; the case list exports them all.`,
            style: 'muted',
            fontSize: 8,
          } as Content,
        ]
      : []),
  ];
}

function breachesSection(figures: AnnualFigures): Content[] {
  const { breaches } = figures;
  if (breaches.total === 0)
    return [
      { text: '2. Personal data breaches', style: 'h1', headlineLevel: 1 },
      { text: `No personal data breach was recorded in ${figures.year}.` },
    ];
  const { authority, subjects, customers } = breaches;
  return [
    { text: '2. Personal data breaches', style: 'h1', headlineLevel: 1 },
    {
      text:
        `${number(breaches.total)} breaches were recorded (Art. 33(5)): ${number(breaches.byCapacity.controller)} in our own processing, ` +
        `${number(breaches.byCapacity.processor)} in processing for customers and ${number(breaches.byCapacity.both)} in both at once; ` +
        `${number(breaches.specialCategories)} involved special categories of data. ${number(breaches.open)} are still being handled.`,
      margin: [0, 0, 0, 8],
    },
    {
      columns: [
        table(
          ['Risk assessment', 'Breaches'],
          [
            ['High risk', right(number(breaches.byRisk.high))],
            ['Risk', right(number(breaches.byRisk.risk))],
            ['Unlikely to result in a risk', right(number(breaches.byRisk.none))],
            ['Not yet assessed', right(number(breaches.byRisk.unassessed))],
          ],
          ['*', 60],
        ),
        table(
          ['Notification to Datatilsynet (Art. 33)', 'Breaches'],
          [
            ['Notified within 72 hours', right(number(authority.notifiedOnTime))],
            ['Notified late, with the reasons', right(number(authority.notifiedLate))],
            ['Not yet notified (assessed as a risk)', right(number(authority.notYetNotified))],
            ['Not notified, decision and reasons recorded', right(number(authority.notNotifiedWithReasons))],
            ['Not assessed yet', right(number(authority.notAssessed))],
            [{ text: 'Breaches of our own data', bold: true }, right(number(authority.total), true)],
          ],
          ['*', 60],
        ),
      ],
      columnGap: 16,
    },
    {
      columns: [
        table(
          ['The people affected (Art. 34)', 'Breaches'],
          [
            ['Required (high risk)', right(number(subjects.required))],
            ['Told', right(number(subjects.told))],
            ['Exception of Art. 34(3) used', right(number(subjects.exceptionUsed))],
            ['Still to decide', right(number(subjects.pending))],
          ],
          ['*', 60],
        ),
        table(
          ['Customers told, as processor (Art. 33(2))', 'Customers'],
          [
            ['Customers affected', right(number(customers.notifications))],
            ['Told in time', right(number(customers.toldOnTime))],
            ['Told late', right(number(customers.toldLate))],
            ['Not yet told', right(number(customers.notYetTold))],
          ],
          ['*', 60],
        ),
      ],
      columnGap: 16,
    },
  ];
}

function agreementsSection(figures: AnnualFigures): Content[] {
  const register = figures.agreements;
  const active = (role: 'controller' | 'processor') =>
    register.byDirection[role].active + register.byDirection[role].suspended;
  const due = register.due;
  return [
    { text: '3. Data processing agreements (Art. 28)', style: 'h1', headlineLevel: 1 },
    {
      text:
        `On ${norwegianDate(figures.agreementsInForce.on)} ${number(figures.agreementsInForce.suppliers)} agreements were in force with suppliers who process ` +
        `personal data for us, and ${number(figures.agreementsInForce.customers)} with customers for whom we process it (effective by then, not yet expired or ended). ` +
        `On ${norwegianDate(register.today)} the register holds ${number(register.total)} agreements, ${number(active('controller') + active('processor'))} of them in force. ` +
        `${number(register.withGaps)} agreements in force or being made lack one or more clauses Art. 28(3) requires; ` +
        `${number(register.transfers.flagged.length)} send data out of the EEA without a valid transfer basis.`,
      margin: [0, 0, 0, 8],
    },
    {
      columns: [
        table(
          ['Status', 'Suppliers', 'Customers'],
          agreementStatuses.map((status) => [
            agreementStatusLabels[status],
            right(number(register.byDirection.controller[status])),
            right(number(register.byDirection.processor[status])),
          ]),
          ['*', 50, 56],
        ),
        table(
          ['Due now', 'Agreements'],
          [
            ['Review within 30 days', right(number(due.reviewWithin30Days))],
            ['Review overdue', right(number(due.reviewOverdue))],
            ['Expiring within 60 days', right(number(due.expiringWithin60Days))],
            ['Expired but still marked active', right(number(due.expiredButActive))],
            ['Objection windows closing', right(number(due.objectionWindowsClosing))],
            ['Objections not resolved', right(number(due.objectionsOpen))],
          ],
          ['*', 60],
        ),
      ],
      columnGap: 16,
    },
    { text: 'Clauses most often missing', style: 'h2', headlineLevel: 1 },
    register.missingClauses.length === 0
      ? { text: 'Every agreement in force has every clause Art. 28(3) requires.', style: 'muted' }
      : table(
          ['Clause', 'Article', 'Agreements missing it'],
          register.missingClauses
            .slice(0, 8)
            .map((clause) => [clause.label, clause.article, right(number(clause.count))]),
          ['*', 70, 90],
        ),
    { text: 'Transfers out of the EEA (Chapter V)', style: 'h2', headlineLevel: 1 },
    table(
      ['Basis', 'Transfers'],
      [
        ...transferBases.map((basis) => [
          transferBasisLabels[basis],
          right(number(register.transfers.byBasis[basis])),
        ]),
        [{ text: 'All transfers', bold: true }, right(number(register.transfers.total), true)],
      ],
      ['*', 60],
    ),
    ...(register.transfers.flagged.length === 0
      ? []
      : [
          { text: 'Without a valid basis', style: 'h2', headlineLevel: 1 } as Content,
          table(
            ['Agreement', 'Organisation', 'What is missing'],
            register.transfers.flagged
              .slice(0, 20)
              .map((flag) => [flag.reference, flag.organisation, flag.problems.join(' ')]),
            [70, 130, '*'],
          ),
        ]),
  ];
}

function inquiriesSection(figures: AnnualFigures): Content[] {
  const { inquiries } = figures;
  return [
    { text: '4. Inquiries documented', style: 'h1', headlineLevel: 1 },
    {
      text: `${number(inquiries.total)} inquiries by phone, e-mail, letter, chat, in person and web form were logged, as the privacy statement promises that communications are documented.`,
      margin: [0, 0, 0, 8],
    },
    {
      columns: [
        table(
          ['Channel', 'Inquiries'],
          inquiryChannels.map((channel) => [
            inquiryChannelLabels[channel],
            right(number(inquiries.byChannel[channel] ?? 0)),
          ]),
          ['*', 60],
        ),
        table(
          ['Category', 'Inquiries'],
          inquiryCategories.map((category) => [
            inquiryCategoryLabels[category],
            right(number(inquiries.byCategory[category] ?? 0)),
          ]),
          ['*', 60],
        ),
      ],
      columnGap: 16,
    },
  ];
}

function processingSection(figures: AnnualFigures): Content[] {
  const { processing } = figures;
  return [
    { text: '5. The record of processing activities (Art. 30)', style: 'h1', headlineLevel: 1 },
    {
      text:
        `The record holds ${number(processing.controller)} processing activities as controller and ${number(processing.processor)} as processor for customers. ` +
        `${processing.incomplete.length === 0 ? 'Every record says all Art. 30 asks for.' : `${number(processing.incomplete.length)} ${processing.incomplete.length === 1 ? 'record lacks' : 'records lack'} something Art. 30 asks for.`} ` +
        `${processing.uncovered.length === 0 ? 'Every customer agreement in force has its record as processor.' : `${number(processing.uncovered.length)} customer agreements in force have no record as processor yet.`}` +
        `${processing.transferFlagged.length > 0 ? ` ${number(processing.transferFlagged.length)} records name a transfer without a valid basis: ${processing.transferFlagged.join(', ')}.` : ''}`,
      margin: [0, 0, 0, 8],
    },
    ...(processing.incomplete.length === 0
      ? []
      : [
          table(
            ['Record', 'Processing', 'Still to record'],
            processing.incomplete
              .slice(0, 20)
              .map((record) => [record.reference, record.name, record.missing.join('; ')]),
            [50, 150, '*'],
          ),
        ]),
    ...(processing.uncovered.length === 0
      ? []
      : [
          table(
            ['Customer agreement without a record', 'Customer'],
            processing.uncovered.slice(0, 20).map((entry) => [entry.reference, entry.customer]),
            [150, '*'],
          ),
        ]),
  ];
}

/** The annual privacy report as a document a board reads: key figures first, then each area. */
export function annualReportDocument(figures: AnnualFigures, generatedOn: string) {
  const requests = figures.requests;
  const partial = figures.through !== `${figures.year}-12-31`;
  return reportDocument({
    title: `Annual privacy report ${figures.year}`,
    subtitle: `We Assist AS · org. no. 928 179 575 · 1 January to ${norwegianDate(figures.through)}${
      partial ? ' (the year is not over)' : ''
    }`,
    generatedAt: norwegianDate(generatedOn),
    content: [
      {
        text: 'This report sums up how We Assist AS met its duties under the GDPR and the Personal Data Act in the year: requests from people to exercise their rights, personal data breaches, the agreements with those who process personal data for us and for whom we process it, and the inquiries we documented.',
        margin: [0, 0, 0, 14],
      },
      {
        columns: [
          keyFigure(number(requests.received), 'rights requests received'),
          keyFigure(percent(requests.onTime, requests.replied), 'answered on time'),
          keyFigure(number(requests.openPastDue.total), 'open past the due date'),
          keyFigure(number(requests.refusals.total), 'refused in full or in part'),
          keyFigure(number(figures.breaches.total), 'breaches recorded'),
          keyFigure(number(figures.inquiries.total), 'inquiries documented'),
        ],
        columnGap: 10,
        margin: [0, 0, 0, 6],
      },
      {
        canvas: [
          { type: 'line', x1: 0, y1: 0, x2: 483, y2: 0, lineWidth: 0.5, lineColor: reportColours.rule },
        ],
      },
      ...requestsSection(figures),
      ...breachesSection(figures),
      ...agreementsSection(figures),
      ...inquiriesSection(figures),
      ...processingSection(figures),
      { text: 'About the figures', style: 'h2', headlineLevel: 1 },
      {
        ul: [
          'A request is counted in the year it was received; its outcome in the year it was answered (or closed, if withdrawn).',
          'A breach is counted in the year we became aware of it; the 72 hours to notify Datatilsynet run from that moment.',
          'Agreements in force are counted on the report’s last day from their dates; the rest of the register, and the record of processing activities, as they stand on the day of the report (every change is in their history, not a yearly snapshot).',
          'On time means the reply was given by the due date: one month after receipt, moved to the next working day past weekends and Norwegian public holidays, or three months where the deadline was extended with notice before the original due date. A refusal is due within the first month even after an extension (Art. 12(4)). Withdrawn requests need no reply and are left out.',
          'Every figure comes from Privacy Desk’s records; every change to them is in its audit log.',
        ],
        style: 'muted',
        fontSize: 8.5,
      },
    ],
  });
}

/** The annual report for a year as a PDF file; producing it is audited. */
export async function annualReport(ctx: Ctx, year: number): Promise<FileDownload> {
  const figures = await annualFigures(ctx, year);
  const pdf = await renderPdf(annualReportDocument(figures, osloDate(ctx.clock.now())));
  await ctx.audit({
    action: 'report',
    entityType: 'annual-report',
    entityId: year,
    after: { year, through: figures.through, bytes: pdf.length },
  });
  return {
    fileName: `privacy-report-${year}.pdf`,
    mediaType: 'application/pdf',
    base64: pdf.toString('base64'),
  };
}
