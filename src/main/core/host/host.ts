import { contract, isChannel } from '../../../shared/contract';
import type { ApiResult } from '../../../shared/errors';
import type { AppEventName, AppEvents, ReminderEvent } from '../../../shared/events';
import type { Core } from '../core';
import { clearSession, type Session } from '../session';
import { defaultSessionLimits, SessionRegistry, type SessionLimits } from './sessions';
import { reminderIn } from '../reminders/service';
import { reminderReaders } from './reminder-audience';
import { type SignInLimits, SignInThrottle } from './throttle';

/** An event for one session's window. */
export type HostEventListener = <E extends AppEventName>(event: E, payload: AppEvents[E]) => void;

/** Who is calling, as far as the transport knows, and which attempt this is. */
export interface CallerInfo {
  /** The server's peer address. */
  address?: string;
  /**
   * The caller's own id for this call. A desk that lost the answer sends the call again with the
   * same id and gets the first answer back instead of a second save.
   */
  requestId?: string;
}

/**
 * The core as every caller outside its process meets it: sessions behind opaque tokens, calls, and
 * events per session. The server (HTTP) and the desk's core process (messages) are two transports
 * over this one host; tests call it directly.
 */
export interface CoreHost {
  /** A new anonymous session; its token is what the window keeps. */
  openSession(): string;
  /**
   * One call through dispatch in the session behind `token`. An unknown or expired token gets a
   * fresh anonymous session for this call only, so a public channel answers and any other channel
   * answers UNAUTHENTICATED.
   */
  invoke(
    token: string | null,
    channel: unknown,
    input: unknown,
    caller?: CallerInfo,
  ): Promise<ApiResult<unknown>>;
  /** Signs the session out (when signed in) and forgets its token. */
  endSession(token: string): Promise<void>;
  /** Whether a token names a live session. */
  hasSession(token: string): boolean;
  /** Events for the person of one session: reminders for their roles, data changes while signed in. */
  subscribe(token: string, listener: HostEventListener): () => void;
  readonly sessions: SessionRegistry;
  /**
   * Serves another core from now on (a backup restored in place of the database): every session is
   * signed out, and keeps its token, so each window simply signs in again.
   */
  replaceCore(core: Core): void;
  close(): void;
}

export interface CoreHostOptions {
  sessionLimits?: SessionLimits;
  signInLimits?: SignInLimits;
}

/** Channels that try a password: rate-limited per user name and per address. */
const passwordChannels = new Set(['auth.signIn', 'auth.unlock', 'auth.setup']);

export function createCoreHost(first: Core, options: CoreHostOptions = {}): CoreHost {
  let core = first;
  const nowMs = () => core.clock.now().getTime();
  const sessions = new SessionRegistry(nowMs, options.sessionLimits ?? defaultSessionLimits);
  const throttle = new SignInThrottle(nowMs, options.signInLimits);
  const listeners = new Map<string, Set<HostEventListener>>();
  const answered = new AnswerCache();

  const deliver = async (event: AppEventName, payload: unknown, except?: string) => {
    const live = new Map<string, Session>();
    for (const token of listeners.keys()) {
      const session = sessions.peek(token);
      if (!session) listeners.delete(token);
      else if (token !== except) live.set(token, session);
    }
    if (event === 'reminder') {
      // Each person reads a reminder in their own language.
      const reminder = payload as ReminderEvent;
      for (const { key, language } of await reminderReaders(core, live, reminder))
        for (const listener of listeners.get(key) ?? []) listener(event, reminderIn(language, reminder));
      return;
    }
    const audience = await audienceOf(core, live, event);
    for (const token of audience)
      for (const listener of listeners.get(token) ?? []) listener(event, payload as never);
  };
  const listen = (serving: Core) =>
    serving.events.subscribe((event, payload) => {
      deliver(event, payload).catch((error: unknown) =>
        serving.env.log.error(`Could not deliver ${event}`, error),
      );
    });
  let unsubscribeCore = listen(core);
  const sweeper = setInterval(() => sessions.sweep(), 60_000);
  sweeper.unref();

  return {
    sessions,
    openSession: () => sessions.open(),
    hasSession: (token) => sessions.peek(token) !== undefined,
    invoke: (token, channel, input, caller = {}) => {
      const run = async (): Promise<ApiResult<unknown>> => {
        const session = sessions.get(token) ?? sessions.get(sessions.open())!;
        if (typeof channel === 'string' && passwordChannels.has(channel)) {
          const refusal = throttle.check(caller.address, userNameOf(input));
          if (refusal) return { ok: false, error: { code: 'RATE_LIMITED', message: refusal } };
          const result = await core.dispatch(channel, input, session);
          throttle.record(caller.address, userNameOf(input), result.ok);
          return result;
        }
        const result = await core.dispatch(channel, input, session);
        // The other windows showing this feature's records fetch them again; this one already knows.
        if (result.ok && changesRecords(channel))
          deliver('dataChanged', { features: [channel.split('.')[0]] }, token ?? undefined).catch(
            (error: unknown) => core.env.log.error('Could not deliver dataChanged', error),
          );
        return result;
      };
      return caller.requestId && token ? answered.once(`${token}|${caller.requestId}`, run) : run();
    },
    endSession: async (token) => {
      const session = sessions.get(token);
      if (session && session.userId !== null) await core.dispatch('auth.signOut', {}, session);
      sessions.end(token);
      listeners.delete(token);
    },
    subscribe: (token, listener) => {
      const set = listeners.get(token) ?? new Set();
      set.add(listener);
      listeners.set(token, set);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(token);
      };
    },
    replaceCore: (next) => {
      unsubscribeCore();
      core = next;
      unsubscribeCore = listen(core);
      for (const [, session] of sessions.sessions()) clearSession(session);
    },
    close: () => {
      clearInterval(sweeper);
      unsubscribeCore();
      listeners.clear();
    },
  };
}

/**
 * A command of a feature that changes records (not signing in or out, not an export, a download or a
 * report: the contract says so with `changes: false`): its success changed records others may be showing.
 */
function changesRecords(channel: unknown): channel is string {
  return isChannel(channel) && contract[channel].changes && !channel.startsWith('auth.');
}

/**
 * The answers of recent calls by request id, so a call repeated after a lost connection is answered,
 * not run again. A repeat that arrives while the first is still running waits for it.
 */
class AnswerCache {
  private readonly answers = new Map<string, Promise<ApiResult<unknown>>>();

  constructor(private readonly capacity = 5_000) {}

  once(key: string, run: () => Promise<ApiResult<unknown>>): Promise<ApiResult<unknown>> {
    const known = this.answers.get(key);
    if (known) return known;
    const answer = run();
    this.answers.set(key, answer);
    if (this.answers.size > this.capacity) this.answers.delete(this.answers.keys().next().value!);
    return answer;
  }
}

function userNameOf(input: unknown): string | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const value = (input as { username?: unknown }).username;
  return typeof value === 'string' ? value.trim().toLowerCase().slice(0, 64) : undefined;
}

/**
 * Which sessions an event is for: a data change for everyone signed in; a navigation for nobody
 * (the desk raises those). A reminder goes to its readers (`reminderReaders`), worded for each.
 */
async function audienceOf(
  core: Core,
  live: ReadonlyMap<string, Session>,
  event: AppEventName,
): Promise<string[]> {
  if (event !== 'dataChanged') return [];
  const audience: string[] = [];
  for (const [token, session] of live) if (await core.activeUser(session)) audience.push(token);
  return audience;
}
