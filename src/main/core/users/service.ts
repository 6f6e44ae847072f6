import type { Colleague, User } from '../../../shared/users/contract';
import type { Role } from '../../../shared/roles';
import { hashPassword } from '../auth/password';
import { isoNow } from '../clock';
import type { Ctx } from '../context';
import { conflict, notFound, ruleViolation } from '../errors';
import {
  countActiveAdmins,
  endSessionsOf,
  findUserById,
  findUserByUsername,
  insertUser,
  listUserRecords,
  replaceRoles,
  updateUserRow,
  type UserRecord,
} from './repository';

/** The public face of a user record: never the password hash or the failed-attempt counter. */
export function toUser(record: UserRecord): User {
  return {
    id: record.id,
    username: record.username,
    displayName: record.display_name,
    roles: record.roles,
    active: Boolean(record.active),
    lockedUntil: record.locked_until,
    lastSignInAt: record.last_sign_in_at,
    createdAt: record.created_at,
  };
}

export async function requireUser(ctx: Ctx, id: number): Promise<UserRecord> {
  const record = await findUserById(ctx.db, id);
  if (!record) throw notFound('User', id);
  return record;
}

export async function listUsers(ctx: Ctx, includeInactive: boolean): Promise<User[]> {
  return (await listUserRecords(ctx.db, includeInactive)).map(toUser);
}

export async function listColleagues(ctx: Ctx): Promise<Colleague[]> {
  return (await listUserRecords(ctx.db, false)).map((record) => ({
    id: record.id,
    displayName: record.display_name,
    roles: record.roles,
  }));
}

export interface NewUser {
  username: string;
  displayName: string;
  roles: Role[];
  password: string;
}

export async function createUser(ctx: Ctx, input: NewUser): Promise<User> {
  if (await findUserByUsername(ctx.db, input.username)) {
    throw conflict(`The user name "${input.username}" is already taken. Choose another one.`);
  }
  const now = isoNow(ctx.clock);
  const id = await insertUser(
    ctx.db,
    {
      username: input.username,
      display_name: input.displayName,
      password_hash: await hashPassword(input.password, ctx.env.scrypt),
      created_at: now,
      updated_at: now,
    },
    input.roles,
  );
  const created = toUser(await requireUser(ctx, id));
  await ctx.audit({ action: 'create', entityType: 'user', entityId: id, after: created });
  return created;
}

/** An office must always keep one active administrator, or nobody could manage users again. */
async function assertAdminRemains(ctx: Ctx, target: UserRecord, losesAdmin: boolean): Promise<void> {
  if (
    losesAdmin &&
    target.roles.includes('admin') &&
    Boolean(target.active) &&
    (await countActiveAdmins(ctx.db)) <= 1
  ) {
    throw ruleViolation('This is the only active administrator. Make someone else an administrator first.');
  }
}

export async function updateUser(
  ctx: Ctx,
  input: { id: number; displayName: string; roles: Role[] },
): Promise<User> {
  const before = await requireUser(ctx, input.id);
  await assertAdminRemains(ctx, before, !input.roles.includes('admin'));
  await updateUserRow(ctx.db, input.id, { display_name: input.displayName, updated_at: isoNow(ctx.clock) });
  await replaceRoles(ctx.db, input.id, input.roles);
  const after = toUser(await requireUser(ctx, input.id));
  await ctx.audit({
    action: 'update',
    entityType: 'user',
    entityId: input.id,
    before: toUser(before),
    after,
  });
  return after;
}

export async function setUserActive(ctx: Ctx, input: { id: number; active: boolean }): Promise<User> {
  const before = await requireUser(ctx, input.id);
  if (!input.active && input.id === ctx.actor.userId) {
    throw ruleViolation('You cannot deactivate your own account.');
  }
  if (!input.active) await assertAdminRemains(ctx, before, true);
  await updateUserRow(ctx.db, input.id, { active: input.active, updated_at: isoNow(ctx.clock) });
  if (!input.active) await endSessionsOf(ctx.db, input.id);
  const after = toUser(await requireUser(ctx, input.id));
  await ctx.audit({
    action: input.active ? 'reactivate' : 'deactivate',
    entityType: 'user',
    entityId: input.id,
    before: toUser(before),
    after,
  });
  return after;
}

export async function resetPassword(ctx: Ctx, input: { id: number; password: string }): Promise<User> {
  const before = await requireUser(ctx, input.id);
  await updateUserRow(ctx.db, input.id, {
    password_hash: await hashPassword(input.password, ctx.env.scrypt),
    failed_attempts: 0,
    locked_until: null,
    updated_at: isoNow(ctx.clock),
  });
  // The person's open sessions end: whoever knew the old password is signed out everywhere.
  await endSessionsOf(ctx.db, input.id);
  const after = toUser(await requireUser(ctx, input.id));
  await ctx.audit({
    action: 'reset-password',
    entityType: 'user',
    entityId: input.id,
    before: toUser(before),
    after,
  });
  return after;
}
