import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/main/core/audit/service';
import { expectOk, signedIn, testCore } from './support/core';
import { runCli } from './support/cli';
import { disableAuditProtection } from './support/tamper';

async function officeWithHistory() {
  const core = await testCore();
  const admin = await signedIn(core, ['admin'], 'admin');
  const user = await expectOk(core, admin, 'users.create', {
    username: 'ola',
    displayName: 'Ola Nordmann',
    roles: ['agent'],
    password: 'a long enough password',
  });
  await expectOk(core, admin, 'users.update', {
    id: user.id,
    displayName: 'Ola N.',
    roles: ['agent', 'dpo'],
  });
  await expectOk(core, admin, 'settings.update', { idleLockMinutes: 10 });
  return { core, admin, user };
}

describe('audit log', () => {
  it('records who changed what, with before and after, and never a password', async () => {
    const { core, admin, user } = await officeWithHistory();
    const page = await expectOk(core, admin, 'audit.list', { entityType: 'user', entityId: String(user.id) });
    expect(page.rows.map((row) => row.action)).toEqual(['update', 'create']);
    const [update, create] = page.rows;
    expect(update).toMatchObject({
      username: 'admin',
      channel: 'users.update',
      before: { displayName: 'Ola Nordmann', roles: ['agent'] },
      after: { displayName: 'Ola N.', roles: ['agent', 'dpo'] },
    });
    expect(JSON.stringify(create)).not.toContain('a long enough password');
    const rows = await core.db('audit_log').select('before_json', 'after_json');
    expect(JSON.stringify(rows)).not.toMatch(/scrypt\$|a long enough password/);
  });

  it('names people by their names and records by their numbers, as they stand now', async () => {
    const { core, admin } = await officeWithHistory();
    const agent = await signedIn(core, ['agent'], 'kari');
    const inquiry = await expectOk(core, agent, 'inquiries.create', {
      channel: 'phone',
      receivedAt: '2026-03-02T08:00:00.000Z',
      onBehalfOfId: null,
      personPhone: '91234567',
      category: 'general',
      summary: 'Asked about recordings',
    });
    await expectOk(core, admin, 'organisations.create', { name: 'Fjord Energi AS', isCustomer: true });
    const page = await expectOk(core, admin, 'audit.list', {});
    const byChannel = (channel: string) => page.rows.find((row) => row.channel === channel)!;
    expect(byChannel('inquiries.create')).toMatchObject({
      username: 'kari',
      userName: 'Test kari',
      entityType: 'inquiry',
      record: inquiry.number,
    });
    expect(byChannel('organisations.create')).toMatchObject({
      userName: 'Test admin',
      record: 'Fjord Energi AS',
    });
    expect(byChannel('users.update')).toMatchObject({ record: 'Ola N.' });
    expect(byChannel('settings.update')).toMatchObject({ record: null });
    // An inquiry's history says who in the same words.
    const history = await expectOk(core, agent, 'inquiries.history', { id: inquiry.id });
    expect(history[0]).toMatchObject({ userName: 'Test kari', record: inquiry.number });
    // An id in the record's fields is named too: the agent it is assigned to.
    const kariId = (await core.db('users').where({ username: 'kari' }).first('id')).id as number;
    expect(history[0]!.after).toMatchObject({ assignedToId: kariId });
    expect(history[0]!.labels).toEqual({ [`user:${kariId}`]: 'Test kari' });
  });

  it('filters by date, user, entity and action, newest first, in pages', async () => {
    const { core, admin } = await officeWithHistory();
    const all = await expectOk(core, admin, 'audit.list', {});
    const page = await expectOk(core, admin, 'audit.list', { page: 1, pageSize: 2 });
    expect(page.total).toBe(all.total);
    expect(page.rows.map((row) => row.id)).toEqual(all.rows.slice(2, 4).map((row) => row.id));
    const settings = await expectOk(core, admin, 'audit.list', { entityType: 'settings' });
    expect(settings.rows).toHaveLength(1);
    expect((await expectOk(core, admin, 'audit.list', { from: '2026-03-03' })).total).toBe(0);
    expect((await expectOk(core, admin, 'audit.list', { to: '2026-03-02' })).total).toBe(all.total);
    const facets = await expectOk(core, admin, 'audit.facets', {});
    expect(facets.entityTypes).toEqual(['settings', 'user']);
  });

  it('offers no channel that changes or deletes entries, and the database refuses edits', async () => {
    const { core } = await officeWithHistory();
    const { contract } = await import('../../src/shared/contract');
    const auditChannels = Object.keys(contract).filter((name) => name.startsWith('audit.'));
    expect(auditChannels.sort()).toEqual(['audit.facets', 'audit.list', 'audit.verify']);
    await expect(core.db('audit_log').update({ username: 'someone else' })).rejects.toThrow(
      /cannot be changed/,
    );
    await expect(core.db('audit_log').where({ id: 1 }).delete()).rejects.toThrow(
      /cannot be (changed or )?deleted/,
    );
  });

  it('verifies an intact chain', async () => {
    const { core, admin } = await officeWithHistory();
    const result = await expectOk(core, admin, 'audit.verify', {});
    expect(result).toMatchObject({ ok: true, firstBadId: null });
    expect(result.entries).toBeGreaterThanOrEqual(4);
  });

  it('finds a hand-edited entry, even when the editor got past the triggers', async () => {
    const { core } = await officeWithHistory();
    await disableAuditProtection(core);
    await core.db('audit_log').where({ id: 3 }).update({ after_json: '{"displayName":"Someone else"}' });
    expect(await verifyAuditChain(core.db)).toMatchObject({
      ok: false,
      firstBadId: 3,
      entries: 2,
      reason: 'its content does not match its hash',
    });
  });

  it('finds a deleted entry and a re-hashed entry whose successor no longer links', async () => {
    const { core } = await officeWithHistory();
    await disableAuditProtection(core);
    await core.db('audit_log').where({ id: 2 }).delete();
    expect(await verifyAuditChain(core.db)).toMatchObject({ ok: false, firstBadId: 2 });
  });

  it('`privacy-desk audit verify` prints ok N entries, or names the bad entry and exits 1', async () => {
    const { core } = await officeWithHistory();
    const entries = (await verifyAuditChain(core.db)).entries;
    expect(await runCli(['--db', core.database, 'audit', 'verify'])).toEqual({
      code: 0,
      out: [`ok ${entries} entries`],
      err: [],
    });
    await disableAuditProtection(core);
    await core.db('audit_log').where({ id: 2 }).update({ username: 'nobody' });
    const tampered = await runCli(['--db', core.database, 'audit', 'verify']);
    expect(tampered.code).toBe(1);
    expect(tampered.out[0]).toBe(
      'mismatch at entry 2: its content does not match its hash (1 entries before it are intact)',
    );
  });
});
