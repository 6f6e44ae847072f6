import type { ChannelInput, ChannelOutput } from '../../../shared/contract';
import { api, channelMutation, channelQuery, invokeChannel } from '../../app/api';

/** The erasure's endpoints (kept apart from the person search's, which the access report extends). */
export const erasureApi = api.injectEndpoints({
  endpoints: (build) => ({
    erasePreview: build.query<ChannelOutput<'people.erasePreview'>, ChannelInput<'people.erasePreview'>>({
      queryFn: invokeChannel('people.erasePreview'),
      // Each preview reads the records afresh: what is kept depends on the moment.
      keepUnusedDataFor: 0,
    }),
    keptRecords: channelQuery(build, 'erasure.keptRecords', ['CaseList']),
    erasePerson: channelMutation(build, 'people.erase', [
      'Audit',
      'Case',
      'CaseList',
      'Inquiry',
      'InquiryList',
      'Breach',
      'BreachList',
      'Organisation',
      'Attachment',
      'Dashboard',
    ]),
  }),
});

export const { useErasePreviewQuery, useErasePersonMutation, useKeptRecordsQuery } = erasureApi;
