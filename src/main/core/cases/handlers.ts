import type { casesChannels } from '../../../shared/cases/contract';
import type { Handlers } from '../handler';
import { exportLanguage } from '../export/words';
import { closeCase } from './closing';
import { changeReceivedDate, extendCase } from './due-date';
import { exportCases } from './export';
import { linkInquiry, openCaseFromInquiry } from './intake';
import { liftRestriction, listRestrictions, restrict } from './restrictions';
import {
  addNote,
  assignCase,
  caseCounts,
  createCase,
  findDuplicates,
  getCase,
  listCases,
  updateCase,
} from './service';
import {
  addRecipient,
  addTask,
  assignTask,
  commentTask,
  notifyRecipient,
  recordForwarding,
  removeRecipient,
  setTaskState,
} from './tasks';
import { createTemplate, listTemplates, moveTemplate, setTemplateActive, updateTemplate } from './templates';
import {
  checkRepresentativeAuthority,
  decideVerification,
  overrideVerification,
  setClarificationDates,
  setVerificationDates,
  tickVerificationItem,
} from './verification';

export const casesHandlers: Handlers<keyof typeof casesChannels> = {
  'cases.list': (input, ctx) => listCases(ctx, input),
  'cases.openFromInquiry': (input, ctx) => openCaseFromInquiry(ctx, input.inquiryId, input.types),
  'cases.linkInquiry': (input, ctx) => linkInquiry(ctx, input.id, input.inquiryId),
  'cases.counts': (_input, ctx) => caseCounts(ctx),
  'cases.get': (input, ctx) => getCase(ctx, input.id),
  'cases.findDuplicates': (input, ctx) => findDuplicates(ctx, input),
  'cases.create': async (input, ctx) => {
    const { id, number, duplicates } = await createCase(ctx, input);
    return { id, number, duplicates };
  },
  'cases.update': (input, ctx) => updateCase(ctx, input.id, input.changes),
  'cases.assign': (input, ctx) => assignCase(ctx, input.id, input.handlerId),
  'cases.changeReceivedDate': (input, ctx) =>
    changeReceivedDate(ctx, input.id, input.receivedDate, input.reason),
  'cases.extend': (input, ctx) => extendCase(ctx, input.id, input),
  'cases.tickVerificationItem': (input, ctx) =>
    tickVerificationItem(ctx, input.id, input.itemId, input.ticked),
  'cases.setVerificationDates': (input, ctx) => setVerificationDates(ctx, input.id, input),
  'cases.setClarificationDates': (input, ctx) => setClarificationDates(ctx, input.id, input),
  'cases.decideVerification': (input, ctx) => decideVerification(ctx, input.id, input),
  'cases.overrideVerification': (input, ctx) => overrideVerification(ctx, input.id, input.reason),
  'cases.checkRepresentativeAuthority': (input, ctx) => checkRepresentativeAuthority(ctx, input.id, input),
  'cases.setTaskState': (input, ctx) => setTaskState(ctx, input.id, input.taskId, input.state, input.note),
  'cases.assignTask': (input, ctx) => assignTask(ctx, input.id, input.taskId, input.assigneeId),
  'cases.commentTask': (input, ctx) => commentTask(ctx, input.id, input.taskId, input.text),
  'cases.addTask': (input, ctx) => addTask(ctx, input.id, input.label),
  'cases.addRecipient': (input, ctx) => addRecipient(ctx, input.id, input),
  'cases.notifyRecipient': (input, ctx) => notifyRecipient(ctx, input.id, input),
  'cases.removeRecipient': (input, ctx) => removeRecipient(ctx, input.id, input.recipientId),
  'cases.recordForwarding': (input, ctx) => recordForwarding(ctx, input.id, input),
  'cases.restrictions': (input, ctx) => listRestrictions(ctx, input.status),
  'cases.restrict': (input, ctx) => restrict(ctx, input.id, input),
  'cases.liftRestriction': (input, ctx) => liftRestriction(ctx, input.id, input),
  'cases.close': (input, ctx) => closeCase(ctx, input.id, input),
  'cases.addNote': (input, ctx) => addNote(ctx, input.id, input.text),
  'cases.export': ({ format, ...filter }, ctx) => exportCases(ctx, format, filter, exportLanguage(ctx.actor)),
  'caseTemplates.list': (input, ctx) => listTemplates(ctx, input.includeInactive),
  'caseTemplates.create': (input, ctx) => createTemplate(ctx, input),
  'caseTemplates.update': (input, ctx) => updateTemplate(ctx, input.id, input.changes),
  'caseTemplates.move': (input, ctx) => moveTemplate(ctx, input.id, input.direction),
  'caseTemplates.setActive': (input, ctx) => setTemplateActive(ctx, input.id, input.active),
};
