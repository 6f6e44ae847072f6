import type { Language } from '../../shared/i18n/languages';

/**
 * One signed-in window (or one test page). The Electron glue keeps one per webContents; the core
 * decides what it may do. It lives in memory only: restarting the app signs everyone out.
 */
export interface Session {
  userId: number | null;
  locked: boolean;
  /** Last time the person was seen working (a command, or a touch from the renderer). */
  lastActivityMs: number;
  /**
   * The user's session epoch when this session signed in (migration 020). A password reset, a
   * lock-out or a deactivation raises the user's epoch, and dispatch ends every session still
   * holding the old value.
   */
  epoch: number | null;
  /**
   * The language the desk reads the app in (`auth.deskLanguage`, and `auth.setLanguage` when
   * signed in): errors for a person who has not chosen one, or for no one signed in, are written
   * in it. Null (the CLI, a test): English.
   */
  language?: Language | null;
}

export function newSession(): Session {
  return { userId: null, locked: false, lastActivityMs: 0, epoch: null };
}

export function signInSession(session: Session, userId: number, nowMs: number, epoch: number): void {
  session.userId = userId;
  session.locked = false;
  session.lastActivityMs = nowMs;
  session.epoch = epoch;
}

export function clearSession(session: Session): void {
  session.userId = null;
  session.locked = false;
  session.lastActivityMs = 0;
  session.epoch = null;
}

/** Whether the session signed in before the user's sessions were last ended. */
export function isStale(session: Session, userEpoch: number): boolean {
  return session.userId !== null && session.epoch !== Number(userEpoch);
}

/** Lock the session when the person has been away longer than the idle limit. */
export function applyIdleLock(session: Session, idleLockMinutes: number, nowMs: number): void {
  if (
    session.userId !== null &&
    !session.locked &&
    nowMs - session.lastActivityMs > idleLockMinutes * 60_000
  ) {
    session.locked = true;
  }
}
