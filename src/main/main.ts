import fs from 'node:fs';
import path from 'node:path';
import type { AppEvents } from '../shared/events';
import { app, BrowserWindow, dialog, Menu, session, shell } from 'electron';
import { type Core, openCore } from './core/core';
import type { Platform } from './core/env';
import { isSafeToOpen } from './core/attachments/types';
import { newestBackupFile } from './core/backup/files';
import { replaceWithBackup, startBackupScheduler } from './core/backup/service';
import { DatabaseTooNewError } from './core/db/migrate';
import { AppError } from './core/errors';
import { faultMessage } from './core/faults';
import { createLogger, defaultLogFile } from './core/log';
import { resolveDatabaseFile } from './core/paths';
import { eventChannel, registerIpc } from './ipc';
import { deliverReminder } from './notifications';
import { startReminderScheduler } from './core/reminders/service';
import { isInsideFolder, isTrustedRendererUrl } from './trusted-url';
import { createMainWindow, openExternalSafely, rendererLocation } from './window';

app.setName('Privacy Desk');

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  const renderer = rendererLocation();

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  // Hardening for every web contents the app ever creates.
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(({ url }) => {
      openExternalSafely(url);
      return { action: 'deny' };
    });
    contents.on('will-navigate', (event, url) => {
      if (!isTrustedRendererUrl(url, renderer)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isTrustedRendererUrl(url, renderer)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });

  function databaseArgument(argv: readonly string[]): string | undefined {
    const index = argv.findIndex((arg) => arg === '--db' || arg.startsWith('--db='));
    if (index < 0) return undefined;
    return argv[index].startsWith('--db=') ? argv[index].slice('--db='.length) : argv[index + 1];
  }

  async function start(): Promise<void> {
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    session.defaultSession.setPermissionCheckHandler(() => false);

    const dbFile = resolveDatabaseFile(databaseArgument(process.argv), app.getPath('userData'));
    const log = createLogger({
      file: defaultLogFile(path.dirname(dbFile), 'main'),
      console: !app.isPackaged,
    });
    const platform: Platform = {
      openPath: async (file) => {
        // Links are followed before the folder check; only document types ever reach the opener.
        const real = fs.realpathSync(file);
        if (!isInsideFolder(real, fs.realpathSync(path.dirname(dbFile))))
          throw new Error('Refusing to open a file outside the data folder');
        if (!isSafeToOpen(real)) throw new Error('Refusing to open a file that is not a document');
        const failure = await shell.openPath(real);
        if (failure) throw new Error(failure);
      },
      // Administration → Backups: the core is closed, the backup put in place (the current
      // database kept aside), and the core opened again; every window then signs in anew.
      restoreDatabase: async ({ backupFile, actor, at }) => {
        detach();
        try {
          await replaceWithBackup({ core, backupFile, actor, at, reopen: async () => (core = await open()) });
        } finally {
          sessions.clear();
          detach = attach(core);
        }
      },
    };
    const open = () => openCore({ dbFile, log, platform });
    let core: Core;
    try {
      core = await open();
    } catch (error) {
      // A newer database, a damaged file, a full disk, a read-only folder: the core's own words.
      // Anything else is logged by its shape only, and the dialog says where the log is.
      const message =
        error instanceof DatabaseTooNewError || error instanceof AppError
          ? error.message
          : `The database ${dbFile} could not be opened. The details are in ${defaultLogFile(path.dirname(dbFile), 'main')}.`;
      log.error(`Privacy Desk could not open ${dbFile}`, error);
      dialog.showErrorBox('Privacy Desk cannot start', message);
      app.quit();
      return;
    }
    void core.checkHealth().then((health) => {
      if (health.damaged)
        dialog.showErrorBox(
          'The database is damaged',
          faultMessage('damaged', { dbFile, newestBackup: newestBackupFile(path.dirname(dbFile)) }),
        );
    });
    if (core.migration.backupFile) log.info(`Database migrated; backup at ${core.migration.backupFile}`);
    log.info(`Privacy Desk started with database ${dbFile}`);

    const sessions = registerIpc(() => core, renderer);
    /** Events to the windows, the reminder and backup schedulers: for one open core. */
    const attach = (current: Core): (() => void) => {
      const unsubscribe = current.events.subscribe((event, payload) => {
        // A reminder goes only to windows of the signed-in, unlocked users it concerns.
        if (event === 'reminder') {
          deliverReminder(current, sessions, payload as AppEvents['reminder']).catch((error: unknown) =>
            log.error('Could not deliver a reminder', error),
          );
          return;
        }
        for (const window of BrowserWindow.getAllWindows())
          window.webContents.send(eventChannel, event, payload);
      });
      const stopReminders = startReminderScheduler(current);
      const stopBackups = startBackupScheduler(current);
      return () => {
        unsubscribe();
        stopReminders();
        stopBackups();
      };
    };
    let detach = attach(core);
    app.on('will-quit', () => {
      detach();
      void core.close();
    });

    Menu.setApplicationMenu(
      Menu.buildFromTemplate([
        { role: 'fileMenu' },
        { role: 'editMenu' },
        {
          label: 'View',
          submenu: [
            { role: 'resetZoom' },
            { role: 'zoomIn' },
            { role: 'zoomOut' },
            { type: 'separator' },
            { role: 'togglefullscreen' },
            ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const }]),
          ],
        },
        { role: 'windowMenu' },
      ]),
    );

    mainWindow = createMainWindow(renderer);
    mainWindow.on('closed', () => (mainWindow = null));
  }

  app.whenReady().then(start, (error: unknown) => {
    dialog.showErrorBox('Privacy Desk cannot start', String(error));
    app.quit();
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0 && app.isReady()) mainWindow = createMainWindow(renderer);
  });
}
