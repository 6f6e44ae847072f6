import path from 'node:path';

/**
 * Where the data lives: an SQLite file on this computer, or a PostgreSQL database (office mode).
 * `--db` and `PRIVACY_DESK_DB` take either a file path or a `postgres://` URL.
 */
export type DatabaseTarget = { engine: 'sqlite'; file: string } | { engine: 'postgresql'; url: string };

export type Engine = DatabaseTarget['engine'];

/** A `--db` value that is neither a file path nor a PostgreSQL URL. */
export class DatabaseTargetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseTargetError';
  }
}

const schemePattern = /^([a-z][a-z0-9+.-]*):\/\//i;

/** Reads a `--db` value: `postgres://` or `postgresql://` URLs, else a file path (made absolute). */
export function parseDatabaseTarget(value: string): DatabaseTarget {
  const trimmed = value.trim();
  if (trimmed === '')
    throw new DatabaseTargetError('The database is empty: give a file path or a postgres:// URL.');
  const scheme = schemePattern.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    if (trimmed === ':memory:') return { engine: 'sqlite', file: trimmed };
    return { engine: 'sqlite', file: path.resolve(trimmed) };
  }
  if (scheme !== 'postgres' && scheme !== 'postgresql') {
    throw new DatabaseTargetError(
      `"${scheme}://" is not a database Privacy Desk can use. Give a file path for a database on this ` +
        'computer (SQLite), or a postgres://user@host:port/database URL for an office database (PostgreSQL).',
    );
  }
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new DatabaseTargetError(`The PostgreSQL address ${describeUrl(trimmed)} is not a valid URL.`);
  }
  if (!url.hostname) throw new DatabaseTargetError('The PostgreSQL address names no host.');
  if (url.pathname.replace(/^\//, '') === '')
    throw new DatabaseTargetError(
      'The PostgreSQL address names no database: add it after the host, e.g. postgres://desk@db.example:5432/privacy_desk.',
    );
  return { engine: 'postgresql', url: trimmed };
}

/** The target shown to people and written to logs: never the password of a URL. */
export function describeTarget(target: DatabaseTarget): string {
  return target.engine === 'sqlite' ? target.file : describeUrl(target.url);
}

function describeUrl(text: string): string {
  return text.replace(/^(\w+:\/\/[^:/@]*):[^@]*@/, '$1:***@');
}

/** `--db` wins, then `PRIVACY_DESK_DB`, then the SQLite file in the user-data folder. */
export function resolveDatabaseTarget(
  explicit: string | undefined,
  defaultFile: string,
  env: NodeJS.ProcessEnv = process.env,
): DatabaseTarget {
  const chosen = explicit ?? env.PRIVACY_DESK_DB;
  return chosen ? parseDatabaseTarget(chosen) : { engine: 'sqlite', file: path.resolve(defaultFile) };
}
