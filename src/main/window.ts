import path from 'node:path';
import { BrowserWindow, shell } from 'electron';
import { isAllowedExternalUrl, type RendererLocation } from './trusted-url';

export function rendererLocation(): RendererLocation {
  return MAIN_WINDOW_VITE_DEV_SERVER_URL
    ? { devServerUrl: MAIN_WINDOW_VITE_DEV_SERVER_URL }
    : { indexFile: path.join(__dirname, `../renderer/${MAIN_WINDOW_VITE_NAME}/index.html`) };
}

export function createMainWindow(renderer: RendererLocation): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    title: 'Privacy Desk',
    show: false,
    backgroundColor: '#f5f7fa',
    webPreferences: {
      // Reviewed (DEVELOPING.md, Electron's own checks): the preload exposes two allow-listed functions.
      preload: path.join(__dirname, 'preload.js'), // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
      // A middle click must not open links in a new window (every window open is denied anyway).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.once('ready-to-show', () => window.show());
  if (renderer.devServerUrl) void window.loadURL(renderer.devServerUrl);
  else if (renderer.indexFile) void window.loadFile(renderer.indexFile);
  return window;
}

/**
 * Links to the outside world open in the system browser, never in the app, and only for the
 * allow-listed sites (datatilsynet.no, lovdata.no, the EU's: `externalHosts` in trusted-url.ts).
 */
export function openExternalSafely(url: string): void {
  if (isAllowedExternalUrl(url)) void shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK
}
