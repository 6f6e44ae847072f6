import type { Knex } from 'knex';
import { commaList } from '../db/sql';
import { roles as allRoles, type Role } from '../../../shared/roles';

type Db = Knex | Knex.Transaction;

export interface UserRow {
  id: number;
  username: string;
  display_name: string;
  password_hash: string;
  active: number | boolean;
  failed_attempts: number;
  locked_until: string | null;
  last_sign_in_at: string | null;
  /** Raised to end the user's open sessions (migration 020). */
  session_epoch: number;
  /** nb | en, or null until the person chooses (migration 047). */
  language: string | null;
  created_at: string;
  updated_at: string;
}

export interface UserRecord extends UserRow {
  roles: Role[];
}

async function withRoles(db: Db, rows: UserRow[]): Promise<UserRecord[]> {
  if (rows.length === 0) return [];
  const roleRows: Array<{ user_id: number; role: Role }> = await db('user_roles')
    .select('user_id', 'role')
    .whereIn(
      'user_id',
      rows.map((row) => row.id),
    );
  return rows.map((row) => ({
    ...row,
    roles: allRoles.filter((role) => roleRows.some((r) => r.user_id === row.id && r.role === role)),
  }));
}

/** One statement, user and roles together: every call through dispatch starts with it. */
export async function findUserById(db: Db, id: number): Promise<UserRecord | undefined> {
  const row: (UserRow & { role_list: string | null }) | undefined = await db('users')
    .leftJoin('user_roles', 'user_roles.user_id', 'users.id')
    .where('users.id', id)
    .groupBy('users.id')
    .first('users.*', db.raw(`${commaList(db, 'user_roles.role')} as role_list`));
  if (!row) return undefined;
  const { role_list: roleList, ...user } = row;
  const held = new Set((roleList ?? '').split(','));
  return { ...user, roles: allRoles.filter((role) => held.has(role)) };
}

export async function findUserByUsername(db: Db, username: string): Promise<UserRecord | undefined> {
  const row: UserRow | undefined = await db('users').where({ username }).first();
  return row ? (await withRoles(db, [row]))[0] : undefined;
}

export async function listUserRecords(db: Db, includeInactive: boolean): Promise<UserRecord[]> {
  const query = db('users').select('*').orderBy('display_name');
  if (!includeInactive) query.where({ active: true });
  return withRoles(db, await query);
}

export async function countUsers(db: Db): Promise<number> {
  const [{ count }] = await db('users').count({ count: '*' });
  return Number(count);
}

export async function countActiveAdmins(db: Db): Promise<number> {
  const [{ count }] = await db('users')
    .join('user_roles', 'user_roles.user_id', 'users.id')
    .where({ 'users.active': true, 'user_roles.role': 'admin' })
    .count({ count: '*' });
  return Number(count);
}

export async function insertUser(
  db: Db,
  user: Pick<UserRow, 'username' | 'display_name' | 'password_hash' | 'created_at' | 'updated_at'>,
  roles: readonly Role[],
): Promise<number> {
  const [inserted] = await db('users').insert(user).returning('id');
  const id = typeof inserted === 'object' ? (inserted as { id: number }).id : (inserted as number);
  await db('user_roles').insert(roles.map((role) => ({ user_id: id, role })));
  return id;
}

export async function updateUserRow(
  db: Db,
  id: number,
  changes: Partial<Omit<UserRow, 'id'>>,
): Promise<void> {
  await db('users').where({ id }).update(changes);
}

/**
 * Ends every open session of the user (dispatch refuses a session holding an older epoch) and
 * returns the new epoch, which the session that asked for it may adopt to stay signed in.
 */
export async function endSessionsOf(db: Db, id: number): Promise<number> {
  await db('users').where({ id }).increment('session_epoch', 1);
  const row: { session_epoch: number } | undefined = await db('users').where({ id }).first('session_epoch');
  return Number(row?.session_epoch ?? 0);
}

export async function replaceRoles(db: Db, id: number, roles: readonly Role[]): Promise<void> {
  await db('user_roles').where({ user_id: id }).delete();
  await db('user_roles').insert(roles.map((role) => ({ user_id: id, role })));
}
