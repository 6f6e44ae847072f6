import type { Role } from '../../../shared/roles';
import type { Ctx } from '../context';
import { findUserByUsername } from '../users/repository';
import { createUser } from '../users/service';

export const demoUsers: ReadonlyArray<{ username: string; displayName: string; roles: Role[] }> = [
  { username: 'admin', displayName: 'Kari Nordmann', roles: ['admin'] },
  { username: 'dpo', displayName: 'Dina Berg', roles: ['dpo'] },
  { username: 'agent1', displayName: 'Ola Hansen', roles: ['agent'] },
  { username: 'agent2', displayName: 'Fatima Khan', roles: ['agent'] },
  { username: 'agent3', displayName: 'Jonas Lie', roles: ['agent'] },
  { username: 'agent4', displayName: 'Marta Kowalska', roles: ['agent'] },
  { username: 'agent5', displayName: 'Sindre Moen', roles: ['agent'] },
  { username: 'agent6', displayName: 'Ingrid Sæther', roles: ['agent'] },
];

/** The office's staff; users that already exist are left as they are. Returns every demo user's id. */
export async function seedDemoUsers(ctx: Ctx, password: string): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const user of demoUsers) {
    const existing = await findUserByUsername(ctx.db, user.username);
    ids.set(user.username, existing ? existing.id : (await createUser(ctx, { ...user, password })).id);
  }
  return ids;
}
