import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from '../../migrations';
import type { AppEventName, AppEvents } from '../../src/shared/events';
import type { CoreClient } from '../../src/main/desk/client';
import { httpClient, probeServer } from '../../src/main/desk/http-client';
import { parseListen } from '../../src/main/server/listen';
import { type RunningServer, ServerConfigError, startServer } from '../../src/main/server/server';
import { runCli } from './support/cli';
import { signedIn, tempDir, testCore, testEngine, testPassword, type TestCore } from './support/core';

const running: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  for (const item of running.splice(0).reverse()) await item.close();
});

async function serve(
  core: TestCore,
  extra: Partial<Parameters<typeof startServer>[1]> = {},
): Promise<RunningServer> {
  const server = await startServer(core, { listen: { host: '127.0.0.1', port: 0 }, ...extra });
  running.push(server);
  return server;
}

function client(server: RunningServer, options: Partial<Parameters<typeof httpClient>[0]> = {}): CoreClient {
  const made = httpClient({ url: server.url, fingerprint: server.fingerprint, ...options });
  running.push(made);
  return made;
}

async function post(url: string, body: unknown, token?: string, raw?: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: raw ?? JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Events of one session, collected as they arrive. */
function collect(made: CoreClient, token: string) {
  const seen: Array<{ event: AppEventName; payload: unknown }> = [];
  made.listen(token, (event, payload) => seen.push({ event, payload }));
  return seen;
}

const until = async (check: () => boolean, ms = 5_000) => {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

function selfSignedCertificate(dir: string): { cert: string; key: string } {
  const keyFile = path.join(dir, 'server.key');
  const certFile = path.join(dir, 'server.crt');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=privacy-desk.test',
      '-keyout',
      keyFile,
      '-out',
      certFile,
    ],
    { stdio: 'ignore' },
  );
  return { cert: fs.readFileSync(certFile, 'utf8'), key: fs.readFileSync(keyFile, 'utf8') };
}

const inquiry = {
  channel: 'phone',
  receivedAt: '2026-03-02T08:55:00.000Z',
  onBehalfOfId: null,
  personName: 'Kari Nordmann',
  personPhone: '+47 912 34 567',
  category: 'general',
  summary: 'Asked how long call recordings are kept',
};

describe(`the office server on ${testEngine}`, () => {
  it('answers /health with the engine and schema, and refuses anonymous calls to non-public channels', async () => {
    const core = await testCore();
    const server = await serve(core);
    const health = (await (await fetch(`${server.url}/health`)).json()) as Record<string, unknown>;
    expect(health).toMatchObject({ ok: true, engine: testEngine, tls: false });
    expect(health.schema).toBe(migrations.length);

    expect(
      (await post(`${server.url}/api/invoke`, { channel: 'auth.status', input: {} })).body,
    ).toMatchObject({
      ok: true,
      data: { setupRequired: true, user: null },
    });
    const anonymous = await post(`${server.url}/api/invoke`, { channel: 'users.list', input: {} });
    expect(anonymous.body).toEqual({
      ok: false,
      error: { code: 'UNAUTHENTICATED', message: 'Please sign in to continue.', key: 'signInFirst' },
    });
    const forged = await post(
      `${server.url}/api/invoke`,
      { channel: 'users.list', input: {} },
      'x'.repeat(43),
    );
    expect(forged.body).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('keeps sessions on the server behind opaque tokens; sign-out and deactivation end them at once', async () => {
    const core = await testCore();
    await signedIn(core, ['admin'], 'kari');
    await signedIn(core, ['agent'], 'ola');
    const server = await serve(core);
    const desk = client(server);
    const admin = await desk.openSession();
    const agent = await desk.openSession();
    expect(admin).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(admin).not.toBe(agent);
    expect(
      await desk.invoke(admin, 'auth.signIn', { username: 'kari', password: testPassword }),
    ).toMatchObject({ ok: true });
    expect(
      await desk.invoke(agent, 'auth.signIn', { username: 'ola', password: testPassword }),
    ).toMatchObject({ ok: true });
    expect(await desk.invoke(agent, 'users.list', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const users = (await desk.invoke(admin, 'users.list', {})) as {
      ok: true;
      data: Array<{ id: number; username: string }>;
    };
    const ola = users.data.find((user) => user.username === 'ola')!;

    expect(await desk.invoke(admin, 'users.setActive', { id: ola.id, active: false })).toMatchObject({
      ok: true,
    });
    expect(await desk.invoke(agent, 'inquiries.list', {})).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });

    await desk.endSession(admin);
    expect(server.host.hasSession(admin)).toBe(false);
    expect(await desk.invoke(admin, 'users.list', {})).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
  });

  it('refuses unknown channels, unreadable bodies and oversized requests without a stack or SQL', async () => {
    const core = await testCore();
    const server = await serve(core, { bodyLimit: 64 * 1024 });
    const unknown = await post(`${server.url}/api/invoke`, { channel: 'users.drop', input: {} });
    expect(unknown.body).toEqual({
      ok: false,
      error: {
        code: 'UNKNOWN_CHANNEL',
        message: 'There is no operation "users.drop".',
        key: 'unknownChannel',
        params: { name: '"users.drop"' },
      },
    });
    const garbage = await post(`${server.url}/api/invoke`, null, undefined, '{"channel": ');
    expect(garbage).toEqual({
      status: 400,
      body: { ok: false, error: { code: 'INVALID_INPUT', message: 'The request could not be read.' } },
    });
    const noChannel = await post(`${server.url}/api/invoke`, [1, 2]);
    expect(noChannel.status).toBe(400);
    const huge = await post(`${server.url}/api/invoke`, {
      channel: 'auth.signIn',
      input: { username: 'x'.repeat(100_000) },
    });
    expect(huge).toEqual({
      status: 413,
      body: { ok: false, error: { code: 'TOO_LARGE', message: 'The request is too large for the server.' } },
    });
    const nowhere = await fetch(`${server.url}/api/../../etc/passwd`);
    expect(nowhere.status).toBe(404);
    for (const answer of [unknown, garbage, huge])
      expect(JSON.stringify(answer.body)).not.toMatch(/select|insert|stack|at \//i);
  });

  it('limits sign-in attempts per user name and per address', async () => {
    const core = await testCore();
    await signedIn(core, ['admin'], 'kari');
    const server = await serve(core, { signInLimits: { perUserName: 3, perAddress: 6, windowMs: 60_000 } });
    const desk = client(server);
    const token = await desk.openSession();
    const attempt = (username: string, password = 'wrong password!') =>
      desk.invoke(token, 'auth.signIn', { username, password });
    for (let i = 0; i < 3; i++)
      expect(await attempt('kari')).toMatchObject({ error: { code: 'INVALID_CREDENTIALS' } });
    expect(await attempt('kari', testPassword)).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
    // Other names from the same address, until the address has had its share.
    for (let i = 0; i < 3; i++)
      expect(await attempt(`guess${i}`)).toMatchObject({ error: { code: 'INVALID_CREDENTIALS' } });
    expect(await attempt('someone')).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
    core.clock.set(new Date(core.clock.now().getTime() + 61_000).toISOString());
    expect(await attempt('kari', testPassword)).toMatchObject({ ok: true });
  });

  it('refuses to listen beyond this machine without TLS, and says why', async () => {
    const core = await testCore();
    await expect(startServer(core, { listen: parseListen('0.0.0.0:0') })).rejects.toThrow(ServerConfigError);
    await expect(startServer(core, { listen: parseListen('0.0.0.0:0') })).rejects.toThrow(
      /without TLS.*passwords/,
    );
    expect(() => parseListen('nonsense')).toThrow(/HOST:PORT/);
    expect(parseListen('8443')).toEqual({ host: '127.0.0.1', port: 8443 });
    expect(parseListen('[::1]:9000')).toEqual({ host: '::1', port: 9000 });
  });

  it('serves TLS with a pinned certificate: the right fingerprint works, another sends nothing', async () => {
    const core = await testCore();
    await signedIn(core, ['admin'], 'kari');
    const tls = selfSignedCertificate(tempDir());
    const server = await serve(core, { listen: { host: '0.0.0.0', port: 0 }, tls });
    const url = server.url.replace('0.0.0.0', '127.0.0.1');
    const probed = await probeServer(url);
    expect(probed).toEqual({
      url,
      fingerprint: server.fingerprint,
      engine: testEngine,
      schema: expect.any(Number),
    });
    expect(server.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);

    const desk = client(server, { url });
    const token = await desk.openSession();
    expect(
      await desk.invoke(token, 'auth.signIn', { username: 'kari', password: testPassword }),
    ).toMatchObject({ ok: true });

    const impostor = httpClient({ url, fingerprint: 'AA:'.repeat(31) + 'AA', retryForMs: 0 });
    running.push(impostor);
    const before = await core.db('audit_log').count({ n: '*' }).first();
    const refused = await impostor.invoke('x'.repeat(43), 'auth.signIn', {
      username: 'kari',
      password: testPassword,
    });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'UNAVAILABLE',
        message: expect.stringMatching(/different certificate.*Nothing was sent/),
      },
    });
    expect(await core.db('audit_log').count({ n: '*' }).first()).toEqual(before);
  });

  it('shows two desks each other’s work at once: the second desk hears that inquiries changed', async () => {
    const core = await testCore('2026-03-02T09:00:00.000Z');
    await signedIn(core, ['agent'], 'ola');
    await signedIn(core, ['dpo'], 'dina');
    const server = await serve(core);
    const agentDesk = client(server);
    const dpoDesk = client(server);
    const agent = await agentDesk.openSession();
    const dpo = await dpoDesk.openSession();
    await agentDesk.invoke(agent, 'auth.signIn', { username: 'ola', password: testPassword });
    await dpoDesk.invoke(dpo, 'auth.signIn', { username: 'dina', password: testPassword });
    const heard = collect(dpoDesk, dpo);
    await until(() => server.host.sessions.size >= 2);
    await new Promise((resolve) => setTimeout(resolve, 100));

    const logged = (await agentDesk.invoke(agent, 'inquiries.create', inquiry)) as {
      ok: true;
      data: { id: number };
    };
    expect(logged.ok).toBe(true);
    await until(() => heard.some((entry) => entry.event === 'dataChanged'));
    expect(heard.find((entry) => entry.event === 'dataChanged')!.payload).toEqual({
      features: ['inquiries'],
    });
    const list = (await dpoDesk.invoke(dpo, 'inquiries.list', {})) as {
      ok: true;
      data: { rows: Array<{ id: number }> };
    };
    expect(list.data.rows.map((row) => row.id)).toEqual([logged.data.id]);
  });

  it('sends a reminder only to the signed-in people whose role it concerns', async () => {
    const core = await testCore();
    await signedIn(core, ['agent'], 'ola');
    await signedIn(core, ['dpo'], 'dina');
    const server = await serve(core);
    const desk = client(server);
    const agent = await desk.openSession();
    const dpo = await desk.openSession();
    const nobody = await desk.openSession();
    await desk.invoke(agent, 'auth.signIn', { username: 'ola', password: testPassword });
    await desk.invoke(dpo, 'auth.signIn', { username: 'dina', password: testPassword });
    const heard = { agent: collect(desk, agent), dpo: collect(desk, dpo), nobody: collect(desk, nobody) };
    await new Promise((resolve) => setTimeout(resolve, 200));
    const reminder: AppEvents['reminder'] = {
      key: 'case:1',
      level: 'overdue',
      title: 'Case 2026-0001 is overdue',
      body: 'Due 01.03.2026',
      path: '/cases/1',
      roles: ['dpo'],
    };
    core.events.emit('reminder', reminder);
    await until(() => heard.dpo.length > 0);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(heard.dpo).toEqual([{ event: 'reminder', payload: reminder }]);
    expect(heard.agent).toEqual([]);
    expect(heard.nobody).toEqual([]);
  });

  it('answers a repeated call with its first answer, so a desk that lost the answer saves nothing twice', async () => {
    const core = await testCore('2026-03-02T09:00:00.000Z');
    await signedIn(core, ['agent'], 'ola');
    const server = await serve(core);
    const token = server.host.openSession();
    await server.host.invoke(token, 'auth.signIn', { username: 'ola', password: testPassword });
    const body = { channel: 'inquiries.create', input: inquiry, requestId: 'desk-7-call-0001' };
    const first = await post(`${server.url}/api/invoke`, body, token);
    const again = await post(`${server.url}/api/invoke`, body, token);
    expect(again.body).toEqual(first.body);
    expect(await core.db('inquiries').count({ n: '*' }).first()).toEqual({ n: 1 });
  });

  it('lets a desk sign in again after the server forgot its session (a restart)', async () => {
    const core = await testCore();
    await signedIn(core, ['agent'], 'ola');
    const server = await serve(core);
    const desk = client(server);
    const handle = await desk.openSession();
    await desk.invoke(handle, 'auth.signIn', { username: 'ola', password: testPassword });
    server.host.sessions.end(handle);
    expect(await desk.invoke(handle, 'inquiries.list', {})).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    expect(
      await desk.invoke(handle, 'auth.signIn', { username: 'ola', password: testPassword }),
    ).toMatchObject({
      ok: true,
      data: { user: { username: 'ola' } },
    });
    expect(await desk.invoke(handle, 'inquiries.list', {})).toMatchObject({ ok: true });
  });

  it('privacy-desk serve exits 2 for a non-loopback address without TLS and 3 for a newer database', async () => {
    const core = await testCore();
    const noTls = await runCli([
      '--db',
      core.database,
      '--data-dir',
      core.dir,
      'serve',
      '--listen',
      '0.0.0.0:0',
    ]);
    expect(noTls.code).toBe(2);
    expect(noTls.err.join(' ')).toMatch(/without TLS/);
    await core
      .db('knex_migrations')
      .insert({ name: '999_future', batch: 9, migration_time: new Date().toISOString() });
    const newer = await runCli([
      '--db',
      core.database,
      '--data-dir',
      core.dir,
      'serve',
      '--listen',
      '127.0.0.1:0',
    ]);
    expect(newer.code).toBe(3);
    expect(newer.err.join(' ')).toMatch(/newer version of Privacy Desk/);
  });
});
