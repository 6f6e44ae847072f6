import { fallbackLanguage, isLanguage, type Language } from '../../shared/i18n/languages';

const storageKey = 'privacy-desk.language';

/** The operating system's language when Privacy Desk speaks it (nn and no read bokmål), else bokmål. */
export function systemLanguage(
  preferred: readonly string[] = navigator.languages ?? [navigator.language],
): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'nb' || base === 'no' || base === 'nn') return 'nb';
    if (base === 'en') return 'en';
  }
  return fallbackLanguage;
}

/** The language chosen on this desk before anyone signed in (the sign-in page's menu). */
export function deskLanguage(): Language | null {
  try {
    const stored = window.localStorage.getItem(storageKey);
    return isLanguage(stored) ? stored : null;
  } catch {
    return null;
  }
}

export function rememberDeskLanguage(language: Language): void {
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // A desk without storage simply asks again.
  }
}

/** Whose choice wins: the signed-in person's, then this desk's, then the system's. */
export function languageFor(userLanguage: Language | null | undefined): Language {
  return userLanguage ?? deskLanguage() ?? systemLanguage();
}
