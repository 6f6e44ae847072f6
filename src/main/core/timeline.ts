import { english, matchPhrase, type Phrase, phrase, phraseSchema } from '../../shared/i18n/phrases';

/** A line of a case's or a breach's timeline as stored: its English and its phrase (080). */
export interface StoredLine {
  summary: string;
  summary_phrase: string;
}

export function storedLine(line: Phrase): StoredLine {
  return { summary: english(line), summary_phrase: JSON.stringify(line) };
}

function parsed(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return null;
  }
}

/**
 * The phrase a screen words a line in: the one stored with it, or for a line written before 080 (or
 * a stored phrase this version no longer knows) the `coreTimeline` text its English matches.
 * A note is the person's own words, never one of the core's lines: null, shown as written.
 */
export function lineText(event: {
  kind: string;
  summary: string;
  summary_phrase?: string | null;
}): Phrase | null {
  if (event.summary_phrase) {
    const stored = phraseSchema.safeParse(parsed(event.summary_phrase));
    if (stored.success) return stored.data;
  }
  if (event.kind === 'note') return null;
  return matchPhrase('coreTimeline', event.summary);
}

/**
 * What an anonymised case's or breach's lines become: a line may quote the person (a note, a
 * recipient, a representative's authority), so none is kept; when, who of the staff and what kind of
 * step stay.
 */
export const anonymisedLine: StoredLine = storedLine(phrase('timelineCommon:anonymised'));
