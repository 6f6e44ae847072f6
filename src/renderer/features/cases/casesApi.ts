import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/contract';
import { api, invokeChannel } from '../../app/api';

/** Commands on one case: each returns the case as it now stands, which replaces the cached copy. */
type CaseCommand =
  | 'cases.update'
  | 'cases.assign'
  | 'cases.changeReceivedDate'
  | 'cases.extend'
  | 'cases.tickVerificationItem'
  | 'cases.setVerificationDates'
  | 'cases.setClarificationDates'
  | 'cases.decideVerification'
  | 'cases.overrideVerification'
  | 'cases.checkRepresentativeAuthority'
  | 'cases.setTaskState'
  | 'cases.assignTask'
  | 'cases.commentTask'
  | 'cases.addTask'
  | 'cases.addRecipient'
  | 'cases.notifyRecipient'
  | 'cases.removeRecipient'
  | 'cases.recordForwarding'
  | 'cases.restrict'
  | 'cases.liftRestriction'
  | 'cases.close'
  | 'cases.addNote';

export const casesApi = api.injectEndpoints({
  endpoints: (build) => {
    // Re-reading the case after a change would audit a second read; the command's answer is used instead.
    const caseCommand = <C extends CaseCommand>(channel: C) =>
      build.mutation<ChannelOutput<C>, ChannelInput<C>>({
        queryFn: invokeChannel(channel as Channel) as never,
        invalidatesTags: ['CaseList', 'Audit'],
        async onQueryStarted(input, { dispatch, queryFulfilled }) {
          try {
            const { data } = await queryFulfilled;
            dispatch(
              casesApi.util.upsertQueryData(
                'case',
                { id: (input as { id: number }).id },
                data as ChannelOutput<'cases.get'>,
              ),
            );
          } catch {
            // The caller shows the error.
          }
        },
      });
    return {
      cases: build.query<ChannelOutput<'cases.list'>, ChannelInput<'cases.list'>>({
        queryFn: invokeChannel('cases.list'),
        providesTags: ['CaseList'],
      }),
      caseCounts: build.query<ChannelOutput<'cases.counts'>, ChannelInput<'cases.counts'>>({
        queryFn: invokeChannel('cases.counts'),
        providesTags: ['CaseList'],
      }),
      case: build.query<ChannelOutput<'cases.get'>, ChannelInput<'cases.get'>>({
        queryFn: invokeChannel('cases.get'),
        providesTags: (_result, _error, input) => [{ type: 'Case', id: input.id }],
      }),
      caseDuplicates: build.query<
        ChannelOutput<'cases.findDuplicates'>,
        ChannelInput<'cases.findDuplicates'>
      >({
        queryFn: invokeChannel('cases.findDuplicates'),
        providesTags: ['CaseList'],
      }),
      openCaseFromInquiry: build.mutation<
        ChannelOutput<'cases.openFromInquiry'>,
        ChannelInput<'cases.openFromInquiry'>
      >({
        queryFn: invokeChannel('cases.openFromInquiry'),
        invalidatesTags: ['CaseList', 'InquiryList', 'Audit'],
      }),
      createCase: build.mutation<ChannelOutput<'cases.create'>, ChannelInput<'cases.create'>>({
        queryFn: invokeChannel('cases.create'),
        invalidatesTags: ['CaseList', 'Audit'],
      }),
      exportCases: build.mutation<ChannelOutput<'cases.export'>, ChannelInput<'cases.export'>>({
        queryFn: invokeChannel('cases.export'),
        invalidatesTags: ['Audit'],
      }),
      updateCase: caseCommand('cases.update'),
      assignCase: caseCommand('cases.assign'),
      changeReceivedDate: caseCommand('cases.changeReceivedDate'),
      extendCase: caseCommand('cases.extend'),
      tickVerificationItem: caseCommand('cases.tickVerificationItem'),
      setVerificationDates: caseCommand('cases.setVerificationDates'),
      setClarificationDates: caseCommand('cases.setClarificationDates'),
      decideVerification: caseCommand('cases.decideVerification'),
      overrideVerification: caseCommand('cases.overrideVerification'),
      checkRepresentativeAuthority: caseCommand('cases.checkRepresentativeAuthority'),
      setTaskState: caseCommand('cases.setTaskState'),
      assignTask: caseCommand('cases.assignTask'),
      commentTask: caseCommand('cases.commentTask'),
      addTask: caseCommand('cases.addTask'),
      addRecipient: caseCommand('cases.addRecipient'),
      notifyRecipient: caseCommand('cases.notifyRecipient'),
      removeRecipient: caseCommand('cases.removeRecipient'),
      recordForwarding: caseCommand('cases.recordForwarding'),
      restrict: caseCommand('cases.restrict'),
      liftRestriction: caseCommand('cases.liftRestriction'),
      restrictions: build.query<ChannelOutput<'cases.restrictions'>, ChannelInput<'cases.restrictions'>>({
        queryFn: invokeChannel('cases.restrictions'),
        providesTags: ['CaseList'],
      }),
      closeCase: caseCommand('cases.close'),
      addCaseNote: caseCommand('cases.addNote'),
      caseTemplates: build.query<ChannelOutput<'caseTemplates.list'>, ChannelInput<'caseTemplates.list'>>({
        queryFn: invokeChannel('caseTemplates.list'),
        providesTags: ['CaseTemplate'],
      }),
      createCaseTemplate: build.mutation<
        ChannelOutput<'caseTemplates.create'>,
        ChannelInput<'caseTemplates.create'>
      >({
        queryFn: invokeChannel('caseTemplates.create'),
        invalidatesTags: ['CaseTemplate', 'Audit'],
      }),
      updateCaseTemplate: build.mutation<
        ChannelOutput<'caseTemplates.update'>,
        ChannelInput<'caseTemplates.update'>
      >({
        queryFn: invokeChannel('caseTemplates.update'),
        invalidatesTags: ['CaseTemplate', 'Audit'],
      }),
      moveCaseTemplate: build.mutation<
        ChannelOutput<'caseTemplates.move'>,
        ChannelInput<'caseTemplates.move'>
      >({
        queryFn: invokeChannel('caseTemplates.move'),
        invalidatesTags: ['CaseTemplate', 'Audit'],
      }),
      setCaseTemplateActive: build.mutation<
        ChannelOutput<'caseTemplates.setActive'>,
        ChannelInput<'caseTemplates.setActive'>
      >({
        queryFn: invokeChannel('caseTemplates.setActive'),
        invalidatesTags: ['CaseTemplate', 'Audit'],
      }),
    };
  },
});

export const {
  useCasesQuery,
  useCaseCountsQuery,
  useCaseQuery,
  useCaseDuplicatesQuery,
  useCreateCaseMutation,
  useOpenCaseFromInquiryMutation,
  useExportCasesMutation,
  useUpdateCaseMutation,
  useAssignCaseMutation,
  useChangeReceivedDateMutation,
  useExtendCaseMutation,
  useTickVerificationItemMutation,
  useSetVerificationDatesMutation,
  useSetClarificationDatesMutation,
  useDecideVerificationMutation,
  useOverrideVerificationMutation,
  useCheckRepresentativeAuthorityMutation,
  useSetTaskStateMutation,
  useAssignTaskMutation,
  useCommentTaskMutation,
  useAddTaskMutation,
  useAddRecipientMutation,
  useNotifyRecipientMutation,
  useRemoveRecipientMutation,
  useRecordForwardingMutation,
  useRestrictMutation,
  useLiftRestrictionMutation,
  useRestrictionsQuery,
  useCloseCaseMutation,
  useAddCaseNoteMutation,
  useCaseTemplatesQuery,
  useCreateCaseTemplateMutation,
  useUpdateCaseTemplateMutation,
  useMoveCaseTemplateMutation,
  useSetCaseTemplateActiveMutation,
} = casesApi;
