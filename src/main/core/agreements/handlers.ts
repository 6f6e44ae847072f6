import type { agreementsChannels } from '../../../shared/agreements/contract';
import { exportLanguage } from '../export/words';
import type { Handlers } from '../handler';
import {
  addDeclaredSubprocessor,
  addNotice,
  addSubprocessor,
  recordApproval,
  recordObjection,
  removeSubprocessor,
  resolveObjection,
  restoreSubprocessor,
  setDeclaredRemoved,
} from './chain';
import { updateChecklist } from './checklist';
import { agreementDeadlines } from './deadlines';
import { exportAgreements } from './export';
import { confirmEnd, markReviewed, terminateAgreement } from './lifecycle';
import { createAgreement, updateAgreement } from './service';
import { agreementHistory, agreementsForOrganisation, getAgreement, listAgreements } from './reads';
import { todayOf } from './support';
import { addTransfer, setTransferRemoved, updateTransfer } from './transfers';

export const agreementsHandlers: Handlers<keyof typeof agreementsChannels> = {
  'agreements.list': (input, ctx) => listAgreements(ctx, input),
  'agreements.get': (input, ctx) => getAgreement(ctx, input.id),
  'agreements.history': (input, ctx) => agreementHistory(ctx, input.id),
  'agreements.deadlines': async (_input, ctx) => {
    const today = todayOf(ctx);
    return { today, items: await agreementDeadlines(ctx, today) };
  },
  'agreements.forOrganisation': (input, ctx) => agreementsForOrganisation(ctx, input.organisationId),
  'agreements.create': (input, ctx) => createAgreement(ctx, input),
  'agreements.update': (input, ctx) => updateAgreement(ctx, input.id, input.changes),
  'agreements.terminate': ({ id, ...input }, ctx) => terminateAgreement(ctx, id, input),
  'agreements.confirmEnd': ({ id, ...input }, ctx) => confirmEnd(ctx, id, input),
  'agreements.markReviewed': ({ id, ...input }, ctx) => markReviewed(ctx, id, input),
  'agreements.updateChecklist': (input, ctx) => updateChecklist(ctx, input.id, input.items),
  'agreements.addSubprocessor': ({ id, ...input }, ctx) => addSubprocessor(ctx, id, input),
  'agreements.removeSubprocessor': (input, ctx) =>
    removeSubprocessor(ctx, input.id, input.subprocessorId, input.reason),
  'agreements.restoreSubprocessor': (input, ctx) => restoreSubprocessor(ctx, input.id, input.subprocessorId),
  'agreements.addNotice': ({ id, ...input }, ctx) => addNotice(ctx, id, input),
  'agreements.recordApproval': ({ id, noticeId, ...input }, ctx) => recordApproval(ctx, id, noticeId, input),
  'agreements.recordObjection': ({ id, noticeId, ...input }, ctx) =>
    recordObjection(ctx, id, noticeId, input),
  'agreements.resolveObjection': ({ id, noticeId, ...input }, ctx) =>
    resolveObjection(ctx, id, noticeId, input),
  'agreements.addDeclaredSubprocessor': ({ id, ...input }, ctx) => addDeclaredSubprocessor(ctx, id, input),
  'agreements.removeDeclaredSubprocessor': (input, ctx) =>
    setDeclaredRemoved(ctx, input.id, input.declaredId, true),
  'agreements.restoreDeclaredSubprocessor': (input, ctx) =>
    setDeclaredRemoved(ctx, input.id, input.declaredId, false),
  'agreements.addTransfer': (input, ctx) => addTransfer(ctx, input.id, input.transfer),
  'agreements.updateTransfer': (input, ctx) =>
    updateTransfer(ctx, input.id, input.transferId, input.transfer),
  'agreements.removeTransfer': (input, ctx) => setTransferRemoved(ctx, input.id, input.transferId, true),
  'agreements.restoreTransfer': (input, ctx) => setTransferRemoved(ctx, input.id, input.transferId, false),
  'agreements.export': ({ format, ...filter }, ctx) =>
    exportAgreements(ctx, format, filter, exportLanguage(ctx.actor)),
};
