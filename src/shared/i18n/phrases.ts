import { z } from 'zod';
import { type CalendarDate, isCalendarDate, parseCalendarDate, weekday } from '../calendar';
import { formatDate } from './format';
import { countryName } from '../countries';
import { intlLocales, type Language } from './languages';
import { coreBreaches } from './resources/core-breaches';
import { coreCases } from './resources/core-cases';
import { coreDeadlines } from './resources/core-deadlines';
import { corePeople } from './resources/core-people';
import { coreReminders } from './resources/core-reminders';
import { coreRegisters } from './resources/core-registers';
import { coreRetention } from './resources/core-retention';
import { coreTimeline } from './resources/core-timeline';
import * as labels from './resources/labels';
import { templateKind } from './resources/letters';
import { taskHelp, taskLabel } from './resources/task-labels';
import { timelineBreach } from './resources/timeline-breach-lines';
import { timelineCase, timelineCommon } from './resources/timeline-lines';
import * as timelineWords from './resources/timeline-words';
import * as registerLabels from './resources/register-labels';
import { englishMatcher, type Matched } from './match';
import { translate, type CallKey, type Namespace, type ParamValue } from './translate';

/**
 * The namespaces a `Phrase` may name: the sentences the core words for the screens (deadline items,
 * clocks, obligations, notes, checks, the retention preview, the timelines' lines) and the vocabularies
 * they cite.
 */
/** The sentences the core words for the screens and the timelines' lines; the app's dictionaries hold them too. */
export const coreSentences = {
  coreDeadlines,
  coreBreaches,
  coreCases,
  coreRegisters,
  coreRetention,
  coreTimeline,
  corePeople,
  coreReminders,
  timelineCommon,
  timelineCase,
  timelineBreach,
  ...timelineWords,
  taskLabel,
  taskHelp,
} satisfies Record<string, Namespace>;

export const phraseNamespaces = {
  ...coreSentences,
  caseChannel: labels.caseChannel,
  templateKind,
  requestType: labels.requestType,
  requestTypeNoun: labels.requestTypeNoun,
  inquiryCategory: labels.inquiryCategory,
  holiday: labels.holiday,
  transferBasis: labels.transferBasis,
  transferBasisShort: registerLabels.transferBasisShort,
  securityResult: registerLabels.securityResult,
  endOfProcessing: registerLabels.endOfProcessing,
  dataType: labels.dataType,
} satisfies Record<string, Namespace>;

type PhraseNamespace = keyof typeof phraseNamespaces;
type KeysOf<N extends PhraseNamespace> = (typeof phraseNamespaces)[N] extends Namespace<infer K> ? K : never;

/** `namespace:key`, the key as called (plurals by their base): a key missing in the namespace does not compile. */
export type PhraseKey = { [N in PhraseNamespace]: `${N}:${CallKey<KeysOf<N>>}` }[PhraseNamespace];

/**
 * A calendar date in a phrase: `dd.mm.yyyy` in both languages, except where the English has always
 * been short ("31 Jan", with the weekday "Mon 2 Mar"): bokmål writes those `dd.mm.yyyy` too.
 */
export interface DateParam {
  date: CalendarDate;
  /** `weekdayYear`: "Mon 2 Mar 2026" (a desktop reminder's), `dd.mm.yyyy` with the weekday in bokmål. */
  style?: 'day' | 'weekday' | 'weekdayYear';
}

/** A country by its ISO code, named in the reader's language. */
export interface CountryParam {
  country: string;
}

/**
 * A parameter: a value, a date, a country, another phrase (a holiday's name, a nested clause), or a list of
 * them, joined with commas.
 */
export type PhraseParam = string | number | null | DateParam | CountryParam | Phrase | readonly PhraseParam[];

/**
 * A sentence as the core keeps it: a key and its parameters (like `ErrorText`), worded in the
 * reader's language where it is shown, so a change of language changes it at once.
 */
export interface Phrase {
  key: PhraseKey;
  params?: Readonly<Record<string, PhraseParam>>;
}

export function phrase(key: PhraseKey, params?: Readonly<Record<string, PhraseParam>>): Phrase {
  return params ? { key, params } : { key };
}

function split(key: string): [PhraseNamespace, string] | null {
  const at = key.indexOf(':');
  if (at < 0) return null;
  const ns = key.slice(0, at);
  return Object.hasOwn(phraseNamespaces, ns) ? [ns as PhraseNamespace, key.slice(at + 1)] : null;
}

export function isPhraseKey(value: unknown): value is PhraseKey {
  if (typeof value !== 'string') return false;
  const parts = split(value);
  if (!parts) return false;
  const en = phraseNamespaces[parts[0]].en as Readonly<Record<string, string>>;
  return Object.hasOwn(en, parts[1]) || Object.hasOwn(en, `${parts[1]}_other`);
}

const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const dayNames = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const nbDayNames = ['søn.', 'man.', 'tir.', 'ons.', 'tor.', 'fre.', 'lør.'];

function dateIn(language: Language, { date, style }: DateParam): string {
  const { month, day } = parseCalendarDate(date);
  if (language === 'nb' || !style) {
    return style === 'weekday' || style === 'weekdayYear'
      ? `${nbDayNames[weekday(date)]} ${formatDate(date)}`
      : formatDate(date);
  }
  const text = `${day} ${monthNames[month - 1]}`;
  if (style === 'weekdayYear') return `${dayNames[weekday(date)]} ${text} ${date.slice(0, 4)}`;
  return style === 'weekday' ? `${dayNames[weekday(date)]} ${text}` : text;
}

const regionNames = new Map<Language, Intl.DisplayNames>();

/** A country's name in `language` (English as `countryName` has it). */
export function countryIn(language: Language, code: string): string {
  if (language === 'en') return countryName(code);
  let names = regionNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([intlLocales[language]], { type: 'region' });
    regionNames.set(language, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

function paramIn(language: Language, value: PhraseParam): ParamValue {
  if (value === null || typeof value === 'string' || typeof value === 'number') return value;
  if (Array.isArray(value))
    return (value as readonly PhraseParam[]).map((item) => String(paramIn(language, item))).join(', ');
  if ('date' in value) return dateIn(language, value);
  if ('country' in value) return countryIn(language, value.country);
  return say(language, value as Phrase);
}

/** The phrase in `language`, its nested phrases, dates and lists worded in it too. */
export function say(language: Language, text: Phrase): string {
  const [ns, key] = split(text.key)!;
  const params = Object.fromEntries(
    Object.entries(text.params ?? {}).map(([name, value]) => [name, paramIn(language, value)]),
  );
  return translate(phraseNamespaces[ns] as Namespace, language, key as CallKey<string>, params);
}

/** The English of a phrase: what exports and reminders print beside it. */
export const english = (text: Phrase): string => say('en', text);

const matchers = new Map<PhraseNamespace, (message: string) => Matched | null>();

/**
 * A sentence kept as written in English (a timeline's line) as the phrase of `ns` that wrote it,
 * or null when none did.
 */
export function matchPhrase(ns: PhraseNamespace, message: string): Phrase | null {
  let match = matchers.get(ns);
  if (!match) {
    match = englishMatcher(phraseNamespaces[ns].en);
    matchers.set(ns, match);
  }
  const found = match(message);
  if (!found) return null;
  return phrase(`${ns}:${found.key}` as PhraseKey, found.params as Record<string, PhraseParam> | undefined);
}

const dateParamSchema = z.object({
  date: z.string().refine(isCalendarDate),
  style: z.enum(['day', 'weekday', 'weekdayYear']).optional(),
});

const phraseParamSchema: z.ZodType<PhraseParam> = z.lazy(() =>
  z.union([
    z.string(),
    z.number(),
    z.null(),
    dateParamSchema,
    z.object({ country: z.string() }),
    phraseSchema,
    z.array(phraseParamSchema),
  ]),
);

export const phraseSchema: z.ZodType<Phrase> = z.lazy(() =>
  z.object({
    key: z.custom<PhraseKey>(isPhraseKey, { error: 'Not a known phrase' }),
    params: z.record(z.string(), phraseParamSchema).optional(),
  }),
);
