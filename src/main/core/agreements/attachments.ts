import type { AttachmentOwnerGuard } from '../attachments/owners';
import { requireRoles } from '../attachments/owners';
import { requireAgreement } from './service';

/** The signed agreement, its annexes and the security evidence: admins add them, the DPO reads them. */
export const agreementDocuments: AttachmentOwnerGuard = {
  canRead: async (ctx, agreementId) => {
    requireRoles(ctx, ['admin', 'dpo'], "see an agreement's documents");
    await requireAgreement(ctx, agreementId);
  },
  canWrite: async (ctx, agreementId) => {
    requireRoles(ctx, ['admin'], "change an agreement's documents");
    await requireAgreement(ctx, agreementId);
  },
};
