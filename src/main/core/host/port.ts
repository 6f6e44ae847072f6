import type { ApiResult } from '../../../shared/errors';
import type { AppEventName, AppEvents } from '../../../shared/events';
import type { CoreOptions } from '../core';
import type { CoreHost } from './host';

/**
 * The message protocol between a desk's main process and the core in a process of its own
 * (Electron's utilityProcess in the app, child_process.fork in tests): the same operations as the
 * office server's HTTP API, carried as structured-clone messages.
 */
export type ToCore =
  | { type: 'start'; options: CoreStartOptions }
  | { type: 'call'; id: number; op: 'open' }
  | { type: 'call'; id: number; op: 'invoke'; token: string; channel: unknown; input: unknown }
  | { type: 'call'; id: number; op: 'end'; token: string }
  | { type: 'subscribe'; token: string }
  | { type: 'unsubscribe'; token: string }
  | { type: 'stop' };

export type FromCore =
  | { type: 'started'; engine: string; databaseName: string; backupFile: string | null }
  | { type: 'startFailed'; kind: StartFailure; message: string }
  | { type: 'reply'; id: number; value: unknown }
  | { type: 'event'; token: string; event: AppEventName; payload: AppEvents[AppEventName] }
  | { type: 'stopped' };

/** Why the core could not open the database: a newer version's, a bad --db value, or anything else. */
export type StartFailure = 'too-new' | 'target' | 'other';

/** What the desk tells the core process to open (plain values: they cross a process boundary). */
export type CoreStartOptions = Pick<CoreOptions, 'dataDir' | 'poolSize'> & {
  database: string;
  dataDir: string;
  /** The core's log file; none means the console. */
  logFile?: string;
  /** Minutes between reminder checks (0: none). */
  reminderMinutes?: number;
  /**
   * The audit chain's key: the bytes (the desktop app keeps them in the system keychain) or a key
   * file; none means `audit.key` in the data folder (desk/audit-key.ts, core/audit/key.ts).
   */
  auditKey?: { key: Uint8Array } | { file: string };
};

/** Either end of a message channel. */
export interface MessagePortLike {
  post(message: unknown): void;
  onMessage(listener: (message: unknown) => void): () => void;
}

/** Answers the desk's messages with a host: the core process's side. */
export function serveHostOnPort(host: CoreHost, port: MessagePortLike): () => void {
  const subscriptions = new Map<string, () => void>();
  const reply = (id: number, value: unknown) => port.post({ type: 'reply', id, value } satisfies FromCore);
  const stop = port.onMessage((raw) => {
    const message = raw as ToCore;
    if (message.type === 'subscribe') {
      if (subscriptions.has(message.token)) return;
      subscriptions.set(
        message.token,
        host.subscribe(message.token, (event, payload) =>
          port.post({ type: 'event', token: message.token, event, payload } satisfies FromCore),
        ),
      );
    } else if (message.type === 'unsubscribe') {
      subscriptions.get(message.token)?.();
      subscriptions.delete(message.token);
    } else if (message.type === 'call') {
      if (message.op === 'open') reply(message.id, host.openSession());
      else if (message.op === 'end') void host.endSession(message.token).then(() => reply(message.id, null));
      else
        void host
          .invoke(message.token, message.channel, message.input)
          .then((result: ApiResult<unknown>) => reply(message.id, result));
    }
  });
  return () => {
    stop();
    for (const unsubscribe of subscriptions.values()) unsubscribe();
    subscriptions.clear();
  };
}
