/**
 * One signed-in window (or one test page). The Electron glue keeps one per webContents; the core
 * decides what it may do. It lives in memory only: restarting the app signs everyone out.
 */
export interface Session {
  userId: number | null;
  locked: boolean;
  /** Last time the person was seen working (a command, or a touch from the renderer). */
  lastActivityMs: number;
}

export function newSession(): Session {
  return { userId: null, locked: false, lastActivityMs: 0 };
}

export function signInSession(session: Session, userId: number, nowMs: number): void {
  session.userId = userId;
  session.locked = false;
  session.lastActivityMs = nowMs;
}

export function clearSession(session: Session): void {
  session.userId = null;
  session.locked = false;
  session.lastActivityMs = 0;
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
