import { BrowserWindow, Notification } from 'electron';
import type { ReminderEvent } from '../shared/events';
import { hasAnyRole } from '../shared/roles';
import type { Core } from './core/core';
import type { Session } from './core/session';
import { eventChannel } from './ipc';

/**
 * Shows a reminder as a desktop notification, but only while someone whose role it concerns is
 * signed in and the window is not locked. A click brings the window forward on the item.
 */
export async function notifyReminder(
  core: Core,
  sessions: Map<number, Session>,
  reminder: ReminderEvent,
): Promise<void> {
  if (!Notification.isSupported()) return;
  for (const [contentsId, session] of sessions) {
    const user = await core.activeUser(session);
    if (!user || !hasAnyRole(user.roles, reminder.roles)) continue;
    const window = BrowserWindow.getAllWindows().find((candidate) => candidate.webContents.id === contentsId);
    if (!window) continue;
    const notification = new Notification({ title: reminder.title, body: reminder.body, silent: false });
    notification.on('click', () => {
      if (window.isMinimized()) window.restore();
      window.show();
      window.focus();
      window.webContents.send(eventChannel, 'navigate', { path: reminder.path });
    });
    notification.show();
    return;
  }
}
