import { api, channelMutation, channelQuery } from '../../app/api';

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
      channelMutation(build, channel, ['Agreement', 'Audit']);
    return {
      agreements: channelQuery(build, 'agreements.list', ['Agreement']),
      agreement: channelQuery(build, 'agreements.get', ['Agreement']),
      agreementHistory: channelQuery(build, 'agreements.history', ['Agreement', 'Audit']),
      agreementDeadlines: channelQuery(build, 'agreements.deadlines', ['Agreement']),
      organisationAgreements: channelQuery(build, 'agreements.forOrganisation', ['Agreement']),
      createAgreement: channelMutation(build, 'agreements.create', ['Agreement', 'Audit']),
      exportAgreements: channelMutation(build, 'agreements.export'),
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
