import { replaceWithBackup } from '../backup/restore';
import { startBackupScheduler } from '../backup/service';
import type { Core } from '../core';
import { openCore } from '../core';
import type { Platform } from '../env';
import { DatabaseTooNewError } from '../db/migrate';
import { DatabaseTargetError } from '../db/target';
import { createLogger } from '../log';
import { startReminderScheduler } from '../reminders/service';
import { startRetentionScheduler } from '../retention/service';
import { createCoreHost } from './host';
import { type FromCore, type MessagePortLike, serveHostOnPort, type ToCore } from './port';

interface ElectronParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  off(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

/** This process's line to its parent: Electron's parentPort, or Node's IPC channel. */
export function parentPort(): MessagePortLike {
  const electron = (process as NodeJS.Process & { parentPort?: ElectronParentPort }).parentPort;
  if (electron) {
    return {
      post: (message) => electron.postMessage(message),
      onMessage: (listener) => {
        const handler = (event: { data: unknown }) => listener(event.data);
        electron.on('message', handler);
        return () => electron.off('message', handler);
      },
    };
  }
  if (!process.send) throw new Error('The core process needs a parent to talk to.');
  return {
    post: (message) => process.send!(message),
    onMessage: (listener) => {
      process.on('message', listener);
      return () => process.off('message', listener);
    },
  };
}

/**
 * Waits for `start`, opens the core, then serves the desk's calls until `stop`. The reminder and
 * daily-backup schedulers run here, beside the database; a backup restored from Administration is
 * put in place here too (the core closed, the files swapped, the core opened again).
 */
export function runCoreProcess(port: MessagePortLike = parentPort()): void {
  let core: Core | null = null;
  let stopServing: (() => void) | null = null;
  let stopSchedulers: () => void = () => {};
  const post = (message: FromCore) => port.post(message);

  const unlisten = port.onMessage((raw) => {
    const message = raw as ToCore;
    if (message.type === 'start' && core === null) {
      const { options } = message;
      const log = createLogger({ file: options.logFile, console: options.logFile === undefined });
      const schedule = (current: Core) => {
        const minutes = options.reminderMinutes ?? 5;
        const stopReminders = minutes > 0 ? startReminderScheduler(current, minutes * 60_000) : () => {};
        const stopBackups = minutes > 0 ? startBackupScheduler(current) : () => {};
        const stopPurge = minutes > 0 ? startRetentionScheduler(current) : () => {};
        stopSchedulers = () => {
          stopReminders();
          stopBackups();
          stopPurge();
        };
      };
      let host: ReturnType<typeof createCoreHost> | null = null;
      const platform: Platform = {
        openPath: async () => {
          throw new Error('The desk opens attachments from a copy; the core process opens no files.');
        },
        restoreDatabase: async ({ backupFile, actor, at }) => {
          stopSchedulers();
          try {
            await replaceWithBackup({
              core: core!,
              backupFile,
              actor,
              at,
              reopen: async () => (core = await open()),
            });
          } finally {
            host?.replaceCore(core!);
            schedule(core!);
          }
        },
      };
      const open = () =>
        openCore({
          database: options.database,
          dataDir: options.dataDir,
          poolSize: options.poolSize,
          log,
          platform,
          auditKey:
            options.auditKey && 'key' in options.auditKey
              ? Buffer.from(options.auditKey.key)
              : options.auditKey,
        });
      open().then(
        (opened) => {
          core = opened;
          host = createCoreHost(opened);
          stopServing = serveHostOnPort(host, port);
          schedule(opened);
          post({
            type: 'started',
            engine: opened.engine,
            databaseName: opened.databaseName,
            backupFile: opened.migration.backupFile,
          });
        },
        (error: unknown) =>
          post({
            type: 'startFailed',
            kind:
              error instanceof DatabaseTooNewError
                ? 'too-new'
                : error instanceof DatabaseTargetError
                  ? 'target'
                  : 'other',
            message: error instanceof Error ? error.message : String(error),
          }),
      );
    } else if (message.type === 'stop') {
      stopSchedulers();
      stopServing?.();
      unlisten();
      void (core?.close() ?? Promise.resolve()).then(() => {
        post({ type: 'stopped' });
        process.exit(0);
      });
    }
  });
}
