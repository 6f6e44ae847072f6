import { describe, expect, it } from 'vitest';
import { expectError, expectOk, signedIn, testCore, testPassword } from './support/core';

const minute = 60_000;

describe('first-run setup', () => {
  it('asks for the first administrator, then never again', async () => {
    const core = await testCore();
    const session = core.newSession();
    expect(await expectOk(core, session, 'auth.status', {})).toMatchObject({
      setupRequired: true,
      user: null,
    });
    const status = await expectOk(core, session, 'auth.setup', {
      username: 'Kari.Admin',
      displayName: 'Kari Nordmann',
      password: 'a long enough password',
      alsoDpo: true,
    });
    expect(status).toMatchObject({
      setupRequired: false,
      user: { username: 'kari.admin', roles: ['dpo', 'admin'] },
      locked: false,
      idleLockMinutes: 15,
    });
    const again = await expectError(core, core.newSession(), 'auth.setup', {
      username: 'intruder',
      displayName: 'Intruder',
      password: 'a long enough password',
    });
    expect(again.code).toBe('CONFLICT');
  });

  it('refuses a password shorter than 10 characters', async () => {
    const core = await testCore();
    const error = await expectError(core, core.newSession(), 'auth.setup', {
      username: 'kari',
      displayName: 'Kari',
      password: '123456789',
    });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues).toMatchObject([
      { path: 'password', message: 'The password must be at least 10 characters' },
    ]);
  });
});

describe('sign-in and lock-out', () => {
  it('signs in with the right password and refuses a wrong one', async () => {
    const core = await testCore();
    await signedIn(core, ['agent'], 'ola');
    const session = core.newSession();
    const wrong = await expectError(core, session, 'auth.signIn', {
      username: 'ola',
      password: 'wrong password',
    });
    expect(wrong).toMatchObject({ code: 'INVALID_CREDENTIALS', message: 'Wrong user name or password.' });
    const unknown = await expectError(core, session, 'auth.signIn', {
      username: 'nobody',
      password: 'whatever',
    });
    expect(unknown.message).toBe('Wrong user name or password.');
    const status = await expectOk(core, session, 'auth.signIn', { username: 'OLA', password: testPassword });
    expect(status.user?.username).toBe('ola');
  });

  it('locks the account for 5 minutes after five wrong passwords in a row', async () => {
    const core = await testCore();
    await signedIn(core, ['agent'], 'ola');
    const session = core.newSession();
    for (let attempt = 1; attempt <= 4; attempt++) {
      expect(
        (await expectError(core, session, 'auth.signIn', { username: 'ola', password: 'nope' })).code,
      ).toBe('INVALID_CREDENTIALS');
    }
    const fifth = await expectError(core, session, 'auth.signIn', { username: 'ola', password: 'nope' });
    expect(fifth).toMatchObject({
      code: 'ACCOUNT_LOCKED',
      message: 'Too many wrong passwords: the account is locked for 5 minutes.',
    });
    // Even the right password is refused while locked.
    const locked = await expectError(core, session, 'auth.signIn', {
      username: 'ola',
      password: testPassword,
    });
    expect(locked.code).toBe('ACCOUNT_LOCKED');
    expect(locked.message).toContain('Try again in 5 minutes');

    core.clock.advance(4 * minute);
    expect(
      (await expectError(core, session, 'auth.signIn', { username: 'ola', password: testPassword })).code,
    ).toBe('ACCOUNT_LOCKED');
    core.clock.advance(1 * minute + 1000);
    expect(
      (await expectOk(core, session, 'auth.signIn', { username: 'ola', password: testPassword })).user,
    ).not.toBe(null);
  });

  it('counts only wrong passwords in a row: a success resets the count', async () => {
    const core = await testCore();
    await signedIn(core, ['agent'], 'ola');
    const session = core.newSession();
    for (let i = 0; i < 4; i++)
      await expectError(core, session, 'auth.signIn', { username: 'ola', password: 'nope' });
    await expectOk(core, session, 'auth.signIn', { username: 'ola', password: testPassword });
    for (let i = 0; i < 4; i++) {
      expect(
        (await expectError(core, session, 'auth.signIn', { username: 'ola', password: 'nope' })).code,
      ).toBe('INVALID_CREDENTIALS');
    }
  });

  it('lets an administrator lift a lock-out by resetting the password', async () => {
    const core = await testCore();
    const admin = await signedIn(core, ['admin'], 'admin');
    await signedIn(core, ['agent'], 'ola');
    const session = core.newSession();
    for (let i = 0; i < 5; i++)
      await expectError(core, session, 'auth.signIn', { username: 'ola', password: 'nope' });
    const users = await expectOk(core, admin, 'users.list', {});
    const ola = users.find((user) => user.username === 'ola');
    expect(ola?.lockedUntil).not.toBeNull();
    await expectOk(core, admin, 'users.resetPassword', { id: ola!.id, password: 'a brand new password' });
    await expectOk(core, session, 'auth.signIn', { username: 'ola', password: 'a brand new password' });
  });

  it('refuses a deactivated user and ends their open session', async () => {
    const core = await testCore();
    const admin = await signedIn(core, ['admin'], 'admin');
    const agent = await signedIn(core, ['agent'], 'ola');
    const ola = (await expectOk(core, admin, 'users.list', {})).find((user) => user.username === 'ola')!;
    await expectOk(core, admin, 'users.setActive', { id: ola.id, active: false });
    expect((await expectError(core, agent, 'users.directory', {})).code).toBe('UNAUTHENTICATED');
    const again = await expectError(core, core.newSession(), 'auth.signIn', {
      username: 'ola',
      password: testPassword,
    });
    expect(again.code).toBe('INVALID_CREDENTIALS');
  });
});

describe('idle lock', () => {
  it('locks after 15 idle minutes and unlocks with the password', async () => {
    const core = await testCore();
    const session = await signedIn(core, ['agent'], 'ola');
    core.clock.advance(14 * minute);
    await expectOk(core, session, 'users.directory', {});
    core.clock.advance(2 * minute);
    // Queries alone are not activity: background refreshes must not keep a session open.
    const error = await expectError(core, session, 'users.directory', {});
    expect(error.code).toBe('SESSION_LOCKED');
    expect((await expectOk(core, session, 'auth.status', {})).locked).toBe(true);
    expect((await expectError(core, session, 'auth.unlock', { password: 'wrong one' })).code).toBe(
      'INVALID_CREDENTIALS',
    );
    expect((await expectOk(core, session, 'auth.unlock', { password: testPassword })).locked).toBe(false);
    await expectOk(core, session, 'users.directory', {});
  });

  it('stays open while the renderer reports activity', async () => {
    const core = await testCore();
    const session = await signedIn(core, ['agent'], 'ola');
    for (let i = 0; i < 5; i++) {
      core.clock.advance(10 * minute);
      await expectOk(core, session, 'auth.touch', {});
    }
    await expectOk(core, session, 'users.directory', {});
  });

  it('follows the idle setting an administrator chose', async () => {
    const core = await testCore();
    const admin = await signedIn(core, ['admin'], 'admin');
    await expectOk(core, admin, 'settings.update', { idleLockMinutes: 2 });
    const session = await signedIn(core, ['agent'], 'ola');
    core.clock.advance(3 * minute);
    expect((await expectError(core, session, 'users.directory', {})).code).toBe('SESSION_LOCKED');
  });

  it('ends the session when unlock attempts lock the account', async () => {
    const core = await testCore();
    const session = await signedIn(core, ['agent'], 'ola');
    await expectOk(core, session, 'auth.lock', {});
    for (let i = 0; i < 4; i++) await expectError(core, session, 'auth.unlock', { password: 'nope' });
    expect((await expectError(core, session, 'auth.unlock', { password: 'nope' })).code).toBe(
      'ACCOUNT_LOCKED',
    );
    expect((await expectOk(core, session, 'auth.status', {})).user).toBeNull();
  });
});

describe('own password', () => {
  it('changes only with the current password', async () => {
    const core = await testCore();
    const session = await signedIn(core, ['agent'], 'ola');
    expect(
      (
        await expectError(core, session, 'auth.changePassword', {
          currentPassword: 'bad',
          newPassword: 'new password 1',
        })
      ).code,
    ).toBe('INVALID_CREDENTIALS');
    await expectOk(core, session, 'auth.changePassword', {
      currentPassword: testPassword,
      newPassword: 'new password 1',
    });
    await expectOk(core, core.newSession(), 'auth.signIn', { username: 'ola', password: 'new password 1' });
  });
});

describe('own language', () => {
  it('is kept for the person on every desk, follows the system until chosen, and refuses what it does not speak', async () => {
    const core = await testCore();
    const session = await signedIn(core, ['agent'], 'ola');
    expect((await expectOk(core, session, 'auth.status', {})).user?.language).toBeNull();
    const chosen = await expectOk(core, session, 'auth.setLanguage', { language: 'en' });
    expect(chosen.user?.language).toBe('en');

    const otherDesk = core.newSession();
    await expectOk(core, otherDesk, 'auth.signIn', { username: 'ola', password: testPassword });
    expect((await expectOk(core, otherDesk, 'auth.status', {})).user?.language).toBe('en');

    const refused = await expectError(core, session, 'auth.setLanguage', { language: 'sv' });
    expect(refused.code).toBe('INVALID_INPUT');
    expect(refused.issues?.[0]?.path).toBe('language');
    expect((await expectError(core, core.newSession(), 'auth.setLanguage', { language: 'nb' })).code).toBe(
      'UNAUTHENTICATED',
    );
  });
});
