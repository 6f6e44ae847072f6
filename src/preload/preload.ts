import { contextBridge, ipcRenderer } from 'electron';
import type { PrivacyDeskApi } from '../shared/api';
import { channelNames } from '../shared/contract';
import { deskChannelNames } from '../shared/desk/contract';
import { appEventNames } from '../shared/events';

const allowedChannels = new Set<string>([...channelNames, ...deskChannelNames]);
const allowedEvents = new Set<string>(appEventNames);

/** The whole bridge: invoke an allow-listed channel, or listen to an app event. Nothing else. */
const api: PrivacyDeskApi = {
  invoke: (channel, input) => {
    if (!allowedChannels.has(channel)) {
      return Promise.resolve({
        ok: false,
        error: {
          code: 'UNKNOWN_CHANNEL',
          message: `There is no operation "${String(channel).slice(0, 80)}".`,
        },
      });
    }
    return ipcRenderer.invoke('api:invoke', channel, input);
  },
  on: (event, callback) => {
    if (!allowedEvents.has(event)) throw new Error(`Unknown event ${String(event)}`);
    const listener = (_event: Electron.IpcRendererEvent, name: string, payload: unknown) => {
      if (name === event) callback(payload as Parameters<typeof callback>[0]);
    };
    ipcRenderer.on('api:event', listener);
    return () => {
      ipcRenderer.removeListener('api:event', listener);
    };
  },
};

contextBridge.exposeInMainWorld('api', api);
