import type { processingChannels } from '../../../shared/processing/contract';
import type { Handlers } from '../handler';
import { exportLanguage } from '../export/words';
import { processingPdf, processingXlsx } from './export';
import {
  activityHistory,
  createActivity,
  createFromAgreement,
  getActivity,
  listActivities,
  setArchived,
  updateActivity,
} from './service';

export const processingHandlers: Handlers<keyof typeof processingChannels> = {
  'processing.list': (input, ctx) => listActivities(ctx, input),
  'processing.get': (input, ctx) => getActivity(ctx, input.id),
  'processing.history': (input, ctx) => activityHistory(ctx, input.id),
  'processing.create': (input, ctx) => createActivity(ctx, input),
  'processing.createFromAgreement': (input, ctx) => createFromAgreement(ctx, input.agreementId),
  'processing.update': (input, ctx) => updateActivity(ctx, input.id, input.changes),
  'processing.archive': (input, ctx) => setArchived(ctx, input.id, true, input.reason),
  'processing.restore': (input, ctx) => setArchived(ctx, input.id, false),
  'processing.export': (input, ctx) =>
    input.format === 'pdf'
      ? processingPdf(ctx, input.includeArchived, exportLanguage(ctx.actor))
      : processingXlsx(ctx, input.includeArchived, exportLanguage(ctx.actor)),
};
