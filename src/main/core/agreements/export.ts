import { norwegianDate } from '../../../shared/calendar';
import type { AgreementFilter } from '../../../shared/agreements/contract';
import {
  agreementStatusLabels,
  articleClauses,
  directionLabels,
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
import type { Ctx } from '../context';
import { exportTable } from '../export/tabular';
import {
  filteredAgreementRows,
  missingClauseKeysFor,
  subprocessorNamesFor,
  transfersAndDeclaredFor,
} from './repository';
import { refreshTransferFlags } from './flags';
import { summariesOf } from './service';
import { parseList, todayOf } from './support';
import { processingCountries, transferFacts } from './view';

const alertLabels = {
  'review-soon': 'review due soon',
  'review-overdue': 'review overdue',
  expiring: 'expiring',
  'expired-active': 'expired but still active',
} as const;

/** The register as filtered, one row per agreement, as CSV or XLSX; the export is audited. */
export async function exportAgreements(
  ctx: Ctx,
  format: ExportFormat,
  filter: AgreementFilter,
): Promise<FileDownload> {
  const today = todayOf(ctx);
  await refreshTransferFlags(ctx.db, today);
  const rows = await filteredAgreementRows(ctx.db, filter, today);
  const ids = rows.map((row) => row.id);
  const summaries = await summariesOf(ctx, rows, today);
  const { transfers, declared } = await transfersAndDeclaredFor(ctx.db, ids);
  const subprocessors = await subprocessorNamesFor(ctx.db, ids);
  const missing = await missingClauseKeysFor(ctx.db, ids);
  const label = (key: string) => articleClauses.find((clause) => clause.key === key)?.label ?? key;
  const records = rows.map((row, index) => {
    const own = transfers.filter((transfer) => transfer.agreement_id === row.id);
    const ownDeclared = declared.filter((entry) => entry.agreement_id === row.id);
    return {
      row,
      summary: summaries[index],
      transfers: own,
      declared: ownDeclared,
      subprocessors: subprocessors.filter((link) => link.agreement_id === row.id).map((link) => link.name),
      missing: missing.filter((item) => item.agreement_id === row.id).map((item) => label(item.clause_key)),
      problems: transferProblems(processingCountries(row, ownDeclared), own.map(transferFacts), today),
    };
  });
  await ctx.audit({
    action: 'export',
    entityType: 'agreement',
    after: { format, filter, rows: records.length },
  });
  type Record = (typeof records)[number];
  return exportTable<Record>(
    format,
    `agreements-${today}`,
    [
      { header: 'Reference', value: ({ row }) => row.reference, width: 14 },
      { header: 'Title', value: ({ row }) => row.title, width: 36 },
      { header: 'Direction', value: ({ summary }) => directionLabels[summary.companyRole] },
      { header: 'Organisation', value: ({ row }) => row.organisation_name, width: 30 },
      { header: 'Status', value: ({ summary }) => agreementStatusLabels[summary.status], width: 14 },
      { header: 'Signed', value: ({ row }) => norwegianDate(row.signed_on) },
      { header: 'Effective', value: ({ row }) => norwegianDate(row.effective_on) },
      { header: 'Expires', value: ({ row }) => norwegianDate(row.expiry_on) },
      { header: 'Next review', value: ({ row }) => norwegianDate(row.next_review_on) },
      { header: 'Last reviewed', value: ({ row }) => norwegianDate(row.last_reviewed_on) },
      {
        header: 'Due',
        value: ({ summary }) => summary.alerts.map((alert) => alertLabels[alert]).join(', '),
        width: 22,
      },
      {
        header: 'Art. 28(3) checklist',
        value: ({ summary }) =>
          `${summary.checklist.percent} % (${summary.checklist.present} present, ${summary.checklist.notApplicable} n/a, ${summary.checklist.missing} missing, ${summary.checklist.unchecked} not checked)`,
        width: 34,
      },
      { header: 'Missing clauses', value: ({ missing: items }) => items.join('; '), width: 48 },
      { header: 'Data types', value: ({ row }) => parseList(row.data_types_json).join(', '), width: 36 },
      {
        header: 'Special categories',
        value: ({ summary }) =>
          summary.specialCategories.map((category) => specialCategoryLabels[category]).join(', '),
        width: 24,
      },
      {
        header: 'Data subjects',
        value: ({ row }) => parseList(row.data_subjects_json).join(', '),
        width: 30,
      },
      {
        header: 'Processing locations',
        value: ({ row }) => parseList(row.locations_json).map(countryName).join(', '),
        width: 28,
      },
      {
        header: 'Transfers outside the EEA',
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
      { header: 'Transfer flag', value: ({ summary }) => summary.transferFlag },
      { header: 'Transfer problems', value: ({ problems }) => problems.join(' '), width: 48 },
      {
        header: 'Sub-processors for the customer',
        value: ({ subprocessors: names }) => names.join(', '),
        width: 36,
      },
      {
        header: 'Declared sub-processors',
        value: ({ declared: own }) =>
          own.map((entry) => `${entry.name} (${countryName(entry.country)})`).join(', '),
        width: 36,
      },
      {
        header: 'Breach notice (hours)',
        value: ({ row }) => row.breach_notice_hours ?? 'without undue delay',
      },
      {
        header: 'Security assessment',
        value: ({ row }) =>
          row.security_result
            ? `${norwegianDate(row.security_assessed_on)}: ${securityResultLabels[row.security_result as SecurityResult]}`
            : null,
        width: 36,
      },
      { header: 'Terminated', value: ({ row }) => norwegianDate(row.terminated_on) },
      {
        header: 'Data at the end',
        value: ({ row }) =>
          row.end_of_processing
            ? `${endOfProcessingLabels[row.end_of_processing as EndOfProcessing]}${row.end_confirmed_on ? `, confirmed ${norwegianDate(row.end_confirmed_on)}` : ', not confirmed'}`
            : null,
        width: 36,
      },
    ],
    records,
  );
}
