import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { Channel, ChannelInput, ChannelOutput } from '../../src/shared/contract';
import { clauseKeys } from '../../src/shared/agreements/rules';
import { runAsSystem } from '../../src/main/core/core';
import { createOrganisation } from '../../src/main/core/organisations/service';
import { appUrl, expect, password, test, type Office } from './support/fixtures';

/** Types a date (dd.MM.yyyy) into an MUI date field, section by section. */
async function fillDate(scope: Page | Locator, label: string, date: string): Promise<void> {
  const field = scope.getByRole('group', { name: label });
  await field.getByRole('spinbutton').first().click();
  await field.page().keyboard.type(date.replace(/\D/g, ''));
}

/** A full-page screenshot taken from the top, so the fixed app bar stays at the top of the image. */
async function shot(page: Page, office: Office, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await office.screenshot(name);
}

/** The office's customers and suppliers, as an administrator registered them earlier. */
async function organisations(office: Office) {
  return runAsSystem(office.core, 'e2e', async (ctx) => ({
    fjord: await createOrganisation(ctx, {
      name: 'Fjord Regnskap AS',
      orgNumber: '928179575',
      country: 'NO',
      isCustomer: true,
      isSupplier: false,
      privacyContactEmail: 'personvern@fjord.example',
    }),
    cloud: await createOrganisation(ctx, {
      name: 'Cloudway Hosting Inc.',
      orgNumber: 'EIN 84-2039115',
      country: 'US',
      isCustomer: false,
      isSupplier: true,
      services: 'Hosting of the telephony platform',
    }),
    tokyo: await createOrganisation(ctx, {
      name: 'Tokyo Transcribe KK',
      country: 'JP',
      isCustomer: false,
      isSupplier: true,
      services: 'Call transcription',
    }),
  }));
}

/** Calls the core as Kari in another window, to set the scene quickly. */
async function asKari<C extends Channel>(
  office: Office,
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const session = office.core.newSession();
  const signIn = await office.core.dispatch('auth.signIn', { username: 'kari', password }, session);
  expect(signIn.ok).toBe(true);
  const result = await office.core.dispatch(channel, input, session);
  if (!result.ok) throw new Error(result.error.message);
  return result.data as ChannelOutput<C>;
}

test('an admin registers a supplier agreement with an SCC module 2 transfer to the US and finds its two gaps', async ({
  page,
  office,
}) => {
  test.slow(); // fourteen checklist items, a transfer, a document: a long walk through every tab
  office.clock.set('2026-03-02T09:00:00.000Z');
  await office.addUser('kari', ['admin'], 'Kari Nordmann');
  await organisations(office);
  await office.signIn('kari');
  await office.nav('Processing agreements').click();
  await expect(page.getByRole('heading', { name: 'Data processing agreements' })).toBeVisible();
  await expect(page.getByText('No agreements registered yet')).toBeVisible();
  await shot(page, office, 'register-empty');

  await page.getByRole('button', { name: 'New agreement' }).click();
  const dialog = page.getByRole('dialog', { name: 'New data processing agreement' });
  await dialog.getByRole('button', { name: 'Register agreement' }).click();
  await expect(dialog.getByText('Title is required')).toBeVisible();
  await expect(dialog.getByText('Choose the supplier')).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Supplier' }).fill('Cloud');
  await page.getByRole('option', { name: 'Cloudway Hosting Inc.' }).click();
  await dialog.getByRole('textbox', { name: 'Title' }).fill('Hosting of the telephony platform');
  await dialog.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'Active' }).click();
  await dialog.getByRole('button', { name: 'Register agreement' }).click();
  await expect(dialog.getByText('An agreement in force needs the date it was signed')).toBeVisible();
  await fillDate(dialog, 'Signed', '15.01.2026');
  await fillDate(dialog, 'Effective from', '01.02.2026');
  await dialog.getByRole('combobox', { name: 'Sub-processors' }).click();
  await page.getByRole('option', { name: /^General written authorisation/ }).click();
  await dialog.getByLabel('Subject matter').fill('Hosting of the call recordings and the call log');
  await dialog.getByLabel('Nature and purpose').fill('Storage and backup, on our instructions only');
  await dialog.getByLabel('Breach notice (hours)').fill('48');
  const types = dialog.getByRole('combobox', { name: 'Types of personal data' });
  await types.fill('Call recordings');
  await types.press('Enter');
  await types.fill('Phone numbers');
  await types.press('Enter');
  const subjects = dialog.getByRole('combobox', { name: 'Categories of data subjects' });
  await subjects.fill('Callers and e-mail senders');
  await subjects.press('Enter');
  await dialog.getByRole('combobox', { name: 'Processing locations' }).fill('United States');
  await page.getByRole('option', { name: /United States/ }).click();
  await shot(page, office, 'new-agreement');
  await dialog.getByRole('button', { name: 'Register agreement' }).click();

  await expect(page.getByRole('heading', { name: 'Hosting of the telephony platform' })).toBeVisible();
  await expect(page.getByText('DPA-2026-001 was added to the register.')).toBeVisible();
  await expect(page.getByText('No valid transfer basis').first()).toBeVisible();
  // Effective 1 February + the 12-month setting.
  await expect(page.getByText('01.02.2027')).toBeVisible();
  await shot(page, office, 'agreement-overview');

  await page.getByRole('tab', { name: /Transfers/ }).click();
  await expect(
    page.getByText('Data is processed in United States without a valid transfer basis'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Record transfer' }).click();
  const transfer = page.getByRole('dialog', { name: 'Record a transfer outside the EEA' });
  await expect(transfer.getByRole('textbox', { name: 'Importer' })).toHaveValue('Cloudway Hosting Inc.');
  await transfer.getByRole('combobox', { name: 'Country' }).fill('United States');
  await page.getByRole('option', { name: /United States/ }).click();
  await expect(transfer.getByRole('combobox', { name: 'SCC module' })).toHaveText(
    'Module 2: controller to processor',
  );
  await transfer.getByLabel('Transfer impact assessment done').check();
  await fillDate(transfer, 'Assessed on', '10.01.2026');
  await transfer.getByLabel('Supplementary measures').fill('Encryption at rest with keys held in Norway');
  await shot(page, office, 'transfer-dialog');
  await transfer.getByRole('button', { name: 'Record transfer' }).click();
  await expect(page.getByText('The transfer was recorded.')).toBeVisible();
  await expect(page.getByText('United States: covered by a recorded transfer')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Transfers' })).toContainText(
    'SCC 2021/914, module 2: controller to processor',
  );
  await expect(page.getByText('No valid transfer basis')).toHaveCount(0);
  await shot(page, office, 'agreement-transfers');

  await page.getByRole('tab', { name: /Art. 28 checklist/ }).click();
  await expect(page.getByText('14 of 14 items are not checked yet', { exact: false })).toBeVisible();
  const items = page.getByRole('region');
  // The checklist's items (the page's legal-hold control is a section of its own, above the tabs).
  const labels = await page
    .locator('section[aria-label]:not([aria-label="Legal hold"])')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label') ?? ''));
  expect(labels).toHaveLength(clauseKeys.length);
  for (const [index, label] of labels.entries()) {
    const item = page.getByRole('region', { name: label, exact: true });
    if (index === 12 || index === 13) {
      await item.getByRole('button', { name: 'Missing' }).click();
      continue;
    }
    await item.getByRole('button', { name: 'Present' }).click();
    await item.getByRole('textbox', { name: `${label}: clause reference` }).fill(`Clause ${index + 2}`);
  }
  expect(await items.count()).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Save checklist (14)' }).click();
  await expect(page.getByText('14 items of the checklist saved.')).toBeVisible();
  await expect(page.getByTestId('completeness')).toContainText('85 %');
  await expect(page.getByTestId('completeness')).toContainText(
    '12 of 14 present or not applicable · 2 missing',
  );
  const missing = page.getByRole('alert', { name: 'Missing clauses' });
  await expect(missing).toContainText('2 required clauses are missing');
  await expect(missing).toContainText(
    'Art. 28(3)(h): Makes available the information to show compliance and allows audits',
  );
  await expect(missing).toContainText('Informs the controller at once if an instruction infringes the law');
  await shot(page, office, 'agreement-checklist');

  await page.getByRole('tab', { name: /Sub-processors/ }).click();
  await expect(
    page.getByText('No customer agreement names Cloudway Hosting Inc. as a sub-processor.'),
  ).toBeVisible();
  const declare = page.getByRole('form', { name: 'Declare a sub-processor' });
  await declare.getByRole('textbox', { name: 'Name' }).fill('Cloudway Ireland Ltd');
  await declare.getByRole('combobox', { name: 'Country' }).fill('Ireland');
  await page.getByRole('option', { name: /Ireland/ }).click();
  await declare.getByRole('textbox', { name: 'Service' }).fill('EU data centre');
  await declare.getByRole('button', { name: 'Add' }).click();
  await expect(page.getByRole('table', { name: 'Declared sub-processors' })).toContainText(
    'Cloudway Ireland Ltd',
  );
  await shot(page, office, 'agreement-subprocessors');

  await page.getByRole('tab', { name: 'Documents' }).click();
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pd-upload-')), 'DPA Cloudway signed.pdf');
  fs.writeFileSync(file, '%PDF-1.4 signed agreement');
  await page.getByLabel('Choose files to attach').setInputFiles(file);
  await expect(page.getByText('"DPA Cloudway signed.pdf" was attached.')).toBeVisible();
  await expect(page.getByText('SHA-256', { exact: false }).last()).toBeVisible();
  await shot(page, office, 'agreement-documents');

  await page.getByRole('tab', { name: 'History' }).click();
  await expect(
    page.getByRole('region', { name: /^Checklist ticked by kari|^Checklist ticked/ }).first(),
  ).toBeVisible();
  await expect(page.getByText('Transfer recorded by kari', { exact: false })).toBeVisible();
  await expect(page.getByText('Document attached by kari', { exact: false })).toBeVisible();
  await shot(page, office, 'agreement-history');

  await page.getByRole('link', { name: 'Data processing agreements' }).click();
  const row = page.getByRole('row', { name: /DPA-2026-001/ });
  await expect(row).toContainText('85 %');
  await expect(row).toContainText('2 missing');
  await page.getByRole('button', { name: 'With gaps' }).click();
  await expect(page).toHaveURL(/checklist=gaps/);
  await expect(page.getByRole('row', { name: /DPA-2026-001/ })).toBeVisible();
  await shot(page, office, 'register-gaps');
  await page.getByRole('combobox', { name: 'Checklist' }).click();
  await page.getByRole('option', { name: 'Complete' }).click();
  await expect(page.getByText('No agreement matches these filters')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByRole('row', { name: /DPA-2026-001/ })).toBeVisible();
  await page.getByRole('button', { name: 'CSV' }).click();
});

test('a customer agreement under a general authorisation gets a sub-processor and a change notice the customer objects to', async ({
  page,
  office,
}) => {
  test.slow();
  office.clock.set('2026-03-02T09:00:00.000Z');
  await office.addUser('kari', ['admin'], 'Kari Nordmann');
  const { cloud, fjord } = await organisations(office);
  const hosting = await asKari(office, 'agreements.create', {
    title: 'Hosting of the telephony platform',
    companyRole: 'controller',
    organisationId: cloud.id,
    status: 'active',
    signedOn: '2025-06-01',
    effectiveOn: '2025-06-01',
    locations: ['US'],
    subprocessorAuthorisation: 'general',
  });
  await asKari(office, 'agreements.addTransfer', {
    id: hosting.id,
    transfer: {
      importer: 'Cloudway Hosting Inc.',
      country: 'US',
      basis: 'scc',
      sccModule: 2,
      tiaDone: true,
      tiaOn: '2025-05-20',
    },
  });
  await office.signIn('kari');
  await page.goto(appUrl(`/registers/organisations/${fjord.id}`));
  await expect(page.getByText('No customer agreement registered.')).toBeVisible();
  await page.getByRole('link', { name: 'Customer agreement' }).click();

  const dialog = page.getByRole('dialog', { name: 'New data processing agreement' });
  await expect(dialog.getByRole('radio', { name: /^Customer agreement/ })).toBeChecked();
  await expect(dialog.getByRole('combobox', { name: 'Customer' })).toHaveValue('Fjord Regnskap AS');
  await dialog.getByRole('textbox', { name: 'Title' }).fill('Customer service by phone for Fjord Regnskap');
  await dialog.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'Active' }).click();
  await fillDate(dialog, 'Signed', '20.02.2026');
  await fillDate(dialog, 'Effective from', '01.03.2026');
  await dialog.getByRole('combobox', { name: 'Sub-processors' }).click();
  await page.getByRole('option', { name: /^General written authorisation/ }).click();
  await dialog.getByRole('combobox', { name: 'Processing locations' }).fill('United States');
  await page.getByRole('option', { name: /United States/ }).click();
  await dialog.getByRole('button', { name: 'Register agreement' }).click();
  await expect(
    page.getByRole('heading', { name: 'Customer service by phone for Fjord Regnskap' }),
  ).toBeVisible();

  await page.getByRole('tab', { name: /Sub-processors/ }).click();
  await expect(page.getByText('No sub-processors recorded')).toBeVisible();
  await page.getByRole('button', { name: 'Add sub-processor' }).click();
  const add = page.getByRole('dialog', { name: 'Add a sub-processor for Fjord Regnskap AS' });
  await add.getByRole('combobox', { name: 'Supplier', exact: true }).fill('Cloudway');
  await page.getByRole('option', { name: 'Cloudway Hosting Inc.' }).click();
  await add.getByRole('combobox', { name: 'Our agreement with the supplier' }).click();
  await page.getByRole('option', { name: `${hosting.reference} Hosting of the telephony platform` }).click();
  await add
    .getByRole('textbox', { name: 'What it does for this customer' })
    .fill('Hosting of call recordings');
  // Under a general authorisation an addition needs a change notice, unless the agreement named it.
  await add.getByRole('button', { name: 'Add sub-processor' }).click();
  await expect(add.getByText('Announce Cloudway Hosting Inc. to the customer first')).toBeVisible();
  await expect(add.getByRole('combobox', { name: 'Supplier', exact: true })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await fillDate(add, 'Listed in the agreement signed on (optional)', '20.02.2026');
  await add.getByRole('button', { name: 'Add sub-processor' }).click();
  await expect(page.getByText('Cloudway Hosting Inc. was added.')).toBeVisible();
  const chain = page.getByRole('table', { name: 'Sub-processors' });
  await expect(chain).toContainText(`${hosting.reference} Hosting of the telephony platform`);
  await expect(chain).toContainText('In order');

  await page.getByRole('button', { name: 'Record change notice' }).click();
  const notify = page.getByRole('dialog', { name: 'Notify Fjord Regnskap AS of a change of sub-processors' });
  await notify.getByRole('combobox', { name: 'Sub-processor concerned' }).fill('Tokyo');
  await page.getByRole('option', { name: 'Tokyo Transcribe KK' }).click();
  await notify
    .getByLabel('What changes')
    .fill('Tokyo Transcribe KK will transcribe recorded calls (Japan, adequacy decision)');
  await fillDate(notify, 'Objections until', '12.03.2026');
  await notify.getByLabel('Sent to').fill('personvern@fjord.example, by e-mail');
  await shot(page, office, 'change-notice-dialog');
  await notify.getByRole('button', { name: 'Record notice' }).click();
  await expect(page.getByText('The change notice was recorded.')).toBeVisible();
  const notices = page.getByRole('table', { name: 'Change notices' });
  await expect(notices).toContainText('New sub-processor: Tokyo Transcribe KK');
  await expect(notices).toContainText('12.03.2026');
  await expect(notices).toContainText('Objection window open');
  await shot(page, office, 'customer-subprocessors');

  // The window closes in 10 days: the register says so.
  await page.getByRole('link', { name: 'Data processing agreements' }).click();
  const due = page.getByRole('region', { name: 'What is due' });
  // Folded under its counts so the register keeps its height; one click shows the items.
  await due.getByRole('button', { name: 'Show the list' }).click();
  await expect(due).toContainText('The customer’s objection window closes in 10 days (12.03.2026)');
  await due.getByRole('link', { name: /Customer service by phone for Fjord Regnskap/ }).click();
  await expect(page).toHaveURL(/tab=subprocessors/);

  await page.getByRole('button', { name: 'Record objection' }).click();
  const objection = page.getByRole('dialog', { name: 'Record the customer’s objection' });
  await objection.getByLabel('The objection').fill('Our callers must not be transcribed outside the EEA');
  await objection.getByRole('button', { name: 'Record objection' }).click();
  await expect(notices).toContainText('Objection not resolved');
  await expect(notices).toContainText('Our callers must not be transcribed outside the EEA');

  // From the supplier's agreement back to the customer it serves.
  await chain.getByRole('link', { name: `${hosting.reference} Hosting of the telephony platform` }).click();
  await expect(page.getByRole('heading', { name: 'Hosting of the telephony platform' })).toBeVisible();
  await page.getByRole('tab', { name: /Sub-processors/ }).click();
  const customers = page.getByRole('table', { name: 'Used for customers' });
  await expect(customers).toContainText('Fjord Regnskap AS');
  await shot(page, office, 'supplier-used-for');
  await customers.getByRole('link', { name: 'Fjord Regnskap AS' }).click();
  await expect(page.getByRole('heading', { name: 'Fjord Regnskap AS' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'As our customer' })).toContainText(
    'Customer service by phone for Fjord Regnskap',
  );
  await page.goto(appUrl(`/registers/organisations/${cloud.id}`));
  await expect(page.getByRole('region', { name: 'As our supplier' })).toContainText(
    'Hosting of the telephony platform',
  );
  await expect(page.getByRole('region', { name: 'Sub-processor for' })).toContainText('Fjord Regnskap AS');
  await shot(page, office, 'organisation-agreements');
});

test('the DPO reads every tab and ticks the checklist but cannot edit; an agent does not see the register', async ({
  page,
  office,
}) => {
  office.clock.set('2026-03-02T09:00:00.000Z');
  await office.addUser('kari', ['admin'], 'Kari Nordmann');
  await office.addUser('dina', ['dpo'], 'Dina Berg');
  await office.addUser('ola', ['agent'], 'Ola Hansen');
  const { cloud } = await organisations(office);
  const hosting = await asKari(office, 'agreements.create', {
    title: 'Hosting of the telephony platform',
    companyRole: 'controller',
    organisationId: cloud.id,
    status: 'active',
    signedOn: '2025-06-01',
    effectiveOn: '2025-06-01',
    nextReviewOn: '2026-03-20',
    locations: ['US'],
  });
  await office.signIn('dina');
  await office.nav('Processing agreements').click();
  await expect(page.getByRole('button', { name: 'New agreement' })).toHaveCount(0);
  const row = page.getByRole('row', { name: /Hosting of the telephony platform/ });
  await expect(row).toContainText('Review due soon');
  await expect(row).toContainText('No valid transfer basis');
  await expect(page.getByRole('region', { name: 'What is due' })).toContainText(
    'Review due in 18 days (20.03.2026)',
  );
  await page.getByRole('button', { name: 'Transfer basis lacking' }).click();
  await expect(page).toHaveURL(/basis=flagged/);
  await expect(row).toBeVisible();
  await shot(page, office, 'dpo-register');
  await row.click();
  await expect(page.getByRole('heading', { name: 'Hosting of the telephony platform' })).toBeVisible();
  for (const name of ['Edit', 'Terminate', 'Record review'])
    await expect(page.getByRole('button', { name })).toHaveCount(0);

  await page.getByRole('tab', { name: /Transfers/ }).click();
  await expect(
    page.getByText('Data is processed in United States without a valid transfer basis'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Record transfer' })).toHaveCount(0);
  await page.getByRole('tab', { name: 'Documents' }).click();
  await expect(page.getByText('No files attached yet')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Attach files' })).toHaveCount(0);
  await page.getByRole('tab', { name: /Sub-processors/ }).click();
  await expect(page.getByRole('form', { name: 'Declare a sub-processor' })).toHaveCount(0);

  await page.getByRole('tab', { name: /Art. 28 checklist/ }).click();
  const security = page.getByRole('region', { name: 'Takes the security measures of Art. 32', exact: true });
  await security.getByRole('button', { name: 'Present' }).click();
  await page.getByRole('button', { name: 'Save checklist (1)' }).click();
  await expect(security.getByText('Say where in the agreement it is (e.g. clause 4.2)')).toBeVisible();
  await security
    .getByRole('textbox', { name: 'Takes the security measures of Art. 32: clause reference' })
    .fill('Annex 2');
  await page.getByRole('button', { name: 'Save checklist (1)' }).click();
  await expect(page.getByText('One item of the checklist saved.')).toBeVisible();
  await expect(security).toContainText('Present · Dina Berg');
  await shot(page, office, 'dpo-checklist');
  await page.getByRole('tab', { name: 'History' }).click();
  await expect(page.getByText('Checklist ticked by dina', { exact: false })).toBeVisible();

  await page.getByRole('button', { name: 'Account of Dina Berg' }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await office.signIn('ola');
  await expect(office.nav('Processing agreements')).toHaveCount(0);
  await page.goto(appUrl(`/registers/agreements/${hosting.id}`));
  await expect(page.getByRole('heading', { name: 'No access to Processing agreements' })).toBeVisible();
  await shot(page, office, 'agent-refused');
});

test('a supplier not in the register yet is added from the agreement dialog and picked at once', async ({
  page,
  office,
}) => {
  office.clock.set('2026-03-02T09:00:00.000Z');
  await office.addUser('kari', ['admin'], 'Kari Nordmann');
  await organisations(office);
  await office.signIn('kari');
  await office.nav('Processing agreements').click();
  await page.getByRole('button', { name: 'New agreement' }).click();
  const dialog = page.getByRole('dialog', { name: 'New data processing agreement' });
  await dialog.getByRole('combobox', { name: 'Supplier' }).fill('Posten Bring AS');
  // No dead end at "No options": the last option adds the name typed, Enter picks it.
  await expect(page.getByRole('option', { name: 'Add “Posten Bring AS” to the register…' })).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Supplier' }).press('Enter');
  const add = page.getByRole('dialog', { name: 'Add a customer or supplier' });
  await expect(add.getByLabel('Name')).toHaveValue('Posten Bring AS');
  await expect(add.getByRole('checkbox', { name: /supplier/i })).toBeChecked();
  await add.getByRole('button', { name: /^(Add|Save)/ }).click();
  await expect(add).toHaveCount(0);
  await expect(dialog.getByRole('combobox', { name: 'Supplier' })).toHaveValue('Posten Bring AS');
  await shot(page, office, 'new-agreement-new-supplier');
});
