import { api, channelMutation } from '../../app/api';

export const reportsApi = api.injectEndpoints({
  endpoints: (build) => ({
    annualReport: channelMutation(build, 'reports.annual'),
  }),
});

export const { useAnnualReportMutation } = reportsApi;
