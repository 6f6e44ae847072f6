import { describe, expect, it } from 'vitest';
import { call, expectError, expectOk, signedIn, testCore } from './support/core';
import { breakAuditWrites, repairAuditWrites } from './support/tamper';

describe('dispatch', () => {
  it('answers an unknown channel with its own code, not a crash', async () => {
    const core = await testCore();
    const session = core.newSession();
    const error = await expectError(core, session, 'users.dropEverything' as never, {});
    expect(error.code).toBe('UNKNOWN_CHANNEL');
    expect(error.message).toContain('users.dropEverything');
  });

  it('does not treat inherited object keys as channels', async () => {
    const core = await testCore();
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 42, null]) {
      const result = await core.dispatch(name, {}, core.newSession());
      expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    }
  });

  it('rejects a payload that fails the schema with readable field issues', async () => {
    const core = await testCore();
    const session = await signedIn(core, ['admin']);
    const error = await expectError(core, session, 'users.create', {
      username: 'x',
      displayName: '',
      roles: [],
      password: 'short',
    });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues?.map((issue) => issue.path).sort()).toEqual([
      'displayName',
      'password',
      'roles',
      'username',
    ]);
    expect(error.issues?.find((issue) => issue.path === 'password')?.message).toBe(
      'The password must be at least 10 characters',
    );
  });

  it('rejects unknown keys and wrong types', async () => {
    const core = await testCore();
    const session = await signedIn(core, ['admin']);
    expect(
      (await expectError(core, session, 'users.setActive', { id: 1, active: true, extra: 1 })).code,
    ).toBe('INVALID_INPUT');
    expect((await expectError(core, session, 'users.setActive', { id: '1', active: 'yes' })).code).toBe(
      'INVALID_INPUT',
    );
    expect((await expectError(core, session, 'users.setActive', 'not an object')).code).toBe('INVALID_INPUT');
  });

  it('refuses a caller without the role, in the core', async () => {
    const core = await testCore();
    const agent = await signedIn(core, ['agent']);
    const error = await expectError(core, agent, 'users.list', {});
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toContain('administrator');
  });

  it('refuses every non-public channel before sign-in', async () => {
    const core = await testCore();
    const error = await expectError(core, core.newSession(), 'users.directory', {});
    expect(error.code).toBe('UNAUTHENTICATED');
  });

  it('answers a missing row with NOT_FOUND', async () => {
    const core = await testCore();
    const session = await signedIn(core, ['admin']);
    const error = await expectError(core, session, 'users.setActive', { id: 999, active: false });
    expect(error).toMatchObject({ code: 'NOT_FOUND', message: 'User 999 was not found.' });
  });

  it('answers a conflict with CONFLICT', async () => {
    const core = await testCore();
    const session = await signedIn(core, ['admin'], 'admin');
    const error = await expectError(core, session, 'users.create', {
      username: 'Admin',
      displayName: 'Someone',
      roles: ['agent'],
      password: 'long enough password',
    });
    expect(error.code).toBe('CONFLICT');
  });

  it('never lets an internal failure reach the caller as a stack, and saves nothing', async () => {
    const core = await testCore();
    const session = await signedIn(core, ['admin']);
    await core.db.schema.dropTable('user_roles');
    const result = await call(core, session, 'users.directory', {});
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'INTERNAL',
        message: 'Something went wrong and nothing was saved. The details are in the log; please try again.',
      },
    });
  });

  it('strips fields the contract does not promise, such as password hashes', async () => {
    const core = await testCore();
    const session = await signedIn(core, ['admin']);
    const users = await expectOk(core, session, 'users.list', {});
    expect(Object.keys(users[0]).sort()).toEqual(
      ['active', 'createdAt', 'displayName', 'id', 'lastSignInAt', 'lockedUntil', 'roles', 'username'].sort(),
    );
  });

  it('audits every command, even one whose handler wrote no entry of its own', async () => {
    const core = await testCore();
    const session = await signedIn(core, ['admin']);
    const before = await expectOk(core, session, 'audit.list', { pageSize: 500 });
    await expectOk(core, session, 'auth.lock', {});
    await expectOk(core, session, 'auth.unlock', { password: 'correct horse battery' });
    const after = await expectOk(core, session, 'audit.list', { pageSize: 500 });
    // The first list is a read of personal data, recorded too.
    expect(after.total).toBe(before.total + 3);
    expect(after.rows.slice(0, 3).map((row) => row.action)).toEqual(['unlock', 'lock', 'list']);
  });

  it('rolls back everything a failed command wrote', async () => {
    const core = await testCore();
    const admin = await signedIn(core, ['admin'], 'admin');
    await signedIn(core, ['agent'], 'ola');
    // Make the audit write, which comes after the user row is updated, fail.
    await breakAuditWrites(core);
    const result = await call(core, admin, 'users.update', {
      id: 2,
      displayName: 'New name',
      roles: ['dpo'],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    await repairAuditWrites(core);
    const ola = (await expectOk(core, admin, 'users.list', {})).find((user) => user.id === 2);
    expect(ola).toMatchObject({ displayName: 'Test ola', roles: ['agent'] });
  });

  it('refuses a NUL character in any text, on either engine, with the field it is in', async () => {
    const core = await testCore();
    const admin = await signedIn(core, ['admin'], 'admin');
    const error = await expectError(core, admin, 'organisations.create', {
      name: 'Fjord\u0000 Energi AS',
      isCustomer: true,
    });
    expect(error).toMatchObject({
      code: 'INVALID_INPUT',
      message: 'Text may not contain the NUL character (it cannot be stored).',
      issues: [{ path: 'name', message: 'Text may not contain the NUL character (it cannot be stored).' }],
    });
    const anonymous = core.newSession();
    expect(
      await expectError(core, anonymous, 'auth.signIn', { username: 'ad\u0000min', password: 'x' }),
    ).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: 'username' }] });
  });
});
