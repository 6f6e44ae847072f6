import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { defaultScryptParams } from '../../src/main/core/auth/password';
import { openCore } from '../../src/main/core/core';
import { runCli } from './support/cli';
import { tempDir } from './support/core';

const run = promisify(execFile);
const bin = path.resolve('bin/privacy-desk.mjs');

/** Runs the installed bin and lists every module Node loaded for it (CommonJS: the bundle and packages). */
async function loadedModules(
  args: string[],
): Promise<{ stdout: string; bundle: string[]; packages: string[] }> {
  const dir = tempDir();
  const probe = path.join(dir, 'probe.cjs');
  const report = path.join(dir, 'loaded.json');
  fs.writeFileSync(
    probe,
    `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(report)}, JSON.stringify(Object.keys(require.cache))));`,
  );
  const { stdout } = await run(process.execPath, ['--require', probe, bin, ...args], {
    env: { ...process.env, PRIVACY_DESK_PASSWORD: 'a long enough password' },
  });
  const loaded = (JSON.parse(fs.readFileSync(report, 'utf8')) as string[]).filter((file) => file !== probe);
  fs.rmSync(dir, { recursive: true, force: true });
  const packages = new Set<string>();
  for (const file of loaded) {
    const match = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(file);
    if (match) packages.add(match[1].replace('\\', '/'));
  }
  return {
    stdout,
    bundle: loaded
      .filter((file) => file.includes(`${path.sep}.cli${path.sep}`))
      .map((file) => path.basename(file)),
    packages: [...packages].sort(),
  };
}

describe('privacy-desk CLI', () => {
  it('adds users with the password from the environment and lists them', async () => {
    const db = path.join(tempDir(), 'cli.sqlite3');
    const env = { PRIVACY_DESK_PASSWORD: 'a long enough password' };
    expect(
      await runCli(
        ['--db', db, 'users', 'add', 'Kari', '--role', 'admin', '--role', 'dpo', '--name', 'Kari Nordmann'],
        { env },
      ),
    ).toMatchObject({
      code: 0,
      out: ['added kari (dpo, admin) with id 1'],
    });
    await runCli(['--db', db, 'users', 'add', 'ola', '--role', 'agent'], { env });
    const listed = await runCli(['--db', db, 'users', 'list']);
    expect(listed.out).toEqual([
      'ID  USERNAME  NAME           ROLES      STATUS',
      '1   kari      Kari Nordmann  dpo,admin  active',
      '2   ola       ola            agent      active',
    ]);
    const verify = await runCli(['--db', db, 'audit', 'verify']);
    expect(verify).toEqual({ code: 0, out: ['ok 2 entries'], err: [] });
  });

  it('asks for the password twice on a terminal and refuses a mismatch', async () => {
    const db = path.join(tempDir(), 'cli.sqlite3');
    const mismatch = await runCli(['--db', db, 'users', 'add', 'ola', '--role', 'agent'], {
      secrets: ['first password', 'second password'],
    });
    expect(mismatch.code).toBe(2);
    expect(mismatch.err[0]).toBe('The two passwords differ.');
    const ok = await runCli(['--db', db, 'users', 'add', 'ola', '--role', 'agent'], {
      secrets: ['same password', 'same password'],
    });
    expect(ok.code).toBe(0);
  });

  it('explains bad input instead of crashing', async () => {
    const db = path.join(tempDir(), 'cli.sqlite3');
    const env = { PRIVACY_DESK_PASSWORD: 'short' };
    const bad = await runCli(['--db', db, 'users', 'add', 'ola', '--role', 'boss'], { env });
    expect(bad.code).toBe(2);
    expect(bad.err).toEqual([
      'roles.0: Unknown role',
      'password: The password must be at least 10 characters',
    ]);
    expect((await runCli(['--db', db, 'users', 'add'], { env })).err[0]).toBe('Give exactly one user name.');
    expect((await runCli(['--db', db, 'frobnicate'])).code).toBe(2);
    const noTerminal = await runCli(['--db', db, 'users', 'add', 'ola', '--role', 'agent']);
    expect(noTerminal.err[0]).toContain('PRIVACY_DESK_PASSWORD');
    const duplicate = { PRIVACY_DESK_PASSWORD: 'a long enough password' };
    await runCli(['--db', db, 'users', 'add', 'ola', '--role', 'agent'], { env: duplicate });
    expect(
      (await runCli(['--db', db, 'users', 'add', 'ola', '--role', 'agent'], { env: duplicate })).err[0],
    ).toBe('Failed: The user name "ola" is already taken. Choose another one.');
  });

  it('runs as the installed bin, as `npx privacy-desk` does', async () => {
    const db = path.join(tempDir(), 'bin.sqlite3');
    const { stdout } = await run(process.execPath, [bin, '--db', db, 'migrate']);
    expect(stdout).toMatch(/^applied \d+ migrations: 001_spine/);
    const failure = await run(process.execPath, [bin, '--db', db, 'audit', 'verify']);
    expect(failure.stdout.trim()).toBe('ok 0 entries');
    // The installed tool hashes passwords at the production cost (the in-process tests lower it).
    await run(process.execPath, [bin, '--db', db, 'users', 'add', 'kari', '--role', 'admin'], {
      env: { ...process.env, PRIVACY_DESK_PASSWORD: 'a long enough password' },
    });
    const core = await openCore({ dbFile: db });
    try {
      const [user]: Array<{ password_hash: string }> = await core.db('users').select('password_hash');
      const { N, r, p } = defaultScryptParams;
      expect(user.password_hash.startsWith(`scrypt$${N}$${r}$${p}$`)).toBe(true);
    } finally {
      await core.close();
    }
  });

  it('loads the database, spreadsheet and PDF modules only for the commands that use them', async () => {
    for (const args of [['deadline', '--received', '2026-01-31'], ['--help']]) {
      const { stdout, bundle, packages } = await loadedModules(args);
      expect(stdout.length).toBeGreaterThan(0);
      expect(bundle, args.join(' ')).toEqual(['main.cjs']);
      expect(packages, args.join(' ')).toEqual([]);
    }
    const db = path.join(tempDir(), 'lazy.sqlite3');
    const listed = await loadedModules(['--db', db, 'users', 'list']);
    expect(listed.packages).toContain('knex');
    expect(listed.packages).toContain('sqlite3');
    expect(listed.packages).not.toContain('exceljs');
    expect(listed.packages).not.toContain('pdfmake');
    // The probe does see a package loaded late, inside a command.
    const exported = await loadedModules([
      '--db',
      db,
      'inquiries',
      'export',
      '--format',
      'xlsx',
      '--out',
      path.join(path.dirname(db), 'i.xlsx'),
    ]);
    expect(exported.packages).toContain('exceljs');
    expect(exported.packages).not.toContain('pdfmake');
  });
});

describe('the bundled CLI', () => {
  it('rebuilds itself when a source changed, and only then', async () => {
    // A copy of what the CLI is built from, with the current bundle, so the real one is left alone.
    const root = tempDir();
    const copy = (relative: string) =>
      fs.cpSync(path.resolve(relative), path.join(root, relative), {
        recursive: true,
        preserveTimestamps: true,
      });
    for (const relative of [
      'package.json',
      'tsconfig.json',
      'vite.cli.config.ts',
      'vite.main.config.ts',
      'scripts/cli-bundle.mjs',
      'bin',
      'src/main',
      'src/shared',
      'migrations',
      '.cli',
    ])
      copy(relative);
    fs.symlinkSync(fs.realpathSync('node_modules'), path.join(root, 'node_modules'), 'dir');
    const copiedBin = path.join(root, 'bin/privacy-desk.mjs');
    const help = () => run(process.execPath, [copiedBin, '--help']);

    const first = await help();
    expect(first.stderr).toBe('');
    expect(first.stdout).toContain('The due date and the extended due date of a rights request');

    // Saved again without a change (a checkout does that): the contents decide, no rebuild.
    const source = path.join(root, 'src/main/cli/commands/deadline.ts');
    fs.utimesSync(source, new Date(), new Date());
    expect((await help()).stderr).toBe('');

    // Changed: rebuilt before it runs, and the change is there.
    const text = fs.readFileSync(source, 'utf8');
    fs.writeFileSync(source, text.replace('The due date and the extended', 'THE due date and the extended'));
    const changed = await help();
    expect(changed.stderr).toContain(
      'building the command-line tool first, as src/main/cli/commands/deadline.ts changed',
    );
    expect(changed.stdout).toContain('THE due date and the extended due date');
    expect(changed.stdout).not.toContain('  The due date and the extended');
    expect((await help()).stderr).toBe('');
    fs.rmSync(root, { recursive: true, force: true });
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
