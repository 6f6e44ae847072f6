import type { Content } from 'pdfmake/interfaces';
import { agreementStatuses, transferBases } from '../../../shared/agreements/rules';
import { say } from '../../../shared/i18n/phrases';
import { agreementStatus, citeArticle, clause, transferBasis } from '../../../shared/i18n/resources/labels';
import type { AnnualFigures } from './annual-figures';
import { right, table, type Words } from './annual-words';

/** The annual report's sections on the registers: the agreements register and the record of processing. */

export function agreementsSection(w: Words, figures: AnnualFigures): Content[] {
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

export function processingSection(w: Words, figures: AnnualFigures): Content[] {
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
