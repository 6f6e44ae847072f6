import type { Page } from '@playwright/test';
import { runAsSystem } from '../../src/main/core/core';
import { createOrganisation } from '../../src/main/core/organisations/service';
import { appUrl, expect, test, type Office } from './support/fixtures';

/** A full-page screenshot from the top, without the notices that would hide what is behind them. */
async function shot(page: Page, office: Office, name: string): Promise<void> {
  const notices = page.locator('.MuiSnackbar-root');
  for (let round = 0; round < 3 && (await notices.count()) > 0; round++) {
    await notices
      .getByRole('button', { name: /^(Close|Lukk)$/ })
      .first()
      .click();
    await expect(notices).toHaveCount(0);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await office.screenshot(name);
}

async function signOut(page: Page, displayName: string): Promise<void> {
  await page.getByRole('button', { name: `Account of ${displayName}` }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
}

// Each test walks a whole breach through several screens; on a busy build machine that takes a while.
test.describe.configure({ timeout: 150_000 });

/** Moves the office's clock, as time passing while the DPO works (the session is kept active). */
function moveTo(office: Office, at: string): void {
  office.clock.set(at);
  office.session.lastActivityMs = new Date(at).getTime();
}

test('an agent reports a breach from a call; the DPO assesses it as a risk and notifies Datatilsynet in two phases, in time', async ({
  page,
  office,
}) => {
  // Thursday 12 March 2026, 14:30 in Oslo. The browser's timers are faked so the minute ticks can be run.
  await page.clock.install({ time: new Date('2026-03-12T13:30:00.000Z') });
  moveTo(office, '2026-03-12T13:30:00.000Z');
  await office.addUser('ola', ['agent'], 'Ola Hansen');
  await office.addUser('dina', ['dpo'], 'Dina Berg');
  await office.signIn('ola');

  await office.nav('Quick log').click();
  await page.getByLabel('Received at').fill('12.03.2026 14:05');
  await page.getByLabel('Name', { exact: true }).fill('Kari Nordmann');
  await page.getByLabel('Phone', { exact: true }).fill('91234567');
  await page.getByLabel('Category').selectOption('possible-breach');
  await page.getByLabel('Summary').fill('Received a letter meant for another customer');
  await page
    .getByLabel('Notes')
    .fill('The letter showed another customer’s name, address and the amount owed.');
  await page.getByLabel('Summary').press('Enter');
  await page
    .getByRole('status')
    .getByRole('button', { name: /^Open INQ-/ })
    .click();

  await expect(page.getByText('A possible personal data breach: report it')).toBeVisible();
  await page.getByRole('button', { name: 'Report breach' }).click();
  const report = page.getByRole('dialog', { name: /Report a possible breach from INQ-/ });
  await expect(report.getByLabel('We became aware')).toHaveValue('12.03.2026 14:05');
  await expect(report.getByText('Why the time matters')).toBeVisible();
  await shot(page, office, 'report-dialog');
  await report.getByRole('button', { name: 'Report breach' }).click();
  await expect(
    page.getByText('Breach BR-2026-0001 was reported to the data protection officer'),
  ).toBeVisible();
  const reported = page.getByLabel('Personal data breaches');
  await expect(reported).toHaveText(
    'Breach BR-2026-0001: reported, awaiting assessment (reported from this inquiry)',
  );
  // The agent sees the number and the state, nothing more: no link, no register.
  await expect(reported.getByRole('link')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Report breach' })).toHaveCount(0);
  await expect(office.nav('Breaches')).toHaveCount(0);
  await shot(page, office, 'inquiry-with-breach');
  await page.goto(appUrl('/breaches/1'));
  await expect(page.getByRole('heading', { name: 'No access to Breaches' })).toBeVisible();
  await page.goto(appUrl('/'));
  await signOut(page, 'Ola Hansen');

  await office.signIn('dina');
  await office.nav('Breaches').click();
  await expect(page.getByRole('heading', { name: 'Personal data breaches' })).toBeVisible();
  const row = page.getByRole('row', { name: /BR-2026-0001/ });
  await expect(row).toContainText('Received a letter meant for another customer');
  await expect(row).toContainText('Not assessed');
  await expect(row).toContainText('71 h 35 min left');
  await expect(page.getByRole('button', { name: /^Awaiting assessment\s*1$/ })).toBeVisible();
  await shot(page, office, 'list');
  await row.click();

  await expect(
    page.getByRole('heading', { name: 'Received a letter meant for another customer' }),
  ).toBeVisible();
  const clock = page.getByTestId('clock-authority');
  await expect(clock.getByTestId('clock-state')).toHaveText('71 h 35 min left');
  await expect(clock.getByTestId('clock-explanation')).toHaveText('aware 12.03 14:05 + 72 h = 15.03 14:05');
  await expect(page.getByText('Awaiting the data protection officer’s assessment')).toBeVisible();
  await expect(page.getByLabel('Linked inquiries')).toHaveCount(0);
  await shot(page, office, 'view-reported');

  // The countdown moves on by itself: an hour passes in the office, the next minute tick shows it.
  moveTo(office, '2026-03-12T14:30:00.000Z');
  await page.clock.fastForward('00:31');
  await expect(clock.getByTestId('clock-state')).toHaveText('70 h 35 min left');

  await page.getByRole('tab', { name: 'Assessment' }).click();
  await page.getByRole('button', { name: 'Assess the risk' }).click();
  const assess = page.getByRole('dialog', { name: 'Assess breach BR-2026-0001' });
  await assess.getByRole('button', { name: 'Save assessment' }).click();
  await expect(assess.getByText('Choose the risk')).toBeVisible();
  await assess.getByRole('radio', { name: /^Risk to people/ }).check();
  await assess.getByRole('button', { name: 'Save assessment' }).click();
  await expect(assess.getByText('The reasons for the assessment is required')).toBeVisible();
  await assess
    .getByLabel('Reasons for the assessment')
    .fill('Name, address and an amount owed reached a stranger: embarrassment, some risk of fraud.');
  await assess.getByRole('button', { name: 'Save assessment' }).click();
  await expect(page.getByText('Breach BR-2026-0001 was assessed: risk to people.')).toBeVisible();
  await expect(page.getByText('Notify Datatilsynet within 72 hours of becoming aware.')).toBeVisible();

  // The next morning: the initial notification, with what is known so far.
  moveTo(office, '2026-03-13T09:10:00.000Z');
  await page.clock.fastForward('00:31');
  await expect(clock.getByTestId('clock-state')).toHaveText('51 h 55 min left');
  await page.getByRole('tab', { name: 'Datatilsynet' }).click();
  await page.getByRole('button', { name: 'Record the notification' }).first().click();
  const notify = page.getByRole('dialog', { name: 'Notify Datatilsynet of BR-2026-0001' });
  await expect(notify.getByRole('radio', { name: 'Initial (more to follow)' })).toBeChecked();
  await notify.getByRole('textbox', { name: 'Sent', exact: true }).fill('13.03.2026 10:00');
  await notify.getByLabel('Datatilsynet’s reference').fill('26/01234');
  await notify
    .getByLabel('What was notified')
    .fill('One letter to the wrong address; we are checking whether more letters were affected.');
  await shot(page, office, 'notification-dialog');
  await notify.getByRole('button', { name: 'Record notification' }).click();
  await expect(page.getByText('The initial notification to Datatilsynet was recorded.')).toBeVisible();
  await expect(clock.getByTestId('clock-state')).toHaveText('Notified in time');
  await expect(clock).toContainText('Notified 13.03.2026 10:00');

  // Days later, after the 72 hours: the final phase.
  moveTo(office, '2026-03-17T09:00:00.000Z');
  await page.getByRole('button', { name: 'Record the next phase' }).click();
  const final = page.getByRole('dialog', { name: 'Notify Datatilsynet of BR-2026-0001' });
  await final.getByRole('radio', { name: 'Final (complete)' }).check();
  await final.getByRole('textbox', { name: 'Sent', exact: true }).fill('17.03.2026 09:30');
  await final
    .getByLabel('What was notified')
    .fill('Only this letter was affected; the print file is corrected.');
  await expect(final.getByText('after the 72 hours ended')).toHaveCount(0);
  await final.getByRole('button', { name: 'Record notification' }).click();
  await expect(page.getByText('The final notification to Datatilsynet was recorded.')).toBeVisible();
  const table = page.getByRole('table', { name: 'Notifications to Datatilsynet' });
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table).toContainText('Initial (more to follow)');
  await expect(table).toContainText('Final (complete)');
  await expect(clock.getByTestId('clock-state')).toHaveText('Notified in time');
  await shot(page, office, 'notifications');

  await page.getByRole('tab', { name: 'Inquiries (1)' }).click();
  await expect(page.getByLabel('Linked inquiries')).toContainText(
    'Received a letter meant for another customer',
  );
  // Closing needs the record of Art. 33(5): what happened, its effects and the measures taken.
  await page.getByRole('button', { name: 'Close breach' }).click();
  let close = page.getByRole('dialog', { name: 'Close breach BR-2026-0001' });
  await expect(close.getByLabel('Obligations')).toContainText(
    'The record of Art. 33(5) is complete: what happened, its effects and the measures taken — not yet',
  );
  await expect(close.getByRole('button', { name: 'Close breach' })).toBeDisabled();
  await close.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Edit' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit breach BR-2026-0001' });
  await edit
    .getByLabel('Likely consequences')
    .fill('The other customer learnt her name, address and the amount she owed.');
  await edit
    .getByLabel('Measures taken')
    .fill('The letter was taken back; the print file that mixed the pages is corrected.');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit).toBeHidden();
  await page.getByRole('button', { name: 'Close breach' }).click();
  close = page.getByRole('dialog', { name: 'Close breach BR-2026-0001' });
  await expect(close.getByLabel('Obligations')).not.toContainText('not yet');
  await close.getByRole('button', { name: 'Close breach' }).click();
  await expect(page.getByText('Breach BR-2026-0001 was closed.')).toBeVisible();
  await expect(page.getByText('Closed', { exact: true })).toBeVisible();
  await page.getByRole('tab', { name: 'History' }).click();
  await expect(page.getByLabel('Timeline')).toContainText('Reported from inquiry INQ-');
  await shot(page, office, 'history');
});

test('a processor breach runs one clock per customer from its agreement, and overdue clocks stand out', async ({
  page,
  office,
}) => {
  moveTo(office, '2026-03-12T13:30:00.000Z');
  await office.addUser('dina', ['dpo'], 'Dina Berg');
  const fjord = await runAsSystem(office.core, 'e2e', async (ctx) => {
    const created = await createOrganisation(ctx, {
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
    return created.id;
  });
  await office.core.db('agreements').insert({
    reference: 'DPA-2025-014',
    title: 'Customer service for Fjord Energi',
    company_role: 'processor',
    organisation_id: fjord,
    status: 'active',
    effective_on: '2025-01-01',
    breach_notice_hours: 48,
    created_at: '2025-01-01T00:00:00.000Z',
    updated_at: '2025-01-01T00:00:00.000Z',
  });
  await office.signIn('dina');
  await office.nav('Breaches').click();
  await expect(page.getByText('No open breaches')).toBeVisible();

  await page.getByRole('button', { name: 'New breach' }).click();
  const dialog = page.getByRole('dialog', { name: 'New breach' });
  await dialog.getByLabel('We became aware').fill('');
  await dialog.getByRole('button', { name: 'Record breach' }).click();
  await expect(dialog.getByText('Required: dd.mm.yyyy hh:mm')).toBeVisible();
  await dialog.getByLabel('We became aware').fill('12.03.2026 14:05');
  await dialog.getByRole('button', { name: 'Record breach' }).click();
  await expect(dialog.getByText('Title is required')).toBeVisible();
  await expect(dialog.getByText('What happened is required')).toBeVisible();
  await dialog.getByLabel('Title').fill('Customer portal showed another company’s cases');
  await dialog
    .getByLabel('What happened')
    .fill('After an update, logged-in users of Fjord Energi and Nordlys Bank saw each other’s case lists.');
  await dialog.getByRole('radio', { name: 'Processor for one or more customers' }).check();
  await dialog.getByRole('button', { name: 'Record breach' }).click();
  await expect(dialog.getByText('Name the customer or customers whose data is affected')).toBeVisible();
  const customers = dialog.getByRole('combobox', { name: 'Customers affected' });
  await customers.fill('Fjord');
  await page.getByRole('option', { name: 'Fjord Energi AS' }).click();
  await customers.fill('Nordlys');
  await page.getByRole('option', { name: 'Nordlys Bank ASA' }).click();
  await dialog.getByRole('checkbox', { name: "Our business customers' customers" }).check();
  await dialog.getByLabel('People affected (approx.)').fill('120');
  await dialog.getByRole('checkbox', { name: 'Customer history and call notes' }).check();
  await shot(page, office, 'new-breach');
  await dialog.getByRole('button', { name: 'Record breach' }).click();
  await expect(page.getByText('Breach BR-2026-0001 was recorded.')).toBeVisible();

  const fjordClock = page.getByTestId(`clock-customer:${fjord}`);
  await expect(fjordClock).toContainText('Fjord Energi AS (our customer, the controller)');
  // The agreement promises 48 hours; without undue delay aims at 24, and the shorter applies.
  await expect(fjordClock.getByTestId('clock-state')).toHaveText('23 h 35 min left');
  await expect(fjordClock.getByTestId('clock-explanation')).toHaveText(
    'aware 12.03 14:05 + 24 h target = 13.03 14:05',
  );
  await expect(fjordClock).toContainText(
    'Agreement DPA-2025-014 promises 48 hours, but without undue delay (Art. 33(2)) our target is 24: the shorter applies.',
  );
  const nordlysClock = page.getByRole('region', { name: 'Clock: Nordlys Bank ASA' });
  await expect(nordlysClock.getByTestId('clock-explanation')).toHaveText(
    'aware 12.03 14:05 + 24 h target = 13.03 14:05',
  );
  await expect(nordlysClock).toContainText('without undue delay');
  await expect(page.getByTestId('clock-authority')).toHaveCount(0);
  await expect(page.getByText('As processor we do not notify Datatilsynet')).toBeVisible();
  await shot(page, office, 'processor-clocks');

  await fjordClock.getByRole('button', { name: 'Record that the customer was told' }).click();
  const tell = page.getByRole('dialog', { name: 'Tell Fjord Energi AS' });
  await tell.getByRole('textbox', { name: 'Told', exact: true }).fill('12.03.2026 14:25');
  await tell.getByLabel('To whom').fill('Privacy contact, personvern@fjord.example');
  await tell.getByRole('button', { name: 'Record' }).click();
  await expect(fjordClock.getByTestId('clock-state')).toHaveText('Told in time');

  // The next afternoon Nordlys is past our 24-hour target: overdue, in words and an icon, not only red.
  moveTo(office, '2026-03-13T15:10:00.000Z');
  await page.goto(appUrl('/breaches?clock=overdue'));
  const row = page.getByRole('row', { name: /BR-2026-0001/ });
  await expect(row).toContainText('Overdue by 2 h 5 min');
  await expect(row).toContainText('Nordlys Bank ASA');
  await expect(page.getByRole('button', { name: /^Overdue\s*1$/ })).toHaveAttribute('aria-pressed', 'true');
  await shot(page, office, 'list-overdue');
  await row.click();
  await page.getByRole('tab', { name: 'Customers' }).click();
  await page.getByRole('button', { name: 'Record told' }).click();
  const late = page.getByRole('dialog', { name: 'Tell Nordlys Bank ASA' });
  await late.getByRole('textbox', { name: 'Told', exact: true }).fill('13.03.2026 16:00');
  await late.getByLabel('To whom').fill('Their DPO by phone');
  await late.getByRole('button', { name: 'Record' }).click();
  await expect(late.getByText('say why')).toBeVisible();
  await late.getByLabel('Why it was late').fill('We first had to establish which customers were affected.');
  await late.getByRole('button', { name: 'Record' }).click();
  await expect(page.getByRole('table', { name: 'Customers affected' })).toContainText(
    'Late: We first had to establish which customers were affected.',
  );
  await shot(page, office, 'customers');
});

test('a DPO reading bokmål records a breach and reads its clocks in bokmål', async ({ page, office }) => {
  moveTo(office, '2026-03-12T13:05:00.000Z');
  await office.addUser('dina', ['dpo'], 'Dina Berg');
  await office.setLanguage('dina', 'nb');
  await page.setViewportSize({ width: 1280, height: 720 });
  await office.signIn('dina');
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByText('Avvik', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Brudd på personopplysningssikkerheten' })).toBeVisible();
  await expect(page.getByText('Ingen åpne avvik')).toBeVisible();
  await shot(page, office, 'list-nb');

  await page.getByRole('button', { name: 'Nytt avvik' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nytt avvik' });
  // What the form refuses, it says in bokmål.
  await dialog.getByLabel('Berørte personer (omtrent)').fill('mange');
  await dialog.getByLabel('Berørte personer (omtrent)').blur();
  await expect(dialog.getByText('Et helt tall, eller tomt')).toBeVisible();
  await dialog.getByLabel('Berørte personer (omtrent)').fill('40');
  await dialog.getByLabel('Tittel').fill('Kundeliste sendt til feil adresse');
  await dialog
    .getByLabel('Hva skjedde')
    .fill('En liste med 40 innringere ble sendt på e-post til en ekstern adresse.');
  await dialog.getByRole('checkbox', { name: 'Innringere og andre som har kontaktet oss' }).check();
  await shot(page, office, 'new-breach-nb');
  await dialog.getByRole('button', { name: 'Registrer avviket' }).click();
  await expect(page.getByRole('heading', { name: 'Kundeliste sendt til feil adresse' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Frister' })).toContainText('Vi ble kjent med det');
  await expect(page.getByRole('tab', { name: 'Vurdering' })).toBeVisible();
  await shot(page, office, 'breach-nb');
});
