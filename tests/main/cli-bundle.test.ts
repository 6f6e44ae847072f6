import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-desk-cli-'));
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

describe('the bundled CLI', () => {
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
    fs.rmSync(path.dirname(db), { recursive: true, force: true });
  });

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
