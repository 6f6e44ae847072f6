import crypto from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import type { Duplex } from 'node:stream';
import tls from 'node:tls';
import type { ApiResult } from '../../shared/errors';
import type { AppEventName, ConnectionEvent } from '../../shared/events';
import { appEventNames } from '../../shared/events';
import type { CoreClient, DeskEventListener } from './client';

/** The server presented another certificate than the one confirmed at first contact. */
export class CertificateMismatchError extends Error {
  constructor(
    readonly expected: string,
    readonly presented: string,
  ) {
    super(
      `The office server presented a different certificate (SHA-256 ${presented}) from the one confirmed ` +
        `for this desk (${expected}). Nothing was sent. If the server's certificate was replaced on purpose, ` +
        'ask the administrator for the new fingerprint and connect this desk again; otherwise someone may be ' +
        'impersonating the server.',
    );
    this.name = 'CertificateMismatchError';
  }
}

/** What a desk needs to reach its office server. */
export interface ServerAddress {
  /** `https://host:port` (or `http://127.0.0.1:port` for a server on this machine). */
  url: string;
  /** The certificate's SHA-256 fingerprint confirmed at first contact (https only). */
  fingerprint: string | null;
}

export interface HttpClientOptions extends ServerAddress {
  /** How long a call keeps retrying while the server cannot be reached (default 5 minutes). */
  retryForMs?: number;
  /** Delays between attempts, the last repeated (default 0.5, 1, 2, 5 s). */
  backoffMs?: readonly number[];
  requestTimeoutMs?: number;
}

/**
 * An https agent that checks the server's certificate against the pinned fingerprint after the TLS
 * handshake and before handing the socket over, so not a byte of a request reaches another server.
 */
class PinnedAgent extends https.Agent {
  constructor(private readonly pin: string) {
    super({ keepAlive: true, maxSockets: 8 });
  }

  override createConnection(
    options: tls.ConnectionOptions,
    callback?: (error: Error | null, socket: Duplex) => void,
  ): Duplex | null | undefined {
    const socket = tls.connect({ ...options, rejectUnauthorized: false });
    let settled = false;
    const settle = (error: Error | null) => {
      if (settled) return;
      settled = true;
      if (error) socket.destroy();
      callback?.(error, socket);
    };
    socket.once('secureConnect', () => {
      const presented = socket.getPeerCertificate().fingerprint256;
      settle(presented === this.pin ? null : new CertificateMismatchError(this.pin, presented));
    });
    socket.once('error', (error) => settle(error));
    return undefined;
  }
}

/** Reads a server address a person typed: adds https:// when no scheme is given, refuses others. */
export function normaliseServerUrl(text: string): string {
  const trimmed = text.trim().replace(/\/+$/, '');
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new Error(`"${text}" is not a server address. Give it as https://server.example:8443.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error('The office server is reached over https:// (or http:// on this computer only).');
  if (url.pathname !== '/' || url.search || url.hash)
    throw new Error('Give only the server and port, e.g. https://server.example:8443.');
  return `${url.protocol}//${url.host}`;
}

/** First contact: the certificate's fingerprint (to show the person) and the server's health. */
export async function probeServer(
  urlText: string,
  timeoutMs = 10_000,
): Promise<{ url: string; fingerprint: string | null; engine: string; schema: number }> {
  const url = normaliseServerUrl(urlText);
  const parsed = new URL(url);
  let fingerprint: string | null = null;
  if (parsed.protocol === 'https:') {
    fingerprint = await new Promise<string>((resolve, reject) => {
      const socket = tls.connect({
        host: parsed.hostname,
        port: Number(parsed.port || 443),
        servername: /^[\d.:]+$/.test(parsed.hostname) ? undefined : parsed.hostname,
        rejectUnauthorized: false,
        timeout: timeoutMs,
      });
      socket.once('secureConnect', () => {
        resolve(socket.getPeerCertificate().fingerprint256);
        socket.end();
      });
      socket.once('timeout', () => socket.destroy(new Error('timed out')));
      socket.once('error', reject);
    });
  }
  const transport = new Transport({ url, fingerprint }, timeoutMs);
  try {
    const health = (await transport.request('GET', '/health')) as {
      ok?: boolean;
      engine?: string;
      schema?: number;
    };
    if (health?.ok !== true) throw new Error('The address answers, but not as a Privacy Desk server.');
    return { url, fingerprint, engine: String(health.engine), schema: Number(health.schema) };
  } finally {
    transport.close();
  }
}

/** A request that never reached an answer: the connection failed or the server did not reply in time. */
class Unreachable extends Error {}

class Transport {
  private readonly agent: http.Agent;
  private readonly base: URL;

  constructor(
    address: ServerAddress,
    private readonly timeoutMs: number,
  ) {
    this.base = new URL(address.url);
    if (this.base.protocol === 'https:') {
      if (!address.fingerprint)
        throw new Error('An https server needs its confirmed certificate fingerprint.');
      this.agent = new PinnedAgent(address.fingerprint);
    } else {
      this.agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
    }
  }

  private options(method: string, path: string, token?: string): http.RequestOptions {
    return {
      method,
      host: this.base.hostname,
      port: this.base.port || (this.base.protocol === 'https:' ? 443 : 80),
      path,
      agent: this.agent,
      headers: {
        accept: 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
    };
  }

  private get module(): typeof http | typeof https {
    return this.base.protocol === 'https:' ? https : http;
  }

  /** One JSON request. Rejects with Unreachable when no answer came, with the mismatch when the pin failed. */
  request(method: string, path: string, token?: string, body?: unknown): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
      const options = this.options(method, path, token);
      if (payload)
        options.headers = {
          ...options.headers,
          'content-type': 'application/json',
          'content-length': payload.length,
        };
      const request = this.module.request(options, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
          } catch {
            reject(new Error(`The server answered ${response.statusCode} with something that is not JSON.`));
          }
        });
        response.on('error', (error) => reject(new Unreachable(error.message)));
      });
      request.setTimeout(this.timeoutMs, () => request.destroy(new Unreachable('no answer in time')));
      request.on('error', (error) =>
        reject(error instanceof CertificateMismatchError ? error : new Unreachable(error.message)),
      );
      request.end(payload);
    });
  }

  /** A long-lived event stream; calls `onEvent` per event, resolves when the stream ends. */
  stream(
    path: string,
    token: string,
    onOpen: () => void,
    onEvent: (name: string, data: string) => void,
  ): { done: Promise<void>; stop(): void } {
    let request: http.ClientRequest | null = null;
    const done = new Promise<void>((resolve, reject) => {
      request = this.module.request(this.options('GET', path, token), (response) => {
        if (response.statusCode !== 200) {
          response.resume();
          reject(new Error(`events answered ${response.statusCode}`));
          return;
        }
        onOpen();
        let buffer = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          buffer += chunk;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            let name = 'message';
            const data: string[] = [];
            for (const line of block.split('\n')) {
              if (line.startsWith('event: ')) name = line.slice(7);
              else if (line.startsWith('data: ')) data.push(line.slice(6));
            }
            if (data.length > 0) onEvent(name, data.join('\n'));
          }
        });
        response.on('end', () => resolve());
        response.on('error', reject);
      });
      request.on('error', reject);
      request.end();
    });
    return { done, stop: () => request?.destroy() };
  }

  close(): void {
    this.agent.destroy();
  }
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The desk's client of the office server. A call that finds the server unreachable is sent again,
 * with the same request id, until the server answers or `retryForMs` has passed; the server answers
 * a repeated id with its first answer, so nothing is saved twice and the window keeps what was typed
 * while it waits. Events arrive on a stream that reconnects by itself.
 */
export function httpClient(options: HttpClientOptions): CoreClient {
  const transport = new Transport(options, options.requestTimeoutMs ?? 30_000);
  const backoff = options.backoffMs ?? [500, 1_000, 2_000, 5_000];
  const retryForMs = options.retryForMs ?? 5 * 60_000;
  const connectionListeners = new Set<(state: ConnectionEvent) => void>();
  const streams = new Set<() => void>();
  let online = true;
  let closed = false;

  const setOnline = (value: boolean, detail?: string) => {
    if (online === value) return;
    online = value;
    const state: ConnectionEvent = value
      ? { state: 'online', message: null }
      : {
          state: 'offline',
          message: `The office server at ${options.url} does not answer${detail ? ` (${detail})` : ''}. Retrying; what you typed is kept.`,
        };
    for (const listener of connectionListeners) listener(state);
  };

  async function withRetry<T>(attempt: () => Promise<T>): Promise<T> {
    const started = Date.now();
    for (let tries = 0; ; tries += 1) {
      try {
        const value = await attempt();
        setOnline(true);
        return value;
      } catch (error) {
        if (!(error instanceof Unreachable) || closed || Date.now() - started >= retryForMs) throw error;
        setOnline(false, error.message);
        await wait(backoff[Math.min(tries, backoff.length - 1)]);
      }
    }
  }

  const unavailable = (error: unknown): ApiResult<unknown> => ({
    ok: false,
    error: {
      code: 'UNAVAILABLE',
      message:
        error instanceof CertificateMismatchError
          ? error.message
          : `The office server at ${options.url} could not be reached. What you typed is still here; try again when the connection is back.`,
    },
  });

  const openToken = async (): Promise<string> => {
    const answer = (await withRetry(() => transport.request('POST', '/api/session'))) as {
      data?: { token?: string };
    };
    const token = answer.data?.token;
    if (typeof token !== 'string') throw new Error('The server did not open a session.');
    return token;
  };
  // A window keeps a handle; the server's token behind it is replaced when the server forgot it
  // (restarted, or the session expired), so the window can simply sign in again.
  const tokens = new Map<string, string>();
  const tokenOf = (handle: string) => tokens.get(handle) ?? handle;
  const renewIfForgotten = async (handle: string): Promise<boolean> => {
    const answer = (await transport.request('GET', '/api/session', tokenOf(handle))) as {
      data?: { live?: boolean };
    };
    if (answer.data?.live !== false) return false;
    tokens.set(handle, await openToken());
    return true;
  };
  const call = (handle: string, channel: unknown, input: unknown) => {
    const requestId = crypto.randomUUID();
    return withRetry(
      () =>
        transport.request('POST', '/api/invoke', tokenOf(handle), { channel, input, requestId }) as Promise<
          ApiResult<unknown>
        >,
    );
  };

  return {
    openSession: async () => {
      const token = await openToken();
      tokens.set(token, token);
      return token;
    },
    invoke: async (handle, channel, input) => {
      try {
        const result = await call(handle, channel, input);
        if (result.ok || result.error.code !== 'UNAUTHENTICATED' || !(await renewIfForgotten(handle)))
          return result;
        // Public calls (the sign-in screen's) work at once on the new session; others say "sign in".
        return typeof channel === 'string' && channel.startsWith('auth.')
          ? await call(handle, channel, input)
          : result;
      } catch (error) {
        return unavailable(error);
      }
    },
    endSession: async (handle) => {
      try {
        await transport.request('DELETE', '/api/session', tokenOf(handle));
      } catch {
        // The session ends on the server by itself when unused.
      }
      tokens.delete(handle);
    },
    listen: (token, listener: DeskEventListener) => {
      let stopped = false;
      let current: { stop(): void } | null = null;
      const loop = async () => {
        for (let tries = 0; !stopped && !closed;) {
          const opened = () => {
            tries = 0;
            setOnline(true);
          };
          const stream = transport.stream('/api/events', tokenOf(token), opened, (name, data) => {
            if (!appEventNames.includes(name as AppEventName)) return;
            try {
              listener(name as AppEventName, JSON.parse(data) as never);
            } catch {
              // A malformed event is dropped; the next refresh shows the truth.
            }
          });
          current = stream;
          try {
            await stream.done;
          } catch {
            // Reconnect below.
          }
          if (stopped || closed) return;
          setOnline(false, 'the event stream ended');
          await wait(backoff[Math.min(tries, backoff.length - 1)]);
          tries += 1;
          // Whatever changed while the stream was down: every list fetches again.
          listener('dataChanged', { features: ['*'] });
        }
      };
      void loop();
      const stop = () => {
        stopped = true;
        current?.stop();
        streams.delete(stop);
      };
      streams.add(stop);
      return stop;
    },
    onConnection: (listener) => {
      connectionListeners.add(listener);
      return () => connectionListeners.delete(listener);
    },
    close: async () => {
      closed = true;
      for (const stop of [...streams]) stop();
      transport.close();
    },
  };
}
