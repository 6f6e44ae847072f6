import { z } from 'zod';

interface SettingBase {
  /** Heading the setting is shown under on the settings screen. */
  group: string;
  label: string;
  help: string;
}

export interface IntegerSetting extends SettingBase {
  kind: 'integer';
  min: number;
  max: number;
  unit: string;
  default: number;
}

export interface BooleanSetting extends SettingBase {
  kind: 'boolean';
  default: boolean;
}

export type SettingDefinition = IntegerSetting | BooleanSetting;

export function integerSetting(def: Omit<IntegerSetting, 'kind'>): IntegerSetting {
  return { kind: 'integer', ...def };
}

export function booleanSetting(def: Omit<BooleanSetting, 'kind'>): BooleanSetting {
  return { kind: 'boolean', ...def };
}

type ValueOf<D extends SettingDefinition> = D extends IntegerSetting ? number : boolean;

export type SettingsOf<Defs extends Record<string, SettingDefinition>> = {
  [K in keyof Defs]: ValueOf<Defs[K]>;
};

export function schemaFor(def: SettingDefinition): z.ZodType<number | boolean> {
  if (def.kind === 'boolean') return z.boolean({ error: `${def.label}: choose on or off` });
  return z
    .number({ error: `${def.label}: enter a whole number` })
    .int(`${def.label}: enter a whole number`)
    .min(def.min, `${def.label}: at least ${def.min} ${def.unit}`)
    .max(def.max, `${def.label}: at most ${def.max} ${def.unit}`);
}
