import { english, phrase, type Phrase, type PhraseKey } from '../../../shared/i18n/phrases';
import { osloDate } from '../../../shared/oslo';
import type { RetentionKind } from '../../../shared/retention/contract';

type HoldKey = Extract<
  PhraseKey,
  `coreRetention:${'inCase' | 'inBreach' | 'evidence' | 'legalHold' | 'bookkeeping' | 'aboutLegalHold'}`
>;

/** A kind's rule, with the setting's value and the day its time runs back to (an instant, in Oslo). */
export function ruleOf(
  kind: RetentionKind,
  count?: number,
  cutoff?: string,
): { rule: string; ruleText: Phrase } {
  const text =
    count === undefined || cutoff === undefined
      ? phrase(`coreRetention:${kind}`)
      : phrase(`coreRetention:${kind}`, { count, date: { date: osloDate(cutoff) } });
  return { rule: english(text), ruleText: text };
}

/** Why `count` records past their time stay. */
export function holdOf(key: HoldKey, count: number) {
  const text = phrase(key);
  return { reason: english(text), reasonText: text, count };
}
