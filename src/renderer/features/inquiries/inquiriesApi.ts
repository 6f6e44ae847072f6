import { api, channelMutation, channelQuery, recordCommand } from '../../app/api';
import { recordTags } from '../../app/recordTags';

export const inquiriesApi = api.injectEndpoints({
  endpoints: (build) => {
    // The command answers with the inquiry as it now stands; re-reading it would audit a second read.
    const change = <
      C extends 'inquiries.update' | 'inquiries.close' | 'inquiries.reopen' | 'inquiries.restore',
    >(
      channel: C,
    ) =>
      recordCommand(build, channel, {
        record: 'inquiry',
        invalidatesTags: recordTags('Inquiry', ['InquiryList', 'Audit']),
      });
    return {
      inquiries: channelQuery(build, 'inquiries.list', ['InquiryList']),
      inquiryDefaults: channelQuery(build, 'inquiries.defaults'),
      inquiry: channelQuery(build, 'inquiries.get'),
      inquiryHistory: channelQuery(build, 'inquiries.history', recordTags('Inquiry')),
      callerHistory: channelQuery(build, 'inquiries.callerHistory', ['InquiryList', 'CaseList']),
      createInquiry: channelMutation(build, 'inquiries.create', ['InquiryList', 'Audit']),
      updateInquiry: change('inquiries.update'),
      closeInquiry: change('inquiries.close'),
      reopenInquiry: change('inquiries.reopen'),
      restoreInquiry: change('inquiries.restore'),
      deleteInquiry: channelMutation(build, 'inquiries.delete', ['InquiryList', 'Audit']),
      exportInquiries: channelMutation(build, 'inquiries.export'),
    };
  },
});

export const {
  useInquiriesQuery,
  useInquiryDefaultsQuery,
  useInquiryQuery,
  useInquiryHistoryQuery,
  useCallerHistoryQuery,
  useCreateInquiryMutation,
  useUpdateInquiryMutation,
  useCloseInquiryMutation,
  useReopenInquiryMutation,
  useRestoreInquiryMutation,
  useDeleteInquiryMutation,
  useExportInquiriesMutation,
} = inquiriesApi;
