import type { auditChannels } from '../../../shared/audit/contract';
import type { Handlers } from '../handler';
import { auditFacets, listAudit, verifyAuditChain } from './service';

export const auditHandlers: Handlers<keyof typeof auditChannels> = {
  'audit.list': (input, ctx) => listAudit(ctx, input),
  'audit.facets': (_input, ctx) => auditFacets(ctx),
  'audit.verify': async (_input, ctx) => {
    const result = await verifyAuditChain(ctx.db);
    await ctx.audit({ action: 'verify', entityType: 'audit', after: result });
    return result;
  },
};
