import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { languages } from '../../src/shared/i18n/languages';
import { placeholdersOf, translate } from '../../src/shared/i18n/translate';
import { rendererNamespaces, uiNamespaces } from '../../src/renderer/i18n/namespaces';
import { i18nOptions } from '../../src/renderer/i18n/options';
import { systemLanguage } from '../../src/renderer/i18n/language';

/** A value for every placeholder of a text, of the kind its format asks for. */
function paramsFor(text: string): Record<string, string | number | string[]> {
  const params: Record<string, string | number | string[]> = { count: 1234 };
  for (const [, name, format] of text.matchAll(/\{\{\s*(\w+)\s*(?:,\s*(\w+)\s*)?\}\}/g)) {
    if (name === 'count') continue;
    params[name] = format === 'number' ? 1234.5 : format === 'list' ? ['Kari', 'Ola', 'Per'] : `<${name}>`;
  }
  return params;
}

describe("the screens' texts", () => {
  it('have every key in both languages, with the same placeholders and plural forms, and no empty text', () => {
    for (const [name, ns] of Object.entries(rendererNamespaces)) {
      const en = ns.en as Record<string, string>;
      const nb = ns.nb as Record<string, string>;
      expect(Object.keys(nb).sort(), `${name}: bokmål keys`).toEqual(Object.keys(en).sort());
      for (const key of Object.keys(en)) {
        expect(en[key].trim(), `${name}:${key} in English`).not.toBe('');
        expect(nb[key].trim(), `${name}:${key} in bokmål`).not.toBe('');
        expect(placeholdersOf(nb[key]), `${name}:${key} placeholders`).toEqual(placeholdersOf(en[key]));
        const plural = /^(.*)_(one|other)$/.exec(key);
        if (plural) {
          expect(Object.hasOwn(en, `${plural[1]}_one`), `${name}:${plural[1]}_one`).toBe(true);
          expect(Object.hasOwn(en, `${plural[1]}_other`), `${name}:${plural[1]}_other`).toBe(true);
        }
      }
    }
  });

  it('do not reuse a name the core’s vocabularies already have', () => {
    const shared = Object.keys(uiNamespaces).filter((name) => !(name in rendererNamespaces));
    for (const name of Object.keys(rendererNamespaces)) expect(shared).not.toContain(name);
  });

  it('render in i18next exactly as the core renders the same dictionaries', async () => {
    for (const language of languages) {
      const instance = i18next.createInstance();
      await instance.init(i18nOptions(language));
      for (const [name, ns] of Object.entries(uiNamespaces)) {
        const dictionary = ns[language] as Record<string, string>;
        for (const key of Object.keys(dictionary)) {
          const base = key.replace(/_(zero|one|two|few|many|other)$/, '');
          const params = paramsFor(dictionary[key]);
          expect(instance.t(base, { ...params, ns: name }), `${language} ${name}:${key}`).toBe(
            translate(ns as never, language, base as never, params),
          );
        }
      }
    }
  });

  it('start in the system’s language when Privacy Desk speaks it, else in bokmål', () => {
    expect(systemLanguage(['nb-NO'])).toBe('nb');
    expect(systemLanguage(['nn-NO'])).toBe('nb');
    expect(systemLanguage(['en-US', 'nb'])).toBe('en');
    expect(systemLanguage(['de-DE', 'en-GB'])).toBe('en');
    expect(systemLanguage(['sv-SE'])).toBe('nb');
    expect(systemLanguage([])).toBe('nb');
  });
});
