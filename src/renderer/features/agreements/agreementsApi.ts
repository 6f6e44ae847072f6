import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/contract';
import { api, invokeChannel } from '../../app/api';

/** Commands on one agreement: each answers with the agreement as it now stands. */
type AgreementCommand =
  | 'agreements.update'
  | 'agreements.terminate'
  | 'agreements.confirmEnd'
  | 'agreements.markReviewed'
  | 'agreements.updateChecklist'
  | 'agreements.addSubprocessor'
  | 'agreements.removeSubprocessor'
  | 'agreements.restoreSubprocessor'
  | 'agreements.addNotice'
  | 'agreements.recordApproval'
  | 'agreements.recordObjection'
  | 'agreements.resolveObjection'
  | 'agreements.addDeclaredSubprocessor'
  | 'agreements.removeDeclaredSubprocessor'
  | 'agreements.restoreDeclaredSubprocessor'
  | 'agreements.addTransfer'
  | 'agreements.updateTransfer'
  | 'agreements.removeTransfer'
  | 'agreements.restoreTransfer';

export const agreementsApi = api.injectEndpoints({
  endpoints: (build) => {
    // A change to one agreement can change another's view (the chain), the lists and the organisation pages.
    const agreementCommand = <C extends AgreementCommand>(channel: C) =>
      build.mutation<ChannelOutput<C>, ChannelInput<C>>({
        queryFn: invokeChannel(channel as Channel) as never,
        invalidatesTags: ['Agreement', 'Audit'],
      });
    return {
      agreements: build.query<ChannelOutput<'agreements.list'>, ChannelInput<'agreements.list'>>({
        queryFn: invokeChannel('agreements.list'),
        providesTags: ['Agreement'],
      }),
      agreement: build.query<ChannelOutput<'agreements.get'>, ChannelInput<'agreements.get'>>({
        queryFn: invokeChannel('agreements.get'),
        providesTags: ['Agreement'],
      }),
      agreementHistory: build.query<ChannelOutput<'agreements.history'>, ChannelInput<'agreements.history'>>({
        queryFn: invokeChannel('agreements.history'),
        providesTags: ['Agreement', 'Audit'],
      }),
      agreementDeadlines: build.query<
        ChannelOutput<'agreements.deadlines'>,
        ChannelInput<'agreements.deadlines'>
      >({
        queryFn: invokeChannel('agreements.deadlines'),
        providesTags: ['Agreement'],
      }),
      organisationAgreements: build.query<
        ChannelOutput<'agreements.forOrganisation'>,
        ChannelInput<'agreements.forOrganisation'>
      >({
        queryFn: invokeChannel('agreements.forOrganisation'),
        providesTags: ['Agreement'],
      }),
      createAgreement: build.mutation<ChannelOutput<'agreements.create'>, ChannelInput<'agreements.create'>>({
        queryFn: invokeChannel('agreements.create'),
        invalidatesTags: ['Agreement', 'Audit'],
      }),
      exportAgreements: build.mutation<ChannelOutput<'agreements.export'>, ChannelInput<'agreements.export'>>(
        {
          queryFn: invokeChannel('agreements.export'),
          invalidatesTags: ['Audit'],
        },
      ),
      updateAgreement: agreementCommand('agreements.update'),
      terminateAgreement: agreementCommand('agreements.terminate'),
      confirmAgreementEnd: agreementCommand('agreements.confirmEnd'),
      markAgreementReviewed: agreementCommand('agreements.markReviewed'),
      updateChecklist: agreementCommand('agreements.updateChecklist'),
      addSubprocessor: agreementCommand('agreements.addSubprocessor'),
      removeSubprocessor: agreementCommand('agreements.removeSubprocessor'),
      restoreSubprocessor: agreementCommand('agreements.restoreSubprocessor'),
      addNotice: agreementCommand('agreements.addNotice'),
      recordApproval: agreementCommand('agreements.recordApproval'),
      recordObjection: agreementCommand('agreements.recordObjection'),
      resolveObjection: agreementCommand('agreements.resolveObjection'),
      addDeclaredSubprocessor: agreementCommand('agreements.addDeclaredSubprocessor'),
      removeDeclaredSubprocessor: agreementCommand('agreements.removeDeclaredSubprocessor'),
      restoreDeclaredSubprocessor: agreementCommand('agreements.restoreDeclaredSubprocessor'),
      addTransfer: agreementCommand('agreements.addTransfer'),
      updateTransfer: agreementCommand('agreements.updateTransfer'),
      removeTransfer: agreementCommand('agreements.removeTransfer'),
      restoreTransfer: agreementCommand('agreements.restoreTransfer'),
    };
  },
});

export const {
  useAgreementsQuery,
  useAgreementQuery,
  useAgreementHistoryQuery,
  useAgreementDeadlinesQuery,
  useOrganisationAgreementsQuery,
  useCreateAgreementMutation,
  useExportAgreementsMutation,
  useUpdateAgreementMutation,
  useTerminateAgreementMutation,
  useConfirmAgreementEndMutation,
  useMarkAgreementReviewedMutation,
  useUpdateChecklistMutation,
  useAddSubprocessorMutation,
  useRemoveSubprocessorMutation,
  useRestoreSubprocessorMutation,
  useAddNoticeMutation,
  useRecordApprovalMutation,
  useRecordObjectionMutation,
  useResolveObjectionMutation,
  useAddDeclaredSubprocessorMutation,
  useRemoveDeclaredSubprocessorMutation,
  useRestoreDeclaredSubprocessorMutation,
  useAddTransferMutation,
  useUpdateTransferMutation,
  useRemoveTransferMutation,
  useRestoreTransferMutation,
} = agreementsApi;
