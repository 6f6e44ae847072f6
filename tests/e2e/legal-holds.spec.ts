import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { appUrl, expect, password, test } from './support/fixtures';

/** WCAG 2.1 AA as the screen tour checks it: serious and critical findings fail. */
async function expectAxeClean(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const findings = result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  expect(findings).toEqual([]);
}

const reason = 'Complaint to Datatilsynet pending (ref. 26/01234)';

test('the DPO places a legal hold on a case by keyboard, sees it after a reload and lifts it', async ({
  page,
  office,
}) => {
  office.clock.set('2026-03-02T09:00:00.000Z');
  await office.addUser('dina', ['dpo'], 'Dina Berg');
  await office.signIn('dina');
  const created = await office.core.dispatch(
    'cases.create',
    {
      personName: 'Kari Nordmann',
      personEmail: 'kari@example.no',
      types: ['access'],
      channel: 'email',
      capacity: 'controller',
      receivedDate: '2026-03-02',
    },
    office.session,
  );
  if (!created.ok) throw new Error(created.error.message);
  const { id } = created.data as { id: number };
  await page.goto(appUrl(`/cases/${id}`));

  const place = page.getByRole('button', { name: 'Place legal hold…' });
  await place.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Place a legal hold' });
  const reasonField = dialog.getByRole('textbox', { name: 'Reason' });
  await expect(reasonField).toBeFocused();
  await expectAxeClean(page);
  // No reason, no hold: Tab past Cancel to the submit button.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Place hold' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog.getByText('The reason for the legal hold is required')).toBeVisible();
  await expect(reasonField).toBeFocused();
  expect(await office.core.db('legal_holds').count({ n: '*' }).first()).toEqual({ n: 0 });

  await page.keyboard.type(reason);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText('Legal hold placed')).toBeVisible();

  const hold = page.getByRole('region', { name: 'Legal hold', exact: true });
  const shown = async () => {
    await expect(hold.getByText('Under legal hold since 02.03.2026')).toBeVisible();
    await expect(hold.getByText(reason)).toBeVisible();
    await expect(hold.getByText('Placed by Dina Berg, 02.03.2026 10:00')).toBeVisible();
    await expect(place).toHaveCount(0);
  };
  await shown();
  await expectAxeClean(page);
  await office.screenshot('case-under-hold');

  await page.reload();
  await shown();

  // Lifting asks first; Cancel keeps the hold.
  await hold.getByRole('button', { name: 'Lift…' }).focus();
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('dialog', { name: 'Lift the legal hold' });
  await expect(confirm).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(confirm).toHaveCount(0);
  await expect(hold.getByText('Under legal hold since 02.03.2026')).toBeVisible();

  // Two days on, the DPO still at work (the session kept active).
  office.clock.set('2026-03-04T13:00:00.000Z');
  office.session.lastActivityMs = new Date('2026-03-04T13:00:00.000Z').getTime();
  await hold.getByRole('button', { name: 'Lift…' }).click();
  await expect(confirm.getByRole('button', { name: 'Lift hold' })).toBeFocused();
  await expectAxeClean(page);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Legal hold lifted')).toBeVisible();
  await expect(hold.getByText(/Under legal hold/)).toHaveCount(0);
  expect(await office.core.db('legal_holds').whereNull('lifted_at').count({ n: '*' }).first()).toEqual({
    n: 0,
  });

  // The lifted hold is in the history, shown where a new one is placed.
  await place.click();
  const earlier = dialog.getByRole('list', { name: 'Earlier hold' });
  await expect(earlier).toContainText(`02.03.2026 to 04.03.2026: ${reason}`);
  await expect(earlier).toContainText('Placed by Dina Berg, lifted by Dina Berg');
  await expectAxeClean(page);
  await office.screenshot('place-hold-dialog');
});

test('an agent does not see the legal hold on an inquiry, which the DPO does', async ({ page, office }) => {
  office.clock.set('2026-03-02T09:00:00.000Z');
  await office.addUser('ola', ['agent'], 'Ola Nordmann');
  await office.addUser('dina', ['dpo'], 'Dina Berg');
  const dpo = office.core.newSession();
  await office.core.dispatch('auth.signIn', { username: 'dina', password }, dpo);
  await office.signIn('ola');
  const logged = await office.core.dispatch(
    'inquiries.create',
    {
      channel: 'phone',
      receivedAt: '2026-03-02T08:30:00.000Z',
      onBehalfOfId: null,
      personName: 'Kari Nordmann',
      personPhone: '+47 912 34 567',
      category: 'general',
      summary: 'Asked about the invoice',
    },
    office.session,
  );
  if (!logged.ok) throw new Error(logged.error.message);
  const { id } = logged.data as { id: number };
  const placed = await office.core.dispatch(
    'legalHolds.place',
    { recordType: 'inquiry', recordId: id, reason },
    dpo,
  );
  expect(placed.ok).toBe(true);

  await page.goto(appUrl(`/inquiries/${id}`));
  await expect(page.getByRole('heading', { name: 'Asked about the invoice' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Legal hold', exact: true })).toHaveCount(0);
  await expect(page.getByText(/^Under legal hold since/)).toHaveCount(0);
  await expect(page.getByRole('button', { name: /legal hold|Lift/ })).toHaveCount(0);

  await page.getByRole('button', { name: 'Account of Ola Nordmann' }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await office.signIn('dina');
  await page.goto(appUrl(`/inquiries/${id}`));
  await expect(
    page
      .getByRole('region', { name: 'Legal hold', exact: true })
      .getByText('Under legal hold since 02.03.2026'),
  ).toBeVisible();
});
