import type { Knex } from 'knex';
import { schemaFor, type SettingValue } from '../../../shared/settings/define';
import {
  defaultSettings,
  settingDefinitions,
  settingKeys,
  type SettingKey,
  type Settings,
} from '../../../shared/settings/definitions';
import { isoNow } from '../clock';
import type { Ctx } from '../context';
import { settingsHooks } from './hooks';
import { readSettingRows, upsertSetting } from './repository';

function isSettingKey(key: string): key is SettingKey {
  return (settingKeys as string[]).includes(key);
}

/** Each setting's rule, built once: every call through dispatch reads the settings. */
const rules = Object.fromEntries(
  settingKeys.map((key) => [key, schemaFor(settingDefinitions[key])]),
) as Record<SettingKey, ReturnType<typeof schemaFor>>;

/** Stored values over defaults. A stored value that no longer passes its rule falls back to the default. */
export async function readSettings(db: Knex | Knex.Transaction): Promise<Settings> {
  const settings: Record<string, SettingValue> = defaultSettings();
  for (const row of await readSettingRows(db)) {
    if (!isSettingKey(row.key)) continue;
    const parsed = rules[row.key].safeParse(JSON.parse(row.value_json));
    if (parsed.success) settings[row.key] = parsed.data;
  }
  return settings as Settings;
}

export async function updateSettings(ctx: Ctx, patch: Partial<Settings>): Promise<Settings> {
  const before = await readSettings(ctx.db);
  const now = isoNow(ctx.clock);
  for (const key of settingKeys) {
    const value = patch[key];
    if (value === undefined || value === before[key]) continue;
    await upsertSetting(ctx.db, {
      key,
      value_json: JSON.stringify(value),
      updated_at: now,
      updated_by: ctx.actor.userId,
    });
  }
  const after = await readSettings(ctx.db);
  await ctx.audit({ action: 'update', entityType: 'settings', entityId: null, before, after });
  for (const hook of settingsHooks) await hook(ctx, before, after);
  return after;
}
