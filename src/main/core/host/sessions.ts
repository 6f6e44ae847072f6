import crypto from 'node:crypto';
import { newSession, type Session } from '../session';

interface Entry {
  session: Session;
  lastSeenMs: number;
}

export interface SessionLimits {
  /** A session nobody signed in to is forgotten after this long unused. */
  anonymousIdleMs: number;
  /** A signed-in session is ended after this long unused (it locks much earlier, by the idle setting). */
  signedInIdleMs: number;
}

export const defaultSessionLimits: SessionLimits = {
  anonymousIdleMs: 30 * 60_000,
  signedInIdleMs: 12 * 60 * 60_000,
};

/**
 * The sessions of every window a core host serves, each behind a random opaque token (256 bits).
 * The token is all a desk holds; who is signed in, the lock and the idle time live here.
 */
export class SessionRegistry {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly nowMs: () => number,
    private readonly limits: SessionLimits = defaultSessionLimits,
  ) {}

  open(): string {
    const token = crypto.randomBytes(32).toString('base64url');
    this.entries.set(token, { session: newSession(), lastSeenMs: this.nowMs() });
    return token;
  }

  /** The session behind a token, or undefined when unknown or expired. */
  get(token: string | null | undefined): Session | undefined {
    if (typeof token !== 'string') return undefined;
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (this.expired(entry)) {
      this.entries.delete(token);
      return undefined;
    }
    entry.lastSeenMs = this.nowMs();
    return entry.session;
  }

  /** The session behind a token without counting it as used (event delivery, the event stream). */
  peek(token: string): Session | undefined {
    const entry = this.entries.get(token);
    return entry && !this.expired(entry) ? entry.session : undefined;
  }

  end(token: string): void {
    this.entries.delete(token);
  }

  /** Every live session, for fanning out events. */
  *sessions(): IterableIterator<[string, Session]> {
    for (const [token, entry] of this.entries) yield [token, entry.session];
  }

  /** Forgets expired sessions; returns how many went. */
  sweep(): number {
    let removed = 0;
    for (const [token, entry] of [...this.entries]) {
      if (!this.expired(entry)) continue;
      this.entries.delete(token);
      removed += 1;
    }
    return removed;
  }

  private expired(entry: Entry): boolean {
    const limit = entry.session.userId === null ? this.limits.anonymousIdleMs : this.limits.signedInIdleMs;
    return this.nowMs() - entry.lastSeenMs > limit;
  }

  get size(): number {
    return this.entries.size;
  }
}
