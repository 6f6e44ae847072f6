import type { InitOptions } from 'i18next';
import { languages, type Language } from '../../shared/i18n/languages';
import { uiNamespaces } from './namespaces';

const resources = Object.fromEntries(
  languages.map((language) => [
    language,
    Object.fromEntries(Object.entries(uiNamespaces).map(([name, ns]) => [name, ns[language]])),
  ]),
);

/**
 * The renderer's one i18next (docs/DEVELOPING.md, "Languages"): every namespace loaded at start
 * (they are small and bundled), keys without separators, plurals by `count` (`_one`/`_other`),
 * numbers and lists through i18next's Intl formatters, as `src/shared/i18n/translate.ts` renders
 * the same dictionaries in the core. A missing key shows as the key, never as the other language.
 */
export function i18nOptions(language: Language): InitOptions {
  return {
    resources,
    lng: language,
    fallbackLng: false,
    ns: Object.keys(uiNamespaces),
    defaultNS: 'common',
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  };
}
