import type { Page } from '@playwright/test';
import type { Channel, ChannelInput, ChannelOutput } from '../../src/shared/contract';
import { runAsSystem } from '../../src/main/core/core';
import { createOrganisation } from '../../src/main/core/organisations/service';
import { appUrl, expect, password, test, type Office } from './support/fixtures';

/** A full-page screenshot taken from the top, at 1440×900 and again at 1280×720. */
async function shots(page: Page, office: Office, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await office.screenshot(name);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await office.screenshot(`${name}-1280`);
  await page.setViewportSize({ width: 1440, height: 900 });
}

/** Calls the core as Kari in another window, to set the scene quickly. */
async function asKari<C extends Channel>(
  office: Office,
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const session = office.core.newSession();
  await office.core.dispatch('auth.signIn', { username: 'kari', password }, session);
  const result = await office.core.dispatch(channel, input, session);
  if (!result.ok) throw new Error(result.error.message);
  return result.data as ChannelOutput<C>;
}

test('the record of processing activities (Art. 30): seeded from the privacy statement, kept by an administrator, read and exported by the DPO', async ({
  page,
  office,
}) => {
  test.slow();
  office.clock.set('2026-03-02T09:00:00.000Z');
  await office.addUser('kari', ['admin'], 'Kari Nordmann');
  await office.addUser('dina', ['dpo'], 'Dina Berg');
  await office.addUser('ola', ['agent'], 'Ola Hansen');
  const fjord = await runAsSystem(office.core, 'e2e', (ctx) =>
    createOrganisation(ctx, {
      name: 'Fjord Regnskap AS',
      orgNumber: '928179575',
      country: 'NO',
      isCustomer: true,
      isSupplier: false,
      privacyContactEmail: 'personvern@fjord.example',
    }),
  );
  const service = await asKari(office, 'agreements.create', {
    title: 'Customer service by phone for Fjord Regnskap',
    companyRole: 'processor',
    organisationId: fjord.id,
    status: 'active',
    signedOn: '2026-02-01',
    effectiveOn: '2026-02-01',
    subjectMatter: 'Customer service by phone',
    naturePurpose: 'Answering calls and e-mails from the customer’s customers on its behalf.',
    dataTypes: ['Name', 'Phone number', 'Call notes and correspondence'],
    dataSubjects: ["The customer's customers"],
    subprocessorAuthorisation: 'general',
  });

  await office.signIn('kari');
  await office.nav('Processing activities').click();
  await expect(page.getByRole('heading', { name: 'Processing activities', exact: true })).toBeVisible();
  const grid = page.getByRole('grid');
  await expect(grid.getByRole('row')).toHaveCount(8);
  await expect(grid).toContainText('Inquiries by phone and e-mail');
  await expect(grid).toContainText('Payments, invoicing and bookkeeping');
  await expect(page.getByRole('row', { name: /Recruitment/ })).toContainText('1 item to record');
  await expect(page.getByRole('row', { name: /Payments, invoicing and bookkeeping/ })).toContainText(
    'Complete',
  );
  const uncovered = page.getByRole('alert').filter({ hasText: 'without a record as processor' });
  await expect(uncovered).toContainText(`Fjord Regnskap AS: ${service.reference}`);
  await shots(page, office, 'processing-register');

  // The customer agreement gets its Art. 30(2) record, filled from the agreement.
  await uncovered.getByRole('button', { name: 'Create the record' }).click();
  await expect(
    page.getByRole('heading', { name: 'PA-008 Customer service by phone for Fjord Regnskap' }),
  ).toBeVisible();
  await expect(
    page.getByText('Answering calls and e-mails from the customer’s customers on its behalf.').first(),
  ).toBeVisible();
  await expect(page.getByText('Still to record')).toBeVisible();
  await page.getByRole('button', { name: 'Edit' }).click();
  const edit = page.getByRole('dialog', { name: /Edit PA-008/ });
  await edit
    .getByLabel('Security measures')
    .fill('Access for the customer team only; encrypted storage; access logged and reviewed monthly.');
  await shots(page, office, 'processing-edit-dialog');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('PA-008 was saved.')).toBeVisible();
  await expect(page.getByText('Still to record')).toHaveCount(0);
  await expect(page.getByText('Complete').first()).toBeVisible();
  await expect(page.getByRole('link', { name: service.reference })).toBeVisible();
  await shots(page, office, 'processing-record-processor');

  // A new processing as controller, with a transfer whose basis does not hold yet.
  await page
    .getByRole('navigation', { name: 'Breadcrumbs' })
    .getByRole('link', { name: 'Processing activities' })
    .click();
  await page.getByRole('button', { name: 'Add a processing' }).click();
  const add = page.getByRole('dialog', { name: 'Add a processing activity' });
  await add.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(add.getByText('The name of the processing is required')).toBeVisible();
  await add.getByLabel('Name of the processing').fill('Call recording for quality');
  await add.getByLabel('Purposes').fill('To document agreements made by phone and to train new staff.');
  await add.getByRole('checkbox', { name: 'Legitimate interests (Art. 6(1)(f))' }).check();
  const people = add.getByRole('combobox', { name: 'Categories of people' });
  await people.fill('Callers');
  await people.press('Enter');
  const data = add.getByRole('combobox', { name: 'Categories of personal data' });
  await data.fill('Call recordings');
  await data.press('Enter');
  const recipients = add.getByRole('combobox', { name: 'Categories of recipients' });
  await recipients.fill('Our telephony supplier (processor)');
  await recipients.press('Enter');
  await add.getByRole('button', { name: 'Add a transfer' }).click();
  const transfer = add.getByRole('group', { name: 'Transfer 1' });
  await transfer.getByLabel('Recipient').fill('Cloudway Hosting Inc.');
  await transfer.getByRole('combobox', { name: 'Country' }).fill('United States');
  await page.getByRole('option', { name: /United States/ }).click();
  await add.getByLabel('Time limits for erasure').fill('Three months after the call.');
  await add.getByLabel('Security measures').fill('Encrypted; team leaders only; access logged.');
  await shots(page, office, 'processing-add-dialog');
  await add.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'PA-009 Call recording for quality' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Transfers' })).toContainText(
    'No transfer impact assessment is recorded',
  );
  await expect(page.getByText('Transfer basis')).toBeVisible();
  await shots(page, office, 'processing-record-controller');

  // The data protection officer reads it and exports it for Datatilsynet; agents do not see it.
  await page.getByRole('button', { name: 'Account of Kari Nordmann' }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await office.signIn('dina');
  await office.nav('Processing activities').click();
  await expect(page.getByRole('button', { name: 'Add a processing' })).toHaveCount(0);
  await page
    .getByRole('group', { name: 'Whose processing' })
    .getByRole('button', { name: 'As processor' })
    .click();
  await expect(page).toHaveURL(/role=processor/);
  await expect(page.getByRole('grid').getByRole('row')).toHaveCount(2);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'PDF' }).click();
  expect((await download).suggestedFilename()).toBe('record-of-processing-2026-03-02.pdf');
  await page.getByRole('gridcell', { name: 'Customer service by phone for Fjord Regnskap' }).click();
  await expect(page.getByRole('button', { name: 'Edit' })).toHaveCount(0);
  const exports = await office.core
    .db('audit_log')
    .where({ entity_type: 'processing-activity', action: 'export' });
  expect(exports).toHaveLength(1);

  await page.getByRole('button', { name: 'Account of Dina Berg' }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await office.signIn('ola');
  await expect(office.nav('Processing activities')).toHaveCount(0);
  await page.goto(appUrl('/registers/processing'));
  await expect(page.getByRole('heading', { name: 'No access to Processing activities' })).toBeVisible();
});
