import type { Knex } from 'knex';
import { isSqlite } from './connection';

/**
 * The few SQL functions whose spelling differs between SQLite and PostgreSQL. Repositories use these
 * instead of writing either dialect, so every query runs on both engines.
 */

/** The values of a group joined by commas. */
export function commaList(db: Knex, column: string): string {
  return isSqlite(db) ? `group_concat(${column})` : `string_agg(${column}, ',')`;
}

/** 1-based position of `needle` in `haystack`, 0 when absent. */
export function positionOf(db: Knex, needle: string, haystack: string): string {
  return isSqlite(db) ? `instr(${haystack}, ${needle})` : `strpos(${haystack}, ${needle})`;
}
