import type { PersonMatch } from '../../../shared/people/contract';
import { useSay } from '../../i18n';

type Worded = Pick<PersonMatch, 'title' | 'detail' | 'whyText' | 'titleText' | 'detailText'>;

/** A search result's title, detail and why-it-matched in the reader's language. */
export function useMatchWords() {
  const say = useSay();
  return {
    title: (match: Worded) => (match.titleText ? say(match.titleText) : match.title),
    detail: (match: Worded) => (match.detailText ? say(match.detailText) : match.detail),
    why: (match: Worded) => say(match.whyText),
  };
}
