import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { buildElectronApp } from '../../scripts/build-electron.cjs';
import { installedElectron, projectRoot } from '../../scripts/electron-binary.cjs';

const executable: string | null = installedElectron();

test('the packaged app starts, the first administrator signs in, and the app closes', async () => {
  test.skip(
    !executable,
    'No Electron binary on this machine: Electron downloads it from github.com, which is unreachable here. ' +
      'The renderer and core are covered by the Chromium end-to-end tests.',
  );
  if (process.env.PRIVACY_DESK_APP_BUILT !== '1') await buildElectronApp();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-desk-electron-'));
  const app = await electron.launch({
    executablePath: executable as string,
    args: [
      path.join(projectRoot, '.vite/build/main.js'),
      '--no-sandbox',
      `--db=${path.join(dir, 'smoke.sqlite3')}`,
    ],
    env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1' },
  });
  const window = await app.firstWindow();
  await expect(window.getByRole('heading', { name: 'Welcome to Privacy Desk' })).toBeVisible();
  await window.getByLabel('Full name').fill('Smoke Test');
  await window.getByLabel('User name').fill('smoke');
  await window.getByLabel('Password', { exact: true }).fill('smoke test password');
  await window.getByLabel('Repeat the password').fill('smoke test password');
  await window.getByRole('button', { name: 'Create administrator and sign in' }).click();
  await expect(window.getByRole('button', { name: 'Account of Smoke Test' })).toBeVisible();
  // The sandboxed preload exposes only invoke and on.
  expect(
    await window.evaluate(() => Object.keys((globalThis as unknown as { api: object }).api).sort()),
  ).toEqual(['invoke', 'on']);
  expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
  await app.close();
  fs.rmSync(dir, { recursive: true, force: true });
});
