import type { Knex } from 'knex';
import { isSqlite } from '../db/connection';
import type { InquiryScope } from './repository';

type Db = Knex | Knex.Transaction;

/** The columns a person's words are looked for in (not the owners' ids). */
const searchedColumns = '{person_name person_email person_phone phone_digits person_reference summary notes}';

function searchWords(text: string | undefined): string | null {
  const words = (text ?? '')
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 12);
  // A single letter as a prefix matches most of the index ("K" of "K-4711"); it narrows nothing.
  const telling = words.filter((word) => word.length > 1);
  const used = telling.length > 0 ? telling : words;
  return used.length === 0 ? null : used.map((word) => `"${word}"*`).join(' ');
}

/**
 * Turns what a person typed into an FTS5 query: every word must match the start of a word in one of
 * the searched columns. Quotes keep FTS5 syntax characters harmless. An agent's list asks for their
 * own inquiries in the index itself (with or without words), so it never reads a colleague's rows
 * and is walked newest first like a search. Null: nothing for the index to do.
 */
export function ftsQuery(text: string | undefined, scope: InquiryScope = { kind: 'all' }): string | null {
  const words = searchWords(text);
  const owned = scope.kind === 'own' ? `owners : "u${scope.userId}"` : null;
  if (words === null) return owned;
  const match = `${searchedColumns} : (${words})`;
  return owned ? `${match} AND ${owned}` : match;
}

/**
 * The same words as a PostgreSQL text-search query over `search_doc` (migration 015): every word
 * must begin a word of the row. The words hold only letters and digits, so no query syntax gets in.
 */
export function tsQuery(text: string | undefined): string | null {
  const words = searchWords(text);
  return words === null
    ? null
    : words
        .replace(/"([^"]+)"\*/g, '$1:*')
        .split(' ')
        .join(' & ');
}

/**
 * A search whose every word is one or two characters long ("a", "ka", "91") matches most of a million
 * inquiries and, on PostgreSQL, makes the text index merge the lists of thousands of words. It looks
 * only among the newest `shortSearchWindow` inquiries (read in received order), and the list says so:
 * a third character searches them all.
 */
export const shortSearchWindow = 2_000;

export function isShortSearch(text: string | undefined): boolean {
  const words = (text ?? '')
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return words.length > 0 && words.every((word) => word.length < 3);
}

/** The received time of the `shortSearchWindow`-th newest live inquiry; null when there are fewer. */
export async function shortSearchSince(db: Db): Promise<string | null> {
  const row = (await db('inquiries')
    .whereNull('deleted_at')
    .orderBy('received_at', 'desc')
    .offset(shortSearchWindow - 1)
    .first('received_at')) as { received_at: string | Date } | undefined;
  if (!row) return null;
  return row.received_at instanceof Date ? row.received_at.toISOString() : row.received_at;
}

/**
 * The letters of a search whose every word is one character ("k", "k 9"), or null. Neither engine's
 * text index has a list for a single character (SQLite merged every word's list: a second for "a"), so
 * these match the start of the name, e-mail, phone, reference or summary, or of a word in the name
 * or summary, among the newest inquiries of the short-search window.
 */
export function initialsOf(text: string | undefined): string[] | null {
  const words = (text ?? '')
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 12);
  return words.length > 0 && words.every((word) => word.length === 1)
    ? words.map((word) => word.toLocaleLowerCase('nb'))
    : null;
}

export function whereInitials(query: Knex.QueryBuilder, initials: readonly string[]): void {
  for (const letter of initials)
    query.where((starts) => {
      for (const column of ['person_name', 'summary'])
        starts
          .orWhereRaw(`lower(inquiries.${column}) like ?`, [`${letter}%`])
          .orWhereRaw(`lower(inquiries.${column}) like ?`, [`% ${letter}%`]);
      for (const column of ['person_email', 'person_reference', 'person_phone_key'])
        starts.orWhereRaw(`lower(inquiries.${column}) like ?`, [`${letter}%`]);
    });
}

/** The search index's keys from the received second of `since` on (migration 012's key). */
export const keySince = '(unixepoch(?) - 946684800) * 2147483648';

/** The FTS5 query of a search on SQLite; on PostgreSQL the search is a condition on the row. */
export function indexMatch(db: Db, text: string | undefined, scope: InquiryScope): string | null {
  return isSqlite(db) ? ftsQuery(text, scope) : null;
}

/**
 * The search index's rowid is a key of received second and id (migration 012), so a match is walked
 * newest first without sorting; the id is the key's low 31 bits.
 */
export const idOfKey = '(inquiries_search.rowid & 2147483647)';
