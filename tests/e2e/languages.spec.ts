import { appUrl, expect, type Office, password, test } from './support/fixtures';

/** Ola Hansen's access request by e-mail, received on `receivedDate`, opened by the DPO kari in her own session. */
async function accessRequestOfOla(office: Office, receivedDate: string) {
  const session = office.core.newSession();
  expect((await office.core.dispatch('auth.signIn', { username: 'kari', password }, session)).ok).toBe(true);
  const created = await office.core.dispatch(
    'cases.create',
    {
      personName: 'Ola Hansen',
      personEmail: 'ola@example.no',
      types: ['access'],
      channel: 'email',
      capacity: 'controller',
      receivedDate,
    },
    session,
  );
  if (!created.ok) throw new Error(created.error.message);
  return { id: (created.data as { id: number }).id, session };
}

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

  test('the core’s own sentences change language at once: a deadline moved past Christmas, on the case and the dashboard', async ({
    page,
    office,
  }) => {
    office.clock.set('2026-12-22T09:00:00.000Z');
    await office.addUser('kari', ['dpo'], 'Kari Nordmann');
    const { id } = await accessRequestOfOla(office, '2026-11-25');
    await office.signIn('kari');
    await page.goto(appUrl(`/cases/${id}`));
    await expect(
      page.getByText(
        "25 Nov + 1 month = 25 Dec, Christmas Day -> Mon 28 Dec (St Stephen's Day also skipped)",
      ),
    ).toBeVisible();

    await page.getByRole('button', { name: 'Account of Kari Nordmann' }).click();
    await page.getByRole('menuitem', { name: 'Norsk bokmål' }).click();
    await expect(
      page.getByText(
        '25.11.2026 + 1 måned = 25.12.2026, 1. juledag -> man. 28.12.2026 (2. juledag også hoppet over)',
      ),
    ).toBeVisible();
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link').first().click();
    await page.getByRole('tab', { name: /^Frist innen 7 dager/ }).click();
    await expect(
      page.getByText(/^Innsyn · 6 dager igjen \(man\. 28\.12\.2026\) · ingen saksbehandler$/),
    ).toBeVisible();
    await office.screenshot('core-texts-nb');
  });

  test('a bokmål DPO reads a case’s built-in tasks in bokmål, and a task someone added as written', async ({
    page,
    office,
  }) => {
    office.clock.set('2026-03-02T09:00:00.000Z');
    await office.addUser('kari', ['dpo'], 'Kari Nordmann');
    await office.setLanguage('kari', 'nb');
    const { id, session } = await accessRequestOfOla(office, '2026-03-02');
    expect((await office.core.dispatch('cases.addTask', { id, label: 'Ring Ola tilbake' }, session)).ok).toBe(
      true,
    );
    await office.signIn('kari');
    await page.goto(appUrl(`/cases/${id}`));
    await page.getByRole('tab', { name: /^Oppgaver/ }).click();
    await expect(page.getByText('Søk i alle systemer etter opplysninger om personen')).toBeVisible();
    await expect(
      page.getByText(
        'CRM, telefoni og samtaleopptak, e-post, saksbehandlingssystemet, henvendelsesloggen, fakturering og sikkerhetskopier.',
      ),
    ).toBeVisible();
    await expect(
      page.getByRole('checkbox', { name: 'Oppgi retten til å klage til Datatilsynet' }),
    ).toBeVisible();
    await expect(page.getByText('Ring Ola tilbake')).toBeVisible();
    await expect(page.getByText('Search every system for data about the person')).toHaveCount(0);
    await office.screenshot('case-tasks-nb');

    const complaint = page.getByRole('checkbox', { name: 'Oppgi retten til å klage til Datatilsynet' });
    await complaint.click();
    await expect(complaint).toBeChecked();
    await page.getByRole('tab', { name: /^Tidslinje/ }).click();
    await expect(page.getByText('Oppgave utført: Oppgi retten til å klage til Datatilsynet')).toBeVisible();
  });
});
