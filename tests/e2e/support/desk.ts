import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { openCore } from '../../../src/main/core/core';
import { createCoreHost } from '../../../src/main/core/host/host';
import { hostClient } from '../../../src/main/desk/client';
import { DeskController, type DeskDependencies } from '../../../src/main/desk/controller';
import { httpClient, probeServer } from '../../../src/main/desk/http-client';

/**
 * A window bridged to a real desk controller, as Electron's main process holds it: the desk's own
 * channels (where data lives), calls forwarded to the core on this computer or to the office server,
 * and that session's events (data changes, the connection) back into the page.
 */
export interface DeskWindow {
  controller: DeskController;
  userData: string;
  close(): Promise<void>;
}

export async function openDeskWindow(
  page: Page,
  options: Partial<Pick<DeskDependencies, 'fixedDatabase'>> & {
    office?: { url: string; fingerprint: string | null };
  } = {},
): Promise<DeskWindow> {
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-desk-desk-'));
  const configFile = path.join(userData, 'desk.json');
  if (options.office) fs.writeFileSync(configFile, JSON.stringify({ mode: 'office', ...options.office }));
  const controller = new DeskController({
    configFile,
    fixedDatabase: options.fixedDatabase,
    defaultDatabase: path.join(userData, 'privacy-desk.sqlite3'),
    startLocal: async (database) => {
      const core = await openCore({ database, scrypt: { N: 1024, r: 8, p: 1 } });
      const host = createCoreHost(core);
      return { ...hostClient(host), close: () => (host.close(), core.close()) };
    },
    connectOffice: (address) => httpClient({ ...address, retryForMs: 20_000 }),
    probe: (url) => probeServer(url),
    onConnection: (state) => emit('connection', state),
  });
  const emit = (event: string, payload: unknown) =>
    void page
      .evaluate(([name, data]) => window.__privacyDeskEmit(name, data), [event, payload] as const)
      .catch(() => {});
  const windowId = 1;
  controller.attachWindow(windowId, (event, payload) => emit(event, payload));
  await page.exposeBinding('__privacyDeskInvoke', (_source, channel: unknown, input: unknown) =>
    controller.invoke(windowId, channel, input),
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
  return {
    controller,
    userData,
    close: async () => {
      await controller.close();
      fs.rmSync(userData, { recursive: true, force: true });
    },
  };
}
