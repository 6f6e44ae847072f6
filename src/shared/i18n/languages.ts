import { z } from 'zod';

/**
 * The languages Privacy Desk writes in: Norwegian bokmål and English. The codes are i18next's
 * (and BCP 47's) language codes; `intlLocales` are what `Intl` formats numbers and dates with.
 */
export const languages = ['nb', 'en'] as const;
export type Language = (typeof languages)[number];

/** Each language named in itself, as a language menu shows it. */
export const languageNames: Record<Language, string> = { nb: 'Norsk bokmål', en: 'English' };

export const intlLocales: Record<Language, string> = { nb: 'nb-NO', en: 'en-GB' };

/** The language a person gets when nothing else decides it (DOMAIN: a Norwegian company). */
export const fallbackLanguage: Language = 'nb';

export const languageSchema = z.enum(languages, { error: 'Choose nb (bokmål) or en (English)' });

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}
