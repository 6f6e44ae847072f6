import fs from 'node:fs';
import path from 'node:path';
import { appUrl, expect, test } from './support/fixtures';

test('an administrator backs up now and restores the backup; the current database is kept aside', async ({
  page,
  office,
}) => {
  office.clock.set('2026-03-02T09:00:00.000Z');
  await office.addUser('kari', ['admin'], 'Kari Nordmann');
  await office.signIn('kari');
  await office.nav('Backups').click();
  await expect(page.getByRole('heading', { name: 'Backups', exact: true })).toBeVisible();
  await expect(page.getByText('No backups yet')).toBeVisible();

  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText('Backup privacy-desk-2026-03-02T09-00-00Z.sqlite3 was made.')).toBeVisible();
  const list = page.getByRole('list', { name: 'Backups' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list).toContainText('02.03.2026 10:00');
  await office.screenshot('backups-list');
  await page.setViewportSize({ width: 1280, height: 720 });
  await office.screenshot('backups-list-1280');
  await page.setViewportSize({ width: 1440, height: 900 });

  // Someone is added after the backup: the restore goes back to before them.
  await office.addUser('later', ['agent'], 'Added Later');
  office.clock.set('2026-03-02T09:05:00.000Z');
  await list.getByRole('button', { name: /^Restore the backup of/ }).click();
  const confirm = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(confirm).toContainText('The current database is kept aside');
  await office.screenshot('backups-restore-confirm');
  await confirm.getByRole('button', { name: 'Restore' }).click();

  // Everyone signs in again, on the restored database.
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  expect(fs.existsSync(`${office.dbFile}.before-restore-2026-03-02T09-05-00Z`)).toBe(true);
  await office.signIn('kari');
  await page.goto(appUrl('/admin/users'));
  await expect(page.getByRole('heading', { name: 'Users', exact: true })).toBeVisible();
  await expect(page.getByText('Kari Nordmann').first()).toBeVisible();
  await expect(page.getByText('Added Later')).toHaveCount(0);
  const restoreEntry = await office.core
    .db('audit_log')
    .join('audit_payloads', 'audit_payloads.entry_id', 'audit_log.id')
    .where({ action: 'restore', channel: 'backups.restore' })
    .first('audit_payloads.after_json');
  expect(JSON.parse(restoreEntry.after_json)).toEqual({
    backup: 'privacy-desk-2026-03-02T09-00-00Z.sqlite3',
    keptAs: `${path.basename(office.dbFile)}.before-restore-2026-03-02T09-05-00Z`,
  });
});
