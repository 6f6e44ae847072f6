import { osloDate } from '../../../shared/oslo';
import type { inquiriesChannels } from '../../../shared/inquiries/contract';
import type { Handlers } from '../handler';
import { exportLanguage } from '../export/words';
import { callerHistory } from './caller';
import { exportInquiries } from './export';
import {
  closeInquiry,
  createInquiry,
  deleteInquiry,
  getInquiry,
  inquiryHistory,
  listInquiries,
  reopenInquiry,
  restoreInquiry,
  updateInquiryFields,
} from './service';

export const inquiriesHandlers: Handlers<keyof typeof inquiriesChannels> = {
  'inquiries.list': (input, ctx) => listInquiries(ctx, input),
  'inquiries.defaults': (_input, ctx) => {
    const now = ctx.clock.now();
    return Promise.resolve({ now: now.toISOString(), today: osloDate(now) });
  },
  'inquiries.callerHistory': (input, ctx) => callerHistory(ctx, input),
  'inquiries.get': (input, ctx) => getInquiry(ctx, input.id),
  'inquiries.history': (input, ctx) => inquiryHistory(ctx, input.id),
  'inquiries.create': (input, ctx) => createInquiry(ctx, input),
  'inquiries.update': (input, ctx) => updateInquiryFields(ctx, input.id, input.changes),
  'inquiries.close': (input, ctx) => closeInquiry(ctx, input.id, input.outcome),
  'inquiries.reopen': (input, ctx) => reopenInquiry(ctx, input.id),
  'inquiries.delete': (input, ctx) => deleteInquiry(ctx, input.id, input.reason),
  'inquiries.restore': (input, ctx) => restoreInquiry(ctx, input.id),
  'inquiries.export': ({ format, ...filter }, ctx) =>
    exportInquiries(ctx, format, filter, exportLanguage(ctx.actor)),
};
