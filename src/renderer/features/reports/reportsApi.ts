import type { ChannelInput, ChannelOutput } from '../../../shared/contract';
import { api, invokeChannel } from '../../app/api';

export const reportsApi = api.injectEndpoints({
  endpoints: (build) => ({
    annualReport: build.mutation<ChannelOutput<'reports.annual'>, ChannelInput<'reports.annual'>>({
      queryFn: invokeChannel('reports.annual'),
      invalidatesTags: ['Audit'],
    }),
  }),
});

export const { useAnnualReportMutation } = reportsApi;
