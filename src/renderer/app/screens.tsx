import type { ReactElement } from 'react';
import type { Role } from '../../shared/roles';
import { agreementsScreens } from '../features/agreements/screens';
import { auditScreens } from '../features/audit/screens';
import { backupsScreens } from '../features/backups/screens';
import { breachesScreens } from '../features/breaches/screens';
import { casesScreens } from '../features/cases/screens';
import { homeScreens } from '../features/home/screens';
import { inquiriesScreens } from '../features/inquiries/screens';
import { lettersScreens } from '../features/letters/screens';
import { organisationsScreens } from '../features/organisations/screens';
import { peopleScreens } from '../features/people/screens';
import { processingScreens } from '../features/processing/screens';
import { reportsScreens } from '../features/reports/screens';
import { retentionScreens } from '../features/retention/screens';
import { settingsScreens } from '../features/settings/screens';
import { usersScreens } from '../features/users/screens';

export type NavSection = 'Work' | 'Registers' | 'Administration';

/**
 * A screen's words in the person's language: a function read at render time, e.g.
 * `title: () => text('cases', 'screenTitle')` (a plain string is only for a screen not yet translated).
 */
export type ScreenText = string | (() => string);

export function say(value: ScreenText): string {
  return typeof value === 'function' ? value() : value;
}

/** One screen: its route, who may open it, and how it appears in the navigation. */
export interface Screen {
  path: string;
  title: ScreenText;
  /** One line for the start page's cards. */
  description?: ScreenText;
  element: ReactElement;
  /** Empty means every signed-in user. */
  roles: readonly Role[];
  nav?: { section: NavSection; icon: ReactElement; order: number };
  /** A Ctrl+key combination that opens the screen from anywhere. */
  shortcut?: { key: string; label: ScreenText };
}

/** Every screen of the app. A feature adds its screens by spreading them in here. */
export const screens: Screen[] = [
  ...homeScreens,
  ...inquiriesScreens,
  ...casesScreens,
  ...breachesScreens,
  ...reportsScreens,
  ...peopleScreens,
  ...processingScreens,
  ...agreementsScreens,
  ...organisationsScreens,
  ...usersScreens,
  ...auditScreens,
  ...settingsScreens,
  ...lettersScreens,
  ...backupsScreens,
  ...retentionScreens,
];
