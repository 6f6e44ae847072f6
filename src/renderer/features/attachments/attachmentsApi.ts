import type { ChannelInput, ChannelOutput } from '../../../shared/contract';
import { api, invokeChannel } from '../../app/api';

const ownerTag = (input: { ownerType: string; ownerId: number }) => ({
  type: 'Attachment' as const,
  id: `${input.ownerType}:${input.ownerId}`,
});

export const attachmentsApi = api.injectEndpoints({
  endpoints: (build) => ({
    attachments: build.query<ChannelOutput<'attachments.list'>, ChannelInput<'attachments.list'>>({
      queryFn: invokeChannel('attachments.list'),
      providesTags: (_result, _error, input) => [ownerTag(input)],
    }),
    addAttachment: build.mutation<ChannelOutput<'attachments.add'>, ChannelInput<'attachments.add'>>({
      queryFn: invokeChannel('attachments.add'),
      invalidatesTags: (_result, _error, input) => [ownerTag(input), 'Audit'],
    }),
    removeAttachment: build.mutation<
      ChannelOutput<'attachments.remove'>,
      ChannelInput<'attachments.remove'> & { ownerType: string; ownerId: number }
    >({
      queryFn: ({ id, reason }, baseApi) => invokeChannel('attachments.remove')({ id, reason }, baseApi),
      invalidatesTags: (_result, _error, input) => [ownerTag(input), 'Audit'],
    }),
    restoreAttachment: build.mutation<
      ChannelOutput<'attachments.restore'>,
      ChannelInput<'attachments.restore'> & { ownerType: string; ownerId: number }
    >({
      queryFn: ({ id }, baseApi) => invokeChannel('attachments.restore')({ id }, baseApi),
      invalidatesTags: (_result, _error, input) => [ownerTag(input), 'Audit'],
    }),
  }),
});

export const {
  useAttachmentsQuery,
  useAddAttachmentMutation,
  useRemoveAttachmentMutation,
  useRestoreAttachmentMutation,
} = attachmentsApi;
