import type { ChannelInput, ChannelOutput } from '../../../shared/contract';
import { api, invokeChannel } from '../../app/api';

export const lettersApi = api.injectEndpoints({
  endpoints: (build) => ({
    letterTemplates: build.query<ChannelOutput<'letters.templates'>, ChannelInput<'letters.templates'>>({
      queryFn: invokeChannel('letters.templates'),
      providesTags: ['LetterTemplate'],
    }),
    saveLetterTemplate: build.mutation<
      ChannelOutput<'letters.saveTemplate'>,
      ChannelInput<'letters.saveTemplate'>
    >({
      queryFn: invokeChannel('letters.saveTemplate'),
      invalidatesTags: ['LetterTemplate', 'Audit'],
    }),
    resetLetterTemplate: build.mutation<
      ChannelOutput<'letters.resetTemplate'>,
      ChannelInput<'letters.resetTemplate'>
    >({
      queryFn: invokeChannel('letters.resetTemplate'),
      invalidatesTags: ['LetterTemplate', 'Audit'],
    }),
    previewLetterTemplate: build.mutation<
      ChannelOutput<'letters.previewTemplate'>,
      ChannelInput<'letters.previewTemplate'>
    >({
      queryFn: invokeChannel('letters.previewTemplate'),
    }),
    /** A draft holds personal data: kept only while the dialog shows it. Reading it is audited. */
    letterDraft: build.query<ChannelOutput<'letters.draft'>, ChannelInput<'letters.draft'>>({
      queryFn: invokeChannel('letters.draft'),
      keepUnusedDataFor: 0,
    }),
    makeLetter: build.mutation<ChannelOutput<'letters.make'>, ChannelInput<'letters.make'>>({
      queryFn: invokeChannel('letters.make'),
      invalidatesTags: (_result, _error, input) => [
        { type: 'Attachment', id: `${input.owner}:${input.ownerId}` },
        input.owner === 'case' ? { type: 'Case', id: input.ownerId } : { type: 'Breach', id: input.ownerId },
        input.owner === 'case' ? 'CaseList' : 'BreachList',
        'Dashboard',
        'Audit',
      ],
    }),
  }),
});

export const {
  useLetterTemplatesQuery,
  useSaveLetterTemplateMutation,
  useResetLetterTemplateMutation,
  usePreviewLetterTemplateMutation,
  useLetterDraftQuery,
  useMakeLetterMutation,
} = lettersApi;
