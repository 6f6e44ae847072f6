import { hasAnyRole, type Role } from '../../../shared/roles';
import type { Ctx } from '../context';
import { forbidden } from '../errors';
import { agreementDocuments } from '../agreements/attachments';
import { breachDocuments } from '../breaches/attachments';
import { caseDocuments } from '../cases/attachments';
import { requireOrganisation } from '../organisations/service';

/**
 * Who may read and add files on a kind of record. Each feature that has attachments adds its
 * guard here; the attachments channels refuse any owner type that is not listed.
 */
export interface AttachmentOwnerGuard {
  /** Throws NOT_FOUND for a missing record and FORBIDDEN for a caller who may not see it. */
  canRead(ctx: Ctx, ownerId: number): Promise<void>;
  canWrite(ctx: Ctx, ownerId: number): Promise<void>;
}

export function requireRoles(ctx: Ctx, roles: readonly Role[], what: string): void {
  if (!hasAnyRole(ctx.actor.roles, roles)) throw forbidden(`Your role does not allow you to ${what}.`);
}

const organisationDocuments: AttachmentOwnerGuard = {
  canRead: async (ctx, ownerId) => {
    requireRoles(ctx, ['admin', 'dpo'], "see an organisation's documents");
    await requireOrganisation(ctx, ownerId);
  },
  canWrite: async (ctx, ownerId) => {
    requireRoles(ctx, ['admin'], "change an organisation's documents");
    await requireOrganisation(ctx, ownerId);
  },
};

export const attachmentOwners: Readonly<Record<string, AttachmentOwnerGuard>> = {
  organisation: organisationDocuments,
  case: caseDocuments,
  agreement: agreementDocuments,
  breach: breachDocuments,
};
