import { ipcMain, type WebContents } from 'electron';
import type { Core } from './core/core';
import type { Session } from './core/session';
import { isTrustedRendererUrl, type RendererLocation } from './trusted-url';

export const invokeChannel = 'api:invoke';
export const eventChannel = 'api:event';

/**
 * The one IPC entry point. Each window gets its own session; every call is handed to the core's
 * dispatch, which validates, authorises, runs and audits it. The core is looked up per call: a
 * restore from a backup opens a new one.
 */
export function registerIpc(currentCore: () => Core, renderer: RendererLocation): Map<number, Session> {
  const sessions = new Map<number, Session>();
  const sessionOf = (contents: WebContents): Session => {
    let session = sessions.get(contents.id);
    if (!session) {
      session = currentCore().newSession();
      sessions.set(contents.id, session);
      contents.once('destroyed', () => sessions.delete(contents.id));
    }
    return session;
  };

  ipcMain.handle(invokeChannel, async (event, channel: unknown, input: unknown) => {
    const url = event.senderFrame?.url ?? '';
    if (!isTrustedRendererUrl(url, renderer)) {
      currentCore().env.log.warn('Refused an IPC call from an untrusted frame');
      return { ok: false, error: { code: 'FORBIDDEN', message: 'This window may not use Privacy Desk.' } };
    }
    return currentCore().dispatch(channel, input, sessionOf(event.sender));
  });
  return sessions;
}
