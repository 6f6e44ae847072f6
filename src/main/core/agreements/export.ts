import { norwegianDate } from '../../../shared/calendar';
import type { AgreementFilter } from '../../../shared/agreements/contract';
import type { CalendarDate } from '../../../shared/calendar';
import {
  type ClauseKey,
  endOfProcessingLabels,
  type EndOfProcessing,
  sccModuleLabels,
  type SccModule,
  securityResultLabels,
  type SecurityResult,
  specialCategoryLabels,
  transferBasisShort,
  type TransferBasis,
  transferProblems,
} from '../../../shared/agreements/rules';
import { countryName } from '../../../shared/countries';
import type { ExportFormat, FileDownload } from '../../../shared/files';
import type { Language } from '../../../shared/i18n/languages';
import { agreementStatus, clause } from '../../../shared/i18n/resources/labels';
import type { Ctx } from '../context';
import { answerAfterCommit, readInBatches } from '../db/batches';
import { exportTable } from '../export/tabular';
import { exportText, headed } from '../export/words';
import {
  countAgreements,
  exportPageOfAgreements,
  missingClauseKeysFor,
  type NamedAgreementRow,
  subprocessorNamesFor,
  transfersAndDeclaredFor,
} from './repository';
import { refreshTransferFlags } from './flags';
import { summariesOf } from './service';
import { parseList, todayOf } from './support';
import { processingCountries, transferFacts } from './view';

const alertKey = {
  'review-soon': 'alertReviewSoon',
  'review-overdue': 'alertReviewOverdue',
  expiring: 'alertExpiring',
  'expired-active': 'alertExpiredActive',
} as const;

/** What one row of the export needs: the agreement, its summary and its related rows. */
async function exportRecords(
  reader: Ctx,
  rows: NamedAgreementRow[],
  today: CalendarDate,
  language: Language,
) {
  const ids = rows.map((row) => row.id);
  const summaries = await summariesOf(reader, rows, today);
  const { transfers, declared } = await transfersAndDeclaredFor(reader.db, ids);
  const subprocessors = await subprocessorNamesFor(reader.db, ids);
  const missing = await missingClauseKeysFor(reader.db, ids);
  return rows.map((row, index) => {
    const own = transfers.filter((transfer) => transfer.agreement_id === row.id);
    const ownDeclared = declared.filter((entry) => entry.agreement_id === row.id);
    return {
      row,
      summary: summaries[index],
      transfers: own,
      declared: ownDeclared,
      subprocessors: subprocessors.filter((link) => link.agreement_id === row.id).map((link) => link.name),
      missing: missing
        .filter((item) => item.agreement_id === row.id)
        .map((item) => clause[language][item.clause_key as ClauseKey] ?? item.clause_key),
      problems: transferProblems(processingCountries(row, ownDeclared), own.map(transferFacts), today),
    };
  });
}

type ExportRecord = Awaited<ReturnType<typeof exportRecords>>[number];

/**
 * The register as filtered, one row per agreement, as CSV or XLSX, its headers, statuses and
 * clauses in `language`; the export is audited. The rows are read in pages after the call
 * committed (`db/batches.ts`); the day's transfer flags are brought up to date inside it.
 */
export async function exportAgreements(
  ctx: Ctx,
  format: ExportFormat,
  filter: AgreementFilter,
  language: Language,
): Promise<FileDownload> {
  const today = todayOf(ctx);
  await refreshTransferFlags(ctx.db, today);
  const total = await countAgreements(ctx.db, filter, today);
  await ctx.audit({ action: 'export', entityType: 'agreement', after: { format, filter, rows: total } });
  return answerAfterCommit(async ({ db, reader }) => {
    const records = await readInBatches<ExportRecord>(async (after, limit) =>
      exportRecords(
        reader,
        await exportPageOfAgreements(db, filter, today, after?.row ?? null, limit),
        today,
        language,
      ),
    );
    return agreementsFile(format, today, language, records);
  });
}

function agreementsFile(
  format: ExportFormat,
  today: CalendarDate,
  language: Language,
  records: ExportRecord[],
): Promise<FileDownload> {
  const t = exportText(language);
  return exportTable(
    format,
    { baseName: `agreements-${today}`, sheet: t('sheetAgreements'), language },
    headed<ExportRecord>(language, [
      { key: 'agreementReference', value: ({ row }) => row.reference, width: 14 },
      { key: 'agreementTitle', value: ({ row }) => row.title, width: 36 },
      {
        key: 'agreementDirection',
        value: ({ summary }) =>
          t(summary.companyRole === 'controller' ? 'directionSupplier' : 'directionCustomer'),
      },
      { key: 'agreementOrganisation', value: ({ row }) => row.organisation_name, width: 30 },
      {
        key: 'agreementStatus',
        value: ({ summary }) => agreementStatus[language][summary.status],
        width: 14,
      },
      { key: 'agreementSigned', value: ({ row }) => norwegianDate(row.signed_on) },
      { key: 'agreementEffective', value: ({ row }) => norwegianDate(row.effective_on) },
      { key: 'agreementExpires', value: ({ row }) => norwegianDate(row.expiry_on) },
      { key: 'agreementNextReview', value: ({ row }) => norwegianDate(row.next_review_on) },
      { key: 'agreementLastReviewed', value: ({ row }) => norwegianDate(row.last_reviewed_on) },
      {
        key: 'agreementDue',
        value: ({ summary }) => summary.alerts.map((alert) => t(alertKey[alert])).join(', '),
        width: 22,
      },
      {
        key: 'agreementChecklist',
        value: ({ summary }) =>
          `${summary.checklist.percent} % (${summary.checklist.present} present, ${summary.checklist.notApplicable} n/a, ${summary.checklist.missing} missing, ${summary.checklist.unchecked} not checked)`,
        width: 34,
      },
      { key: 'agreementMissing', value: ({ missing: items }) => items.join('; '), width: 48 },
      { key: 'agreementDataTypes', value: ({ row }) => parseList(row.data_types_json).join(', '), width: 36 },
      {
        key: 'agreementSpecial',
        value: ({ summary }) =>
          summary.specialCategories.map((category) => specialCategoryLabels[category]).join(', '),
        width: 24,
      },
      {
        key: 'agreementSubjects',
        value: ({ row }) => parseList(row.data_subjects_json).join(', '),
        width: 30,
      },
      {
        key: 'agreementLocations',
        value: ({ row }) => parseList(row.locations_json).map(countryName).join(', '),
        width: 28,
      },
      {
        key: 'agreementTransfers',
        value: ({ transfers: own }) =>
          own
            .map(
              (transfer) =>
                `${transfer.importer}, ${countryName(transfer.country)}: ${transferBasisShort[transfer.basis as TransferBasis]}${
                  transfer.scc_module
                    ? ` ${sccModuleLabels[transfer.scc_module as SccModule].split(':')[0].toLowerCase()}`
                    : ''
                }${transfer.tia_done ? ', TIA done' : ''}`,
            )
            .join('; '),
        width: 48,
      },
      { key: 'agreementTransferFlag', value: ({ summary }) => summary.transferFlag },
      { key: 'agreementTransferProblems', value: ({ problems }) => problems.join(' '), width: 48 },
      {
        key: 'agreementSubprocessors',
        value: ({ subprocessors: names }) => names.join(', '),
        width: 36,
      },
      {
        key: 'agreementDeclared',
        value: ({ declared: own }) =>
          own.map((entry) => `${entry.name} (${countryName(entry.country)})`).join(', '),
        width: 36,
      },
      {
        key: 'agreementBreachNotice',
        value: ({ row }) => row.breach_notice_hours ?? 'without undue delay',
      },
      {
        key: 'agreementSecurity',
        value: ({ row }) =>
          row.security_result
            ? `${norwegianDate(row.security_assessed_on)}: ${securityResultLabels[row.security_result as SecurityResult]}`
            : null,
        width: 36,
      },
      { key: 'agreementTerminated', value: ({ row }) => norwegianDate(row.terminated_on) },
      {
        key: 'agreementDataAtEnd',
        value: ({ row }) =>
          row.end_of_processing
            ? `${endOfProcessingLabels[row.end_of_processing as EndOfProcessing]}${row.end_confirmed_on ? `, confirmed ${norwegianDate(row.end_confirmed_on)}` : ', not confirmed'}`
            : null,
        width: 36,
      },
    ]),
    records,
  );
}
