import { currentLanguage, text } from '../i18n';
import { auditWordsText } from './auditWordsText';

/**
 * The audit log in words, in the person's language (the namespace `auditWords`, `auditWordsText.ts`):
 * what was done (its action), to what kind of record, and through which part of the app (its
 * channel), for the audit screen and every record's history. A word the namespace does not know yet
 * (a new action) is shown as its code in plain words.
 */

function word(key: string): string | undefined {
  const dictionary: Readonly<Record<string, string>> = auditWordsText[currentLanguage()];
  return dictionary[key];
}

function sentence(words: string): string {
  const spaced = words
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]/g, ' ')
    .toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

export function auditActionLabel(action: string, entityType?: string): string {
  return (
    (action === 'create' && entityType ? word(`created:${entityType}`) : undefined) ??
    word(`action:${action}`) ??
    sentence(action)
  );
}

export function entityTypeLabel(entityType: string): string {
  return word(`entity:${entityType}`) ?? sentence(entityType);
}

/** "cases.get" → "Cases: opened", "cli:backup" → "Command line: backup"; anything else in plain words. */
export function channelWords(channel: string): string {
  // Work done with the privacy-desk command ("cli:seed-demo") says so in words.
  if (channel.startsWith('cli:'))
    return text('auditWords', 'commandLine', { what: sentence(channel.slice(4)).toLowerCase() });
  const [feature, verb] = channel.split('.', 2);
  if (!feature || !verb) return sentence(channel);
  return text('auditWords', 'channel', {
    feature: word(`feature:${feature}`) ?? sentence(feature),
    verb: word(`verb:${verb}`) ?? sentence(verb).toLowerCase(),
  });
}
