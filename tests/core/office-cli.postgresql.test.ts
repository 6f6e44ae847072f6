import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore } from '../../src/main/core/core';
import { runCli } from './support/cli';
import { freshDatabase, tempDir } from './support/core';

const drops: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const drop of drops.splice(0)) await drop();
});

async function emptyPostgres(): Promise<string> {
  const { database, drop } = await freshDatabase(tempDir(), { empty: true });
  drops.push(drop);
  return database;
}

const env = { PRIVACY_DESK_PASSWORD: 'demo password' };

describe('the command-line tool against PostgreSQL', () => {
  it('migrates, seeds a demo office, exports inquiries and verifies the audit chain, with the rows in PostgreSQL', async () => {
    const database = await emptyPostgres();
    const dataDir = tempDir();
    const cli = (...args: string[]) => runCli(['--db', database, '--data-dir', dataDir, ...args], { env });
    expect(await cli('migrate')).toMatchObject({
      code: 0,
      out: [expect.stringMatching(/^applied \d+ migrations/)],
    });
    const seeded = await cli(
      'seed-demo',
      '--inquiries',
      '300',
      '--cases',
      '40',
      '--agreements',
      '10',
      '--breaches',
      '4',
    );
    expect(seeded.code).toBe(0);
    const out = path.join(dataDir, 'inquiries.csv');
    expect(await cli('inquiries', 'export', '--format', 'csv', '--out', out)).toMatchObject({ code: 0 });
    expect(fs.readFileSync(out, 'utf8').split('\n').filter(Boolean).length).toBe(301);
    expect((await cli('audit', 'verify')).out[0]).toMatch(/^ok \d+ entries$/);

    const core = await openCore({ database, dataDir });
    try {
      expect(core.engine).toBe('postgresql');
      expect(await core.db('inquiries').count({ n: '*' }).first()).toEqual({ n: 300 });
      expect(await core.db('cases').count({ n: '*' }).first()).toEqual({ n: 40 });
    } finally {
      await core.close();
    }
  });

  it('points backups at pg_dump: the CLI and Administration → Backups say how', async () => {
    const database = await emptyPostgres();
    const dataDir = tempDir();
    const backup = await runCli([
      '--db',
      database,
      '--data-dir',
      dataDir,
      'backup',
      '--out',
      path.join(dataDir, 'x'),
    ]);
    expect(backup.code).toBe(1);
    expect(backup.err.join(' ')).toMatch(/pg_dump/);
    const core = await openCore({ database, dataDir });
    try {
      const session = core.newSession();
      await core.dispatch(
        'auth.setup',
        { username: 'kari', displayName: 'Kari', password: 'a long enough password' },
        session,
      );
      const made = await core.dispatch('backups.create', {}, session);
      expect(made).toMatchObject({
        ok: false,
        error: { code: 'RULE_VIOLATION', message: expect.stringMatching(/pg_dump/) },
      });
    } finally {
      await core.close();
    }
  });

  it('refuses a --db that is neither a file nor a postgres:// URL, creating nothing', async () => {
    const cwd = process.cwd();
    const result = await runCli(['--db', 'mysql://user@host/db', 'migrate']);
    expect(result.code).toBe(2);
    expect(result.err.join(' ')).toMatch(/"mysql:\/\/" is not a database Privacy Desk can use/);
    expect(fs.existsSync(path.join(cwd, 'mysql:'))).toBe(false);
    const noDatabase = await runCli(['--db', 'postgres://user@localhost', 'migrate']);
    expect(noDatabase.err.join(' ')).toMatch(/names no database/);
  });

  it('moves an office from its SQLite file into an empty PostgreSQL database, every row with its id', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'office.sqlite3');
    expect(
      (
        await runCli(
          [
            '--db',
            file,
            'seed-demo',
            '--inquiries',
            '250',
            '--cases',
            '30',
            '--agreements',
            '8',
            '--breaches',
            '3',
          ],
          { env },
        )
      ).code,
    ).toBe(0);
    const database = await emptyPostgres();
    const moved = await runCli(['--data-dir', dir, 'move', '--from', file, '--to', database]);
    expect(moved.code, moved.err.join('\n')).toBe(0);
    const table = (name: string) => moved.out.find((line) => line.startsWith(`${name} `))!;
    expect(table('inquiries')).toMatch(/^inquiries\s+250\s+250$/);
    expect(table('audit_log')).toMatch(/^audit_log\s+(\d+)\s+\1$/);
    expect(moved.out.some((line) => line.includes('DIFFERENT'))).toBe(false);
    expect(moved.out.at(-1)).toMatch(/^audit verify: ok \d+ entries$/);

    // The office works on PostgreSQL: sign-in, search (the index rebuilt), new rows get new ids.
    const core = await openCore({ database, dataDir: dir });
    try {
      const session = core.newSession();
      expect(
        await core.dispatch('auth.signIn', { username: 'dpo', password: 'demo password' }, session),
      ).toMatchObject({ ok: true });
      const source = await openCore({ database: file });
      const someone = (
        await source.db('inquiries').whereNotNull('person_name').whereNull('deleted_at').first('person_name')
      ).person_name as string;
      await source.close();
      const found = await core.dispatch('inquiries.list', { q: someone }, session);
      expect(found).toMatchObject({ ok: true });
      expect((found as { ok: true; data: { total: number } }).data.total).toBeGreaterThan(0);
      const maxId = Number((await core.db('inquiries').max({ id: 'id' }).first())?.id);
      const logged = await core.dispatch(
        'inquiries.create',
        {
          channel: 'phone',
          receivedAt: '2026-01-05T09:00:00.000Z',
          onBehalfOfId: null,
          personPhone: '+47 912 34 567',
          category: 'general',
          summary: 'After the move',
        },
        session,
      );
      expect(logged).toMatchObject({ ok: true, data: { id: maxId + 1 } });
    } finally {
      await core.close();
    }
    // Each database keeps a chain and a head of its own in the data folder they share.
    for (const db of [file, database])
      expect((await runCli(['--db', db, '--data-dir', dir, 'audit', 'verify'])).out[0]).toMatch(
        /^ok \d+ entries$/,
      );

    const again = await runCli(['--data-dir', dir, 'move', '--from', file, '--to', database]);
    expect(again.code).toBe(1);
    expect(again.err.join(' ')).toMatch(/not empty.*nothing was copied/);
  });
});
