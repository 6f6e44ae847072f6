import type { ChannelInput, ChannelOutput } from '../../../shared/contract';
import { api, invokeChannel } from '../../app/api';

/** Deadlines move with the clock and with every feature's changes: the dashboard reads afresh on each visit. */
export const dashboardApi = api.injectEndpoints({
  endpoints: (build) => ({
    dashboardOverview: build.query<ChannelOutput<'dashboard.overview'>, ChannelInput<'dashboard.overview'>>({
      queryFn: invokeChannel('dashboard.overview'),
      providesTags: ['Dashboard'],
    }),
    dashboardCalendar: build.query<ChannelOutput<'dashboard.calendar'>, ChannelInput<'dashboard.calendar'>>({
      queryFn: invokeChannel('dashboard.calendar'),
      providesTags: ['Dashboard'],
    }),
    dashboardCharts: build.query<ChannelOutput<'dashboard.charts'>, ChannelInput<'dashboard.charts'>>({
      queryFn: invokeChannel('dashboard.charts'),
      providesTags: ['Dashboard'],
    }),
    exportDashboard: build.mutation<ChannelOutput<'dashboard.export'>, ChannelInput<'dashboard.export'>>({
      queryFn: invokeChannel('dashboard.export'),
      invalidatesTags: ['Audit'],
    }),
  }),
});

export const {
  useDashboardOverviewQuery,
  useDashboardCalendarQuery,
  useDashboardChartsQuery,
  useExportDashboardMutation,
} = dashboardApi;
