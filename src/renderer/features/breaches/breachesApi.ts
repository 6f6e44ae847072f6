import { api, channelMutation, channelQuery, recordCommand } from '../../app/api';
import { recordTags } from '../../app/recordTags';

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
      recordCommand(build, channel, {
        record: 'breach',
        invalidatesTags: recordTags('Breach', ['BreachList', 'Audit', 'InquiryList']),
      });
    return {
      breaches: channelQuery(build, 'breaches.list', ['BreachList']),
      breachCounts: channelQuery(build, 'breaches.counts', ['BreachList']),
      breachNow: channelQuery(build, 'breaches.now'),
      breach: channelQuery(build, 'breaches.get'),
      breachHistory: channelQuery(build, 'breaches.history', recordTags('Breach')),
      createBreach: channelMutation(build, 'breaches.create', ['BreachList', 'Audit']),
      reportBreach: channelMutation(build, 'breaches.reportFromInquiry', [
        'BreachList',
        'InquiryList',
        'Audit',
      ]),
      exportBreaches: channelMutation(build, 'breaches.export'),
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
