import { intlLocales, type Language } from './languages';

/**
 * Plain dictionaries per language, in i18next's own resource format, so that the renderer's
 * i18next (issue 16 part B) loads the very same objects as namespaces:
 *
 * * a key maps to a string; placeholders are `{{name}}`, formatted ones `{{value, number}}` or
 *   `{{items, list}}` (i18next's built-in Intl formatters);
 * * plurals are keys with CLDR suffixes, `files_one` and `files_other`, chosen by the `count`
 *   parameter through `Intl.PluralRules` (i18next's JSON v4 format); both languages have the forms
 *   `one` and `other`.
 *
 * `translate` below implements exactly that subset, so the core needs no i18next to write letters
 * and reports, and a text renders the same in both places.
 */
export type Dictionary<K extends string = string> = Readonly<Record<K, string>>;

export interface Namespace<K extends string = string> {
  readonly en: Dictionary<K>;
  readonly nb: Dictionary<K>;
}

/** English is the source of the keys; the bokmål dictionary must have every one of them (the compiler checks). */
export function namespace<const E extends Record<string, string>>(
  en: E,
  nb: Record<keyof E & string, string>,
): Namespace<keyof E & string> {
  return { en, nb };
}

/** CLDR's plural categories, the suffixes of plural keys. */
type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** A key as called: plural forms are called by their base (`files`, with `count`). */
export type CallKey<K extends string> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;

export type ParamValue = string | number | readonly string[] | null | undefined;
export type Params = Readonly<Record<string, ParamValue>>;

const pluralRules = new Map<Language, Intl.PluralRules>();
const numberFormats = new Map<Language, Intl.NumberFormat>();
const listFormats = new Map<Language, Intl.ListFormat>();

function cached<T>(cache: Map<Language, T>, language: Language, make: () => T): T {
  let value = cache.get(language);
  if (!value) {
    value = make();
    cache.set(language, value);
  }
  return value;
}

export function formatNumber(language: Language, value: number): string {
  return cached(numberFormats, language, () => new Intl.NumberFormat(intlLocales[language])).format(value);
}

/** "a, b and c" / "a, b og c". */
export function formatList(language: Language, items: readonly string[]): string {
  return cached(
    listFormats,
    language,
    () => new Intl.ListFormat(intlLocales[language], { style: 'long', type: 'conjunction' }),
  ).format(items);
}

const placeholder = /\{\{\s*([A-Za-z0-9_]+)\s*(?:,\s*([A-Za-z]+)\s*)?\}\}/g;

/** The placeholders of a text, without their formats: a test holds them equal across languages. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(placeholder)].map((match) => match[1]).sort();
}

function formatValue(language: Language, value: ParamValue, format: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return formatList(language, value as readonly string[]);
  if (typeof value === 'number') return format === 'number' ? formatNumber(language, value) : String(value);
  return String(value);
}

/** Fills `{{name}}` and `{{name, number}}` / `{{name, list}}` placeholders. */
export function interpolate(language: Language, text: string, params: Params = {}): string {
  return text.replace(placeholder, (_match, name: string, format: string | undefined) =>
    formatValue(language, Object.hasOwn(params, name) ? params[name] : undefined, format),
  );
}

/**
 * The text of `key` in `language`, with the plural form `count` asks for and the parameters
 * filled in. A key missing from the dictionary is a programming error the tests catch: it throws.
 */
export function translate<K extends string>(
  ns: Namespace<K>,
  language: Language,
  key: CallKey<K>,
  params: Params = {},
): string {
  const dictionary = ns[language] as Readonly<Record<string, string>>;
  let text: string | undefined;
  if (typeof params.count === 'number') {
    const rule = cached(pluralRules, language, () => new Intl.PluralRules(intlLocales[language]));
    text = dictionary[`${key}_${rule.select(params.count)}`] ?? dictionary[`${key}_other`];
  }
  text ??= dictionary[key];
  if (text === undefined) throw new Error(`No text "${key}" in ${language}`);
  return interpolate(language, text, params);
}

/** `t(key, params)` bound to one namespace and language. */
export function translator<K extends string>(ns: Namespace<K>, language: Language) {
  return (key: CallKey<K>, params?: Params): string => translate(ns, language, key, params);
}

/** A label of a vocabulary (request types, outcomes, …) in a language. */
export function label<K extends string>(ns: Namespace<K>, language: Language, key: K): string {
  return ns[language][key];
}
