import type { Phrase } from './i18n/phrases';
import type { Role } from './roles';

/** How pressing a reminder is; each level is announced once per item. */
export type ReminderLevel = 'due-soon' | 'due-today' | 'overdue' | 'breach-clock';

/**
 * A deadline that has newly become pressing. Titles and bodies name the record by its number,
 * never by the person it concerns: a desktop notification can be seen by anyone near the screen.
 */
export interface ReminderEvent {
  key: string;
  level: ReminderLevel;
  /**
   * The title and body in English. The core host words `titleText` and `bodyText` in the language
   * of each person it reaches; a reminder without them is shown as written.
   */
  title: string;
  body: string;
  titleText?: Phrase;
  bodyText?: Phrase;
  /** The screen that shows the item (a renderer route). */
  path: string;
  /** Only users holding one of these roles are shown the reminder. */
  roles: Role[];
}

/** Whether this desk reaches its database (the office server, or the core on this computer). */
export interface ConnectionEvent {
  state: 'online' | 'offline';
  /** What a person should know, e.g. "The office server at … does not answer; retrying." */
  message: string | null;
}

/** Events the main process pushes to the renderer through `window.api.on`. */
export interface AppEvents {
  /** Open a screen, e.g. after a click on a desktop notification. */
  navigate: { path: string };
  reminder: ReminderEvent;
  /**
   * Someone (at this desk or another) changed records of these features (`inquiries`, `cases`, …):
   * lists and the dashboard fetch again. Names features only, never records or people.
   */
  dataChanged: { features: string[] };
  connection: ConnectionEvent;
}

export type AppEventName = keyof AppEvents;

export const appEventNames: readonly AppEventName[] = ['navigate', 'reminder', 'dataChanged', 'connection'];
