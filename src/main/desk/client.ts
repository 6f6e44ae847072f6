import type { ApiResult } from '../../shared/errors';
import type { AppEventName, AppEvents, ConnectionEvent } from '../../shared/events';
import type { CoreHost } from '../core/host/host';

export type DeskEventListener = <E extends AppEventName>(event: E, payload: AppEvents[E]) => void;

/**
 * How a desk (the Electron main process) reaches the core: in a process of its own on this computer,
 * or on the office server. Main forwards the window's calls and relays events; it holds no database.
 */
export interface CoreClient {
  /** A new session for one window. */
  openSession(): Promise<string>;
  invoke(token: string, channel: unknown, input: unknown): Promise<ApiResult<unknown>>;
  endSession(token: string): Promise<void>;
  /** Events for one session (reminders, data changes) and the connection's state. */
  listen(token: string, listener: DeskEventListener): () => void;
  /** Connection state changes (online, offline with a message). */
  onConnection(listener: (state: ConnectionEvent) => void): () => void;
  close(): Promise<void>;
}

/** A client over a host in this process: what tests use, and the simplest shape of the protocol. */
export function hostClient(host: CoreHost): CoreClient {
  return {
    openSession: async () => host.openSession(),
    invoke: (token, channel, input) => host.invoke(token, channel, input),
    endSession: (token) => host.endSession(token),
    listen: (token, listener) => host.subscribe(token, listener),
    onConnection: () => () => undefined,
    close: async () => host.close(),
  };
}
