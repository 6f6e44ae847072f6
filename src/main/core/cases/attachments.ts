import { hasAnyRole } from '../../../shared/roles';
import type { AttachmentOwnerGuard } from '../attachments/owners';
import type { Ctx } from '../context';
import { forbidden, notFound } from '../errors';
import { findCase } from './repository';

async function guard(ctx: Ctx, caseId: number, what: string): Promise<void> {
  if (!hasAnyRole(ctx.actor.roles, ['dpo', 'admin']))
    throw forbidden(`Your role does not allow you to ${what}.`);
  if (!(await findCase(ctx.db, caseId))) throw notFound('Case', caseId);
}

/** The request letter, the reply and other documents of a case: for its handlers only. */
export const caseDocuments: AttachmentOwnerGuard = {
  canRead: (ctx, caseId) => guard(ctx, caseId, "see a case's documents"),
  canWrite: (ctx, caseId) => guard(ctx, caseId, "change a case's documents"),
};
