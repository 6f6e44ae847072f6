import { expect, test } from './support/fixtures';

test.describe('languages', () => {
  test('a person switches to bokmål from the account menu, at once, and keeps it at the next sign-in', async ({
    page,
    office,
  }) => {
    await office.addUser('kari', ['dpo'], 'Kari Nordmann');
    await office.signIn('kari');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await page.getByRole('button', { name: 'Account of Kari Nordmann' }).click();
    await page.getByRole('menuitem', { name: 'Norsk bokmål' }).click();
    const navigation = page.getByRole('navigation', { name: 'Hovedmeny' });
    await expect(navigation).toBeVisible();
    await expect(navigation.getByText('Arbeid', { exact: true })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
    await office.screenshot('account-menu-nb');

    await page.getByRole('button', { name: 'Kontoen til Kari Nordmann' }).click();
    await page.getByRole('menuitem', { name: 'Logg ut' }).click();
    // The desk remembers the last choice for its sign-in page; the account keeps its own.
    await expect(page.getByRole('button', { name: /Språk: Norsk bokmål/ })).toBeVisible();
    await page.getByRole('button', { name: /Språk/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await expect(page.getByRole('button', { name: /Language: English/ })).toBeVisible();
    await page.getByLabel('User name').fill('kari');
    await page.getByLabel('Password', { exact: true }).fill('correct horse battery');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('navigation', { name: 'Hovedmeny' })).toBeVisible();
  });

  test('the keyboard reaches the language menu on the sign-in page', async ({ page, office }) => {
    await office.addUser('ola', ['agent'], 'Ola Nordmann');
    await page.goto(process.env.PRIVACY_DESK_E2E_URL ?? '');
    const button = page.getByRole('button', { name: /Language: English/ });
    await button.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: 'Norsk bokmål' }).press('Enter');
    await expect(page.getByRole('button', { name: /Språk: Norsk bokmål/ })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  });
});
