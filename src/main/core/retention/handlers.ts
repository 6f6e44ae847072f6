import type { retentionChannels } from '../../../shared/retention/contract';
import { AppError } from '../errors';
import type { Handlers } from '../handler';
import { retentionPreview } from './preview';
import { purgeRetention } from './service';

export const retentionHandlers: Handlers<keyof typeof retentionChannels> = {
  'retention.preview': (_input, ctx) => retentionPreview(ctx.db, ctx.clock.now()),
  'retention.purge': async (_input, ctx) => {
    // Each batch is a transaction of its own, so the purge runs once this call has committed; the
    // call answers when it is done (dispatch awaits what follows the commit, and reports its failure).
    const { clock, env, actor } = ctx;
    ctx.afterCommit(async () => {
      try {
        await purgeRetention({ db: env.database, clock, env }, 'manual', actor);
      } catch (error) {
        if (error instanceof AppError) throw error;
        env.log.error('The retention purge stopped', error);
        throw new AppError(
          'INTERNAL',
          'The purge stopped partway. What it removed stays removed and the rest is untouched; the next purge finishes the job. The details are in the log.',
        );
      }
    });
    await ctx.audit({ action: 'purge', entityType: 'retention', after: { trigger: 'manual' } });
    return { requestedAt: clock.now().toISOString() };
  },
};
