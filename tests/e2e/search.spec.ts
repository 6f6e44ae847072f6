import type { Page } from '@playwright/test';
import { systemActor } from '../../src/main/core/context';
import { seedDemo } from '../../src/main/core/demo/seed';
import { expect, password, test, type Office } from './support/fixtures';

/** What a person types, as fast as a person types it. */
const keyDelayMs = 30;

/** The search the address holds now (the list's request is built from it). */
function addressSearch(page: Page): string | null {
  const query = page.url().split('?')[1] ?? '';
  return new URLSearchParams(query).get('q');
}

/**
 * Types `text` into a list's search box in two bursts at 30 ms a key, with a pause between them long
 * enough for the list to ask the core (so the address and the grid change while the second burst is
 * typed), then checks that the box kept every letter, that the address (and so the request) has the
 * whole text, and that the grid shows a record that matches it.
 */
async function typeSearch(page: Page, label: string | RegExp, grid: string, text: string): Promise<void> {
  const box = page.getByRole('searchbox', { name: label });
  await box.click();
  const split = Math.max(1, Math.floor(text.length / 3));
  await box.pressSequentially(text.slice(0, split), { delay: keyDelayMs });
  await expect.poll(() => addressSearch(page)).toBe(text.slice(0, split));
  await box.pressSequentially(text.slice(split), { delay: keyDelayMs });
  await expect(box).toHaveValue(text);
  await expect.poll(() => addressSearch(page)).toBe(text);
  await expect(box).toHaveValue(text);
  await expect(page.getByRole('grid', { name: grid }).getByRole('row').nth(1)).toContainText(text, {
    ignoreCase: true,
  });
  // The whole text again after the list answered: nothing was written back under the fingers.
  await expect(box).toHaveValue(text);
}

/** A value of the first row of `table` (that matches `where`), as the search should find it. */
async function firstValue(
  office: Office,
  table: string,
  column: string,
  where: Record<string, null> = {},
): Promise<string> {
  const row = (await office.core
    .db(table)
    .where(where)
    .whereNotNull(column)
    .whereRaw(`length(${column}) > 8`)
    .orderBy('id')
    .first(column)) as Record<string, string> | undefined;
  if (!row?.[column]) throw new Error(`The demo office has no ${table}.${column}.`);
  return row[column];
}

test('every search box keeps every letter typed at 30 ms a key, the list asks for the whole text, and a narrow list hides columns the chooser brings back', async ({
  page,
  office,
}) => {
  test.setTimeout(240_000);
  office.clock.set('2026-03-02T08:00:00.000Z');
  await seedDemo(
    office.core,
    { seed: 5, password, inquiries: 120, cases: 60, agreements: 12, breaches: 8 },
    systemActor('e2e'),
    () => {},
  );
  const caller = await firstValue(office, 'inquiries', 'person_name');
  const caseNumber = await firstValue(office, 'cases', 'number', { closed_at: null });
  const breachTitle = await firstValue(office, 'breaches', 'title', { closed_at: null });
  const agreementTitle = await firstValue(office, 'agreements', 'title');
  const organisation = await firstValue(office, 'organisations', 'name');
  const activity = await firstValue(office, 'processing_activities', 'name');

  await office.signIn('dpo');
  await office.nav('Inquiries').click();
  await typeSearch(page, 'Search', 'Inquiries', caller);

  await office.nav('Cases').click();
  await typeSearch(page, 'Search number, name, e-mail, phone', 'Cases', caseNumber);

  await office.nav('Breaches').click();
  await typeSearch(page, 'Search number or title', 'Breaches', breachTitle);

  await office.nav('Processing agreements').click();
  await typeSearch(page, 'Search title, reference, organisation', 'Agreements', agreementTitle);

  await office.nav('Customers and suppliers').click();
  await typeSearch(page, 'Search name, number, country or services', 'Customers and suppliers', organisation);

  await office.nav('Processing activities').click();
  await typeSearch(page, 'Search name, purpose or customer', 'Processing activities', activity);

  // Back brings the earlier search into the box (it no longer has the focus).
  await page.goBack();
  await expect(page.getByRole('searchbox', { name: 'Search name, number, country or services' })).toHaveValue(
    organisation,
  );

  // At 1280×720 the cases list gives up its least needed columns, and the chooser brings one back.
  await office.nav('Cases').click();
  await page.setViewportSize({ width: 1280, height: 720 });
  const cases = page.getByRole('grid', { name: 'Cases' });
  await expect(page.getByRole('button', { name: 'Columns (3 hidden)' })).toBeVisible();
  await expect(cases.getByRole('columnheader', { name: 'Request' })).toHaveCount(0);
  await expect(cases.getByRole('columnheader', { name: 'Handler' })).toBeVisible();
  await page.getByRole('button', { name: 'Columns (3 hidden)' }).click();
  await page.getByRole('checkbox', { name: 'Request' }).check();
  await page.keyboard.press('Escape');
  await expect(cases.getByRole('columnheader', { name: 'Request' })).toBeVisible();
  await page.reload();
  await expect(
    page.getByRole('grid', { name: 'Cases' }).getByRole('columnheader', { name: 'Request' }),
  ).toBeVisible();
});
