import type { ChannelInput, ChannelOutput } from '../../../shared/contract';
import { api, channelMutation, invokeChannel } from '../../app/api';

export const peopleApi = api.injectEndpoints({
  endpoints: (build) => ({
    findPerson: build.query<ChannelOutput<'people.find'>, ChannelInput<'people.find'>>({
      queryFn: invokeChannel('people.find'),
      // Every search is audited: a search typed again is a new read.
      keepUnusedDataFor: 0,
    }),
    /** The access report's two files, to save; nothing is kept in the app but the audit entry. */
    accessReport: channelMutation(build, 'people.report'),
    /** The access report kept among a case's documents and noted on its timeline. */
    accessReportToCase: channelMutation(build, 'people.reportToCase', (_result, _error, input) => [
      { type: 'Attachment', id: `case:${input.caseId}` },
      { type: 'Case', id: input.caseId },
      'Audit',
    ]),
  }),
});

export const { useFindPersonQuery, useAccessReportMutation, useAccessReportToCaseMutation } = peopleApi;
