import type { reportsChannels } from '../../../shared/reports/contract';
import type { Handlers } from '../handler';
import { annualReportForYear } from './service';

export const reportsHandlers: Handlers<keyof typeof reportsChannels> = {
  'reports.annual': (input, ctx) => annualReportForYear(ctx, input.year, input.language),
};
