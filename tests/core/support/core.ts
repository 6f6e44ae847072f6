import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import type { Channel, ChannelInput, ChannelOutput } from '../../../src/shared/contract';
import type { ApiError } from '../../../src/shared/errors';
import type { Role } from '../../../src/shared/roles';
import { adjustableClock, type AdjustableClock } from '../../../src/main/core/clock';
import { type Core, openCore, runAsSystem } from '../../../src/main/core/core';
import type { Session } from '../../../src/main/core/session';
import { createUser } from '../../../src/main/core/users/service';

/** Cheap scrypt for tests; one test checks the production parameters separately. */
export const testScrypt = { N: 1024, r: 8, p: 1 };

export const testPassword = 'correct horse battery';

const opened: Array<{ core: Core; dir: string }> = [];

afterEach(async () => {
  for (const { core, dir } of opened.splice(0)) {
    await core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-desk-test-'));
}

export interface TestCore extends Core {
  clock: AdjustableClock;
  dbFile: string;
  dir: string;
}

/** A core on a fresh SQLite file in a temporary folder, closed and removed after the test. */
export async function testCore(start = '2026-03-02T09:00:00.000Z'): Promise<TestCore> {
  const dir = tempDir();
  const dbFile = path.join(dir, 'test.sqlite3');
  const clock = adjustableClock(start);
  const core = await openCore({ dbFile, clock, scrypt: testScrypt });
  opened.push({ core, dir });
  return Object.assign(core, { clock, dbFile, dir });
}

/** Creates a user directly through the service (as the system) and returns a signed-in session. */
export async function signedIn(
  core: Core,
  roles: Role[],
  username = roles.join('-') || 'nobody',
): Promise<Session> {
  await runAsSystem(core, 'test', (ctx) =>
    createUser(ctx, { username, displayName: `Test ${username}`, roles, password: testPassword }),
  );
  const session = core.newSession();
  await expectOk(core, session, 'auth.signIn', { username, password: testPassword });
  return session;
}

export async function call<C extends Channel>(
  core: Core,
  session: Session,
  channel: C,
  input?: ChannelInput<C>,
) {
  return core.dispatch(channel, input, session) as Promise<
    { ok: true; data: ChannelOutput<C> } | { ok: false; error: ApiError }
  >;
}

export async function expectOk<C extends Channel>(
  core: Core,
  session: Session,
  channel: C,
  input?: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const result = await call(core, session, channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
  return result.data;
}

export async function expectError<C extends Channel>(
  core: Core,
  session: Session,
  channel: C,
  input?: ChannelInput<C> | unknown,
): Promise<ApiError> {
  const result = await core.dispatch(channel, input, session);
  if (result.ok) throw new Error(`${channel} succeeded but should have failed`);
  return result.error;
}
