import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../src/main/core/core';
import { quickCheck } from '../../src/main/core/db/health';
import { faultKind } from '../../src/main/core/faults';
import { runCli } from './support/cli';
import { call, expectOk, signedIn, tempDir, testCore, testScrypt } from './support/core';

const inquiry = (summary = 'Asked about the invoice') => ({
  channel: 'phone' as const,
  receivedAt: '2026-03-02T08:30:00.000Z',
  onBehalfOfId: null,
  personName: 'Kari Nordmann',
  personPhone: '912 34 567',
  category: 'general' as const,
  summary,
  notes: 'x'.repeat(1500),
});

/** An office with a few hundred inquiries, closed so that everything is in the main file. */
async function officeFile(): Promise<{ dir: string; dbFile: string }> {
  const core = await testCore();
  const agent = await signedIn(core, ['agent'], 'agent1');
  for (let i = 0; i < 300; i++) await expectOk(core, agent, 'inquiries.create', inquiry(`Call ${i}`));
  await core.db.raw('PRAGMA wal_checkpoint(TRUNCATE)');
  const copyDir = tempDir();
  const dbFile = path.join(copyDir, 'office.sqlite3');
  await core.db.raw('VACUUM INTO ?', [dbFile]);
  // The copy's audit log is keyed: its key goes with it.
  fs.copyFileSync(path.join(core.dir, 'audit.key'), path.join(copyDir, 'audit.key'));
  return { dir: copyDir, dbFile };
}

describe('faults get messages a person can act on', () => {
  it('a file that is not a database is refused, left byte-identical, with no SQLITE_ text', async () => {
    const dir = tempDir();
    const dbFile = path.join(dir, 'notes.sqlite3');
    fs.writeFileSync(dbFile, 'These are my meeting notes, not a database.\n'.repeat(200));
    const before = fs.readFileSync(dbFile);
    const error = await openCore({ database: dbFile, scrypt: testScrypt }).then(
      () => null,
      (failure: unknown) => failure as Error & { code?: string },
    );
    expect(error?.message).toBe(
      `${dbFile} is not a Privacy Desk database (or it is damaged beyond reading), so it was left untouched. Check the file name given with --db or PRIVACY_DESK_DB. Restore the last backup you have with \`privacy-desk --db NEW-FILE restore --from BACKUP-FILE\` and open the new file.`,
    );
    expect(fs.readFileSync(dbFile).equals(before)).toBe(true);
    const cli = await runCli(['--db', dbFile, 'users', 'list']);
    expect(cli.code).toBe(1);
    expect(cli.err.join(' ')).toContain('is not a Privacy Desk database');
    expect(cli.err.join(' ')).not.toContain('SQLITE');
  });

  it('a damaged database is found by quick_check at open; writes are refused, reads go on', async () => {
    const { dbFile } = await officeFile();
    // Damage pages in the middle of the file, where the inquiries are.
    const bytes = fs.readFileSync(dbFile);
    const pageSize = bytes.readUInt16BE(16);
    const pages = bytes.length / pageSize;
    for (let page = Math.floor(pages / 2); page < Math.floor(pages / 2) + 3; page++)
      bytes.fill(0x5a, page * pageSize + 8, page * pageSize + pageSize - 8);
    fs.writeFileSync(dbFile, bytes);

    const core = await openCore({ database: dbFile, scrypt: testScrypt });
    try {
      const health = await core.checkHealth();
      expect(health.damaged).toBe(true);
      expect(health.problems.length).toBeGreaterThan(0);
      const session = core.newSession();
      await expectOk(core, session, 'auth.signIn', { username: 'agent1', password: 'correct horse battery' });
      const refused = await call(core, session, 'inquiries.create', inquiry());
      expect(refused).toEqual({
        ok: false,
        error: {
          code: 'DAMAGED',
          message: `The database ${dbFile} is damaged, so Privacy Desk saves nothing more in it. Restore the last backup you have with \`privacy-desk --db NEW-FILE restore --from BACKUP-FILE\` and open the new file.`,
          key: 'faultDamagedNoBackup',
          params: { file: dbFile },
        },
      });
      // Reading still works, to get what can be read out.
      expect((await expectOk(core, session, 'users.directory', {})).length).toBe(1);
    } finally {
      await core.close();
    }
  });

  it('a check cancelled while its connection still opens ends quietly, so the error that cancelled it is the one shown', async () => {
    const core = await testCore();
    const file = path.join(tempDir(), 'office.sqlite3');
    await core.db.raw('VACUUM INTO ?', [file]);
    // Cancelled at once: its connection has not opened yet (the first run of the suite hit this by chance,
    // and "Database is not open" replaced a newer database's refusal).
    const check = quickCheck(file);
    expect(() => check.cancel()).not.toThrow();
    expect(await check.done).toEqual([]);
  });

  it('a full disk says so in the window (simulated with PRAGMA max_page_count)', async () => {
    const core = await testCore();
    const agent = await signedIn(core, ['agent'], 'agent1');
    const [{ page_count: pages }] = await core.db.raw('PRAGMA page_count');
    await core.db.raw(`PRAGMA max_page_count = ${Number(pages)}`);
    let result = await call(core, agent, 'inquiries.create', inquiry());
    for (let i = 0; i < 50 && result.ok; i++) result = await call(core, agent, 'inquiries.create', inquiry());
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'DISK_FULL',
        message: `The disk that holds ${core.dir} is full, so nothing was saved, and the app's log may not have been written either. Free some space on that disk (or ask IT to), then try again.`,
        key: 'faultFull',
        params: { folder: core.dir },
      },
    });
  });

  it('a read-only database says what to ask for (simulated with PRAGMA query_only: the tests run as root)', async () => {
    const core = await testCore();
    const agent = await signedIn(core, ['agent'], 'agent1');
    await core.db.raw('PRAGMA query_only = ON');
    const result = await call(core, agent, 'inquiries.create', inquiry());
    expect(result).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } });
    expect(!result.ok && result.error.message).toBe(
      `Privacy Desk may only read ${core.database}: the file or its folder ${core.dir} is read-only for your account, so nothing was saved. Ask IT to give your account write access to that folder, then start Privacy Desk again.`,
    );
  });

  it('maps file-system and SQLite codes in one place', () => {
    const error = (code: string) => Object.assign(new Error('x'), { code });
    expect(faultKind(error('ENOSPC'))).toBe('full');
    expect(faultKind(error('EROFS'))).toBe('readOnly');
    expect(faultKind(error('EACCES'))).toBe('readOnly');
    expect(faultKind(error('SQLITE_CANTOPEN'))).toBe('cannotOpen');
    expect(faultKind(error('SQLITE_NOTADB'))).toBe('notADatabase');
    expect(faultKind(new Error('insert into x - SQLITE_CORRUPT: database disk image is malformed'))).toBe(
      'damaged',
    );
    expect(faultKind(error('SQLITE_CONSTRAINT'))).toBeNull();
    expect(faultKind('not an error')).toBeNull();
  });
});
