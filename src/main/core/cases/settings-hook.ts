import type { Settings } from '../../../shared/settings/definitions';
import type { Ctx } from '../context';
import { recomputeOpenCaseClocks } from './clock';

/** Turning the verification pause on or off moves the due dates of open cases that asked for verification. */
export async function casesSettingsHook(ctx: Ctx, before: Settings, after: Settings): Promise<void> {
  if (before.pauseForVerification === after.pauseForVerification) return;
  const changed = await recomputeOpenCaseClocks(ctx, after);
  if (changed > 0)
    await ctx.audit({
      action: 'recompute-deadlines',
      entityType: 'case',
      after: { reason: 'pauseForVerification changed', casesWithNewDueDate: changed },
    });
}
