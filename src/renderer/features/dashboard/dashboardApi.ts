import { api, channelMutation, channelQuery } from '../../app/api';

/** Deadlines move with the clock and with every feature's changes: the dashboard reads afresh on each visit. */
export const dashboardApi = api.injectEndpoints({
  endpoints: (build) => ({
    dashboardOverview: channelQuery(build, 'dashboard.overview', ['Dashboard']),
    dashboardCalendar: channelQuery(build, 'dashboard.calendar', ['Dashboard']),
    dashboardCharts: channelQuery(build, 'dashboard.charts', ['Dashboard']),
    exportDashboard: channelMutation(build, 'dashboard.export'),
  }),
});

export const {
  useDashboardOverviewQuery,
  useDashboardCalendarQuery,
  useDashboardChartsQuery,
  useExportDashboardMutation,
} = dashboardApi;
