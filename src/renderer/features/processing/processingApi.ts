import type { ChannelInput, ChannelOutput } from '../../../shared/contract';
import { api, invokeChannel } from '../../app/api';

export const processingApi = api.injectEndpoints({
  endpoints: (build) => ({
    processingActivities: build.query<ChannelOutput<'processing.list'>, ChannelInput<'processing.list'>>({
      queryFn: invokeChannel('processing.list'),
      providesTags: ['Processing'],
    }),
    processingActivity: build.query<ChannelOutput<'processing.get'>, ChannelInput<'processing.get'>>({
      queryFn: invokeChannel('processing.get'),
      providesTags: ['Processing'],
    }),
    processingHistory: build.query<ChannelOutput<'processing.history'>, ChannelInput<'processing.history'>>({
      queryFn: invokeChannel('processing.history'),
      providesTags: ['Processing', 'Audit'],
    }),
    createActivity: build.mutation<ChannelOutput<'processing.create'>, ChannelInput<'processing.create'>>({
      queryFn: invokeChannel('processing.create'),
      invalidatesTags: ['Processing', 'Audit'],
    }),
    createActivityFromAgreement: build.mutation<
      ChannelOutput<'processing.createFromAgreement'>,
      ChannelInput<'processing.createFromAgreement'>
    >({
      queryFn: invokeChannel('processing.createFromAgreement'),
      invalidatesTags: ['Processing', 'Audit'],
    }),
    updateActivity: build.mutation<ChannelOutput<'processing.update'>, ChannelInput<'processing.update'>>({
      queryFn: invokeChannel('processing.update'),
      invalidatesTags: ['Processing', 'Audit'],
    }),
    archiveActivity: build.mutation<ChannelOutput<'processing.archive'>, ChannelInput<'processing.archive'>>({
      queryFn: invokeChannel('processing.archive'),
      invalidatesTags: ['Processing', 'Audit'],
    }),
    restoreActivity: build.mutation<ChannelOutput<'processing.restore'>, ChannelInput<'processing.restore'>>({
      queryFn: invokeChannel('processing.restore'),
      invalidatesTags: ['Processing', 'Audit'],
    }),
    exportProcessing: build.mutation<ChannelOutput<'processing.export'>, ChannelInput<'processing.export'>>({
      queryFn: invokeChannel('processing.export'),
      invalidatesTags: ['Audit'],
    }),
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
