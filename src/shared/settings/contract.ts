import { z } from 'zod';
import { command, query } from '../contract/channel';
import { emptyInput } from '../validation';
import { schemaFor, type SettingValue } from './define';
import { settingDefinitions, settingKeys, type SettingKey, type Settings } from './definitions';

const settingsShape = Object.fromEntries(
  settingKeys.map((key) => [key, schemaFor(settingDefinitions[key])]),
) as Record<SettingKey, z.ZodType<SettingValue>>;

export const settingsSchema = z.object(settingsShape) as unknown as z.ZodType<Settings>;
const settingsPatch = z.strictObject(settingsShape).partial() as unknown as z.ZodType<Partial<Settings>>;

export const settingsChannels = {
  'settings.get': query({
    personalData: false,
    access: 'signedIn',
    input: emptyInput,
    output: settingsSchema,
  }),
  'settings.update': command({ access: ['admin'], input: settingsPatch, output: settingsSchema }),
};
