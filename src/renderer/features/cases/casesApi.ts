import { api, channelMutation, channelQuery, recordCommand } from '../../app/api';
import { recordTags } from '../../app/recordTags';

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
      recordCommand(build, channel, { record: 'case', invalidatesTags: ['CaseList', 'Audit'] });
    const templateCommand = <C extends `caseTemplates.${'create' | 'update' | 'move' | 'setActive'}`>(
      channel: C,
    ) => channelMutation(build, channel, ['CaseTemplate', 'Audit']);
    return {
      cases: channelQuery(build, 'cases.list', ['CaseList']),
      caseCounts: channelQuery(build, 'cases.counts', ['CaseList']),
      case: channelQuery(build, 'cases.get', recordTags('Case')),
      caseDuplicates: channelQuery(build, 'cases.findDuplicates', ['CaseList']),
      openCaseFromInquiry: channelMutation(build, 'cases.openFromInquiry', [
        'CaseList',
        'InquiryList',
        'Audit',
      ]),
      createCase: channelMutation(build, 'cases.create', ['CaseList', 'Audit']),
      exportCases: channelMutation(build, 'cases.export'),
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
      restrictions: channelQuery(build, 'cases.restrictions', ['CaseList']),
      closeCase: caseCommand('cases.close'),
      addCaseNote: caseCommand('cases.addNote'),
      caseTemplates: channelQuery(build, 'caseTemplates.list', ['CaseTemplate']),
      createCaseTemplate: templateCommand('caseTemplates.create'),
      updateCaseTemplate: templateCommand('caseTemplates.update'),
      moveCaseTemplate: templateCommand('caseTemplates.move'),
      setCaseTemplateActive: templateCommand('caseTemplates.setActive'),
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
