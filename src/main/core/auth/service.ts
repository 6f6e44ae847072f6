import type { AuthStatus } from '../../../shared/auth/contract';
import type { Settings } from '../../../shared/settings/definitions';
import { isLanguage, type Language } from '../../../shared/i18n/languages';
import { isoNow } from '../clock';
import type { Actor, Ctx } from '../context';
import { AppError, conflict } from '../errors';
import type { Session } from '../session';
import { clearSession, signInSession } from '../session';
import {
  countUsers,
  endSessionsOf,
  findUserById,
  findUserByUsername,
  insertUser,
  updateUserRow,
  type UserRecord,
} from '../users/repository';
import { toUser } from '../users/service';
import { burnPasswordCheck, hashPassword, verifyPassword } from './password';

function actorOf(user: UserRecord): Actor {
  return { userId: user.id, username: user.username, displayName: user.display_name, roles: user.roles };
}

export async function authStatus(ctx: Ctx, session: Session, settings: Settings): Promise<AuthStatus> {
  const user = session.userId === null ? undefined : await findUserById(ctx.db, session.userId);
  const signedIn = user !== undefined && Boolean(user.active);
  if (!signedIn && session.userId !== null) clearSession(session);
  return {
    setupRequired: (await countUsers(ctx.db)) === 0,
    user: signedIn
      ? {
          id: user.id,
          username: user.username,
          displayName: user.display_name,
          roles: user.roles,
          language: isLanguage(user.language) ? user.language : null,
        }
      : null,
    locked: signedIn && session.locked,
    idleLockMinutes: settings.idleLockMinutes,
  };
}

/** First start: the very first account is an administrator. Refused once any user exists. */
export async function setupFirstAdmin(
  ctx: Ctx,
  session: Session,
  settings: Settings,
  input: { username: string; displayName: string; password: string; alsoDpo: boolean },
): Promise<AuthStatus> {
  if ((await countUsers(ctx.db)) > 0) {
    throw conflict('The first administrator has already been created. Sign in instead.');
  }
  const now = isoNow(ctx.clock);
  const roles = input.alsoDpo ? (['admin', 'dpo'] as const) : (['admin'] as const);
  const id = await insertUser(
    ctx.db,
    {
      username: input.username,
      display_name: input.displayName,
      password_hash: await hashPassword(input.password, ctx.env.scrypt),
      created_at: now,
      updated_at: now,
    },
    roles,
  );
  const user = (await findUserById(ctx.db, id)) as UserRecord;
  await ctx.audit({
    action: 'create-first-admin',
    entityType: 'user',
    entityId: id,
    after: toUser(user),
    actor: actorOf(user),
  });
  signInSession(session, id, ctx.clock.now().getTime(), Number(user.session_epoch));
  await updateUserRow(ctx.db, id, { last_sign_in_at: now });
  return authStatus(ctx, session, settings);
}

function minutesUntil(iso: string, now: Date): number {
  return Math.max(1, Math.ceil((new Date(iso).getTime() - now.getTime()) / 60_000));
}

function lockedAnswer(lockedUntil: string, now: Date): AppError {
  return new AppError(
    'ACCOUNT_LOCKED',
    `This account is locked after too many wrong passwords. Try again in ${minutesUntil(lockedUntil, now)} minutes, or ask an administrator to reset the password.`,
  );
}

function lockOutAnswer(settings: Settings): AppError {
  return new AppError(
    'ACCOUNT_LOCKED',
    `Too many wrong passwords: the account is locked for ${settings.lockoutMinutes} minutes.`,
    undefined,
    true,
  );
}

function wrongAnswer(failed: number, settings: Settings): AppError {
  const left = settings.failedSignInLimit - failed;
  return new AppError(
    'INVALID_CREDENTIALS',
    left <= 2
      ? `Wrong user name or password. ${left} more wrong ${left === 1 ? 'attempt locks' : 'attempts lock'} the account.`
      : 'Wrong user name or password.',
    undefined,
    true,
  );
}

/**
 * Sign-in attempts at user names that do not exist (or are deactivated) get exactly the answers a
 * real account would get, lock-out included, so the answers never confirm that a name exists. The
 * counts live in memory per core (bounded); a real account's live in its row.
 */
interface PhantomState {
  failed: number;
  lockedUntil: string | null;
}
const phantomLimit = 10_000;
const phantoms = new WeakMap<object, Map<string, PhantomState>>();

async function refuseUnknown(
  ctx: Ctx,
  username: string,
  password: string,
  settings: Settings,
): Promise<never> {
  await burnPasswordCheck(password, ctx.env.scrypt);
  let states = phantoms.get(ctx.env);
  if (!states) phantoms.set(ctx.env, (states = new Map()));
  const now = ctx.clock.now();
  const state = states.get(username) ?? { failed: 0, lockedUntil: null };
  states.delete(username);
  if (states.size >= phantomLimit) states.delete(states.keys().next().value as string);
  states.set(username, state);
  if (state.lockedUntil && new Date(state.lockedUntil) > now) throw lockedAnswer(state.lockedUntil, now);
  state.failed += 1;
  if (state.failed >= settings.failedSignInLimit) {
    state.failed = 0;
    state.lockedUntil = new Date(now.getTime() + settings.lockoutMinutes * 60_000).toISOString();
    throw lockOutAnswer(settings);
  }
  throw wrongAnswer(state.failed, settings);
}

/**
 * Checks a password against the account's lock-out rule: N wrong passwords in a row lock the
 * account for the lock-out period. Failures are committed even though the call fails.
 */
async function checkPassword(
  ctx: Ctx,
  user: UserRecord,
  password: string,
  settings: Settings,
): Promise<void> {
  const now = ctx.clock.now();
  if (user.locked_until && new Date(user.locked_until) > now) {
    // As long as a real check, so a locked account cannot be told from an unknown name by time.
    await burnPasswordCheck(password, ctx.env.scrypt);
    throw lockedAnswer(user.locked_until, now);
  }
  if (await verifyPassword(password, user.password_hash)) {
    if (user.failed_attempts > 0 || user.locked_until) {
      await updateUserRow(ctx.db, user.id, { failed_attempts: 0, locked_until: null });
    }
    return;
  }
  const failed = user.failed_attempts + 1;
  const actor = actorOf(user);
  if (failed >= settings.failedSignInLimit) {
    const lockedUntil = new Date(now.getTime() + settings.lockoutMinutes * 60_000).toISOString();
    await updateUserRow(ctx.db, user.id, { failed_attempts: 0, locked_until: lockedUntil });
    // Whoever is guessing, every open session of the account ends with the lock-out.
    await endSessionsOf(ctx.db, user.id);
    await ctx.audit({
      action: 'lock-out',
      entityType: 'user',
      entityId: user.id,
      after: { lockedUntil },
      actor,
    });
    throw lockOutAnswer(settings);
  }
  await updateUserRow(ctx.db, user.id, { failed_attempts: failed });
  await ctx.audit({
    action: 'sign-in-failed',
    entityType: 'user',
    entityId: user.id,
    after: { failedAttempts: failed },
    actor,
  });
  throw wrongAnswer(failed, settings);
}

export async function signIn(
  ctx: Ctx,
  session: Session,
  settings: Settings,
  input: { username: string; password: string },
): Promise<AuthStatus> {
  const user = await findUserByUsername(ctx.db, input.username);
  if (!user || !user.active) return refuseUnknown(ctx, input.username, input.password, settings);
  await checkPassword(ctx, user, input.password, settings);
  const now = ctx.clock.now();
  await updateUserRow(ctx.db, user.id, { last_sign_in_at: now.toISOString() });
  await ctx.audit({ action: 'sign-in', entityType: 'user', entityId: user.id, actor: actorOf(user) });
  signInSession(session, user.id, now.getTime(), Number(user.session_epoch));
  return authStatus(ctx, session, settings);
}

export async function unlock(
  ctx: Ctx,
  session: Session,
  settings: Settings,
  input: { password: string },
): Promise<AuthStatus> {
  const user = session.userId === null ? undefined : await findUserById(ctx.db, session.userId);
  if (!user || !user.active) {
    clearSession(session);
    throw new AppError('UNAUTHENTICATED', 'Your session has ended. Sign in again.');
  }
  try {
    await checkPassword(ctx, user, input.password, settings);
  } catch (error) {
    if (error instanceof AppError && error.code === 'ACCOUNT_LOCKED') clearSession(session);
    throw error;
  }
  session.locked = false;
  session.lastActivityMs = ctx.clock.now().getTime();
  await ctx.audit({ action: 'unlock', entityType: 'user', entityId: user.id });
  return authStatus(ctx, session, settings);
}

export async function lockSession(ctx: Ctx, session: Session, settings: Settings): Promise<AuthStatus> {
  session.locked = true;
  await ctx.audit({ action: 'lock', entityType: 'user', entityId: session.userId });
  return authStatus(ctx, session, settings);
}

export async function signOut(ctx: Ctx, session: Session, settings: Settings): Promise<AuthStatus> {
  if (session.userId !== null)
    await ctx.audit({ action: 'sign-out', entityType: 'user', entityId: session.userId });
  clearSession(session);
  return authStatus(ctx, session, settings);
}

export async function changeOwnPassword(
  ctx: Ctx,
  session: Session,
  settings: Settings,
  input: { currentPassword: string; newPassword: string },
): Promise<{ ok: true }> {
  const user = await findUserById(ctx.db, session.userId ?? -1);
  if (!user) throw new AppError('UNAUTHENTICATED', 'Your session has ended. Sign in again.');
  try {
    await checkPassword(ctx, user, input.currentPassword, settings);
  } catch (error) {
    // Someone at an unlocked window guessing the password: the lock-out ends this session too.
    if (error instanceof AppError && error.code === 'ACCOUNT_LOCKED') clearSession(session);
    throw error;
  }
  await updateUserRow(ctx.db, user.id, {
    password_hash: await hashPassword(input.newPassword, ctx.env.scrypt),
    updated_at: isoNow(ctx.clock),
  });
  // Every other session of the user ends (a window left open elsewhere); this one carries on.
  session.epoch = await endSessionsOf(ctx.db, user.id);
  await ctx.audit({ action: 'change-password', entityType: 'user', entityId: user.id });
  return { ok: true };
}

/** The person's own language; every desk they sign in at follows it. */
export async function setOwnLanguage(
  ctx: Ctx,
  session: Session,
  settings: Settings,
  language: Language,
): Promise<AuthStatus> {
  const userId = session.userId as number;
  const before = await findUserById(ctx.db, userId);
  await updateUserRow(ctx.db, userId, { language, updated_at: isoNow(ctx.clock) });
  session.language = language;
  await ctx.audit({
    action: 'set-language',
    entityType: 'user',
    entityId: userId,
    before: { language: before?.language ?? null },
    after: { language },
  });
  return authStatus(ctx, session, settings);
}
