import { clockLine } from '../../../shared/breaches/clock-text';
import type { BreachFilter, BreachSummary } from '../../../shared/breaches/contract';
import { breachStateLabels, hasControllerDuty, riskShortLabels } from '../../../shared/breaches/rules';
import { formatOslo, osloDate } from '../../../shared/oslo';
import type { ExportFormat, FileDownload } from '../../../shared/files';
import { isoNow } from '../clock';
import type { Ctx } from '../context';
import { ruleViolation } from '../errors';
import { exportTable } from '../export/tabular';
import { type BreachRow, filteredBreaches } from './repository';
import { queryFilter, summariesOf } from './service';

/** The most rows one export writes. */
export const breachExportLimit = 50_000;

/** The register under the current filter as CSV or XLSX; the export is audited with its filter. */
export async function exportBreaches(
  ctx: Ctx,
  format: ExportFormat,
  filter: BreachFilter,
): Promise<FileDownload> {
  const now = isoNow(ctx.clock);
  const query = queryFilter(filter);
  const [{ n }] = await filteredBreaches(ctx.db, query, now).count({ n: '*' });
  if (Number(n) > breachExportLimit)
    throw ruleViolation(
      `The filter matches more than ${breachExportLimit} breaches; narrow it to export them.`,
    );
  const rows: BreachRow[] = await filteredBreaches(ctx.db, query, now)
    .select('breaches.*')
    .orderBy('breaches.aware_at', 'desc')
    .orderBy('breaches.id', 'desc');
  const summaries = await summariesOf(ctx, rows);
  const byId = new Map(rows.map((row) => [row.id, row]));
  await ctx.audit({ action: 'export', entityType: 'breach', after: { format, filter, rows: rows.length } });
  type Line = BreachSummary & { row: BreachRow };
  const lines: Line[] = summaries.map((summary) => ({ ...summary, row: byId.get(summary.id) as BreachRow }));
  const subjectsText = (line: Line) => {
    if (!hasControllerDuty(line.capacity)) return 'The customers decide';
    if (line.row.subjects_told_at) return `Told ${formatOslo(line.row.subjects_told_at)}`;
    if (line.row.subjects_exception) return `Exception of Art. 34(3): ${line.row.subjects_exception}`;
    return line.risk === 'high' ? 'Not yet told' : 'Not required';
  };
  return exportTable(
    format,
    `breaches-${osloDate(now)}`,
    [
      { header: 'Breach', value: (line) => line.number, width: 14 },
      { header: 'Title', value: (line) => line.title, width: 40 },
      { header: 'State', value: (line) => breachStateLabels[line.state], width: 26 },
      {
        header: 'Capacity',
        value: (line) =>
          ({ controller: 'Controller', processor: 'Processor', both: 'Controller and processor' })[
            line.capacity
          ],
      },
      { header: 'Customers', value: (line) => line.customerNames.join(', '), width: 30 },
      { header: 'Became aware', value: (line) => formatOslo(line.awareAt), width: 17 },
      { header: 'Happened from', value: (line) => formatOslo(line.row.occurred_from), width: 17 },
      { header: 'Happened until', value: (line) => formatOslo(line.row.occurred_to), width: 17 },
      { header: 'Risk', value: (line) => riskShortLabels[line.risk ?? 'unassessed'] },
      { header: 'Special categories', value: (line) => line.specialCategories },
      { header: 'People (approx.)', value: (line) => line.row.subjects_approx },
      { header: 'Records (approx.)', value: (line) => line.row.records_approx },
      {
        header: 'Clocks',
        value: (line) => line.clocks.map((clock) => clockLine(clock, now)).join('; '),
        width: 60,
      },
      {
        header: 'Datatilsynet notified',
        value: (line) => (hasControllerDuty(line.capacity) ? line.notifiedAuthority : null),
      },
      { header: 'People affected', value: subjectsText, width: 28 },
      { header: 'Assessed by', value: (line) => line.row.assessed_by_name, width: 20 },
      { header: 'Closed', value: (line) => formatOslo(line.row.closed_at), width: 17 },
    ],
    lines,
  );
}
