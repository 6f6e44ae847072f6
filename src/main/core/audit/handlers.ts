import fs from 'node:fs';
import type { auditChannels } from '../../../shared/audit/contract';
import type { Handlers } from '../handler';
import { createKeyFile, defaultAuditKeyFile, readKeyFile } from './key';
import { auditFacets, listAudit, verifyAuditChain } from './service';
import { conflict } from '../errors';

export const auditHandlers: Handlers<keyof typeof auditChannels> = {
  'audit.list': async (input, ctx) => {
    const page = await listAudit(ctx, input);
    const { page: _page, pageSize: _size, ...filter } = input;
    await ctx.audit({
      action: 'list',
      entityType: 'audit',
      after: { filter, shown: page.rows.map((row) => row.id) },
    });
    return page;
  },
  'audit.facets': (_input, ctx) => auditFacets(ctx),
  'audit.saveKeyFile': async (_input, ctx) => {
    const file = defaultAuditKeyFile(ctx.env.dataDir);
    const { key, id } = ctx.env.audit.key;
    const existing = fs.existsSync(file) ? readKeyFile(file) : null;
    if (existing && !existing.equals(key))
      throw conflict(`${file} holds another key than this database's; move it away first.`);
    if (!existing) createKeyFile(file, key);
    await ctx.audit({
      action: 'save-key',
      entityType: 'audit',
      after: { file, keyId: id, created: !existing },
    });
    return { file, created: !existing };
  },
  'audit.verify': async (_input, ctx) => {
    const result = await verifyAuditChain(ctx);
    await ctx.audit({ action: 'verify', entityType: 'audit', after: result });
    return result;
  },
};
