import type { settingsChannels } from '../../../shared/settings/contract';
import type { Handlers } from '../handler';
import { updateSettings } from './service';

export const settingsHandlers: Handlers<keyof typeof settingsChannels> = {
  'settings.get': async (_input, ctx) => ctx.settings,
  'settings.update': (input, ctx) => updateSettings(ctx, input),
};
