import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DatabaseTargetError,
  describeTarget,
  parseDatabaseTarget,
  resolveDatabaseTarget,
} from '../../src/main/core/db/target';

describe('the --db value', () => {
  it('is a file path (SQLite) or a postgres:// URL (PostgreSQL)', () => {
    expect(parseDatabaseTarget('office.sqlite3')).toEqual({
      engine: 'sqlite',
      file: path.resolve('office.sqlite3'),
    });
    expect(parseDatabaseTarget('/srv/pd/office.sqlite3')).toEqual({
      engine: 'sqlite',
      file: '/srv/pd/office.sqlite3',
    });
    expect(parseDatabaseTarget('C:relative-looking.sqlite3').engine).toBe('sqlite');
    expect(parseDatabaseTarget('postgres://desk@db.example:5432/privacy_desk')).toEqual({
      engine: 'postgresql',
      url: 'postgres://desk@db.example:5432/privacy_desk',
    });
    expect(parseDatabaseTarget('PostgreSQL://desk@db/pd').engine).toBe('postgresql');
    expect(parseDatabaseTarget('postgres://desk@%2Fvar%2Frun%2Fpostgresql/pd').engine).toBe('postgresql');
  });

  it('refuses any other scheme, an empty value, and a URL without host or database', () => {
    for (const value of [
      'mysql://root@db/pd',
      'sqlite://office.sqlite3',
      'https://example.com/db',
      'file:///tmp/x',
    ])
      expect(() => parseDatabaseTarget(value), value).toThrow(DatabaseTargetError);
    expect(() => parseDatabaseTarget('mysql://root@db/pd')).toThrow(
      /"mysql:\/\/" is not a database Privacy Desk can use/,
    );
    expect(() => parseDatabaseTarget('  ')).toThrow(/empty/);
    expect(() => parseDatabaseTarget('postgres://desk@db.example')).toThrow(/names no database/);
    expect(() => parseDatabaseTarget('postgres:///pd')).toThrow(/names no host/);
  });

  it('never shows a password', () => {
    const target = parseDatabaseTarget('postgres://desk:s3cret@db.example/pd');
    expect(describeTarget(target)).toBe('postgres://desk:***@db.example/pd');
    try {
      parseDatabaseTarget('mysql://root:s3cret@db/pd');
    } catch (error) {
      expect(String(error)).not.toContain('s3cret');
    }
  });

  it('comes from --db, then PRIVACY_DESK_DB, then the file in the user-data folder', () => {
    const fallback = '/home/kari/.config/Privacy Desk/privacy-desk.sqlite3';
    expect(resolveDatabaseTarget('a.sqlite3', fallback, { PRIVACY_DESK_DB: 'b.sqlite3' })).toEqual({
      engine: 'sqlite',
      file: path.resolve('a.sqlite3'),
    });
    expect(resolveDatabaseTarget(undefined, fallback, { PRIVACY_DESK_DB: 'postgres://x@y/z' }).engine).toBe(
      'postgresql',
    );
    expect(resolveDatabaseTarget(undefined, fallback, {})).toEqual({ engine: 'sqlite', file: fallback });
  });
});
