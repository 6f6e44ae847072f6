import { norwegianDate } from '../../../shared/calendar';
import type { AgreementFilter } from '../../../shared/agreements/contract';
import type { CalendarDate } from '../../../shared/calendar';
import {
  type ClauseKey,
  type EndOfProcessing,
  type SecurityResult,
  type TransferBasis,
  transferProblemPhrases,
} from '../../../shared/agreements/rules';
import type { ExportFormat, FileDownload } from '../../../shared/files';
import type { Language } from '../../../shared/i18n/languages';
import { countryIn, phrase, type Phrase, say } from '../../../shared/i18n/phrases';
import { agreementStatus, clause } from '../../../shared/i18n/resources/labels';
import { specialCategory } from '../../../shared/i18n/resources/register-labels';
import type { Ctx } from '../context';
import { answerAfterCommit, readInBatches } from '../db/batches';
import { exportTable } from '../export/tabular';
import { exportText, headed } from '../export/words';
import { type NamedAgreementRow, type TransferRow, transfersAndDeclaredFor } from './repository';
import { countAgreements, exportPageOfAgreements } from './list-repository';
import { missingClauseKeysFor, subprocessorNamesFor } from './register-repository';
import { refreshTransferFlags } from './flags';
import { summariesOf } from './reads';
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
      problems: transferProblemPhrases(processingCountries(row, ownDeclared), own.map(transferFacts), today),
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

/** "Cloudy Inc., United States: SCC module 2, TIA done": a transfer as the export lists it. */
function transferLine(transfer: TransferRow): Phrase {
  const short = phrase(`transferBasisShort:${transfer.basis as TransferBasis}`);
  return phrase(transfer.tia_done ? 'coreRegisters:transferLineTia' : 'coreRegisters:transferLine', {
    importer: transfer.importer,
    country: { country: transfer.country },
    basis: transfer.scc_module
      ? phrase('coreRegisters:basisModule', { basis: short, module: transfer.scc_module })
      : short,
  });
}

/** What became of the data when the agreement ended, and whether that was confirmed. */
function dataAtEnd(row: NamedAgreementRow): Phrase | null {
  if (!row.end_of_processing) return null;
  const end = phrase(`endOfProcessing:${row.end_of_processing as EndOfProcessing}`);
  return row.end_confirmed_on
    ? phrase('coreRegisters:endConfirmed', { end, date: { date: row.end_confirmed_on } })
    : phrase('coreRegisters:endNotConfirmed', { end });
}

function agreementsFile(
  format: ExportFormat,
  today: CalendarDate,
  language: Language,
  records: ExportRecord[],
): Promise<FileDownload> {
  const t = exportText(language);
  const words = (text: Phrase) => say(language, text);
  const country = (code: string) => countryIn(language, code);
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
        value: ({ summary: { checklist } }) =>
          words(
            phrase('coreRegisters:checklistSummary', {
              percent: checklist.percent,
              present: checklist.present,
              notApplicable: checklist.notApplicable,
              missing: checklist.missing,
              unchecked: checklist.unchecked,
            }),
          ),
        width: 34,
      },
      { key: 'agreementMissing', value: ({ missing: items }) => items.join('; '), width: 48 },
      { key: 'agreementDataTypes', value: ({ row }) => parseList(row.data_types_json).join(', '), width: 36 },
      {
        key: 'agreementSpecial',
        value: ({ summary }) =>
          summary.specialCategories.map((category) => specialCategory[language][category]).join(', '),
        width: 24,
      },
      {
        key: 'agreementSubjects',
        value: ({ row }) => parseList(row.data_subjects_json).join(', '),
        width: 30,
      },
      {
        key: 'agreementLocations',
        value: ({ row }) => parseList(row.locations_json).map(country).join(', '),
        width: 28,
      },
      {
        key: 'agreementTransfers',
        value: ({ transfers: own }) => own.map((transfer) => words(transferLine(transfer))).join('; '),
        width: 48,
      },
      { key: 'agreementTransferFlag', value: ({ summary }) => summary.transferFlag },
      { key: 'agreementTransferProblems', value: ({ problems }) => problems.map(words).join(' '), width: 48 },
      {
        key: 'agreementSubprocessors',
        value: ({ subprocessors: names }) => names.join(', '),
        width: 36,
      },
      {
        key: 'agreementDeclared',
        value: ({ declared: own }) =>
          own.map((entry) => `${entry.name} (${country(entry.country)})`).join(', '),
        width: 36,
      },
      {
        key: 'agreementBreachNotice',
        value: ({ row }) => row.breach_notice_hours ?? words(phrase('coreRegisters:withoutUndueDelay')),
      },
      {
        key: 'agreementSecurity',
        value: ({ row }) =>
          row.security_result
            ? `${norwegianDate(row.security_assessed_on)}: ${words(phrase(`securityResult:${row.security_result as SecurityResult}`))}`
            : null,
        width: 36,
      },
      { key: 'agreementTerminated', value: ({ row }) => norwegianDate(row.terminated_on) },
      {
        key: 'agreementDataAtEnd',
        value: ({ row }) => {
          const text = dataAtEnd(row);
          return text && words(text);
        },
        width: 36,
      },
    ]),
    records,
  );
}
