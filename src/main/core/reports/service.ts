import { osloDate } from '../../../shared/oslo';
import type { FileDownload } from '../../../shared/files';
import type { Language } from '../../../shared/i18n/languages';
import type { Ctx } from '../context';
import { invalidField } from '../errors';
import { annualReport } from './annual-report';

/** A report for a year that has begun: this year's covers 1 January to today. */
export async function annualReportForYear(
  ctx: Ctx,
  year: number,
  language: Language = 'en',
): Promise<FileDownload> {
  const thisYear = Number(osloDate(ctx.clock.now()).slice(0, 4));
  if (year > thisYear) throw invalidField('year', `${year} has not begun yet: choose ${thisYear} or earlier`);
  return annualReport(ctx, year, language);
}
