import type { Settings } from '../../../shared/settings/definitions';
import type { Ctx } from '../context';
import { recomputeOpenCaseClocks } from './clock';

/** The settings a case's clock reads: changing one moves the due dates of the open cases it affects. */
const clockSettings = ['pauseForVerification', 'pauseRequestWithinDays', 'forwardWithinWorkingDays'] as const;

export async function casesSettingsHook(ctx: Ctx, before: Settings, after: Settings): Promise<void> {
  const changedSettings = clockSettings.filter((key) => before[key] !== after[key]);
  if (changedSettings.length === 0) return;
  const changed = await recomputeOpenCaseClocks(ctx, after);
  if (changed > 0)
    await ctx.audit({
      action: 'recompute-deadlines',
      entityType: 'case',
      after: { reason: `${changedSettings.join(', ')} changed`, casesWithNewDueDate: changed },
    });
}
