import crypto from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { ApiResult, ErrorCode } from '../../shared/errors';
import type { Core } from '../core/core';
import { appliedMigrations } from '../core/db/migrate';
import { type CoreHost, createCoreHost, type CoreHostOptions } from '../core/host/host';
import { isLoopbackHost, type ListenAddress } from './listen';

export interface ServerOptions extends CoreHostOptions {
  listen: ListenAddress;
  /** PEM certificate and key; required unless the server listens on loopback only. */
  tls?: { cert: string; key: string };
  /** Largest request body in bytes (attachments travel base64 inside a call). */
  bodyLimit?: number;
  /** Seconds between keep-alive comments on an event stream. */
  keepAliveSeconds?: number;
}

export interface RunningServer {
  /** `http(s)://host:port` as listened on. */
  url: string;
  /** SHA-256 fingerprint of the TLS certificate (colon-separated hex), shown to desks to confirm. */
  fingerprint: string | null;
  host: CoreHost;
  app: FastifyInstance;
  close(): Promise<void>;
}

/** A start-up refusal that says what to do (the CLI prints it and exits 2). */
export class ServerConfigError extends Error {}

const defaultBodyLimit = 40 * 1024 * 1024;

/** The certificate's SHA-256 fingerprint, as browsers and `openssl x509 -fingerprint -sha256` show it. */
export function certificateFingerprint(certPem: string): string {
  return new crypto.X509Certificate(certPem).fingerprint256;
}

function failure(code: ErrorCode, message: string): ApiResult<never> {
  return { ok: false, error: { code, message } };
}

function tokenOf(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (typeof header !== 'string') return null;
  const match = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(header.trim());
  return match ? match[1] : null;
}

function addressOf(request: FastifyRequest): string {
  return (request.raw as IncomingMessage).socket.remoteAddress ?? 'unknown';
}

/**
 * `privacy-desk serve`: the same core as the app and the CLI, for every desk of an office. The API
 * is one call endpoint (`POST /api/invoke`, answering exactly what dispatch answers), sessions behind
 * bearer tokens, an event stream per session, and `GET /health`. Errors never carry a stack or SQL.
 */
export async function startServer(core: Core, options: ServerOptions): Promise<RunningServer> {
  if (!options.tls && !isLoopbackHost(options.listen.host)) {
    throw new ServerConfigError(
      `Refusing to listen on ${options.listen.host} without TLS: desks would send passwords and personal data ` +
        'unencrypted across the network. Give --tls-cert and --tls-key, or listen on 127.0.0.1 only ' +
        '(e.g. behind a reverse proxy that terminates TLS on the same machine).',
    );
  }
  const fingerprint = options.tls ? certificateFingerprint(options.tls.cert) : null;
  const host = createCoreHost(core, options);
  const app = Fastify({
    logger: false,
    bodyLimit: options.bodyLimit ?? defaultBodyLimit,
    ...(options.tls ? { https: { cert: options.tls.cert, key: options.tls.key } } : {}),
  });

  app.setErrorHandler((error: { statusCode?: number; code?: string }, _request, reply) => {
    const status = error.statusCode ?? 500;
    if (status === 413)
      return reply.status(413).send(failure('TOO_LARGE', 'The request is too large for the server.'));
    if (status >= 400 && status < 500)
      return reply.status(status).send(failure('INVALID_INPUT', 'The request could not be read.'));
    core.env.log.error('Server request failed', error.code ?? 'unknown error');
    return reply
      .status(500)
      .send(
        failure('INTERNAL', 'Something went wrong on the server and nothing was saved. Please try again.'),
      );
  });
  app.setNotFoundHandler((_request, reply) =>
    reply.status(404).send(failure('UNKNOWN_CHANNEL', 'There is no such address on this server.')),
  );

  app.get('/health', async () => ({
    ok: true,
    engine: core.engine,
    schema: (await appliedMigrations(core.db)).length,
    tls: fingerprint !== null,
  }));

  app.post('/api/session', async () => ({ ok: true, data: { token: host.openSession() } }));

  app.get('/api/session', async (request) => {
    const token = tokenOf(request);
    return { ok: true, data: { live: token !== null && host.hasSession(token) } };
  });

  app.delete('/api/session', async (request) => {
    const token = tokenOf(request);
    if (token) await host.endSession(token);
    return { ok: true, data: null };
  });

  app.post('/api/invoke', async (request, reply) => {
    const body = request.body as { channel?: unknown; input?: unknown; requestId?: unknown } | null;
    if (
      typeof body !== 'object' ||
      body === null ||
      Array.isArray(body) ||
      typeof body.channel !== 'string'
    ) {
      return reply
        .status(400)
        .send(failure('INVALID_INPUT', 'A call needs a JSON body with "channel" and "input".'));
    }
    const requestId =
      typeof body.requestId === 'string' && /^[\w-]{8,64}$/.test(body.requestId) ? body.requestId : undefined;
    return host.invoke(tokenOf(request), body.channel, body.input, {
      address: addressOf(request),
      requestId,
    });
  });

  app.get('/api/events', (request: FastifyRequest, reply: FastifyReply) => {
    const token = tokenOf(request);
    if (!token || !host.hasSession(token)) {
      void reply.status(401).send(failure('UNAUTHENTICATED', 'Open a session before listening for events.'));
      return;
    }
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    raw.write(': connected\n\n');
    const unsubscribe = host.subscribe(token, (event, payload) => {
      raw.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
    });
    const keepAlive = setInterval(
      () => {
        if (!host.hasSession(token)) raw.end();
        else raw.write(': keep-alive\n\n');
      },
      (options.keepAliveSeconds ?? 25) * 1000,
    );
    request.raw.on('close', () => {
      clearInterval(keepAlive);
      unsubscribe();
    });
  });

  await app.listen({ host: options.listen.host, port: options.listen.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.listen.port;
  const shownHost = options.listen.host.includes(':') ? `[${options.listen.host}]` : options.listen.host;
  return {
    url: `${options.tls ? 'https' : 'http'}://${shownHost}:${port}`,
    fingerprint,
    host,
    app,
    close: async () => {
      host.close();
      await app.close();
    },
  };
}
