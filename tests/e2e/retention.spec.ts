import { expect, password, test } from './support/fixtures';

test('the DPO previews the retention purge, runs it, and sees the purge log', async ({ page, office }) => {
  office.clock.set('2025-01-06T09:00:00.000Z');
  await office.addUser('ola', ['agent'], 'Ola Nordmann');
  await office.addUser('dina', ['dpo'], 'Dina Berg');
  // Ola logs three calls that day and closes two of them.
  const agent = office.core.newSession();
  await office.core.dispatch('auth.signIn', { username: 'ola', password }, agent);
  const ids: number[] = [];
  for (const name of ['Kari Nordmann', 'Per Berg', 'Siri Dahl']) {
    const logged = await office.core.dispatch(
      'inquiries.create',
      {
        channel: 'phone',
        receivedAt: '2025-01-06T08:30:00.000Z',
        onBehalfOfId: null,
        personName: name,
        personPhone: '912 34 567',
        category: 'general',
        summary: `Asked about the invoice (${name})`,
      },
      agent,
    );
    if (!logged.ok) throw new Error(logged.error.message);
    ids.push((logged.data as { id: number }).id);
  }
  for (const id of ids.slice(0, 2))
    await office.core.dispatch('inquiries.close', { id, outcome: 'Answered' }, agent);

  // Thirteen months later.
  office.clock.set('2026-02-09T09:00:00.000Z');
  await office.signIn('dina');
  await office.nav('Retention').click();
  await expect(page.getByRole('heading', { name: 'Retention', exact: true })).toBeVisible();
  const inquiries = page.getByRole('region', { name: 'Inquiries' });
  await expect(inquiries.getByLabel('Inquiries due')).toHaveText('2 to remove');
  await expect(inquiries).toContainText('Closed more than 12 months ago (before 09.02.2025), or deleted');
  await expect(inquiries).toContainText('INQ-000001, closed 06.01.2025');
  await expect(page.getByText('No purge has run yet.')).toBeVisible();
  await office.screenshot('retention-preview');
  await page.setViewportSize({ width: 1280, height: 720 });
  await office.screenshot('retention-preview-1280');
  await page.setViewportSize({ width: 1440, height: 900 });

  await page.getByRole('button', { name: 'Purge now' }).click();
  const confirm = page.getByRole('dialog', { name: 'Purge now?' });
  await expect(confirm).toContainText('2 records go for good');
  await confirm.getByRole('button', { name: 'Purge' }).click();
  await expect(page.getByText('The purge ran; the purge log shows what went.')).toBeVisible();
  await expect(inquiries.getByLabel('Inquiries due')).toHaveText('0 to remove');
  const log = page.getByRole('table', { name: 'Purge log' });
  await expect(log.getByRole('row')).toHaveCount(2);
  await expect(log.getByRole('row').nth(1)).toContainText('By dina');
  await expect(log.getByRole('row').nth(1)).toContainText('Done');
  await expect(page.getByRole('button', { name: 'Purge now' })).toBeDisabled();
  await office.screenshot('retention-purged');

  // The open inquiry is still there; the closed ones are gone.
  expect((await office.core.db('inquiries').pluck('id')).map(Number)).toEqual([ids[2]]);
});
