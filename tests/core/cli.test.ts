import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { defaultScryptParams } from '../../src/main/core/auth/password';
import { openCore } from '../../src/main/core/core';
import { runCli } from './support/cli';
import { tempDir, officeDatabase } from './support/core';

const run = promisify(execFile);
const bin = path.resolve('bin/privacy-desk.mjs');

describe('privacy-desk CLI', () => {
  it('adds users with the password from the environment and lists them', async () => {
    const dataDir = tempDir();
    const db = await officeDatabase(dataDir);
    const env = { PRIVACY_DESK_PASSWORD: 'a long enough password' };
    expect(
      await runCli(
        [
          '--db',
          db,
          '--data-dir',
          dataDir,
          'users',
          'add',
          'Kari',
          '--role',
          'admin',
          '--role',
          'dpo',
          '--name',
          'Kari Nordmann',
        ],
        { env },
      ),
    ).toMatchObject({
      code: 0,
      out: ['added kari (dpo, admin) with id 1'],
    });
    await runCli(['--db', db, '--data-dir', dataDir, 'users', 'add', 'ola', '--role', 'agent'], { env });
    const listed = await runCli(['--db', db, '--data-dir', dataDir, 'users', 'list']);
    expect(listed.out).toEqual([
      'ID  USERNAME  NAME           ROLES      STATUS',
      '1   kari      Kari Nordmann  dpo,admin  active',
      '2   ola       ola            agent      active',
    ]);
    const verify = await runCli(['--db', db, '--data-dir', dataDir, 'audit', 'verify']);
    expect(verify).toMatchObject({ code: 0, err: [] });
    expect(verify.out[0]).toBe('ok 2 entries');
  });

  it('asks for the password twice on a terminal and refuses a mismatch', async () => {
    const dataDir = tempDir();
    const db = await officeDatabase(dataDir);
    const mismatch = await runCli(
      ['--db', db, '--data-dir', dataDir, 'users', 'add', 'ola', '--role', 'agent'],
      {
        secrets: ['first password', 'second password'],
      },
    );
    expect(mismatch.code).toBe(2);
    expect(mismatch.err[0]).toBe('The two passwords differ.');
    const ok = await runCli(['--db', db, '--data-dir', dataDir, 'users', 'add', 'ola', '--role', 'agent'], {
      secrets: ['same password', 'same password'],
    });
    expect(ok.code).toBe(0);
  });

  it('explains bad input instead of crashing', async () => {
    const dataDir = tempDir();
    const db = await officeDatabase(dataDir);
    const env = { PRIVACY_DESK_PASSWORD: 'short' };
    const bad = await runCli(['--db', db, '--data-dir', dataDir, 'users', 'add', 'ola', '--role', 'boss'], {
      env,
    });
    expect(bad.code).toBe(2);
    expect(bad.err).toEqual([
      'roles.0: Unknown role',
      'password: The password must be at least 10 characters',
    ]);
    expect((await runCli(['--db', db, '--data-dir', dataDir, 'users', 'add'], { env })).err[0]).toBe(
      'Give exactly one user name.',
    );
    expect((await runCli(['--db', db, '--data-dir', dataDir, 'frobnicate'])).code).toBe(2);
    const noTerminal = await runCli([
      '--db',
      db,
      '--data-dir',
      dataDir,
      'users',
      'add',
      'ola',
      '--role',
      'agent',
    ]);
    expect(noTerminal.err[0]).toContain('PRIVACY_DESK_PASSWORD');
    const duplicate = { PRIVACY_DESK_PASSWORD: 'a long enough password' };
    await runCli(['--db', db, '--data-dir', dataDir, 'users', 'add', 'ola', '--role', 'agent'], {
      env: duplicate,
    });
    expect(
      (
        await runCli(['--db', db, '--data-dir', dataDir, 'users', 'add', 'ola', '--role', 'agent'], {
          env: duplicate,
        })
      ).err[0],
    ).toBe('Failed: The user name "ola" is already taken. Choose another one.');
  });

  it('runs as the installed bin, as `npx privacy-desk` does', async () => {
    const dataDir = tempDir();
    const db = await officeDatabase(dataDir);
    const { stdout } = await run(process.execPath, [bin, '--db', db, '--data-dir', dataDir, 'migrate']);
    expect(stdout).toMatch(/^applied \d+ migrations: 001_spine/);
    const failure = await run(process.execPath, [bin, '--db', db, '--data-dir', dataDir, 'audit', 'verify']);
    expect(failure.stdout.trim()).toBe('ok 0 entries');
    // The installed tool hashes passwords at the production cost (the in-process tests lower it).
    await run(
      process.execPath,
      [bin, '--db', db, '--data-dir', dataDir, 'users', 'add', 'kari', '--role', 'admin'],
      {
        env: { ...process.env, PRIVACY_DESK_PASSWORD: 'a long enough password' },
      },
    );
    const core = await openCore({ database: db, dataDir });
    try {
      const [user]: Array<{ password_hash: string }> = await core.db('users').select('password_hash');
      const { N, r, p } = defaultScryptParams;
      expect(user.password_hash.startsWith(`scrypt$${N}$${r}$${p}$`)).toBe(true);
    } finally {
      await core.close();
    }
  });
});

describe('privacy-desk deadline', () => {
  it('prints exactly one JSON line with --json', async () => {
    expect(await runCli(['deadline', '--received', '2026-01-31', '--json'])).toEqual({
      code: 0,
      out: ['{"received":"2026-01-31","due":"2026-03-02","extendedDue":"2026-04-30"}'],
      err: [],
    });
  });

  it('explains the dates for a person', async () => {
    const { out } = await runCli(['deadline', '--received', '2026-03-05']);
    expect(out).toEqual([
      'Received:      Thu 5 Mar 2026',
      'Due:           2026-04-07  (5 Mar + 1 month = 5 Apr, Easter Sunday -> Tue 7 Apr (Easter Monday also skipped))',
      'Extended due:  2026-06-05  (5 Mar + 3 months = 5 Jun)',
    ]);
  });

  it('refuses a missing or impossible date without opening a database', async () => {
    expect((await runCli(['deadline'])).code).toBe(2);
    const bad = await runCli(['deadline', '--received', '2026-02-30']);
    expect(bad.code).toBe(2);
    expect(bad.err[0]).toBe('"2026-02-30" is not a date in the form YYYY-MM-DD.');
  });

  it('runs as the installed bin with one line of output', async () => {
    const { stdout } = await run(process.execPath, [bin, 'deadline', '--received', '2026-08-31', '--json']);
    expect(stdout).toBe('{"received":"2026-08-31","due":"2026-09-30","extendedDue":"2026-11-30"}\n');
  });
});
