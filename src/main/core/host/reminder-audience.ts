import type { ReminderEvent } from '../../../shared/events';
import type { Language } from '../../../shared/i18n/languages';
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
  return (await reminderReaders(core, sessions, reminder)).map((reader) => reader.key);
}

/**
 * The audience, each with the language the reminder is worded in for them: the person's choice,
 * else the desk's (as dispatch writes their errors), else English.
 */
export async function reminderReaders<K>(
  core: Pick<Core, 'activeUser'>,
  sessions: ReadonlyMap<K, Session>,
  reminder: ReminderEvent,
): Promise<Array<{ key: K; language: Language }>> {
  const readers: Array<{ key: K; language: Language }> = [];
  for (const [key, session] of sessions) {
    const user = await core.activeUser(session);
    if (user && hasAnyRole(user.roles, reminder.roles))
      readers.push({ key, language: user.language ?? session.language ?? 'en' });
  }
  return readers;
}
