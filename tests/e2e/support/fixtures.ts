import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import type { ReminderEvent } from '../../../src/shared/events';
import type { Role } from '../../../src/shared/roles';
import { reminderAudience } from '../../../src/main/core/host/reminder-audience';
import { adjustableClock, type AdjustableClock } from '../../../src/main/core/clock';
import { replaceWithBackup } from '../../../src/main/core/backup/restore';
import { type Core, openCore, runAsSystem } from '../../../src/main/core/core';
import type { Platform } from '../../../src/main/core/env';
import { clearSession, type Session } from '../../../src/main/core/session';
import { createUser } from '../../../src/main/core/users/service';
import { findUserByUsername, updateUserRow } from '../../../src/main/core/users/repository';
import type { Language } from '../../../src/shared/i18n/languages';

export const password = 'correct horse battery';

export interface Office {
  core: Core;
  clock: AdjustableClock;
  /** The page's own session in the core (one per window, as in Electron). */
  session: Session;
  dbFile: string;
  /** Files the app asked the operating system to open. */
  openedFiles: string[];
  /** Adds a user directly in the core, as an administrator would have. */
  addUser(username: string, roles: Role[], displayName?: string): Promise<void>;
  /** The language a user reads the app in, as if they had chosen it in the account menu. */
  setLanguage(username: string, language: Language): Promise<void>;
  /** Opens the app and signs in through the sign-in screen (the sign-in page follows the browser: English). */
  signIn(username: string, secret?: string): Promise<void>;
  screenshot(name: string): Promise<void>;
  /** A link of the main navigation. */
  nav(label: string): Locator;
}

declare global {
  interface Window {
    __privacyDeskInvoke(channel: string, input: unknown): Promise<unknown>;
    __privacyDeskEmit(event: string, payload: unknown): void;
  }
}

/** The main navigation in either language (a user who chose bokmål signs in to "Hovedmeny"). */
const mainNavigation = /^(Main navigation|Hovedmeny)$/;

const screenshotDir = path.resolve(__dirname, '../../../test-results/screens');

/** The page's bridge to the core; `subscribe` attaches the events of a (re)opened core. */
async function installBridge(
  page: Page,
  currentCore: () => Core,
  session: Session,
): Promise<(core: Core) => () => void> {
  await page.exposeBinding('__privacyDeskInvoke', (_source, channel: unknown, input: unknown) =>
    currentCore().dispatch(channel, input, session),
  );
  await page.addInitScript(() => {
    const listeners = new Map<string, Set<(payload: unknown) => void>>();
    window.__privacyDeskEmit = (event, payload) =>
      listeners.get(event)?.forEach((callback) => callback(payload));
    Object.defineProperty(window, 'api', {
      value: Object.freeze({
        invoke: (channel: string, input: unknown) => window.__privacyDeskInvoke(channel, input),
        on: (event: string, callback: (payload: unknown) => void) => {
          const set = listeners.get(event) ?? new Set();
          set.add(callback);
          listeners.set(event, set);
          return () => set.delete(callback);
        },
      }),
    });
  });
  const emit = (event: string, payload: unknown) =>
    page
      .evaluate(([name, data]) => window.__privacyDeskEmit(name, data), [event, payload] as const)
      .catch(() => {});
  return (core) =>
    core.events.subscribe((event, payload) => {
      // As in main: a reminder reaches the page only when its signed-in, unlocked user is concerned.
      if (event === 'reminder') {
        void reminderAudience(core, new Map([[0, session]]), payload as ReminderEvent).then((audience) => {
          if (audience.length > 0) void emit(event, payload);
        });
        return;
      }
      void emit(event, payload);
    });
}

export const test = base.extend<{ office: Office }>({
  office: async ({ page }, use, testInfo) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-desk-e2e-'));
    const dbFile = path.join(dir, 'office.sqlite3');
    const clock = adjustableClock();
    const openedFiles: string[] = [];
    // As the app does: a restore from Administration → Backups closes the core, puts the backup
    // in place and opens a new core, to which the page's bridge then talks.
    const platform: Platform = {
      openPath: async (file) => void openedFiles.push(file),
      restoreDatabase: async ({ backupFile, actor, at }) => {
        unsubscribe();
        try {
          await replaceWithBackup({ core, backupFile, actor, at, reopen: async () => (core = await open()) });
        } finally {
          clearSession(session);
          unsubscribe = subscribe(core);
        }
      },
    };
    const open = () => openCore({ database: dbFile, clock, scrypt: { N: 1024, r: 8, p: 1 }, platform });
    let core = await open();
    const session = core.newSession();
    const subscribe = await installBridge(page, () => core, session);
    let unsubscribe = subscribe(core);
    const spec = path.basename(testInfo.file).replace(/\.spec\.ts$/, '');
    fs.mkdirSync(screenshotDir, { recursive: true });

    const office: Office = {
      get core() {
        return core;
      },
      clock,
      session,
      dbFile,
      openedFiles,
      addUser: async (username, roles, displayName) => {
        await runAsSystem(core, 'e2e', (ctx) =>
          createUser(ctx, { username, displayName: displayName ?? username, roles, password }),
        );
      },
      setLanguage: async (username, language) => {
        await runAsSystem(core, 'e2e', async (ctx) => {
          const user = await findUserByUsername(ctx.db, username);
          if (!user) throw new Error(`No user ${username}`);
          await updateUserRow(ctx.db, user.id, { language });
        });
      },
      signIn: async (username, secret = password) => {
        await page.goto(process.env.PRIVACY_DESK_E2E_URL ?? '');
        await page.getByLabel('User name').fill(username);
        await page.getByLabel('Password', { exact: true }).fill(secret);
        await page.getByRole('button', { name: 'Sign in' }).click();
        await expect(page.getByRole('navigation', { name: mainNavigation })).toBeVisible();
      },
      nav: (label) =>
        page
          .getByRole('navigation', { name: mainNavigation })
          .getByRole('link', { name: label, exact: true }),
      screenshot: async (name) => {
        await page.screenshot({ path: path.join(screenshotDir, `${spec}--${name}.png`), fullPage: true });
      },
    };
    await use(office);
    unsubscribe();
    await core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  },
});

export { expect };

export function appUrl(hashPath = '/'): string {
  return `${process.env.PRIVACY_DESK_E2E_URL ?? ''}#${hashPath}`;
}
