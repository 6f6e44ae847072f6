import type { Params } from './translate';

/**
 * English sentences written before they had keys, matched back to the key and parameters of the
 * dictionary text that wrote them: a placeholder matches any text, the most specific text (the
 * longest literal part) wins. The core's errors (`matchErrorText`) and the lines of a case's or
 * breach's timeline, kept in the database as written, are read this way.
 */

export interface Matched {
  key: string;
  params?: Params;
}

interface Pattern {
  key: string;
  names: string[];
  regex: RegExp;
  literal: number;
  plural: boolean;
}

const placeholder = /\{\{\s*([A-Za-z0-9_]+)\s*(?:,\s*[A-Za-z]+\s*)?\}\}/g;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function patternsOf(texts: Readonly<Record<string, string>>, keep: (key: string) => boolean): Pattern[] {
  return Object.entries(texts)
    .filter(([key]) => keep(key))
    .map(([key, text]) => {
      const names: string[] = [];
      let source = '';
      let last = 0;
      for (const match of text.matchAll(placeholder)) {
        source += escape(text.slice(last, match.index));
        source += '(.+?)';
        names.push(match[1]!);
        last = match.index + match[0].length;
      }
      source += escape(text.slice(last));
      return {
        key: key.replace(/_(one|other)$/, ''),
        names,
        regex: new RegExp(`^${source}$`, 's'),
        literal: text.replace(placeholder, '').length,
        plural: /_(one|other)$/.test(key),
      };
    })
    .sort((a, b) => b.literal - a.literal);
}

/** A matcher over a dictionary's English texts (those `keep` keeps), built on first use. */
export function englishMatcher(
  texts: Readonly<Record<string, string>>,
  keep: (key: string) => boolean = () => true,
): (message: string) => Matched | null {
  let patterns: Pattern[] | undefined;
  return (message) => {
    patterns ??= patternsOf(texts, keep);
    for (const pattern of patterns) {
      const match = pattern.regex.exec(message);
      if (!match) continue;
      const params: Record<string, string | number> = {};
      pattern.names.forEach((name, index) => {
        const value = match[index + 1]!;
        params[name] = pattern.plural && name === 'count' && /^\d+$/.test(value) ? Number(value) : value;
      });
      return pattern.names.length > 0 ? { key: pattern.key, params } : { key: pattern.key };
    }
    return null;
  };
}
