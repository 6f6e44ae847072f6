import { hasAnyRole } from '../../../shared/roles';
import type { AttachmentOwnerGuard } from '../attachments/owners';
import type { Ctx } from '../context';
import { forbidden, notFound } from '../errors';
import { findBreach } from './repository';

async function guard(ctx: Ctx, breachId: number, what: string): Promise<void> {
  if (!hasAnyRole(ctx.actor.roles, ['dpo', 'admin']))
    throw forbidden(`Your role does not allow you to ${what}.`);
  if (!(await findBreach(ctx.db, breachId))) throw notFound('Breach', breachId);
}

/** Evidence, the notification forms, letters to the people affected: for the DPO and administrators. */
export const breachDocuments: AttachmentOwnerGuard = {
  canRead: (ctx, breachId) => guard(ctx, breachId, "see a breach's documents"),
  canWrite: (ctx, breachId) => guard(ctx, breachId, "change a breach's documents"),
};
