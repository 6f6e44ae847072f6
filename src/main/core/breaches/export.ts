import { clockLine } from '../../../shared/breaches/clock-text';
import type { BreachFilter, BreachSummary } from '../../../shared/breaches/contract';
import { type BreachCapacity, type BreachState, hasControllerDuty } from '../../../shared/breaches/rules';
import type { ExportFormat, FileDownload } from '../../../shared/files';
import type { Language } from '../../../shared/i18n/languages';
import { formatOslo, osloDate } from '../../../shared/oslo';
import { isoNow } from '../clock';
import type { Ctx } from '../context';
import { answerAfterCommit, readInBatches } from '../db/batches';
import { ruleViolation } from '../errors';
import { exportTable } from '../export/tabular';
import { exportText, headed } from '../export/words';
import { type BreachRow, exportPageOfBreaches, filteredBreaches } from './repository';
import { queryFilter, summariesOf } from './service';

/** The most rows one export writes. */
export const breachExportLimit = 50_000;

type Line = BreachSummary & { row: BreachRow };

/**
 * The register under the current filter as CSV or XLSX in `language`; the export is audited with
 * its filter. The rows are read in pages after the call committed (`db/batches.ts`).
 */
export async function exportBreaches(
  ctx: Ctx,
  format: ExportFormat,
  filter: BreachFilter,
  language: Language,
): Promise<FileDownload> {
  const now = isoNow(ctx.clock);
  const query = queryFilter(filter);
  const [{ n }] = await filteredBreaches(ctx.db, query, now).count({ n: '*' });
  if (Number(n) > breachExportLimit)
    throw ruleViolation(
      `The filter matches more than ${breachExportLimit} breaches; narrow it to export them.`,
    );
  await ctx.audit({ action: 'export', entityType: 'breach', after: { format, filter, rows: Number(n) } });
  return answerAfterCommit(async ({ db, reader }) => {
    const lines = await readInBatches<Line>(async (after, limit) => {
      const rows = await exportPageOfBreaches(db, query, now, after?.row ?? null, limit);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return (await summariesOf(reader, rows)).map((summary) => ({
        ...summary,
        row: byId.get(summary.id) as BreachRow,
      }));
    });
    return breachesFile(format, now, language, lines);
  });
}

const stateKey = {
  reported: 'breachStateReported',
  assessed: 'breachStateAssessed',
  closed: 'breachStateClosed',
} as const satisfies Record<BreachState, string>;
const capacityKey = {
  controller: 'breachCapacityController',
  processor: 'breachCapacityProcessor',
  both: 'breachCapacityBoth',
} as const satisfies Record<BreachCapacity, string>;
const riskKey = {
  none: 'riskNone',
  risk: 'riskRisk',
  high: 'riskHigh',
  unassessed: 'riskUnassessed',
} as const;

function breachesFile(
  format: ExportFormat,
  now: string,
  language: Language,
  lines: Line[],
): Promise<FileDownload> {
  const t = exportText(language);
  const subjectsText = (line: Line) => {
    if (!hasControllerDuty(line.capacity)) return t('customersDecide');
    if (line.row.subjects_told_at) return t('toldAt', { time: formatOslo(line.row.subjects_told_at) });
    if (line.row.subjects_exception) return t('exceptionOf', { exception: line.row.subjects_exception });
    return line.risk === 'high' ? t('notYetTold') : t('notRequired');
  };
  return exportTable(
    format,
    { baseName: `breaches-${osloDate(now)}`, sheet: t('sheetBreaches'), language },
    headed<Line>(language, [
      { key: 'breachNumber', value: (line) => line.number, width: 14 },
      { key: 'breachTitle', value: (line) => line.title, width: 40 },
      { key: 'breachState', value: (line) => t(stateKey[line.state]), width: 26 },
      { key: 'breachCapacity', value: (line) => t(capacityKey[line.capacity]) },
      { key: 'breachCustomers', value: (line) => line.customerNames.join(', '), width: 30 },
      { key: 'breachAware', value: (line) => formatOslo(line.awareAt), width: 17 },
      { key: 'breachFrom', value: (line) => formatOslo(line.row.occurred_from), width: 17 },
      { key: 'breachUntil', value: (line) => formatOslo(line.row.occurred_to), width: 17 },
      { key: 'breachRisk', value: (line) => t(riskKey[line.risk ?? 'unassessed']) },
      { key: 'breachSpecial', value: (line) => line.specialCategories },
      { key: 'breachPeople', value: (line) => line.row.subjects_approx },
      { key: 'breachRecords', value: (line) => line.row.records_approx },
      {
        key: 'breachClocks',
        value: (line) => line.clocks.map((clock) => clockLine(clock, now, language)).join('; '),
        width: 60,
      },
      {
        key: 'breachNotified',
        value: (line) => (hasControllerDuty(line.capacity) ? line.notifiedAuthority : null),
      },
      { key: 'breachPeopleAffected', value: subjectsText, width: 28 },
      { key: 'breachAssessedBy', value: (line) => line.row.assessed_by_name, width: 20 },
      { key: 'breachClosed', value: (line) => formatOslo(line.row.closed_at), width: 17 },
    ]),
    lines,
  );
}
