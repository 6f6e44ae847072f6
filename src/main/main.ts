import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  Menu,
  Notification,
  safeStorage,
  session,
  shell,
  utilityProcess,
  type WebContents,
} from 'electron';
import type { ApiResult } from '../shared/errors';
import type { AppEventName, AppEvents, ReminderEvent } from '../shared/events';
import { DatabaseTargetError, describeTarget, parseDatabaseTarget } from './core/db/target';
import { createLogger } from './core/log';
import { recognise } from './core/attachments/types';
import { databaseFileName, defaultLogFile, resolveDataDir } from './core/paths';
import { deskAuditKey } from './desk/audit-key';
import type { CoreClient } from './desk/client';
import { DeskController } from './desk/controller';
import { httpClient, probeServer } from './desk/http-client';
import { CoreStartError, startCoreProcess } from './desk/process-client';
import { eventChannel, registerIpc } from './ipc';
import { isTrustedRendererUrl } from './trusted-url';
import { createMainWindow, openExternalSafely, rendererLocation } from './window';

app.setName('Privacy Desk');

function databaseArgument(argv: readonly string[]): string | undefined {
  const index = argv.findIndex((arg) => arg === '--db' || arg.startsWith('--db='));
  if (index < 0) return undefined;
  return argv[index].startsWith('--db=') ? argv[index].slice('--db='.length) : argv[index + 1];
}

function fail(title: string, message: string): void {
  dialog.showErrorBox(title, message);
  app.quit();
}

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

  async function start(): Promise<void> {
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    session.defaultSession.setPermissionCheckHandler(() => false);

    const userData = app.getPath('userData');
    const log = createLogger({ file: defaultLogFile(userData, 'main'), console: !app.isPackaged });
    const fixed = databaseArgument(process.argv) ?? process.env.PRIVACY_DESK_DB;
    if (fixed !== undefined) {
      try {
        parseDatabaseTarget(fixed);
      } catch (error) {
        fail(
          'Privacy Desk cannot start',
          error instanceof DatabaseTargetError ? error.message : String(error),
        );
        return;
      }
    }

    const broadcast = <E extends AppEventName>(event: E, payload: AppEvents[E]) => {
      for (const window of BrowserWindow.getAllWindows())
        window.webContents.send(eventChannel, event, payload);
    };

    /** The core on this computer, in a utility process: the window never waits for its work. */
    const startLocal = async (database: string): Promise<CoreClient> => {
      const target = parseDatabaseTarget(database);
      const dataDir = resolveDataDir(target, undefined, userData);
      const child = utilityProcess.fork(path.join(__dirname, 'core-process.js'), [], {
        serviceName: 'Privacy Desk database',
        stdio: 'inherit',
      });
      try {
        const started = await startCoreProcess(
          {
            port: {
              post: (message) => child.postMessage(message),
              onMessage: (listener) => {
                child.on('message', listener);
                return () => void child.off('message', listener);
              },
            },
            onExit: (listener) => void child.once('exit', listener),
            kill: () => void child.kill(),
          },
          {
            database,
            dataDir,
            logFile: defaultLogFile(dataDir, 'core'),
            auditKey: deskAuditKey(safeStorage, userData, dataDir),
          },
        );
        if (started.backupFile) log.info(`Database migrated; backup at ${started.backupFile}`);
        log.info(`Privacy Desk started with database ${started.databaseName} (${started.engine})`);
        return started.client;
      } catch (error) {
        const message =
          error instanceof CoreStartError
            ? error.message
            : `The database ${describeTarget(target)} could not be opened. The details are in ${defaultLogFile(dataDir, 'core')}.`;
        log.error(`Privacy Desk could not open ${describeTarget(target)}`, error);
        fail('Privacy Desk cannot start', message);
        throw error;
      }
    };

    const desk = new DeskController({
      configFile: path.join(userData, 'desk.json'),
      fixedDatabase: fixed,
      defaultDatabase: path.join(userData, databaseFileName),
      startLocal,
      connectOffice: (address) => httpClient(address),
      probe: (url) => probeServer(url),
      onConnection: (state) => broadcast('connection', state),
    });

    registerIpc(desk, renderer, log, (contents, channel, input) =>
      channel === 'attachments.open' ? openAttachment(desk, contents, input) : undefined,
    );
    listenForReminders(desk);
    app.on('will-quit', () => void desk.close());

    Menu.setApplicationMenu(
      Menu.buildFromTemplate([
        {
          label: 'File',
          submenu: [
            {
              label: 'Where this desk keeps its data…',
              enabled: fixed === undefined,
              click: () => void changeDeskLocation(desk, path.join(userData, 'desk.json')),
            },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
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
    // Start the core (or the connection) while the window loads, when already chosen.
    if (desk.status().configured) desk.currentClient().catch(() => undefined);
  }

  /** A reminder that reached a window (the core decided it concerns its person) as a desktop notice. */
  function listenForReminders(desk: DeskController): void {
    const shown = new Set<string>();
    desk.onWindowEvent((windowId, event, payload) => {
      if (event !== 'reminder' || !Notification.isSupported()) return;
      const reminder = payload as ReminderEvent;
      if (shown.has(reminder.key + reminder.level)) return;
      shown.add(reminder.key + reminder.level);
      const window = BrowserWindow.getAllWindows().find((candidate) => candidate.webContents.id === windowId);
      if (!window) return;
      const notification = new Notification({ title: reminder.title, body: reminder.body, silent: false });
      notification.on('click', () => {
        if (window.isMinimized()) window.restore();
        window.show();
        window.focus();
        window.webContents.send(eventChannel, 'navigate', { path: reminder.path });
      });
      notification.show();
    });
  }

  /**
   * Opening an attachment: the desk fetches a copy (an audited read, wherever the core runs), keeps
   * it in a private folder and hands it to the system viewer. Only document types are opened.
   */
  async function openAttachment(
    desk: DeskController,
    contents: WebContents,
    input: unknown,
  ): Promise<ApiResult<unknown>> {
    const id = (input as { id?: unknown } | null)?.id;
    if (typeof id !== 'number' || !Number.isInteger(id) || id <= 0)
      return { ok: false, error: { code: 'INVALID_INPUT', message: 'Which attachment?' } };
    const copy = await desk.invoke(contents.id, 'attachments.download', { id });
    if (!copy.ok) return copy;
    const file = copy.data as { fileName: string; base64: string };
    const bytes = Buffer.from(file.base64, 'base64');
    // Only a document whose content is what its name says reaches the system's opener.
    const recognised = recognise(file.fileName, bytes);
    if (!recognised.ok)
      return {
        ok: false,
        error: {
          code: 'RULE_VIOLATION',
          message:
            'This kind of file is not opened from Privacy Desk. Save a copy instead and check it first.',
        },
      };
    const folder = path.join(app.getPath('userData'), 'opened', crypto.randomBytes(8).toString('hex'));
    fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
    const stem = path.basename(file.fileName, path.extname(file.fileName)).replace(/[^\p{L}\p{N} _-]/gu, '_');
    const target = path.join(folder, `${stem || 'attachment'}.${recognised.type.extension}`);
    fs.writeFileSync(target, bytes, { mode: 0o600 });
    const failure = await shell.openPath(target);
    return failure
      ? { ok: false, error: { code: 'INTERNAL', message: `The system could not open the file: ${failure}` } }
      : { ok: true, data: { ok: true } };
  }

  async function changeDeskLocation(desk: DeskController, configFile: string): Promise<void> {
    const { response } = await dialog.showMessageBox({
      type: 'warning',
      buttons: ['Cancel', 'Choose again and restart'],
      defaultId: 0,
      cancelId: 0,
      title: 'Where this desk keeps its data',
      message: `This desk now uses ${desk.status().location ?? 'nothing yet'}.`,
      detail:
        'Choosing again signs everyone out of this desk and restarts Privacy Desk. No data is deleted: the database on this computer stays where it is.',
    });
    if (response !== 1) return;
    fs.rmSync(configFile, { force: true });
    await desk.close();
    app.relaunch();
    app.exit(0);
  }

  app.whenReady().then(start, (error: unknown) => fail('Privacy Desk cannot start', String(error)));

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0 && app.isReady()) mainWindow = createMainWindow(renderer);
  });
}
