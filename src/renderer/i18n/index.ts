import i18next, { type TOptions } from 'i18next';
import { useCallback } from 'react';
import { initReactI18next, useTranslation } from 'react-i18next';
import { isLanguage, type Language } from '../../shared/i18n/languages';
import { type Phrase, say } from '../../shared/i18n/phrases';
import type { CallKey, Dictionary, Params } from '../../shared/i18n/translate';
import { languageFor } from './language';
import { uiNamespaces, type KeyOf, type UiNamespace } from './namespaces';
import { i18nOptions } from './options';

export type { UiNamespace } from './namespaces';

export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init(i18nOptions(languageFor(null)));
document.documentElement.lang = i18n.language;

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'nb';
}

export type Translate<K extends string> = (key: CallKey<K>, params?: Params) => string;

/**
 * The texts of one namespace in the person's language, typed by its keys: a key missing in the
 * namespace does not compile. The component follows a change of language at once.
 */
export function useT<N extends UiNamespace>(ns: N): Translate<KeyOf<N>> {
  const { t } = useTranslation(ns);
  // i18next's own key typing knows nothing of these namespaces; KeyOf<N> is the check.
  const plain = t as unknown as (key: string, options?: TOptions) => string;
  return useCallback((key: string, params?: Params) => plain(key, params as TOptions), [plain]);
}

/** A whole vocabulary in the person's language, e.g. `useLabels('requestType')` for an `EnumSelect`. */
export function useLabels<N extends UiNamespace>(ns: N): Dictionary<KeyOf<N>> {
  const { i18n: instance } = useTranslation(ns);
  const language = isLanguage(instance.language) ? instance.language : 'nb';
  return uiNamespaces[ns][language] as Dictionary<KeyOf<N>>;
}

/** The person's language, following a change at once. */
export function useLanguage(): Language {
  const { i18n: instance } = useTranslation();
  return isLanguage(instance.language) ? instance.language : 'nb';
}

/** A text outside a component (a notification raised by a thunk, a helper in lib/). */
export function text<N extends UiNamespace>(ns: N, key: CallKey<KeyOf<N>>, params?: Params): string {
  const plain = i18n.t as unknown as (key: string, options?: TOptions) => string;
  return plain(key, { ...(params as TOptions), ns });
}

export async function switchLanguage(language: Language): Promise<void> {
  document.documentElement.lang = language;
  if (i18n.language !== language) await i18n.changeLanguage(language);
}

/**
 * The core's phrases (`Phrase`: a deadline's detail, a clock's state, a retention rule) in the
 * person's language, following a change of language at once, without asking the core again.
 */
export function useSay(): (text: Phrase) => string {
  const language = useLanguage();
  return useCallback((text: Phrase) => say(language, text), [language]);
}
