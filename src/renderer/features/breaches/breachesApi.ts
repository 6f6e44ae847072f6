import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/contract';
import { api, invokeChannel } from '../../app/api';

/** Commands on one breach: each answers with the breach as it now stands, which replaces the cached copy. */
type BreachCommand =
  | 'breaches.update'
  | 'breaches.changeAwareness'
  | 'breaches.assess'
  | 'breaches.notifyAuthority'
  | 'breaches.notifyCustomer'
  | 'breaches.recordSubjectsTold'
  | 'breaches.recordSubjectsException'
  | 'breaches.linkInquiry'
  | 'breaches.addNote'
  | 'breaches.close';

export const breachesApi = api.injectEndpoints({
  endpoints: (build) => {
    // Re-reading the breach after a change would audit a second read; the command's answer is used instead.
    const breachCommand = <C extends BreachCommand>(channel: C) =>
      build.mutation<ChannelOutput<C>, ChannelInput<C>>({
        queryFn: invokeChannel(channel as Channel) as never,
        invalidatesTags: (_result, _error, input) => [
          'BreachList',
          'Audit',
          'InquiryList',
          { type: 'Breach', id: (input as { id: number }).id },
        ],
        async onQueryStarted(input, { dispatch, queryFulfilled }) {
          try {
            const { data } = await queryFulfilled;
            dispatch(
              breachesApi.util.upsertQueryData(
                'breach',
                { id: (input as { id: number }).id },
                data as ChannelOutput<'breaches.get'>,
              ),
            );
          } catch {
            // The caller shows the error.
          }
        },
      });
    return {
      breaches: build.query<ChannelOutput<'breaches.list'>, ChannelInput<'breaches.list'>>({
        queryFn: invokeChannel('breaches.list'),
        providesTags: ['BreachList'],
      }),
      breachCounts: build.query<ChannelOutput<'breaches.counts'>, ChannelInput<'breaches.counts'>>({
        queryFn: invokeChannel('breaches.counts'),
        providesTags: ['BreachList'],
      }),
      breachNow: build.query<ChannelOutput<'breaches.now'>, ChannelInput<'breaches.now'>>({
        queryFn: invokeChannel('breaches.now'),
      }),
      breach: build.query<ChannelOutput<'breaches.get'>, ChannelInput<'breaches.get'>>({
        queryFn: invokeChannel('breaches.get'),
      }),
      breachHistory: build.query<ChannelOutput<'breaches.history'>, ChannelInput<'breaches.history'>>({
        queryFn: invokeChannel('breaches.history'),
        providesTags: (_result, _error, input) => [{ type: 'Breach', id: input.id }],
      }),
      createBreach: build.mutation<ChannelOutput<'breaches.create'>, ChannelInput<'breaches.create'>>({
        queryFn: invokeChannel('breaches.create'),
        invalidatesTags: ['BreachList', 'Audit'],
      }),
      reportBreach: build.mutation<
        ChannelOutput<'breaches.reportFromInquiry'>,
        ChannelInput<'breaches.reportFromInquiry'>
      >({
        queryFn: invokeChannel('breaches.reportFromInquiry'),
        invalidatesTags: ['BreachList', 'InquiryList', 'Audit'],
      }),
      exportBreaches: build.mutation<ChannelOutput<'breaches.export'>, ChannelInput<'breaches.export'>>({
        queryFn: invokeChannel('breaches.export'),
        invalidatesTags: ['Audit'],
      }),
      updateBreach: breachCommand('breaches.update'),
      changeAwareness: breachCommand('breaches.changeAwareness'),
      assessBreach: breachCommand('breaches.assess'),
      notifyAuthority: breachCommand('breaches.notifyAuthority'),
      notifyCustomer: breachCommand('breaches.notifyCustomer'),
      recordSubjectsTold: breachCommand('breaches.recordSubjectsTold'),
      recordSubjectsException: breachCommand('breaches.recordSubjectsException'),
      linkBreachInquiry: breachCommand('breaches.linkInquiry'),
      addBreachNote: breachCommand('breaches.addNote'),
      closeBreach: breachCommand('breaches.close'),
    };
  },
});

export const {
  useBreachesQuery,
  useBreachCountsQuery,
  useBreachNowQuery,
  useBreachQuery,
  useBreachHistoryQuery,
  useCreateBreachMutation,
  useReportBreachMutation,
  useExportBreachesMutation,
  useUpdateBreachMutation,
  useChangeAwarenessMutation,
  useAssessBreachMutation,
  useNotifyAuthorityMutation,
  useNotifyCustomerMutation,
  useRecordSubjectsToldMutation,
  useRecordSubjectsExceptionMutation,
  useLinkBreachInquiryMutation,
  useAddBreachNoteMutation,
  useCloseBreachMutation,
} = breachesApi;
