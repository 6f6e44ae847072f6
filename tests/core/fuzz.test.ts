import { describe, expect, it } from 'vitest';
import { type Access } from '../../src/shared/contract/channel';
import { contract, type Channel } from '../../src/shared/contract';
import { errorCodes, type ApiResult } from '../../src/shared/errors';
import { hasAnyRole, type Role } from '../../src/shared/roles';
import type { Session } from '../../src/main/core/session';
import { malformed, validLooking } from './support/fuzz';
import { expectOk, signedIn, testCore, type TestCore } from './support/core';

/**
 * Every channel of the contract (channels added later included), called by every kind of caller
 * with a valid-looking input and hostile ones. Each answer must be a typed refusal or data the
 * caller may have; never INTERNAL, never a crash, and no prototype is polluted.
 */
type Caller = 'none' | 'agent' | 'dpo' | 'admin' | 'deactivated';
const callers: Caller[] = ['none', 'agent', 'dpo', 'admin', 'deactivated'];
const rolesOf: Record<Caller, Role[]> = {
  none: [],
  agent: ['agent'],
  dpo: ['dpo'],
  admin: ['admin'],
  deactivated: [],
};

function mayCall(access: Access, caller: Caller): boolean {
  if (access === 'public') return true;
  if (caller === 'none' || caller === 'deactivated') return false;
  return access === 'signedIn' || hasAnyRole(rolesOf[caller], access);
}

async function fuzzOffice(): Promise<{
  core: TestCore;
  sessions: Record<Caller, Session>;
  ids: Record<Caller, number>;
}> {
  const core = await testCore('2026-03-02T09:00:00.000Z');
  const admin = await signedIn(core, ['admin'], 'admin');
  const dpo = await signedIn(core, ['dpo'], 'dpo');
  const agent = await signedIn(core, ['agent'], 'agent');
  const gone = await signedIn(core, ['agent'], 'gone');
  // Rows with id 1 for the variant that aims at existing records.
  await expectOk(core, agent, 'inquiries.create', {
    channel: 'phone',
    receivedAt: '2026-03-02T08:30:00.000Z',
    onBehalfOfId: null,
    personName: 'Kari Nordmann',
    personPhone: '912 34 567',
    category: 'rights-request',
    summary: 'Wants a copy of her data',
  });
  await expectOk(core, admin, 'organisations.create', {
    name: 'Fjord Kraft AS',
    country: 'NO',
    isCustomer: true,
  });
  await expectOk(core, dpo, 'cases.create', {
    personName: 'Ola Nordmann',
    personEmail: 'ola@example.no',
    types: ['access'],
    channel: 'email',
    capacity: 'controller',
    receivedDate: '2026-03-02',
  });
  const users = await expectOk(core, admin, 'users.list', {});
  const idOf = (username: string) => users.find((user) => user.username === username)!.id;
  await expectOk(core, admin, 'users.setActive', { id: idOf('gone'), active: false });
  return {
    core,
    sessions: { none: core.newSession(), agent, dpo, admin, deactivated: gone },
    ids: { none: 0, agent: idOf('agent'), dpo: idOf('dpo'), admin: idOf('admin'), deactivated: idOf('gone') },
  };
}

/** Puts a caller's session back as signed in (a fuzzed sign-out, lock or lock-out must not end the run). */
async function restore(core: TestCore, session: Session, caller: Caller, userId: number): Promise<void> {
  if (caller === 'none') {
    Object.assign(session, { userId: null, locked: false, lastActivityMs: 0, epoch: null });
    return;
  }
  await core.db('users').where({ id: userId }).update({ failed_attempts: 0, locked_until: null });
  const { session_epoch: epoch } = await core.db('users').where({ id: userId }).first('session_epoch');
  Object.assign(session, {
    userId,
    locked: false,
    lastActivityMs: core.clock.now().getTime(),
    epoch: Number(epoch),
  });
}

describe('fuzzing every channel for every caller', () => {
  it('answers typed refusals or permitted data, never INTERNAL', { timeout: 180_000 }, async () => {
    const { core, sessions, ids } = await fuzzOffice();
    const channels = Object.keys(contract) as Channel[];
    const failures: string[] = [];
    let calls = 0;
    const answers = new Map<string, number>();
    const started = Date.now();
    for (const channel of channels) {
      const spec = contract[channel];
      const valid = validLooking(spec.input);
      const variants = [
        { name: 'valid-looking', input: valid, mustFail: false },
        {
          name: 'valid-looking, aimed at existing rows',
          input: validLooking(spec.input, 1),
          mustFail: false,
        },
        ...malformed(valid),
      ];
      for (const caller of callers) {
        for (const variant of variants) {
          await restore(core, sessions[caller], caller, ids[caller]);
          const result = (await core.dispatch(
            channel,
            variant.input,
            sessions[caller],
          )) as ApiResult<unknown>;
          calls += 1;
          const where = `${channel} by ${caller} with ${variant.name}`;
          const answer = result.ok ? 'ok' : result.error.code;
          answers.set(answer, (answers.get(answer) ?? 0) + 1);
          if (result.ok) {
            if (!mayCall(spec.access, caller)) failures.push(`${where}: answered with data`);
            if (variant.mustFail) failures.push(`${where}: accepted`);
            continue;
          }
          const { code } = result.error;
          if (!errorCodes.includes(code)) failures.push(`${where}: unknown code ${code}`);
          if (code === 'INTERNAL') failures.push(`${where}: INTERNAL`);
          if (!mayCall(spec.access, caller)) {
            const expected = caller === 'none' || caller === 'deactivated' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
            if (code !== expected) failures.push(`${where}: ${code} instead of ${expected}`);
          }
        }
      }
    }
    const polluted = ({} as Record<string, unknown>).polluted ?? ({} as Record<string, unknown>).roles;
    expect(polluted).toBeUndefined();
    expect(failures).toEqual([]);
    expect(calls).toBeGreaterThan(channels.length * callers.length * 15);
    // Valid-looking inputs reach the handlers too, not only the schema.
    expect(answers.get('ok') ?? 0).toBeGreaterThan(channels.length);
    const tally = JSON.stringify(Object.fromEntries([...answers].sort()));
    console.log(
      `fuzz: ${calls} calls over ${channels.length} channels in ${((Date.now() - started) / 1000).toFixed(1)} s: ${tally}`,
    );
  });
});
