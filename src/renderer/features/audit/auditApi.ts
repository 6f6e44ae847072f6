import type { ChannelInput, ChannelOutput } from '../../../shared/contract';
import { api, invokeChannel } from '../../app/api';

export const auditApi = api.injectEndpoints({
  endpoints: (build) => ({
    auditEntries: build.query<ChannelOutput<'audit.list'>, ChannelInput<'audit.list'>>({
      queryFn: invokeChannel('audit.list'),
      providesTags: ['Audit'],
    }),
    auditFacets: build.query<ChannelOutput<'audit.facets'>, ChannelInput<'audit.facets'>>({
      queryFn: invokeChannel('audit.facets'),
      providesTags: ['Audit'],
    }),
    verifyAudit: build.mutation<ChannelOutput<'audit.verify'>, ChannelInput<'audit.verify'>>({
      queryFn: invokeChannel('audit.verify'),
      invalidatesTags: ['Audit'],
    }),
    saveAuditKeyFile: build.mutation<ChannelOutput<'audit.saveKeyFile'>, ChannelInput<'audit.saveKeyFile'>>({
      queryFn: invokeChannel('audit.saveKeyFile'),
      invalidatesTags: ['Audit'],
    }),
  }),
});

export const {
  useAuditEntriesQuery,
  useAuditFacetsQuery,
  useSaveAuditKeyFileMutation,
  useVerifyAuditMutation,
} = auditApi;
