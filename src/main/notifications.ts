import { BrowserWindow, Notification } from 'electron';
import type { ReminderEvent } from '../shared/events';
import type { Core } from './core/core';
import type { Session } from './core/session';
import { eventChannel } from './ipc';
import { reminderAudience } from './reminder-audience';

/**
 * Sends a reminder to the windows whose signed-in, unlocked user it concerns (and to no other),
 * and shows it once as a desktop notification; a click brings that window forward on the item.
 */
export async function deliverReminder(
  core: Core,
  sessions: Map<number, Session>,
  reminder: ReminderEvent,
): Promise<void> {
  const audience = await reminderAudience(core, sessions, reminder);
  const windows = BrowserWindow.getAllWindows().filter((window) => audience.includes(window.webContents.id));
  for (const window of windows) window.webContents.send(eventChannel, 'reminder', reminder);
  const [first] = windows;
  if (!first || !Notification.isSupported()) return;
  const notification = new Notification({ title: reminder.title, body: reminder.body, silent: false });
  notification.on('click', () => {
    if (first.isMinimized()) first.restore();
    first.show();
    first.focus();
    first.webContents.send(eventChannel, 'navigate', { path: reminder.path });
  });
  notification.show();
}
