import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { openCore, runAsSystem } from '../../src/main/core/core';
import { startServer } from '../../src/main/server/server';
import { createUser } from '../../src/main/core/users/service';
import { openDeskWindow } from './support/desk';

const screenshotDir = path.resolve(__dirname, '../../test-results/screens');
const password = 'correct horse battery';

async function shoot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  for (const [width, height] of [
    [1440, 900],
    [1280, 720],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: path.join(screenshotDir, `office--${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

function selfSignedCertificate(dir: string): { cert: string; key: string } {
  const keyFile = path.join(dir, 'server.key');
  const certFile = path.join(dir, 'server.crt');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '2',
    ].concat(['-subj', '/CN=privacy-desk.test', '-keyout', keyFile, '-out', certFile]),
    { stdio: 'ignore' },
  );
  return { cert: fs.readFileSync(certFile, 'utf8'), key: fs.readFileSync(keyFile, 'utf8') };
}

/** An office server (on SQLite here; the core tests run it on PostgreSQL too) with an agent and a DPO. */
async function officeServer() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-desk-server-'));
  const core = await openCore({
    database: path.join(dir, 'office.sqlite3'),
    scrypt: { N: 1024, r: 8, p: 1 },
  });
  for (const [username, displayName, roles] of [
    ['ola', 'Ola Agent', ['agent']],
    ['dina', 'Dina DPO', ['dpo']],
  ] as const)
    await runAsSystem(core, 'e2e', (ctx) =>
      createUser(ctx, { username, displayName, roles: [...roles], password }),
    );
  const server = await startServer(core, {
    listen: { host: '127.0.0.1', port: 0 },
    tls: selfSignedCertificate(dir),
  });
  return {
    server,
    close: async () => {
      await server.close();
      await core.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function signIn(page: Page, username: string): Promise<void> {
  await page.getByLabel('User name').fill(username);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
}

test('a new desk chooses to keep its data on this computer, then creates the first administrator', async ({
  page,
}) => {
  const desk = await openDeskWindow(page);
  try {
    await page.goto(process.env.PRIVACY_DESK_E2E_URL ?? '');
    await expect(page.getByRole('heading', { name: 'Welcome to Privacy Desk' })).toBeVisible();
    await expect(page.getByRole('radio', { name: /This computer only/ })).toBeChecked();
    await shoot(page, 'desk-setup');
    await page.getByRole('button', { name: 'Use this computer' }).click();
    await expect(page.getByText('Create the first administrator account')).toBeVisible();
    expect(JSON.parse(fs.readFileSync(path.join(desk.userData, 'desk.json'), 'utf8'))).toEqual({
      mode: 'this-computer',
    });
    expect(fs.existsSync(path.join(desk.userData, 'privacy-desk.sqlite3'))).toBe(true);
  } finally {
    await desk.close();
  }
});

test('two desks on the office server: one connects by confirming the fingerprint, the other sees its work at once', async ({
  browser,
}) => {
  const office = await officeServer();
  const agentContext = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    timezoneId: 'Europe/Oslo',
  });
  const dpoContext = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    timezoneId: 'Europe/Oslo',
  });
  const agentPage = await agentContext.newPage();
  const dpoPage = await dpoContext.newPage();
  const agentDesk = await openDeskWindow(agentPage);
  const dpoDesk = await openDeskWindow(dpoPage, {
    office: { url: office.server.url, fingerprint: office.server.fingerprint },
  });
  try {
    // The DPO's desk was set up before and opens on the inquiry list.
    await dpoPage.goto(process.env.PRIVACY_DESK_E2E_URL ?? '');
    await signIn(dpoPage, 'dina');
    await dpoPage
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Inquiries', exact: true })
      .click();
    await expect(dpoPage.getByText('Asked to stop all marketing calls')).toHaveCount(0);

    // The agent's desk is new: it is connected by keyboard, after comparing the fingerprint.
    await agentPage.goto(process.env.PRIVACY_DESK_E2E_URL ?? '');
    await agentPage.getByRole('radio', { name: /Connect to the office server/ }).check();
    await agentPage.getByLabel('Server address').fill('nonsense address with spaces');
    await agentPage.getByLabel('Server address').press('Enter');
    await expect(agentPage.getByRole('alert')).toContainText('No Privacy Desk server answers');
    await agentPage.getByLabel('Server address').fill(office.server.url);
    await agentPage.getByLabel('Server address').press('Enter');
    await expect(agentPage.getByTestId('fingerprint')).toHaveText(office.server.fingerprint!);
    await shoot(agentPage, 'desk-fingerprint');
    await agentPage.getByRole('button', { name: 'The fingerprint matches: connect' }).click();
    await signIn(agentPage, 'ola');
    expect(JSON.parse(fs.readFileSync(path.join(agentDesk.userData, 'desk.json'), 'utf8'))).toEqual({
      mode: 'office',
      url: office.server.url,
      fingerprint: office.server.fingerprint,
    });

    await agentPage.keyboard.press('Control+n');
    await expect(agentPage.getByRole('heading', { name: 'Quick log' })).toBeVisible();
    await agentPage.getByLabel('Name', { exact: true }).fill('Per Olsen');
    await agentPage.getByLabel('Phone', { exact: true }).fill('41234567');
    await agentPage.getByLabel('Summary').fill('Asked to stop all marketing calls');
    await agentPage.getByLabel('Summary').press('Enter');
    await expect(agentPage.getByText('INQ-000001 logged.')).toBeVisible();

    // Without a reload, the DPO's list shows it: the server told the other desk that inquiries changed.
    await expect(dpoPage.getByText('Asked to stop all marketing calls')).toBeVisible({ timeout: 10_000 });
    await shoot(dpoPage, 'second-desk-refreshed');
  } finally {
    await agentDesk.close();
    await dpoDesk.close();
    await agentContext.close();
    await dpoContext.close();
    await office.close();
  }
});
