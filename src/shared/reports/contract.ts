import { z } from 'zod';
import { languageSchema } from '../i18n/languages';
import { command } from '../contract/channel';
import { fileDownloadSchema } from '../files';

export const reportYear = z
  .number({ error: 'Choose a year' })
  .int('Choose a year')
  .min(2018, 'The GDPR applies from 2018: choose 2018 or later')
  .max(2100, 'Choose a year before 2100');

export const reportsChannels = {
  /** The annual privacy report as a PDF a board can read. Producing it is audited. */
  'reports.annual': command({
    changes: false,
    access: ['dpo', 'admin'],
    input: z.strictObject({ year: reportYear, language: languageSchema.default('en') }),
    output: fileDownloadSchema,
  }),
};
