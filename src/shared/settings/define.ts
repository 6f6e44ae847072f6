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

/** A line of text, such as the company's name or address in letters. */
export interface TextSetting extends SettingBase {
  kind: 'text';
  maxLength: number;
  default: string;
  /** A paragraph or more (line breaks allowed), shown as a box of several lines. */
  multiline?: boolean;
}

export type SettingDefinition = IntegerSetting | BooleanSetting | TextSetting;

export function integerSetting(def: Omit<IntegerSetting, 'kind'>): IntegerSetting {
  return { kind: 'integer', ...def };
}

export function booleanSetting(def: Omit<BooleanSetting, 'kind'>): BooleanSetting {
  return { kind: 'boolean', ...def };
}

export function textSetting(def: Omit<TextSetting, 'kind'>): TextSetting {
  return { kind: 'text', ...def };
}

type ValueOf<D extends SettingDefinition> = D extends IntegerSetting
  ? number
  : D extends TextSetting
    ? string
    : boolean;

export type SettingsOf<Defs extends Record<string, SettingDefinition>> = {
  [K in keyof Defs]: ValueOf<Defs[K]>;
};

export type SettingValue = number | boolean | string;

export function schemaFor(def: SettingDefinition): z.ZodType<SettingValue> {
  if (def.kind === 'boolean') return z.boolean({ error: `${def.label}: choose on or off` });
  if (def.kind === 'text')
    return z
      .string({ error: `${def.label}: enter the text` })
      .trim()
      .min(1, `${def.label} cannot be empty`)
      .max(def.maxLength, `${def.label}: at most ${def.maxLength} characters`)
      .refine((value) => def.multiline === true || !/[\r\n]/.test(value), `${def.label} is one line`);
  return z
    .number({ error: `${def.label}: enter a whole number` })
    .int(`${def.label}: enter a whole number`)
    .min(def.min, `${def.label}: at least ${def.min} ${def.unit}`)
    .max(def.max, `${def.label}: at most ${def.max} ${def.unit}`);
}
