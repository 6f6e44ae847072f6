import fs from 'node:fs';
import path from 'node:path';
import sqlite3 from 'sqlite3';
import { describe, expect, it } from 'vitest';
import { adjustableClock } from '../../src/main/core/clock';
import { openCore, runAsSystem } from '../../src/main/core/core';
import { createLogger, describeError, redactPersonalData } from '../../src/main/core/log';
import { defaultLogFile } from '../../src/main/core/paths';
import { createUser } from '../../src/main/core/users/service';
import { runCli } from './support/cli';
import { call, expectOk, tempDir, testPassword, testScrypt } from './support/core';

/** Everything personal the failures below carry; none of it may reach any log file. */
const secrets = [
  'scrypt$',
  'Kari Nordmann',
  'Nordmann',
  '912.34.567',
  '22/11/33/44',
  'ola@bø.no',
  'kari.nordmann@example.no',
  'kari@localhost',
  'Diabetes',
  'Storgata',
  'a brand new password',
];

function allLogText(dir: string): string {
  const texts: string[] = [];
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.log')) texts.push(fs.readFileSync(full, 'utf8'));
    }
  };
  walk(dir);
  return texts.join('\n');
}

function holdWriteLock(file: string): Promise<{ release(): Promise<void> }> {
  return new Promise((resolve, reject) => {
    const other = new sqlite3.Database(file, (openError) => {
      if (openError) return reject(openError);
      other.exec('BEGIN IMMEDIATE', (error) =>
        error
          ? reject(error)
          : resolve({
              release: () => new Promise((done) => other.exec('ROLLBACK', () => other.close(() => done()))),
            }),
      );
    });
  });
}

describe('masking personal data in logs', () => {
  it("masks the app's own phone formats, e-mail addresses with any host, IDs and hashes", () => {
    const cases: Array<[string, string]> = [
      ['call 912 34 567', 'call [phone]'],
      ['call +47 912 34 567.', 'call [phone].'],
      ['call 912.34.567', 'call [phone]'],
      ['call 22/11/33/44', 'call [phone]'],
      ['call (+47) 22-11-33-44', 'call [phone]'],
      ['call 0047 91234567 or 91234567', 'call [phone] or [phone]'],
      ['mail kari@localhost', 'mail [email]'],
      ['mail ola@bø.no and per.olsen+x@firma.example.com', 'mail [email] and [email]'],
      ['id 01019012345 or 010190 12345', 'id [national id] or [national id]'],
      ['hash scrypt$131072$8$1$c2FsdA==$a2V5', 'hash [password hash]'],
    ];
    for (const [text, masked] of cases) expect(redactPersonalData(text), text).toBe(masked);
  });

  it('leaves dates, times, record numbers, hashes and counts alone', () => {
    for (const text of [
      'at 2026-03-02T08:30:00.000Z',
      'due 2026-03-02, shown as 02.03.2026 14:05',
      'case 2026-0001, breach BR-2026-0001, inquiry INQ-000123',
      'sha256 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
      'took 1234 ms for 10 of 70000 rows',
      'at node_modules/@mui/material/index.js:12:5',
    ]) {
      expect(redactPersonalData(text), text).toBe(text);
    }
  });

  it("describes a database error by its code and the statement's shape, never its values", () => {
    const error = Object.assign(
      new Error(
        "insert into `users` (`display_name`, `password_hash`) values ('Kari Nordmann', 'scrypt$1024$8$1$c2FsdA==$a2V5') - SQLITE_CONSTRAINT: UNIQUE constraint failed: users.username",
      ),
      { code: 'SQLITE_CONSTRAINT' },
    );
    expect(describeError(error)).toBe(
      'SQLITE_CONSTRAINT: UNIQUE constraint failed: users.username (statement: insert into `users` (`display_name`, `password_hash`) values (?, ?))',
    );
  });
});

describe('logs after real failures', () => {
  it('hold no secret or personal data, in main.log or cli.log, and the terminal shows no SQL', async () => {
    const dir = tempDir();
    const dbFile = path.join(dir, 'office.sqlite3');
    const log = createLogger({ file: defaultLogFile(dir, 'main') });
    const core = await openCore({
      database: dbFile,
      clock: adjustableClock('2026-03-02T09:00:00.000Z'),
      log,
      scrypt: testScrypt,
    });
    try {
      await runAsSystem(core, 'test', async (ctx) => {
        await createUser(ctx, {
          username: 'admin',
          displayName: 'Admin',
          roles: ['admin'],
          password: testPassword,
        });
        await createUser(ctx, {
          username: 'kari',
          displayName: 'Kari Nordmann',
          roles: ['agent'],
          password: testPassword,
        });
      });
      const admin = core.newSession();
      await expectOk(core, admin, 'auth.signIn', { username: 'admin', password: testPassword });
      const agent = core.newSession();
      await expectOk(core, agent, 'auth.signIn', { username: 'kari', password: testPassword });

      // 1. SQLITE_BUSY while an administrator resets a password: another program holds the database.
      await core.db.raw('PRAGMA busy_timeout = 50');
      const lock = await holdWriteLock(dbFile);
      const busy = await call(core, admin, 'users.resetPassword', {
        id: 2,
        password: 'a brand new password',
      });
      await lock.release();
      expect(busy).toMatchObject({ ok: false, error: { code: 'BUSY' } });

      // 2. A failing insert carrying a name, a phone number, an address and a health note.
      await core.db.raw(
        "CREATE TRIGGER refuse_inquiries BEFORE INSERT ON inquiries BEGIN SELECT RAISE(ABORT, 'refused for the test'); END",
      );
      const refused = await call(core, agent, 'inquiries.create', {
        channel: 'phone',
        receivedAt: '2026-03-02T08:30:00.000Z',
        onBehalfOfId: null,
        personName: 'Kari Nordmann',
        personPhone: '912.34.567',
        personEmail: 'kari.nordmann@example.no',
        category: 'complaint',
        summary: 'Complains about a letter sent to Storgata 12',
        notes: 'Diabetes type 2; call back on 22/11/33/44, kari@localhost or her son ola@bø.no',
      });
      expect(refused).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
      expect(JSON.stringify(refused)).not.toMatch(/SQLITE|insert into/);

      // 3. The CLI adding a user while the database refuses: a hash and a name in the statement.
      await core.db.raw(
        "CREATE TRIGGER refuse_users BEFORE INSERT ON users BEGIN SELECT RAISE(ABORT, 'refused for the test'); END",
      );
    } finally {
      await core.close();
    }
    const cli = await runCli(
      ['--db', dbFile, 'users', 'add', 'nordmann', '--role', 'agent', '--name', 'Kari Nordmann'],
      {
        env: { PRIVACY_DESK_PASSWORD: 'a brand new password' },
      },
    );
    expect(cli.code).toBe(1);
    expect(cli.err.join('\n')).toBe(
      `Failed: an unexpected error (SQLITE_CONSTRAINT). Nothing was changed; the details are in ${defaultLogFile(dir, 'cli')}.`,
    );

    const logged = allLogText(dir);
    // The failures are in the logs, by code and statement shape ...
    expect(logged).toContain('Unexpected failure in users.resetPassword');
    expect(logged).toContain('SQLITE_BUSY');
    expect(logged).toMatch(/SQLITE_CONSTRAINT: refused for the test \(statement: insert into `inquiries`/);
    expect(fs.readFileSync(defaultLogFile(dir, 'cli'), 'utf8')).toMatch(
      /privacy-desk users add failed.*SQLITE_CONSTRAINT.*insert into `users`/,
    );
    // ... and nothing they carried.
    for (const secret of secrets) expect(logged, secret).not.toContain(secret);
    expect(logged).not.toMatch(/\b\d{8}\b/);
  });
});
