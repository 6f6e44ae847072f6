import { ipcMain, type WebContents } from 'electron';
import type { DeskController } from './desk/controller';
import type { Logger } from './core/log';
import { isTrustedRendererUrl, type RendererLocation } from './trusted-url';

export const invokeChannel = 'api:invoke';
export const eventChannel = 'api:event';

/** What main does itself for a window's call before (or instead of) forwarding it. */
export type LocalCall = (
  contents: WebContents,
  channel: unknown,
  input: unknown,
) => Promise<unknown> | undefined;

/**
 * The one IPC entry point. Each window gets its own session in the core (on this computer or the
 * office server), through the desk controller; events for that session come back to that window.
 */
export function registerIpc(
  desk: DeskController,
  renderer: RendererLocation,
  log: Logger,
  local: LocalCall = () => undefined,
): void {
  const attached = new Set<number>();
  const attach = (contents: WebContents) => {
    if (attached.has(contents.id)) return;
    attached.add(contents.id);
    const id = contents.id;
    desk.attachWindow(id, (event, payload) => {
      if (!contents.isDestroyed()) contents.send(eventChannel, event, payload);
    });
    contents.once('destroyed', () => {
      attached.delete(id);
      void desk.detachWindow(id);
    });
  };

  ipcMain.handle(invokeChannel, async (event, channel: unknown, input: unknown) => {
    const url = event.senderFrame?.url ?? '';
    if (!isTrustedRendererUrl(url, renderer)) {
      log.warn('Refused an IPC call from an untrusted frame');
      return { ok: false, error: { code: 'FORBIDDEN', message: 'This window may not use Privacy Desk.' } };
    }
    attach(event.sender);
    return (await local(event.sender, channel, input)) ?? desk.invoke(event.sender.id, channel, input);
  });
}
