import { calendarDate } from '../../../shared/calendar';
import { osloDate } from '../../../shared/oslo';
import type { FileDownload } from '../../../shared/files';
import type { Language } from '../../../shared/i18n/languages';
import { refreshTransferFlags } from '../agreements/flags';
import type { Ctx } from '../context';
import { answerAfterCommit } from '../db/batches';
import { invalidField } from '../errors';
import { annualReport } from './annual-report';

/**
 * A report for a year that has begun: this year's covers 1 January to today. The call brings the
 * day's transfer flags up to date and audits the report; its figures are read after it committed,
 * each query its own statement (`db/batches.ts`).
 */
export async function annualReportForYear(
  ctx: Ctx,
  year: number,
  language: Language = 'en',
): Promise<FileDownload> {
  const today = osloDate(ctx.clock.now());
  const thisYear = Number(today.slice(0, 4));
  if (year > thisYear) throw invalidField('year', `${year} has not begun yet: choose ${thisYear} or earlier`);
  const end = calendarDate(year, 12, 31);
  await refreshTransferFlags(ctx.db, today);
  await ctx.audit({
    action: 'report',
    entityType: 'annual-report',
    entityId: year,
    after: { year, language, through: today < end ? today : end },
  });
  return answerAfterCommit(({ reader }) => annualReport(reader, year, language));
}
