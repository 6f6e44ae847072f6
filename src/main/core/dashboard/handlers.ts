import { osloDate } from '../../../shared/oslo';
import type { dashboardChannels } from '../../../shared/dashboard/contract';
import { exportLanguage } from '../export/words';
import type { Handlers } from '../handler';
import { dashboardCalendar, dashboardCharts, dashboardOverview, exportDashboard } from './service';

export const dashboardHandlers: Handlers<keyof typeof dashboardChannels> = {
  'dashboard.overview': (_input, ctx) => dashboardOverview(ctx),
  'dashboard.calendar': (input, ctx) =>
    dashboardCalendar(ctx, input.month ?? osloDate(ctx.clock.now()).slice(0, 7)),
  'dashboard.charts': (input, ctx) => dashboardCharts(ctx, input.months),
  'dashboard.export': (input, ctx) =>
    exportDashboard(ctx, input.urgency, input.format, exportLanguage(ctx.actor), input.group),
};
