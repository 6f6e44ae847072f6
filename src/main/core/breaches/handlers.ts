import type { breachesChannels } from '../../../shared/breaches/contract';
import type { Handlers } from '../handler';
import { exportLanguage } from '../export/words';
import { exportBreaches } from './export';
import { assessBreach, closeBreach } from './decisions';
import { linkInquiry, reportFromInquiry } from './inquiry-links';
import {
  notifyAuthority,
  notifyCustomer,
  recordSubjectsException,
  recordSubjectsTold,
} from './notifications';
import { addNote, changeAwareness, createBreach, updateBreach } from './record';
import { breachCounts, breachHistory, getBreach, listBreaches } from './service';

export const breachesHandlers: Handlers<keyof typeof breachesChannels> = {
  'breaches.list': (input, ctx) => listBreaches(ctx, input),
  'breaches.counts': (_input, ctx) => breachCounts(ctx),
  'breaches.now': (_input, ctx) => Promise.resolve({ now: ctx.clock.now().toISOString() }),
  'breaches.get': (input, ctx) => getBreach(ctx, input.id),
  'breaches.history': (input, ctx) => breachHistory(ctx, input.id),
  'breaches.create': (input, ctx) => createBreach(ctx, input),
  'breaches.reportFromInquiry': (input, ctx) => reportFromInquiry(ctx, input),
  'breaches.update': (input, ctx) => updateBreach(ctx, input.id, input.changes),
  'breaches.changeAwareness': (input, ctx) => changeAwareness(ctx, input.id, input.awareAt, input.reason),
  'breaches.assess': (input, ctx) => assessBreach(ctx, input.id, input),
  'breaches.notifyAuthority': (input, ctx) => notifyAuthority(ctx, input.id, input),
  'breaches.notifyCustomer': (input, ctx) => notifyCustomer(ctx, input.id, input),
  'breaches.recordSubjectsTold': (input, ctx) => recordSubjectsTold(ctx, input.id, input),
  'breaches.recordSubjectsException': (input, ctx) => recordSubjectsException(ctx, input.id, input),
  'breaches.linkInquiry': (input, ctx) => linkInquiry(ctx, input.id, input.inquiryId),
  'breaches.addNote': (input, ctx) => addNote(ctx, input.id, input.text),
  'breaches.close': (input, ctx) => closeBreach(ctx, input.id, input.note),
  'breaches.export': ({ format, ...filter }, ctx) =>
    exportBreaches(ctx, format, filter, exportLanguage(ctx.actor)),
};
