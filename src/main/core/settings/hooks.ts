import type { Settings } from '../../../shared/settings/definitions';
import { casesSettingsHook } from '../cases/settings-hook';
import type { Ctx } from '../context';

/**
 * Work that must follow a settings change in the same transaction (e.g. stored due dates when the
 * verification pause is switched). Features add their hook here.
 */
export type SettingsHook = (ctx: Ctx, before: Settings, after: Settings) => Promise<void>;

export const settingsHooks: SettingsHook[] = [casesSettingsHook];
