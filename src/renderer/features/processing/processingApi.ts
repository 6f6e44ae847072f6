import { api, channelMutation, channelQuery } from '../../app/api';

export const processingApi = api.injectEndpoints({
  endpoints: (build) => ({
    processingActivities: channelQuery(build, 'processing.list', ['Processing']),
    processingActivity: channelQuery(build, 'processing.get', ['Processing']),
    processingHistory: channelQuery(build, 'processing.history', ['Processing', 'Audit']),
    createActivity: channelMutation(build, 'processing.create', ['Processing', 'Audit']),
    createActivityFromAgreement: channelMutation(build, 'processing.createFromAgreement', [
      'Processing',
      'Audit',
    ]),
    updateActivity: channelMutation(build, 'processing.update', ['Processing', 'Audit']),
    archiveActivity: channelMutation(build, 'processing.archive', ['Processing', 'Audit']),
    restoreActivity: channelMutation(build, 'processing.restore', ['Processing', 'Audit']),
    exportProcessing: channelMutation(build, 'processing.export'),
  }),
});

export const {
  useProcessingActivitiesQuery,
  useProcessingActivityQuery,
  useProcessingHistoryQuery,
  useCreateActivityMutation,
  useCreateActivityFromAgreementMutation,
  useUpdateActivityMutation,
  useArchiveActivityMutation,
  useRestoreActivityMutation,
  useExportProcessingMutation,
} = processingApi;
