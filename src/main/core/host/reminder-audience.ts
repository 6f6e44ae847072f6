import type { ReminderEvent } from '../../../shared/events';
import { hasAnyRole } from '../../../shared/roles';
import type { Core } from '../core';
import type { Session } from '../session';

/**
 * The windows a reminder may reach: those whose session is signed in, not locked, not ended by a
 * password change, and held by someone with a role the reminder concerns. Decided where the
 * sessions live (the core host: the office server, or the desk's core process), so a reminder never
 * travels to a window that is signed out, locked or another person's. The end-to-end bridge uses it
 * too.
 */
export async function reminderAudience<K>(
  core: Pick<Core, 'activeUser'>,
  sessions: ReadonlyMap<K, Session>,
  reminder: ReminderEvent,
): Promise<K[]> {
  const audience: K[] = [];
  for (const [key, session] of sessions) {
    const user = await core.activeUser(session);
    if (user && hasAnyRole(user.roles, reminder.roles)) audience.push(key);
  }
  return audience;
}
