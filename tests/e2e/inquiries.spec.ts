import type { Page } from '@playwright/test';
import { runAsSystem } from '../../src/main/core/core';
import { createOrganisation } from '../../src/main/core/organisations/service';
import { expect, test, type Office } from './support/fixtures';

async function shot(page: Page, office: Office, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await office.screenshot(name);
}

async function signOut(page: Page, displayName: string): Promise<void> {
  await page.getByRole('button', { name: `Account of ${displayName}` }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
}

test('an agent logs a call with the keyboard alone, finds, edits and closes it; a colleague cannot see it, the DPO can', async ({
  page,
  office,
}) => {
  office.clock.set('2026-03-04T09:00:00.000Z');
  await office.addUser('ola', ['agent'], 'Ola Hansen');
  await office.addUser('fatima', ['agent'], 'Fatima Khan');
  await office.addUser('dina', ['dpo'], 'Dina Berg');
  await runAsSystem(office.core, 'e2e', async (ctx) => {
    await createOrganisation(ctx, {
      name: 'Fjord Energi AS',
      orgNumber: '928179575',
      country: 'NO',
      isCustomer: true,
      isSupplier: false,
    });
    await createOrganisation(ctx, {
      name: 'Nordlys Bank ASA',
      orgNumber: '914778271',
      country: 'NO',
      isCustomer: true,
      isSupplier: false,
    });
  });
  // The page's clock stands at the office's time (its timers still run): the call timer shows the
  // time the test lets pass, not how fast this machine types.
  const callStart = new Date('2026-03-04T09:00:00.000Z');
  await page.clock.setFixedTime(callStart);
  await office.signIn('ola');

  // Ctrl+N from anywhere opens the quick log with the first field focused.
  await page.keyboard.press('Control+n');
  await expect(page.getByRole('heading', { name: 'Quick log' })).toBeVisible();
  await expect(page.getByLabel('Channel')).toBeFocused();
  await expect(page.getByText('Call 00:00')).toBeVisible();

  const keyboard = page.keyboard;
  await keyboard.press('Tab'); // direction: incoming
  await keyboard.press('Tab'); // received at: now
  await keyboard.press('Tab');
  await expect(page.getByLabel('On behalf of')).toBeFocused();
  await keyboard.type('Nordlys');
  await keyboard.press('Enter');
  await keyboard.press('Tab');
  await keyboard.type('Kari Nordmann');
  await keyboard.press('Tab');
  await keyboard.type('+47 912 34 567');
  await keyboard.press('Tab');
  await keyboard.press('Tab'); // no e-mail
  await keyboard.type('K-4711');
  await keyboard.press('Tab');
  await expect(page.getByLabel('Category')).toBeFocused();
  await page.getByLabel('Category').selectOption('complaint'); // what a letter key does in a native select
  await keyboard.press('Tab');
  await keyboard.type('Complains about repeated sales calls');
  await keyboard.press('Tab');
  await keyboard.type('Caller got three calls about a loan offer last week. Wants them to stop.');
  // The agent took 28 seconds over the call, within the half minute a logged call should take: the
  // timer says so, and the call is saved with that length.
  await page.clock.setFixedTime(new Date(callStart.getTime() + 28_000));
  await expect(page.getByText('Call 00:28')).toBeVisible();
  await shot(page, office, 'quick-log');
  await keyboard.press('Control+Enter');
  await expect(page.getByText(/INQ-\d{6} logged\./)).toBeVisible();
  // A new form is ready at once, focused where the next call starts.
  await expect(page.getByLabel('Summary')).toHaveValue('');
  await expect(page.getByLabel('Channel')).toBeFocused();

  // Found by a word of its notes.
  await office.nav('Inquiries').click();
  await page.getByRole('searchbox', { name: 'Search' }).fill('loan');
  await expect(page).toHaveURL(/q=loan/);
  const row = page.getByRole('row', { name: /Kari Nordmann/ });
  await expect(row).toContainText('Complains about repeated sales calls');
  await expect(row).toContainText('Nordlys Bank ASA');
  await page.getByRole('combobox', { name: 'Category' }).click();
  await page.getByRole('option', { name: 'Complaint' }).click();
  await expect(page).toHaveURL(/category=complaint/);
  await shot(page, office, 'inquiry-list');
  await row.click();

  await expect(page.getByRole('heading', { name: 'Complains about repeated sales calls' })).toBeVisible();
  await expect(page.getByText('0 min 28 s')).toBeVisible();
  await page.getByRole('button', { name: 'Edit' }).click();
  const edit = page.getByRole('dialog', { name: /Edit INQ-/ });
  // Dates are entered as everywhere else: dd.mm.yyyy, section by section.
  const followUp = edit.getByRole('group', { name: 'Follow up on' });
  await followUp.getByRole('spinbutton').first().click();
  await page.keyboard.type('06032026');
  await expect(followUp).toContainText(/06.*03.*2026/);
  await edit.getByLabel('Status').selectOption('awaiting-customer');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText(/INQ-\d{6} saved\./)).toBeVisible();
  // The follow-up date on the inquiry, and the history's record of it: both as dd.mm.yyyy.
  await expect(page.getByText('06.03.2026', { exact: true }).first()).toBeVisible();
  const edited = page.getByRole('region', { name: /^Edited / });
  await expect(edited).toContainText('awaiting-customer');
  await expect(edited.getByRole('cell', { name: '06.03.2026' })).toBeVisible();

  await page.getByRole('button', { name: 'Close inquiry' }).click();
  const close = page.getByRole('dialog', { name: /Close INQ-/ });
  await close.getByRole('button', { name: 'Close inquiry' }).click();
  await expect(close.getByText('Outcome is required')).toBeVisible();
  await close.getByLabel('Outcome').fill('Customer confirmed the number is blocked for marketing');
  await close.getByRole('button', { name: 'Close inquiry' }).click();
  await expect(page.getByText(/INQ-\d{6} was closed\./)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reopen' })).toBeVisible();
  const url = page.url();
  await shot(page, office, 'inquiry-detail');

  await signOut(page, 'Ola Hansen');
  await office.signIn('fatima');
  await office.nav('Inquiries').click();
  await expect(page.getByText('No inquiries yet')).toBeVisible();
  await page.goto(url);
  // A colleague's inquiry is answered like one that does not exist.
  await expect(page.getByText(/Inquiry \d+ was not found\./)).toBeVisible();

  await signOut(page, 'Fatima Khan');
  await office.signIn('dina');
  await office.nav('Inquiries').click();
  await expect(page.getByRole('row', { name: /Kari Nordmann/ })).toContainText('Closed');
});

test('a rights request warns that the clock runs; bad input is marked on the fields', async ({
  page,
  office,
}) => {
  office.clock.set('2026-03-04T09:00:00.000Z');
  await office.addUser('ola', ['agent'], 'Ola Hansen');
  await office.signIn('ola');
  await office.nav('Quick log').click();
  await page.getByLabel('Category').selectOption('rights-request');
  await expect(page.getByRole('note')).toContainText('The legal clock started');
  await expect(page.getByRole('note')).toContainText('Give out no personal data on an unverified call');
  await page.getByRole('button', { name: 'Save (Enter)' }).click();
  await expect(page.getByText('Summary is required')).toBeVisible();
  await expect(
    page.getByText('Give a phone number or an e-mail address, or say why there is none'),
  ).toBeVisible();
  await page.getByLabel('Received at').fill('05.03.2026 10:00');
  await page.getByLabel('Summary').fill('Wants a copy of everything');
  await page.getByLabel('No phone or e-mail because').fill('Will call back tomorrow');
  await page.getByLabel('Summary').press('Enter');
  await expect(page.getByText('The received time cannot be in the future')).toBeVisible();
  await shot(page, office, 'quick-log-errors');
});

test('an agent sees the caller before, saves and opens a case with the keyboard alone; the DPO finds it linked', async ({
  page,
  office,
}) => {
  office.clock.set('2026-03-04T09:00:00.000Z');
  await office.addUser('ola', ['agent'], 'Ola Hansen');
  await office.addUser('dina', ['dpo'], 'Dina Berg');
  await office.signIn('ola');
  await office.nav('Quick log').click();
  const history = page.getByRole('region', { name: 'This caller before' });
  await expect(history).toContainText('appear here as you type them');

  // An earlier call from the same number.
  await page.getByLabel('Name', { exact: true }).fill('Per Olsen');
  await page.getByLabel('Phone', { exact: true }).fill('41234567');
  await page.getByLabel('Summary').fill('Asked whether calls are recorded');
  await page.getByLabel('Summary').press('Enter');
  const saved = page.getByRole('status').filter({ hasText: /INQ-\d{6} logged\./ });
  await expect(saved).toBeVisible();

  // He calls again: the number typed brings up the earlier call beside the form.
  await page.getByLabel('Phone', { exact: true }).pressSequentially('412 34 567', { delay: 30 });
  await expect(history.getByRole('list', { name: 'Earlier inquiries' })).toContainText(
    'Asked whether calls are recorded',
  );
  await expect(history).toContainText('Same phone');
  await page.getByLabel('Name', { exact: true }).fill('Per Olsen');
  await page.getByLabel('Category').selectOption('rights-request');
  await page.getByLabel('Summary').fill('Wants to see what we hold about him');
  await shot(page, office, 'quick-log-caller-history');

  // Ctrl+Shift+Enter saves and asks at once what the person asked for; Enter with nothing ticked is refused.
  await page.getByLabel('Summary').press('Control+Shift+Enter');
  const dialog = page.getByRole('dialog', { name: /Open a case from INQ-/ });
  await expect(dialog.getByLabel(/^Information/)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog.getByText('Choose at least one request type')).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(dialog.getByLabel(/^Access/)).toBeChecked();
  await shot(page, office, 'open-case-dialog');
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  // The notice stays on the form (it has no timer) and is one Shift+Tab from the fresh form.
  const logged = page.getByRole('status').filter({ hasText: /logged; case 2026-0001 opened from it\./ });
  await expect(logged).toBeVisible();
  await page.keyboard.press('Shift+Tab');
  await expect(logged.getByRole('button', { name: 'Dismiss' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(logged.getByRole('button', { name: /^Open INQ-\d{6}$/ })).toBeFocused();
  await page.keyboard.press('Enter');
  // 4 March + 1 month = 4 April, a Saturday in Easter 2026 -> Tuesday 7 April (Easter Monday is 6 April).
  await expect(page.getByLabel('Rights-request cases')).toContainText('Case 2026-0001: open, due 07.04.2026');
  await expect(page.getByRole('button', { name: 'Open case' })).toHaveCount(0);
  await shot(page, office, 'inquiry-with-case');

  await page.getByRole('button', { name: 'Account of Ola Hansen' }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await office.signIn('dina');
  await office.nav('Cases').click();
  await page.getByRole('gridcell', { name: /Per Olsen/ }).click();
  await expect(page.getByLabel('Linked inquiries')).toContainText('Opened from INQ-');
  await expect(page.getByLabel('Linked inquiries')).toContainText('Wants to see what we hold about him');
});

test('an agent reading bokmål logs a call and reads it back in bokmål', async ({ page, office }) => {
  office.clock.set('2026-03-04T09:00:00.000Z');
  await office.addUser('ola', ['agent'], 'Ola Hansen');
  await office.setLanguage('ola', 'nb');
  await page.setViewportSize({ width: 1280, height: 720 });
  await office.signIn('ola');
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByText('Hurtiglogg').click();
  await expect(page.getByRole('heading', { name: 'Hurtiglogg' })).toBeVisible();
  await page.getByLabel('Kategori').selectOption('rights-request');
  await expect(page.getByRole('note')).toContainText('Den lovpålagte fristen begynte å løpe');
  // The form checks what the core would refuse, and marks the fields.
  await page.getByRole('button', { name: 'Lagre (Enter)' }).click();
  await expect(page.getByLabel('Ingen telefon eller e-post fordi')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Sammendrag')).toHaveAttribute('aria-invalid', 'true');
  // ... in bokmål, as the core would say it.
  await expect(
    page.getByText('Oppgi et telefonnummer eller en e-postadresse, eller skriv hvorfor det ikke finnes'),
  ).toBeVisible();
  await shot(page, office, 'quick-log-nb-checks');
  await page.getByLabel('Navn', { exact: true }).fill('Kari Nordmann');
  await page.getByLabel('Telefon', { exact: true }).fill('91234567');
  await page.getByLabel('Sammendrag').fill('Vil se hva vi har lagret om henne');
  await shot(page, office, 'quick-log-nb');
  await page.getByLabel('Sammendrag').press('Enter');
  await expect(page.getByRole('status').filter({ hasText: /INQ-\d{6} er loggført\./ })).toBeVisible();

  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByText('Henvendelser').click();
  const row = page.getByRole('row', { name: /Kari Nordmann/ });
  await expect(row).toContainText('Vårt eget selskap');
  await expect(row).toContainText('Åpen');
  await shot(page, office, 'inquiry-list-nb');
  await row.click();
  await expect(page.getByRole('heading', { name: 'Vil se hva vi har lagret om henne' })).toBeVisible();
  await expect(page.getByText('Personen', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Opprett sak' })).toBeVisible();
  await shot(page, office, 'inquiry-detail-nb');
});
