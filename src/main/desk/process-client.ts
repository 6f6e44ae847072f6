import type { ApiResult } from '../../shared/errors';
import type { ConnectionEvent } from '../../shared/events';
import type { CoreStartOptions, FromCore, MessagePortLike, StartFailure, ToCore } from '../core/host/port';
import type { CoreClient, DeskEventListener } from './client';

type CallMessage = Extract<ToCore, { type: 'call' }>;
type CallWithoutId = CallMessage extends infer M ? (M extends CallMessage ? Omit<M, 'id'> : never) : never;

/** The core process as the desk holds it: its message line, and how it ends. */
export interface CoreProcess {
  port: MessagePortLike;
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
}

/** The core could not open its database; `kind` says whether a newer version made it. */
export class CoreStartError extends Error {
  constructor(
    readonly kind: StartFailure,
    message: string,
  ) {
    super(message);
    this.name = 'CoreStartError';
  }
}

export interface StartedCore {
  client: CoreClient;
  engine: string;
  databaseName: string;
  backupFile: string | null;
}

/**
 * Starts the core in its process and returns a client of it. Calls carry ids and are answered in
 * any order; if the process ends, every waiting call is answered UNAVAILABLE and the desk says so.
 */
export async function startCoreProcess(child: CoreProcess, options: CoreStartOptions): Promise<StartedCore> {
  const pending = new Map<number, (value: unknown) => void>();
  const listeners = new Map<string, Set<DeskEventListener>>();
  const connectionListeners = new Set<(state: ConnectionEvent) => void>();
  let nextId = 1;
  let exited = false;
  let stopping = false;
  const send = (message: ToCore) => child.port.post(message);

  const started = new Promise<FromCore & { type: 'started' }>((resolve, reject) => {
    child.port.onMessage((raw) => {
      const message = raw as FromCore;
      if (message.type === 'started') resolve(message);
      else if (message.type === 'startFailed') reject(new CoreStartError(message.kind, message.message));
      else if (message.type === 'reply') {
        pending.get(message.id)?.(message.value);
        pending.delete(message.id);
      } else if (message.type === 'event') {
        for (const listener of listeners.get(message.token) ?? [])
          listener(message.event, message.payload as never);
      }
    });
    child.onExit((code) => {
      exited = true;
      reject(
        new CoreStartError('other', `The database process ended before it started (exit code ${code}).`),
      );
      const gone: ApiResult<unknown> = {
        ok: false,
        error: {
          code: 'UNAVAILABLE',
          message: 'The database process of Privacy Desk stopped. Nothing more was saved; restart the app.',
        },
      };
      for (const resolve of pending.values()) resolve(gone);
      pending.clear();
      if (!stopping)
        for (const listener of connectionListeners)
          listener({ state: 'offline', message: 'The database process stopped. Restart Privacy Desk.' });
    });
  });
  send({ type: 'start', options });
  const ready = await started;

  const call = <T>(message: CallWithoutId, whenGone: T): Promise<T> => {
    if (exited) return Promise.resolve(whenGone);
    const id = nextId++;
    return new Promise((resolve) => {
      pending.set(id, resolve as (value: unknown) => void);
      send({ ...message, id } as ToCore);
    });
  };
  const unavailable: ApiResult<unknown> = {
    ok: false,
    error: {
      code: 'UNAVAILABLE',
      message: 'The database process of Privacy Desk is not running. Restart the app.',
    },
  };

  const client: CoreClient = {
    openSession: async () => {
      const token = await call<unknown>({ type: 'call', op: 'open' }, null);
      if (typeof token !== 'string') throw new Error('The database process is not running.');
      return token;
    },
    invoke: (token, channel, input) =>
      call<ApiResult<unknown>>({ type: 'call', op: 'invoke', token, channel, input }, unavailable),
    endSession: async (token) => {
      listeners.delete(token);
      await call({ type: 'call', op: 'end', token }, null);
    },
    listen: (token, listener) => {
      const set = listeners.get(token) ?? new Set();
      if (set.size === 0 && !exited) send({ type: 'subscribe', token });
      set.add(listener);
      listeners.set(token, set);
      return () => {
        set.delete(listener);
        if (set.size === 0 && !exited) send({ type: 'unsubscribe', token });
      };
    },
    onConnection: (listener) => {
      connectionListeners.add(listener);
      return () => connectionListeners.delete(listener);
    },
    close: async () => {
      if (exited) return;
      stopping = true;
      const ended = new Promise<void>((resolve) => child.onExit(() => resolve()));
      send({ type: 'stop' });
      const timer = setTimeout(() => child.kill(), 10_000);
      await ended;
      clearTimeout(timer);
    },
  };
  return { client, engine: ready.engine, databaseName: ready.databaseName, backupFile: ready.backupFile };
}
