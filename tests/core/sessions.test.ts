import { describe, expect, it } from 'vitest';
import { expectError, expectOk, signedIn, testCore, testPassword } from './support/core';

const ended = {
  code: 'UNAUTHENTICATED',
  message: 'Your session has ended: the password was changed or the account was locked. Sign in again.',
};

async function office() {
  const core = await testCore();
  const admin = await signedIn(core, ['admin'], 'admin');
  const agent = await signedIn(core, ['agent'], 'ola');
  const ola = (await expectOk(core, admin, 'users.list', {})).find((user) => user.username === 'ola')!;
  return { core, admin, agent, ola };
}

describe('sessions end when the password changes hands', () => {
  it("an administrator's reset ends the user's open session", async () => {
    const { core, admin, agent, ola } = await office();
    await expectOk(core, agent, 'inquiries.list', {});
    await expectOk(core, admin, 'users.resetPassword', { id: ola.id, password: 'a brand new password' });
    expect(await expectError(core, agent, 'inquiries.list', {})).toMatchObject(ended);
    expect(await core.activeUser(agent)).toBeNull();
    expect((await expectOk(core, agent, 'auth.status', {})).user).toBeNull();
    // The old password no longer works, the new one does, and the new session carries on.
    expect(
      (await expectError(core, agent, 'auth.signIn', { username: 'ola', password: testPassword })).code,
    ).toBe('INVALID_CREDENTIALS');
    await expectOk(core, agent, 'auth.signIn', { username: 'ola', password: 'a brand new password' });
    await expectOk(core, agent, 'inquiries.list', {});
    // The administrator's own session was not touched.
    await expectOk(core, admin, 'users.list', {});
  });

  it('a lock-out through auth.changePassword ends that session and every other of the user', async () => {
    const { core, agent } = await office();
    const otherWindow = core.newSession();
    await expectOk(core, otherWindow, 'auth.signIn', { username: 'ola', password: testPassword });
    for (let attempt = 1; attempt <= 4; attempt++) {
      const wrong = await expectError(core, agent, 'auth.changePassword', {
        currentPassword: 'a guess',
        newPassword: 'taken over account',
      });
      expect(wrong.code).toBe('INVALID_CREDENTIALS');
    }
    const locked = await expectError(core, agent, 'auth.changePassword', {
      currentPassword: 'a guess',
      newPassword: 'taken over account',
    });
    expect(locked.code).toBe('ACCOUNT_LOCKED');
    expect(await expectError(core, agent, 'inquiries.list', {})).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await expectError(core, otherWindow, 'inquiries.list', {})).toMatchObject(ended);
    expect(await core.activeUser(otherWindow)).toBeNull();
  });

  it('a lock-out by someone guessing at the sign-in screen ends the open session too', async () => {
    const { core, agent } = await office();
    const guesser = core.newSession();
    for (let attempt = 1; attempt <= 5; attempt++)
      await expectError(core, guesser, 'auth.signIn', { username: 'ola', password: `guess ${attempt}` });
    expect(await expectError(core, agent, 'users.directory', {})).toMatchObject(ended);
  });

  it("the user's own password change keeps their session and ends the others", async () => {
    const { core, agent } = await office();
    const otherWindow = core.newSession();
    await expectOk(core, otherWindow, 'auth.signIn', { username: 'ola', password: testPassword });
    await expectOk(core, agent, 'auth.changePassword', {
      currentPassword: testPassword,
      newPassword: 'my own new password',
    });
    await expectOk(core, agent, 'inquiries.list', {});
    expect(await core.activeUser(agent)).not.toBeNull();
    expect(await expectError(core, otherWindow, 'inquiries.list', {})).toMatchObject(ended);
  });

  it('an administrator resetting their own password stays signed in in that window', async () => {
    const { core, admin } = await office();
    const adminId = (await expectOk(core, admin, 'auth.status', {})).user!.id;
    const elsewhere = core.newSession();
    await expectOk(core, elsewhere, 'auth.signIn', { username: 'admin', password: testPassword });
    await expectOk(core, admin, 'users.resetPassword', { id: adminId, password: 'admin new password' });
    await expectOk(core, admin, 'users.list', {});
    expect(await expectError(core, elsewhere, 'users.list', {})).toMatchObject(ended);
  });

  it('a deactivation ends the session, and reactivating does not revive it', async () => {
    const { core, admin, agent, ola } = await office();
    await expectOk(core, admin, 'users.setActive', { id: ola.id, active: false });
    await expectOk(core, admin, 'users.setActive', { id: ola.id, active: true });
    expect(await expectError(core, agent, 'inquiries.list', {})).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await core.activeUser(agent)).toBeNull();
  });
});
