import type { ChannelInput, ChannelOutput } from '../../../shared/contract';
import { api, invokeChannel } from '../../app/api';

type Mutation<C extends Parameters<typeof invokeChannel>[0]> = [ChannelOutput<C>, ChannelInput<C>];

export const inquiriesApi = api.injectEndpoints({
  endpoints: (build) => {
    const change = <
      C extends 'inquiries.update' | 'inquiries.close' | 'inquiries.reopen' | 'inquiries.restore',
    >(
      channel: C,
    ) =>
      build.mutation<Mutation<C>[0], Mutation<C>[1]>({
        queryFn: invokeChannel(channel) as never,
        // The command answers with the inquiry as it now stands; re-reading it would audit a second read.
        invalidatesTags: ['InquiryList', 'Audit'],
        async onQueryStarted(input, { dispatch, queryFulfilled }) {
          try {
            const { data } = await queryFulfilled;
            dispatch(
              inquiriesApi.util.upsertQueryData(
                'inquiry',
                { id: (input as { id: number }).id },
                data as ChannelOutput<'inquiries.get'>,
              ),
            );
            dispatch(
              inquiriesApi.util.invalidateTags([{ type: 'Inquiry', id: (input as { id: number }).id }]),
            );
          } catch {
            // The caller shows the error.
          }
        },
      });
    return {
      inquiries: build.query<ChannelOutput<'inquiries.list'>, ChannelInput<'inquiries.list'>>({
        queryFn: invokeChannel('inquiries.list'),
        providesTags: ['InquiryList'],
      }),
      inquiryDefaults: build.query<ChannelOutput<'inquiries.defaults'>, ChannelInput<'inquiries.defaults'>>({
        queryFn: invokeChannel('inquiries.defaults'),
      }),
      inquiry: build.query<ChannelOutput<'inquiries.get'>, ChannelInput<'inquiries.get'>>({
        queryFn: invokeChannel('inquiries.get'),
      }),
      inquiryHistory: build.query<ChannelOutput<'inquiries.history'>, ChannelInput<'inquiries.history'>>({
        queryFn: invokeChannel('inquiries.history'),
        providesTags: (_result, _error, input) => [{ type: 'Inquiry', id: input.id }],
      }),
      createInquiry: build.mutation<ChannelOutput<'inquiries.create'>, ChannelInput<'inquiries.create'>>({
        queryFn: invokeChannel('inquiries.create'),
        invalidatesTags: ['InquiryList', 'Audit'],
      }),
      updateInquiry: change('inquiries.update'),
      closeInquiry: change('inquiries.close'),
      reopenInquiry: change('inquiries.reopen'),
      restoreInquiry: change('inquiries.restore'),
      deleteInquiry: build.mutation<ChannelOutput<'inquiries.delete'>, ChannelInput<'inquiries.delete'>>({
        queryFn: invokeChannel('inquiries.delete'),
        invalidatesTags: ['InquiryList', 'Audit'],
      }),
      exportInquiries: build.mutation<ChannelOutput<'inquiries.export'>, ChannelInput<'inquiries.export'>>({
        queryFn: invokeChannel('inquiries.export'),
        invalidatesTags: ['Audit'],
      }),
    };
  },
});

export const {
  useInquiriesQuery,
  useInquiryDefaultsQuery,
  useInquiryQuery,
  useInquiryHistoryQuery,
  useCreateInquiryMutation,
  useUpdateInquiryMutation,
  useCloseInquiryMutation,
  useReopenInquiryMutation,
  useRestoreInquiryMutation,
  useDeleteInquiryMutation,
  useExportInquiriesMutation,
} = inquiriesApi;
