import path from 'node:path';
import type { backupsChannels } from '../../../shared/backups/contract';
import type { Handlers } from '../handler';
import { ruleViolation } from '../errors';
import { backupsDir } from './files';
import { keptAsidePath } from './restore';
import { backupByName, backupNow, listBackups } from './service';
import { cannotRestore, verifyBackup } from './verify';

export const backupsHandlers: Handlers<keyof typeof backupsChannels> = {
  'backups.list': async (_input, ctx) => ({
    folder: backupsDir(ctx.env.dataDir),
    keep: ctx.settings.backupKeep,
    backups: listBackups(ctx.env),
  }),
  'backups.create': async (_input, ctx) => {
    const report = await backupNow(ctx);
    const name = path.basename(report.file);
    await ctx.audit({ action: 'backup', entityType: 'database', after: { backup: name } });
    const item = listBackups(ctx.env).find((candidate) => candidate.name === name);
    if (!item)
      throw ruleViolation(
        `The backup ${name} was made but cannot be found in ${backupsDir(ctx.env.dataDir)}.`,
      );
    return item;
  },
  'backups.restore': async (input, ctx) => {
    const backupFile = backupByName(ctx.env, input.name);
    const restore = ctx.env.platform.restoreDatabase;
    if (!restore)
      throw ruleViolation(
        'Only the desktop app can put a backup in place of its open database. Use `privacy-desk --db NEW-FILE restore --from BACKUP-FILE` instead.',
      );
    const verification = await verifyBackup(backupFile, ctx.env.audit.key.key);
    if (!verification.ok) throw cannotRestore(input.name, verification);
    const at = ctx.clock.now();
    const keptAs = path.basename(keptAsidePath(path.resolve(ctx.env.dbFile), at));
    await ctx.audit({ action: 'restore', entityType: 'database', after: { backup: input.name, keptAs } });
    // Once this call has committed, the core is closed, the files are swapped and it opens again.
    ctx.afterCommit(() => restore({ backupFile, actor: ctx.actor, at }));
    return { keptAs };
  },
};
