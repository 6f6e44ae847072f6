import { type ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore } from '../../src/main/core/core';
import type { CoreStartOptions } from '../../src/main/core/host/port';
import { CoreStartError, type StartedCore, startCoreProcess } from '../../src/main/desk/process-client';
import { freshDatabase, tempDir, testEngine, testPassword, testScrypt } from './support/core';
import { runAsSystem } from '../../src/main/core/core';
import { createUser } from '../../src/main/core/users/service';

const entry = path.resolve(__dirname, '../../src/main/core-process.ts');
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** The core process as Electron's utilityProcess runs it, here with Node's fork and structured clone. */
function spawnCore(): ChildProcess {
  const child = fork(entry, [], {
    execArgv: ['--import', 'tsx'],
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  cleanups.push(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  return child;
}

function asCoreProcess(child: ChildProcess) {
  return {
    port: {
      post: (message: unknown) => void child.send(message as never),
      onMessage: (listener: (message: unknown) => void) => {
        child.on('message', listener);
        return () => void child.off('message', listener);
      },
    },
    onExit: (listener: (code: number | null) => void) => void child.once('exit', listener),
    kill: () => void child.kill('SIGKILL'),
  };
}

/** A database with an agent and a DPO, ready for the core process to open. */
async function office(auditKey?: Buffer): Promise<CoreStartOptions> {
  const dir = tempDir();
  const { database, drop } = await freshDatabase(dir);
  cleanups.push(drop);
  const core = await openCore({ database, dataDir: dir, scrypt: testScrypt, auditKey });
  for (const [username, roles] of [
    ['ola', ['agent']],
    ['dina', ['dpo']],
  ] as const)
    await runAsSystem(core, 'test', (ctx) =>
      createUser(ctx, { username, displayName: username, roles: [...roles], password: testPassword }),
    );
  await core.close();
  return { database, dataDir: dir, reminderMinutes: 0 };
}

async function started(options: CoreStartOptions, child = spawnCore()): Promise<StartedCore> {
  const core = await startCoreProcess(asCoreProcess(child), options);
  cleanups.push(() => core.client.close());
  return core;
}

describe(`the core in its own process (${testEngine})`, () => {
  it('serves sessions, calls and events over messages, as the desk uses it', async () => {
    const { client, engine } = await started(await office());
    expect(engine).toBe(testEngine);
    const agent = await client.openSession();
    const dpo = await client.openSession();
    expect(
      await client.invoke(agent, 'auth.signIn', { username: 'ola', password: testPassword }),
    ).toMatchObject({
      ok: true,
    });
    expect(
      await client.invoke(dpo, 'auth.signIn', { username: 'dina', password: testPassword }),
    ).toMatchObject({
      ok: true,
    });
    const heard: unknown[] = [];
    client.listen(dpo, (event, payload) => heard.push({ event, payload }));
    const logged = await client.invoke(agent, 'inquiries.create', {
      channel: 'email',
      receivedAt: new Date(Date.now() - 60_000).toISOString(),
      onBehalfOfId: null,
      personEmail: 'kari@example.no',
      category: 'general',
      summary: 'Asked for the privacy statement',
    });
    expect(logged).toMatchObject({ ok: true, data: { channel: 'email' } });
    await expect
      .poll(() => heard)
      .toContainEqual({ event: 'dataChanged', payload: { features: ['inquiries'] } });
    // Each window its own session: the agent may not do the DPO's work.
    expect(await client.invoke(agent, 'cases.list', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await client.invoke(dpo, 'cases.list', {})).toMatchObject({ ok: true });
    expect(await client.invoke(agent, 'no.such', {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    });
  });

  it("opens with the audit key the desk hands over (the app's, from the system keychain)", async () => {
    const key = Buffer.alloc(32, 5);
    const options = await office(key);
    // No key file beside the database: the desk's bytes are the only key.
    await expect(startCoreProcess(asCoreProcess(spawnCore()), options)).rejects.toThrow(
      /keyed with a key that is not here/,
    );
    const other = { ...options, auditKey: { key: new Uint8Array(32).fill(6) } };
    await expect(startCoreProcess(asCoreProcess(spawnCore()), other)).rejects.toThrow(
      /keyed with another key/,
    );
    const { client } = await started({ ...options, auditKey: { key: new Uint8Array(key) } });
    const dina = await client.openSession();
    expect(
      await client.invoke(dina, 'auth.signIn', { username: 'dina', password: testPassword }),
    ).toMatchObject({
      ok: true,
    });
  });

  it('keeps the desk responsive while the core works through a large export', async () => {
    const options = await office();
    const { client } = await started(options);
    const dpo = await client.openSession();
    await client.invoke(dpo, 'auth.signIn', { username: 'dina', password: testPassword });
    const export_ = client.invoke(dpo, 'reports.annual', { year: 2025 });
    // The desk's own event loop keeps its timers while the core computes in its process.
    let worstLagMs = 0;
    let last = Date.now();
    const timer = setInterval(() => {
      worstLagMs = Math.max(worstLagMs, Date.now() - last - 10);
      last = Date.now();
    }, 10);
    const result = await export_;
    clearInterval(timer);
    expect(result).toMatchObject({ ok: true });
    expect(worstLagMs).toBeLessThan(100);
  });

  it('refuses a database of a newer version, saying so, and answers UNAVAILABLE once the process is gone', async () => {
    const options = await office();
    const core = await openCore({ database: options.database, dataDir: options.dataDir });
    await core
      .db('knex_migrations')
      .insert({ name: '990_future', batch: 9, migration_time: new Date().toISOString() });
    await core.close();
    const attempt = started(options);
    await expect(attempt).rejects.toBeInstanceOf(CoreStartError);
    await expect(attempt).rejects.toMatchObject({ kind: 'too-new' });

    const child = spawnCore();
    const healthy = await started(await office(), child);
    const token = await healthy.client.openSession();
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    expect(await healthy.client.invoke(token, 'auth.status', {})).toMatchObject({
      ok: false,
      error: { code: 'UNAVAILABLE' },
    });
  });
});
