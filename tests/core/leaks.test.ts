import { describe, expect, it } from 'vitest';
import { reminderAudience } from '../../src/main/core/host/reminder-audience';
import { expectError, expectOk, signedIn, testCore } from './support/core';

/** Defect 7 of issue 11: small leaks, each with its own test. */
describe('small leaks', () => {
  it('sign-in answers an unknown, a deactivated and an existing user name alike, lock-out included', async () => {
    const core = await testCore();
    const admin = await signedIn(core, ['admin'], 'admin');
    await signedIn(core, ['agent'], 'ola');
    await signedIn(core, ['agent'], 'gone');
    const gone = (await expectOk(core, admin, 'users.list', {})).find((user) => user.username === 'gone')!;
    await expectOk(core, admin, 'users.setActive', { id: gone.id, active: false });

    const answers = async (username: string) => {
      const session = core.newSession();
      const seen: string[] = [];
      for (let attempt = 1; attempt <= 7; attempt++) {
        const error = await expectError(core, session, 'auth.signIn', {
          username,
          password: `guess ${attempt}`,
        });
        seen.push(`${error.code}: ${error.message}`);
      }
      return seen;
    };
    const existing = await answers('ola');
    expect(existing[4]).toBe(
      'ACCOUNT_LOCKED: Too many wrong passwords: the account is locked for 5 minutes.',
    );
    expect(existing[3]).toContain('1 more wrong attempt locks the account');
    expect(await answers('nobody-by-this-name')).toEqual(existing);
    expect(await answers('gone')).toEqual(existing);
  });

  it("an agent asking for a colleague's inquiry hears NOT_FOUND, as for one that does not exist", async () => {
    const core = await testCore();
    const agent = await signedIn(core, ['agent'], 'agent1');
    const colleague = await signedIn(core, ['agent'], 'agent2');
    const theirs = await expectOk(core, colleague, 'inquiries.create', {
      channel: 'phone',
      receivedAt: '2026-03-02T08:30:00.000Z',
      onBehalfOfId: null,
      personName: 'Kari Nordmann',
      personPhone: '912 34 567',
      category: 'general',
      summary: 'Asked about the invoice',
    });
    const missing = theirs.id + 1000;
    const answerFor = async (id: number) => {
      const error = await expectError(core, agent, 'inquiries.get', { id });
      return {
        code: error.code,
        message: error.message.replace(String(id), 'N').replace(/INQ-\d+/, 'INQ-N'),
      };
    };
    expect(await answerFor(theirs.id)).toEqual(await answerFor(missing));
    expect((await answerFor(theirs.id)).code).toBe('NOT_FOUND');
    for (const channel of ['inquiries.history', 'inquiries.close', 'inquiries.reopen'] as const) {
      const input = channel === 'inquiries.close' ? { id: theirs.id, outcome: 'Done' } : { id: theirs.id };
      expect((await expectError(core, agent, channel, input)).code).toBe('NOT_FOUND');
    }
  });
});

describe('small leaks, continued', () => {
  it('refuses a blank, a repetitive or a most-common password wherever one is chosen', async () => {
    const core = await testCore();
    const admin = await signedIn(core, ['admin'], 'admin');
    const refused = {
      '          ': 'The password cannot be only spaces',
      '   short    ': 'The password must be at least 10 characters besides spaces at the ends',
      aaaaaaaaaaaa: 'The password repeats too few different characters; choose a few words instead',
      '1234567890': 'This is one of the most common passwords; choose a few words of your own instead',
      QwertyUiop: 'This is one of the most common passwords; choose a few words of your own instead',
    };
    for (const [password, message] of Object.entries(refused)) {
      const create = await expectError(core, admin, 'users.create', {
        username: 'ola',
        displayName: 'Ola',
        roles: ['agent'],
        password,
      });
      expect(create.issues, JSON.stringify(password)).toMatchObject([{ path: 'password', message }]);
      const change = await expectError(core, admin, 'auth.changePassword', {
        currentPassword: 'correct horse battery',
        newPassword: password,
      });
      expect(change.issues?.[0]?.message).toBe(message);
    }
    const setup = await expectError(core, core.newSession(), 'auth.setup', {
      username: 'kari',
      displayName: 'Kari',
      password: ' '.repeat(10),
    });
    expect(setup.code).toBe('INVALID_INPUT');
    await expectOk(core, admin, 'users.create', {
      username: 'ola',
      displayName: 'Ola',
      roles: ['agent'],
      password: 'three words of mine',
    });
  });

  it('neutralises full-width = and +, and = after a zero-width space, in exports', async () => {
    const core = await testCore();
    const agent = await signedIn(core, ['agent'], 'agent1');
    const hostile = ['\uff1dHYPERLINK("http://evil.example")', '\uff0b47 cmd', '\u200b=1+1', ' @SUM(A1)'];
    for (const summary of hostile) {
      await expectOk(core, agent, 'inquiries.create', {
        channel: 'phone',
        receivedAt: '2026-03-02T08:30:00.000Z',
        onBehalfOfId: null,
        personName: 'Kari Nordmann',
        personPhone: '912 34 567',
        category: 'general',
        summary,
      });
    }
    const csv = await expectOk(core, agent, 'inquiries.export', { format: 'csv' });
    const text = Buffer.from(csv.base64, 'base64').toString('utf8');
    for (const summary of hostile) expect(text).toContain(`'${summary.trim().replace(/"/g, '""')}`);
  });

  it('sends a reminder only to windows of signed-in, unlocked users it concerns', async () => {
    const core = await testCore();
    const dpo = await signedIn(core, ['dpo'], 'dpo');
    const agent = await signedIn(core, ['agent'], 'agent1');
    const lockedDpo = await signedIn(core, ['dpo'], 'dpo2');
    await expectOk(core, lockedDpo, 'auth.lock', {});
    const signedOut = core.newSession();
    const sessions = new Map([
      [1, dpo],
      [2, agent],
      [3, lockedDpo],
      [4, signedOut],
    ]);
    const reminder = {
      key: 'case:1',
      level: 'overdue' as const,
      title: 'Case 2026-0001 is overdue',
      body: 'Open the case.',
      path: '/cases/1',
      roles: ['dpo' as const],
    };
    expect(await reminderAudience(core, sessions, reminder)).toEqual([1]);
    expect(await reminderAudience(core, sessions, { ...reminder, roles: ['agent', 'dpo'] })).toEqual([1, 2]);
  });
});
