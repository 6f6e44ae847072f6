import { norwegianDate } from '../../../shared/calendar';
import type { CaseSummary } from '../../../shared/cases/contract';
import type { Capacity, Priority } from '../../../shared/cases/rules';
import type { ExportFormat, FileDownload } from '../../../shared/files';
import type { Language } from '../../../shared/i18n/languages';
import { caseChannel, outcome, requestType } from '../../../shared/i18n/resources/labels';
import type { Ctx } from '../context';
import { answerAfterCommit, makeInBatches } from '../db/batches';
import { exportTable } from '../export/tabular';
import { exportText, headed } from '../export/words';
import { readSettings } from '../settings/service';
import { refreshRunningPauses } from './clock';
import { type CaseFilter, filteredCases } from './list-repository';
import { exportPageOfCases, type NamedCaseRow } from './repository';
import { todayOf } from './support';
import { toSummary } from './view';

/** The filtered list as CSV or XLSX in `language`, for reporting; the export itself is audited. */
export async function exportCases(
  ctx: Ctx,
  format: ExportFormat,
  filter: CaseFilter,
  language: Language,
): Promise<FileDownload> {
  await refreshRunningPauses(ctx);
  const settings = await readSettings(ctx.db);
  const today = todayOf(ctx);
  const [{ total }] = await filteredCases(ctx.db, filter, today, settings.dueSoonDays).count({ total: '*' });
  await ctx.audit({ action: 'export', entityType: 'case', after: { format, filter, rows: Number(total) } });
  // The rows are read page by page once this call has committed, never holding the connection.
  return answerAfterCommit(async ({ db }) => {
    const summaries = await makeInBatches<NamedCaseRow, CaseSummary>(
      (after, limit) => exportPageOfCases(db, filter, today, settings.dueSoonDays, after, limit),
      (rows) => rows.map((row) => toSummary(row, settings, today)),
      // A case's summary (its deadline, clock and words) takes about 0.1 ms: pages of 250 keep each
      // turn of the export near 25 ms, so a list asked beside it waits little.
      casePageSize,
    );
    return casesFile(format, today, language, summaries);
  });
}

const casePageSize = 250;

const capacityKey: Record<Capacity, 'capacityController' | 'capacityProcessor'> = {
  controller: 'capacityController',
  processor: 'capacityProcessor',
};
const priorityKey = {
  low: 'priorityLow',
  normal: 'priorityNormal',
  high: 'priorityHigh',
  urgent: 'priorityUrgent',
} as const satisfies Record<Priority, string>;

/** The first column is the case number. Open cases' statuses are the list's codes, as filtered by. */
function casesFile(
  format: ExportFormat,
  today: string,
  language: Language,
  summaries: CaseSummary[],
): Promise<FileDownload> {
  const t = exportText(language);
  return exportTable(
    format,
    { baseName: `cases-${today}`, sheet: t('sheetCases'), language },
    headed<CaseSummary>(language, [
      { key: 'caseNumber', value: (row) => row.number, width: 12 },
      { key: 'casePerson', value: (row) => row.personName, width: 28 },
      {
        key: 'caseRequest',
        value: (row) => row.types.map((type) => requestType[language][type]).join(', '),
        width: 30,
      },
      { key: 'caseCapacity', value: (row) => t(capacityKey[row.capacity]), width: 30 },
      { key: 'caseCustomer', value: (row) => row.customerName, width: 28 },
      { key: 'caseChannel', value: (row) => caseChannel[language][row.channel] },
      { key: 'caseReceived', value: (row) => norwegianDate(row.receivedDate) },
      { key: 'caseDue', value: (row) => norwegianDate(row.dueDate) },
      { key: 'caseDaysLeft', value: (row) => (row.state === 'open' ? row.daysLeft : null) },
      { key: 'caseExtended', value: (row) => row.extended },
      {
        key: 'caseStatus',
        value: (row) => (row.state === 'open' ? row.statuses.join(', ') || t('caseOpen') : t('caseClosed')),
        width: 28,
      },
      {
        key: 'caseOutcome',
        value: (row) => (row.outcome ? outcome[language][row.outcome] : null),
        width: 20,
      },
      { key: 'caseClosedLate', value: (row) => (row.state === 'closed' ? row.closedLate : null) },
      { key: 'caseHandler', value: (row) => row.handler?.name, width: 20 },
      { key: 'casePriority', value: (row) => t(priorityKey[row.priority]) },
    ]),
    summaries,
  );
}
