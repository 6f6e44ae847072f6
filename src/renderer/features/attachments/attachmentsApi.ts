import type { ChannelInput, ChannelOutput } from '../../../shared/contract';
import { api, channelMutation, channelQuery, invokeChannel } from '../../app/api';

const ownerTag = (input: { ownerType: string; ownerId: number }) => ({
  type: 'Attachment' as const,
  id: `${input.ownerType}:${input.ownerId}`,
});

/** Removing and restoring name the owner too (not sent), so its list is fetched again. */
type OnOwner<C extends 'attachments.remove' | 'attachments.restore'> = ChannelInput<C> & {
  ownerType: string;
  ownerId: number;
};

export const attachmentsApi = api.injectEndpoints({
  endpoints: (build) => ({
    attachments: channelQuery(build, 'attachments.list', (_result, _error, input) => [ownerTag(input)]),
    addAttachment: channelMutation(build, 'attachments.add', (_result, _error, input) => [
      ownerTag(input),
      'Audit',
    ]),
    removeAttachment: build.mutation<ChannelOutput<'attachments.remove'>, OnOwner<'attachments.remove'>>({
      queryFn: ({ id, reason }, baseApi) => invokeChannel('attachments.remove')({ id, reason }, baseApi),
      invalidatesTags: (_result, _error, input) => [ownerTag(input), 'Audit'],
    }),
    restoreAttachment: build.mutation<ChannelOutput<'attachments.restore'>, OnOwner<'attachments.restore'>>({
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
