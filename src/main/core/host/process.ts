import type { Core } from '../core';
import { openCore } from '../core';
import { DatabaseTooNewError } from '../db/migrate';
import { DatabaseTargetError } from '../db/target';
import { createLogger } from '../log';
import { startReminderScheduler } from '../reminders/service';
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

/** Waits for `start`, opens the core, then serves the desk's calls until `stop`. */
export function runCoreProcess(port: MessagePortLike = parentPort()): void {
  let core: Core | null = null;
  let stopServing: (() => void) | null = null;
  let stopReminders: (() => void) | null = null;
  const post = (message: FromCore) => port.post(message);

  const unlisten = port.onMessage((raw) => {
    const message = raw as ToCore;
    if (message.type === 'start' && core === null) {
      const { options } = message;
      openCore({
        database: options.database,
        dataDir: options.dataDir,
        poolSize: options.poolSize,
        log: createLogger({ file: options.logFile, console: options.logFile === undefined }),
      }).then(
        (opened) => {
          core = opened;
          const host = createCoreHost(opened);
          stopServing = serveHostOnPort(host, port);
          if ((options.reminderMinutes ?? 5) > 0)
            stopReminders = startReminderScheduler(opened, (options.reminderMinutes ?? 5) * 60_000);
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
      stopReminders?.();
      stopServing?.();
      unlisten();
      void (core?.close() ?? Promise.resolve()).then(() => {
        post({ type: 'stopped' });
        process.exit(0);
      });
    }
  });
}
