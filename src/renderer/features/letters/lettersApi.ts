import { api, channelMutation, channelQuery } from '../../app/api';

export const lettersApi = api.injectEndpoints({
  endpoints: (build) => ({
    letterTemplates: channelQuery(build, 'letters.templates', ['LetterTemplate']),
    saveLetterTemplate: channelMutation(build, 'letters.saveTemplate', ['LetterTemplate', 'Audit']),
    resetLetterTemplate: channelMutation(build, 'letters.resetTemplate', ['LetterTemplate', 'Audit']),
    previewLetterTemplate: channelMutation(build, 'letters.previewTemplate', []),
    /** A draft holds personal data: kept only while the dialog shows it. Reading it is audited. */
    letterDraft: { ...channelQuery(build, 'letters.draft'), keepUnusedDataFor: 0 },
    makeLetter: channelMutation(build, 'letters.make', (_result, _error, input) => [
      { type: 'Attachment', id: `${input.owner}:${input.ownerId}` },
      input.owner === 'case' ? { type: 'Case', id: input.ownerId } : { type: 'Breach', id: input.ownerId },
      input.owner === 'case' ? 'CaseList' : 'BreachList',
      'Dashboard',
      'Audit',
    ]),
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
