import type { ValidationIssue } from '../errors';
import type { Language } from './languages';
import { errors, errorTerms, type ErrorKey } from './resources/errors';
import { englishMatcher } from './match';
import { isPhraseKey, say, type Phrase } from './phrases';
import { translate, type CallKey, type ParamValue } from './translate';

export type { ErrorKey };

/**
 * Several parts of a message as one parameter, each put in the language (a word of `errorTerms`,
 * a phrase, another message) and joined: by `", "`, `"; "`, `" "`, or the language's "and" / "or".
 */
export interface ListParam {
  list: readonly (string | number | Phrase | ErrorText)[];
  join: ', ' | '; ' | ' ' | 'and' | 'or';
  /** Each part's first letter lower-cased: labels that stand inside a sentence. */
  lowerFirst?: boolean;
}

/**
 * A message's parameter: a value (a word of `errorTerms` is put in the language; a list of them is
 * joined by "or"), a phrase (`coreCases:…`, a duration), another message of the namespace, or a list.
 */
export type ErrorParam = ParamValue | Phrase | ErrorText | ListParam;
export type ErrorParams = Readonly<Record<string, ErrorParam>>;

/** A message as the core keeps it: a key of the `errors` namespace and its parameters. */
export interface ErrorText {
  key: CallKey<ErrorKey>;
  params?: ErrorParams;
}

export function isErrorText(value: unknown): value is ErrorText {
  if (typeof value !== 'object' || value === null) return false;
  const key = (value as ErrorText).key;
  return (
    typeof key === 'string' && (Object.hasOwn(errors.en, key) || Object.hasOwn(errors.en, `${key}_other`))
  );
}

function term(language: Language, value: string): string {
  const terms = errorTerms[language] as Readonly<Record<string, string>>;
  return Object.hasOwn(terms, value) ? terms[value]! : value;
}

function joined(language: Language, join: ListParam['join']): string {
  return join === 'and' || join === 'or' ? ` ${translate(errors, language, join)} ` : join;
}

/** A parameter in the language: a known word translated, a list of them joined by "or", a phrase worded. */
function localParam(language: Language, value: ErrorParam): ParamValue {
  if (value === null || value === undefined || typeof value === 'number') return value;
  if (typeof value === 'string') return term(language, value);
  if (Array.isArray(value)) {
    return (value as readonly string[]).map((item) => term(language, item)).join(joined(language, 'or'));
  }
  if ('list' in value) {
    const parts = value.list.map((item) => String(localParam(language, item)));
    const cased = value.lowerFirst
      ? parts.map((part) => part.charAt(0).toLowerCase() + part.slice(1))
      : parts;
    return cased.join(joined(language, value.join));
  }
  const text = value as Phrase | ErrorText;
  return isPhraseKey(text.key) ? say(language, text as Phrase) : errorMessage(language, text as ErrorText);
}

/** The message of `text` in `language`. */
export function errorMessage(language: Language, text: ErrorText): string {
  const params = Object.fromEntries(
    Object.entries(text.params ?? {}).map(([name, value]) => [name, localParam(language, value)]),
  );
  return translate(errors, language, text.key, params);
}

const matchEnglish = englishMatcher(
  errors.en as Readonly<Record<string, string>>,
  (key) => !key.startsWith('zod') && !/^[A-Z_]+$/.test(key),
);

/**
 * The key and parameters of an English message written before errors had keys (a sentence
 * thrown by a service, a zod schema's message), or null when the namespace has no such text.
 */
export function matchErrorText(message: string): ErrorText | null {
  return matchEnglish(message) as ErrorText | null;
}

/** A message in `language`: from its key when it has one, else matched, else as it was written. */
export function localMessage(
  language: Language,
  message: string,
  text?: ErrorText | null,
): { message: string; text: ErrorText | null } {
  const found = text ?? matchErrorText(message);
  if (!found) return { message, text: null };
  return { message: language === 'en' && !text ? message : errorMessage(language, found), text: found };
}

/** A validation issue in `language`, keeping its key and parameters beside the message. */
export function localIssue(language: Language, issue: ValidationIssue): ValidationIssue {
  const known = issue.key ? { key: issue.key as CallKey<ErrorKey>, params: issue.params } : null;
  const { message, text } = localMessage(language, issue.message, known);
  return text ? { ...issue, message, key: text.key, ...(text.params ? { params: text.params } : {}) } : issue;
}

/** The parts of a zod issue its messages use (zod 4's `$ZodRawIssue`, loosely). */
interface ZodIssueLike {
  code?: string;
  expected?: unknown;
  input?: unknown;
  origin?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  keys?: unknown;
}

const sizedOrigins: Readonly<Record<string, 'String' | 'Number' | 'Array'>> = {
  string: 'String',
  number: 'Number',
  int: 'Number',
  bigint: 'Number',
  array: 'Array',
  set: 'Array',
};

/**
 * zod's own messages (a wrong type, too short, too long, …) as the `errors` namespace words them,
 * for a parse in bokmål: `schema.safeParse(input, { error: zodErrorMap('nb') })`. Messages the
 * schemas write themselves come first (zod's order) and are matched by `localIssue`; an issue
 * this map does not word keeps zod's English. English parses use no map: zod's words stay.
 */
export function zodErrorMap(language: Language) {
  return (issue: ZodIssueLike): string | undefined => {
    const say = (key: CallKey<ErrorKey>, params?: ErrorParams) => errorMessage(language, { key, params });
    switch (issue.code) {
      case 'invalid_type':
        if (issue.input === undefined) return say('zodRequired');
        if (issue.expected === 'int') return say('zodNotInteger');
        return say('zodInvalidType', { expected: String(issue.expected) });
      case 'too_small':
      case 'too_big': {
        const kind = sizedOrigins[String(issue.origin)];
        if (!kind) return undefined;
        return issue.code === 'too_small'
          ? say(`zodTooSmall${kind}`, { minimum: Number(issue.minimum) })
          : say(`zodTooBig${kind}`, { maximum: Number(issue.maximum) });
      }
      case 'invalid_value':
        return say('zodInvalidValue');
      case 'invalid_format':
        return say('zodInvalidFormat');
      case 'unrecognized_keys':
        return say('zodUnknownKeys', {
          keys: Array.isArray(issue.keys) ? issue.keys.map(String).join(', ') : '',
        });
      default:
        return undefined;
    }
  };
}
