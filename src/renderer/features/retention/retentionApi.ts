import type { ChannelInput, ChannelOutput } from '../../../shared/contract';
import { api, invokeChannel } from '../../app/api';

export const retentionApi = api.enhanceEndpoints({ addTagTypes: ['Retention'] }).injectEndpoints({
  endpoints: (build) => ({
    retentionPreview: build.query<ChannelOutput<'retention.preview'>, ChannelInput<'retention.preview'>>({
      queryFn: invokeChannel('retention.preview'),
      providesTags: ['Retention'],
    }),
    purgeRetention: build.mutation<ChannelOutput<'retention.purge'>, ChannelInput<'retention.purge'>>({
      queryFn: invokeChannel('retention.purge'),
      invalidatesTags: ['Retention', 'Audit', 'Inquiry', 'Attachment'],
    }),
  }),
});

export const { useRetentionPreviewQuery, usePurgeRetentionMutation } = retentionApi;
