import { api, channelMutation, channelQuery } from '../../app/api';

export const auditApi = api.injectEndpoints({
  endpoints: (build) => ({
    auditEntries: channelQuery(build, 'audit.list', ['Audit']),
    auditFacets: channelQuery(build, 'audit.facets', ['Audit']),
    verifyAudit: channelMutation(build, 'audit.verify'),
    saveAuditKeyFile: channelMutation(build, 'audit.saveKeyFile'),
  }),
});

export const {
  useAuditEntriesQuery,
  useAuditFacetsQuery,
  useVerifyAuditMutation,
  useSaveAuditKeyFileMutation,
} = auditApi;
