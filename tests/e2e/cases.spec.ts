import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { ChannelInput } from '../../src/shared/contract';
import { runAsSystem } from '../../src/main/core/core';
import { systemActor } from '../../src/main/core/context';
import { createOrganisation } from '../../src/main/core/organisations/service';
import { seedDemo } from '../../src/main/core/demo/seed';
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

/** Opens a case directly in the core, as a DPO working in another window would. */
async function caseInCore(office: Office, input: ChannelInput<'cases.create'>): Promise<number> {
  const session = office.core.newSession();
  const signIn = await office.core.dispatch('auth.signIn', { username: 'dina', password }, session);
  expect(signIn.ok).toBe(true);
  const result = await office.core.dispatch('cases.create', input, session);
  if (!result.ok) throw new Error(result.error.message);
  return (result.data as { id: number }).id;
}

/** Per Hansen's erasure request, received yesterday by e-mail, opened on its Tasks tab by the DPO Dina. */
async function openErasureOfPer(page: Page, office: Office): Promise<void> {
  office.clock.set('2026-03-10T09:00:00.000Z');
  await office.addUser('dina', ['dpo'], 'Dina Berg');
  const id = await caseInCore(office, {
    personName: 'Per Hansen',
    personEmail: 'per.hansen@example.no',
    types: ['erasure'],
    channel: 'email',
    capacity: 'controller',
    receivedDate: '2026-03-09',
  });
  await office.signIn('dina');
  await page.goto(appUrl(`/cases/${id}?tab=tasks`));
}

/** Verifies the person by a reply from the e-mail address on file, on the Verification tab. */
async function verifyByEmailOnFile(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Verification' }).click();
  await page
    .getByRole('checkbox', {
      name: 'The request came from, or was confirmed by a reply from, the e-mail address on file',
    })
    .click();
  await page.getByRole('combobox', { name: 'Method' }).click();
  await page.getByRole('option', { name: 'Reply from the e-mail address on file' }).click();
  await page.getByRole('radio', { name: 'Verified' }).check();
  await page.getByLabel('Reason').fill('The request came from the address in the customer register.');
  await page.getByRole('button', { name: 'Record result' }).click();
  await expect(page.getByText('Data may be erased for this person').first()).toBeVisible();
}

test('a DPO opens a case from a letter, verifies by callback, works the Art. 15 tasks and replies in time', async ({
  page,
  office,
}) => {
  office.clock.set('2026-03-04T09:00:00.000Z');
  await office.addUser('dina', ['dpo'], 'Dina Berg');
  await office.signIn('dina');
  await office.nav('Cases').click();
  await expect(page.getByRole('heading', { name: 'Cases', exact: true })).toBeVisible();
  await expect(page.getByText('No open cases')).toBeVisible();

  await page.getByRole('button', { name: 'New case' }).click();
  const dialog = page.getByRole('dialog', { name: 'New case' });
  await dialog.getByRole('button', { name: 'Open case' }).click();
  await expect(dialog.getByText('The name of the person is required')).toBeVisible();
  await expect(dialog.getByText('Choose at least one request type')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Kari Nordmann');
  await dialog.getByRole('textbox', { name: 'E-mail' }).fill('kari.nordmann@example.no');
  await dialog.getByRole('textbox', { name: 'Phone' }).fill('+47 912 34 567');
  await dialog.getByLabel('Postal address').fill('Storgata 1, 0182 Oslo');
  await dialog.getByRole('checkbox', { name: /^Access/ }).click();
  await dialog.getByRole('combobox', { name: 'Arrived by' }).click();
  await page.getByRole('option', { name: 'Letter' }).click();
  await fillDate(dialog, 'Received', '02.03.2026');
  await shot(page, office, 'new-case');
  await dialog.getByRole('button', { name: 'Open case' }).click();

  await expect(page.getByRole('heading', { name: 'Case 2026-0001 · Kari Nordmann' })).toBeVisible();
  // Received Mon 2 March: 2 April is Maundy Thursday, so the due date moves past Easter to Tuesday 7 April.
  await expect(page.getByTestId('due-date')).toHaveText('Tue 07.04.2026');
  await expect(page.getByTestId('due-explanation')).toHaveText(
    '2 Mar + 1 month = 2 Apr, Maundy Thursday -> Tue 7 Apr (Good Friday, Easter Sunday, Easter Monday also skipped)',
  );
  await expect(page.getByTestId('days-left')).toHaveText('34 days left');
  await shot(page, office, 'case-overview');

  await page.getByRole('tab', { name: 'Verification' }).click();
  await expect(page.getByText('Never keep a copy of an identity document')).toBeVisible();
  await expect(page.getByText('Nothing may be disclosed, changed or erased yet')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Name and postal address match the data we hold' }).click();
  await expect(page.getByText('Ticked by Dina Berg')).toBeVisible();
  await page
    .getByRole('checkbox', {
      name: 'A code sent to the phone number or e-mail on file was returned, or a callback to the number on file was made',
    })
    .click();
  await page.getByRole('checkbox', { name: 'The reply will go to the postal address on file' }).click();
  await page.getByRole('combobox', { name: 'Method' }).click();
  await page.getByRole('option', { name: 'Callback to the phone number on file' }).click();
  // No result is chosen for the DPO: the panel says "Not decided yet" and nothing is selected.
  await expect(page.getByText('Not decided yet.')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Verified' })).not.toBeChecked();
  await expect(page.getByRole('button', { name: 'Record result' })).toBeDisabled();
  await page.getByRole('radio', { name: 'Verified' }).check();
  await page
    .getByLabel('Reason')
    .fill('Called back on 912 34 567 from the customer register; address and customer number matched.');
  await page.getByRole('button', { name: 'Record result' }).click();
  await expect(page.getByText('Data may be disclosed for this person').first()).toBeVisible();
  await shot(page, office, 'case-verification');

  await page.getByRole('tab', { name: /Tasks/ }).click();
  await expect(page.getByText('12 of 12 open.', { exact: false })).toBeVisible();
  const tasks = page.getByRole('region', { name: 'Access (Art. 15)' });
  for (const label of [
    'Search every system for data about the person',
    'Confirm whether personal data about the person is processed',
    'Prepare a copy of the data (the first copy is free)',
    'State the purposes of the processing',
    'State the categories of personal data',
    'State the recipients, especially outside the EEA and the Art. 46 safeguard used',
    'State the retention period, or the criteria that decide it',
    'State the source of data not collected from the person',
    'State the rights to rectification, erasure, restriction and objection',
    'State the right to complain to Datatilsynet',
  ]) {
    await tasks.getByRole('checkbox', { name: label, exact: true }).click();
    await expect(tasks.getByRole('checkbox', { name: label, exact: true })).toBeChecked();
  }
  await page.getByRole('button', { name: /^Comments on Search every system/ }).click();
  await page.getByLabel('Add a comment').fill('CRM, telephony and the e-mail archive searched.');
  await page.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(page.getByText('CRM, telephony and the e-mail archive searched.')).toBeVisible();
  await shot(page, office, 'case-tasks');
  await tasks
    .getByRole('checkbox', { name: 'State whether automated decision-making is used (none here: say so)' })
    .click();
  await tasks
    .getByRole('checkbox', {
      name: "Respect others' rights and freedoms: redact third parties' data (Art. 15(4))",
    })
    .click();
  await expect(page.getByText('All tasks are done or do not apply.')).toBeVisible();

  await page.getByRole('tab', { name: 'Documents' }).click();
  const letter = path.join(
    fs.mkdtempSync(path.join(os.tmpdir(), 'pd-case-')),
    'Request letter 2026-03-02.pdf',
  );
  fs.writeFileSync(letter, '%PDF-1.4 request letter');
  await page.getByLabel('Choose files to attach').setInputFiles(letter);
  await expect(page.getByText('"Request letter 2026-03-02.pdf" was attached.')).toBeVisible();
  await page.getByRole('button', { name: 'Open Request letter 2026-03-02.pdf' }).click();
  await expect.poll(() => office.openedFiles.length).toBe(1);
  await shot(page, office, 'case-documents');

  await page.getByRole('tab', { name: 'Reply and outcome' }).click();
  await page.getByRole('button', { name: 'Record the reply and close' }).click();
  const close = page.getByRole('dialog', { name: 'Record the reply and close case 2026-0001' });
  await close
    .getByLabel('Summary of the reply')
    .fill('Copy of the data and the Art. 15 information sent by letter.');
  await close.getByRole('combobox', { name: 'Reply sent by' }).click();
  await page.getByRole('option', { name: 'Letter to the address on file' }).click();
  await expect(page.getByRole('listbox')).toHaveCount(0);
  await shot(page, office, 'case-close-dialog');
  await close.getByRole('button', { name: 'Close case' }).click();
  await expect(page.getByText('Case 2026-0001 was closed.')).toBeVisible();
  await expect(page.getByText('Granted in full', { exact: true })).toBeVisible();
  await expect(page.getByTestId('days-left')).toHaveText('answered in time');
  await shot(page, office, 'case-reply');

  await page.getByRole('tab', { name: 'Timeline' }).click();
  await expect(page.getByRole('list', { name: 'Timeline' })).toContainText('Identity verified by callback');
  await shot(page, office, 'case-timeline');

  const reads = await office.core
    .db('audit_log')
    .where({ entity_type: 'case', action: 'read' })
    .count({ n: '*' });
  expect(Number(reads[0].n)).toBeGreaterThan(0);
});

test('an erasure is partly refused under Art. 17(3), with the reasons and the rights Art. 12(4) requires', async ({
  page,
  office,
}) => {
  await openErasureOfPer(page, office);
  await expect(page.getByRole('heading', { name: /Case 2026-0001/ })).toBeVisible();
  await expect(
    page.getByRole('checkbox', { name: 'Erase what no exception covers; restrict what must be kept' }),
  ).toBeDisabled();

  await verifyByEmailOnFile(page);

  await page.getByRole('tab', { name: /Tasks/ }).click();
  await page
    .getByRole('button', { name: 'Notify each recipient of the change (Art. 19) does not apply' })
    .click();
  await page.getByLabel('Why it does not apply').fill('The data was never disclosed to anyone.');
  await page.getByRole('button', { name: 'Mark not applicable' }).click();
  for (const label of [
    'Find all data about the person in every system',
    'Check the ground for erasure in Art. 17(1)',
    'Check the exceptions of Art. 17(3)',
    'Erase what no exception covers; restrict what must be kept',
    'Tell the person what was erased, what is kept and why',
  ]) {
    await page.getByRole('checkbox', { name: label, exact: true }).click();
    await expect(page.getByRole('checkbox', { name: label, exact: true })).toBeChecked();
  }

  await page.getByRole('button', { name: 'Close case' }).click();
  const close = page.getByRole('dialog', { name: /Record the reply and close/ });
  await close.getByRole('radio', { name: 'Granted in part' }).check();
  await close.getByRole('combobox', { name: 'Reply sent by' }).click();
  await page.getByRole('option', { name: 'E-mail to the address on file' }).click();
  await close.getByRole('button', { name: 'Close case' }).click();
  await expect(close.getByText('A refusal must give the reasons (Art. 12(4))')).toBeVisible();
  await expect(
    close.getByText('The reply must tell the person of the right to complain to Datatilsynet (Art. 12(4))'),
  ).toBeVisible();
  await expect(
    close.getByText('The reply must tell the person of the right to a judicial remedy (Art. 12(4))'),
  ).toBeVisible();
  await shot(page, office, 'case-close-refusal-errors');
  await close
    .getByLabel('Reasons for the refusal, as given in the reply')
    .fill(
      'Your profile, call notes and marketing data are erased. Invoices are bookkeeping records we must keep for 5 years (bokføringsloven § 13, GDPR Art. 17(3)(b)); they are restricted and erased when the period ends.',
    );
  await close.getByLabel('The reply states the right to complain to Datatilsynet').check();
  await close.getByLabel('The reply states the right to a judicial remedy').check();
  await shot(page, office, 'case-close-refusal');
  await close.getByRole('button', { name: 'Close case' }).click();
  await expect(page.getByText('Case 2026-0001 was closed.')).toBeVisible();

  await page.getByRole('tab', { name: 'Reply and outcome' }).click();
  await expect(page.getByText('Reasons for the refusal (Art. 12(4))')).toBeVisible();
  await expect(page.getByRole('list', { name: 'The reply states' })).toContainText(
    'The reply states the right to complain to Datatilsynet',
  );
  await expect(page.getByText(/bokføringsloven § 13/)).toBeVisible();
  await shot(page, office, 'case-partly-refused');
});

test('a recipient of the erased data is told of the erasure (Art. 19) once the identity is verified', async ({
  page,
  office,
}) => {
  await openErasureOfPer(page, office);
  await page.getByLabel('Recipient', { exact: true }).fill('Regnskap AS');
  await page.getByLabel('Recipient', { exact: true }).press('Enter');
  await expect(page.getByText('Not told yet')).toBeVisible();

  // Before the identity is verified the core refuses: its reason stands in the dialog, which stays open.
  await page.getByRole('button', { name: 'Record notice' }).click();
  const dialog = page.getByRole('dialog', { name: 'Notice to Regnskap AS' });
  await dialog.getByLabel('How').fill('E-mail to their privacy contact');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toContainText('is not possible yet');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Not told yet')).toBeVisible();

  await verifyByEmailOnFile(page);

  // Told today unless another day is chosen.
  await page.getByRole('tab', { name: /Tasks/ }).click();
  await page.getByRole('button', { name: 'Record notice' }).click();
  await dialog.getByLabel('How').fill('E-mail to their privacy contact');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('The notice was recorded.')).toBeVisible();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText('Told 10.03.2026 (E-mail to their privacy contact)')).toBeVisible();
});

test('a deadline is extended with notice before the original due date, and not after it', async ({
  page,
  office,
}) => {
  office.clock.set('2026-04-01T08:00:00.000Z');
  await office.addUser('dina', ['dpo'], 'Dina Berg');
  const soon = await caseInCore(office, {
    personName: 'Anna Kowalska',
    personEmail: 'anna@example.pl',
    types: ['access', 'portability'],
    channel: 'email',
    capacity: 'controller',
    receivedDate: '2026-03-02',
  });
  const late = await caseInCore(office, {
    personName: 'Ole Lie',
    types: ['rectification'],
    channel: 'phone',
    capacity: 'controller',
    receivedDate: '2026-02-20',
  });
  await office.signIn('dina');
  await page.goto(appUrl(`/cases/${soon}`));
  await expect(page.getByTestId('due-date')).toHaveText('Tue 07.04.2026');
  await expect(page.getByTestId('days-left')).toHaveText('6 days left');
  await expect(page.getByRole('region', { name: 'Deadline' })).toContainText('Extension notice needed');

  await page.getByRole('button', { name: 'Extend deadline' }).click();
  const dialog = page.getByRole('dialog', { name: 'Extend the deadline of case 2026-0001' });
  await expect(dialog).toContainText('by the original due date, Tue 07.04.2026');
  await dialog
    .getByLabel('Reasons, as given to the person')
    .fill('Six years of call recordings must be searched and third parties redacted before export.');
  await shot(page, office, 'case-extend-dialog');
  await dialog.getByRole('button', { name: 'Extend to Tue 02.06.2026' }).click();
  await expect(page.getByText('The deadline of case 2026-0001 was extended.')).toBeVisible();
  await expect(page.getByTestId('due-date')).toHaveText('Tue 02.06.2026');
  await expect(page.getByTestId('due-explanation')).toHaveText('2 Mar + 3 months = 2 Jun');
  await expect(page.getByRole('region', { name: 'Deadline' })).toContainText('Extended by two months');
  await shot(page, office, 'case-extended');

  await page.goto(appUrl(`/cases/${late}`));
  await expect(page.getByTestId('due-date')).toHaveText('Fri 20.03.2026');
  await expect(page.getByTestId('days-left')).toHaveText('12 days overdue');
  await expect(page.getByRole('button', { name: 'Extend deadline' })).toHaveCount(0);
  await expect(
    page.getByText('The original due date has passed: the deadline can no longer be extended.'),
  ).toBeVisible();
});

test('the case list sorts by due date, filters in the URL and marks overdue and due soon in words and icons', async ({
  page,
  office,
}) => {
  office.clock.set('2026-11-20T09:00:00.000Z');
  await seedDemo(office.core, { seed: 3, password, inquiries: 0, cases: 300 }, systemActor('e2e'), () => {});
  await office.signIn('dpo');
  await office.nav('Cases').click();
  const grid = page.getByRole('grid', { name: 'Cases' });
  await expect(grid.getByRole('row').nth(1)).toContainText(/overdue/);
  await expect(grid).toContainText('Overdue');
  await shot(page, office, 'cases-list');

  await page.getByRole('group', { name: 'Quick filters' }).getByText('Due soon').click();
  await expect(page).toHaveURL(/status=due-soon/);
  await expect(grid.getByRole('row').nth(1)).toContainText('Due soon');
  await page.getByRole('combobox', { name: 'Request type' }).click();
  await page.getByRole('option', { name: 'Access' }).click();
  await expect(page).toHaveURL(/type=access/);
  await shot(page, office, 'cases-list-filtered');

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).not.toHaveURL(/type=access/);
  await page.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'All cases' }).click();
  await expect(page).toHaveURL(/status=all/);
  await page.getByLabel('Search number, name, e-mail, phone').fill('2025-0001');
  await expect(grid.getByRole('row')).toHaveCount(2);
  // The keyboard opens a case too: focus a cell and press Enter.
  await grid.getByRole('gridcell', { name: '2025-0001' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /^Case 2025-0001/ })).toBeVisible();
  await page.goBack();
  await expect(page.getByLabel('Search number, name, e-mail, phone')).toHaveValue('2025-0001');
});

test('the verification checklists are kept by an administrator; agents see no cases', async ({
  page,
  office,
}) => {
  await office.addUser('kari', ['admin'], 'Kari Nordmann');
  await office.addUser('ola', ['agent'], 'Ola Hansen');
  await office.signIn('kari');
  await office.nav('Verification checklists').click();
  await expect(page.getByRole('heading', { name: 'Verification checklists' })).toBeVisible();
  const optOut = page
    .getByRole('article', { name: 'Stopping a processing: no verification' })
    .or(page.locator('[aria-label="Stopping a processing: no verification"]'));
  await expect(optOut).toContainText('No verification needed');
  await shot(page, office, 'verification-checklists');

  await page.getByRole('button', { name: 'Edit Phone: access or portability' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit “Phone: access or portability”' });
  await dialog.getByRole('button', { name: 'Add item' }).click();
  await dialog
    .getByRole('textbox', { name: 'Item', exact: true })
    .last()
    .fill('Date of birth checked against the customer register');
  await shot(page, office, 'verification-checklist-dialog');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('“Phone: access or portability” was saved.')).toBeVisible();
  await expect(page.getByText('Date of birth checked against the customer register')).toBeVisible();

  await page.getByRole('switch', { name: 'Letter: other requests in use' }).click();
  await expect(page.getByText('“Letter: other requests” is no longer used for new cases.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('switch', { name: 'Letter: other requests in use' })).toBeChecked();

  // The first fitting checklist is used, so the order is the admin's to change: the ends cannot move out.
  const moveUp = page.getByRole('button', { name: /^Move .+ up$/ });
  await expect(moveUp.first()).toBeDisabled();
  await expect(page.getByRole('button', { name: /^Move .+ down$/ }).last()).toBeDisabled();
  const second = await moveUp.nth(1).getAttribute('aria-label');
  await moveUp.nth(1).click();
  await expect(moveUp.first()).toHaveAttribute('aria-label', second ?? '');
  await expect(moveUp.first()).toBeDisabled();

  await page.getByRole('button', { name: 'Account of Kari Nordmann' }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await office.signIn('ola');
  await expect(office.nav('Cases')).toHaveCount(0);
  await page.goto(appUrl('/cases'));
  await expect(page.getByRole('heading', { name: 'No access to Cases' })).toBeVisible();
});

test('a processor case is forwarded to the customer and runs on the deadline the customer set', async ({
  page,
  office,
}) => {
  office.clock.set('2026-05-04T08:00:00.000Z');
  await office.addUser('dina', ['dpo'], 'Dina Berg');
  const customer = await runAsSystem(office.core, 'e2e', (ctx) =>
    createOrganisation(ctx, {
      name: 'Fjord Regnskap AS',
      country: 'NO',
      isCustomer: true,
      isSupplier: false,
      privacyContactEmail: 'personvern@fjord.example',
    }),
  );
  const id = await caseInCore(office, {
    personName: 'Jonas Lie',
    personEmail: 'jonas.lie@example.no',
    types: ['erasure'],
    channel: 'phone',
    capacity: 'processor',
    customerId: customer.id,
    receivedDate: '2026-04-30',
    representative: { name: 'Advokat Berg', relation: 'lawyer', contact: 'post@berg-advokat.example' },
  });
  await office.signIn('dina');
  await page.goto(appUrl(`/cases/${id}`));
  // Received Thu 30 April: forwarded within two working days, past Labour Day (Fri 1 May): Tue 5 May.
  await expect(page.getByTestId('due-date')).toHaveText('Tue 05.05.2026');
  await expect(page.getByTestId('due-explanation')).toHaveText(
    'Forward to the customer: 30 Apr + 2 working days = Tue 5 May (as processor, without undue delay, Art. 28(3)(e))',
  );
  await expect(page.getByRole('region', { name: 'Deadline' })).toContainText('Forward to the customer by');
  await expect(page.getByRole('region', { name: 'Deadline' })).toContainText('As processor we cannot extend');
  // The forwarding rule is the headline; the card does not say it a second time below.
  await expect(
    page.getByRole('region', { name: 'Deadline' }).getByText(/30 Apr \+ 2 working days/),
  ).toHaveCount(1);

  await page.getByRole('tab', { name: /Tasks/ }).click();
  await fillDate(page, 'Forwarded on', '04.05.2026');
  await page.getByLabel('To whom').fill('Personvernombud, personvern@fjord.example');
  await fillDate(page, 'Customer’s deadline for us', '15.05.2026');
  await page.getByRole('button', { name: 'Record forwarding' }).click();
  await expect(page.getByText('The forwarding was recorded.')).toBeVisible();
  await expect(page.getByTestId('due-date')).toHaveText('Fri 15.05.2026');
  await expect(page.getByTestId('due-explanation')).toHaveText(
    "Deadline set by the customer: Fri 15 May (the controller's own deadline under Art. 12(3) is Mon 1 Jun)",
  );
  await expect(
    page.getByRole('checkbox', {
      name: 'Forward the request to the customer (the controller) without undue delay',
    }),
  ).toBeChecked();
  await shot(page, office, 'case-processor-forwarding');

  await page.getByRole('tab', { name: 'Verification' }).click();
  await expect(
    page.getByText("Before personal data is erased, the representative's authority must be checked."),
  ).toBeVisible();
  await page
    .getByLabel('Note')
    .fill('Power of attorney signed by Jonas Lie, dated 28.04.2026; seen, not copied');
  await page.getByRole('button', { name: 'Record authority check' }).click();
  await expect(page.getByText('Power of attorney seen; checked by Dina Berg')).toBeVisible();
  await expect(page.getByText('Data may be erased for this person').first()).toBeVisible();
  await shot(page, office, 'case-representative');
});

test('every case screen refuses what the core refuses', async ({ page, office }) => {
  office.clock.set('2026-03-04T09:00:00.000Z');
  await office.addUser('dina', ['dpo'], 'Dina Berg');
  const id = await caseInCore(office, {
    personName: 'Eva Dahl',
    personPhone: '90011222',
    types: ['access'],
    channel: 'phone',
    capacity: 'controller',
    receivedDate: '2026-03-02',
  });
  await office.signIn('dina');
  await page.goto(appUrl(`/cases/${id}`));
  await page.getByRole('button', { name: 'Close case' }).click();
  const close = page.getByRole('dialog', { name: /Record the reply and close/ });
  await close.getByRole('combobox', { name: 'Reply sent by' }).click();
  await page.getByRole('option', { name: 'Secure download link' }).click();
  await close.getByRole('button', { name: 'Close case' }).click();
  await expect(close.getByRole('alert')).toContainText(
    "Closing the case as granted in full is not possible yet. Before personal data is disclosed, the person's identity must be verified",
  );
  await shot(page, office, 'case-close-gate-refused');
});

test('Art. 12(4): a refusal after an extension is late once the original due date has passed', async ({
  page,
  office,
}) => {
  // Received 02.02.2026 (due Mon 02.03), extended in time on 20.02; refused on 10.04.
  office.clock.set('2026-02-20T09:00:00.000Z');
  await office.addUser('dina', ['dpo'], 'Dina Berg');
  const id = await caseInCore(office, {
    personName: 'Siri Moe',
    personEmail: 'siri.moe@example.no',
    types: ['erasure'],
    channel: 'email',
    capacity: 'controller',
    receivedDate: '2026-02-02',
  });
  const session = office.core.newSession();
  await office.core.dispatch('auth.signIn', { username: 'dina', password }, session);
  const extended = await office.core.dispatch(
    'cases.extend',
    {
      id,
      decidedOn: '2026-02-20',
      personToldOn: '2026-02-20',
      noticeChannel: 'email',
      reasons: 'Invoices in three systems must be checked against the bookkeeping rules.',
    },
    session,
  );
  expect(extended.ok).toBe(true);
  office.clock.set('2026-04-10T08:00:00.000Z');
  await office.signIn('dina');
  await page.goto(appUrl(`/cases/${id}`));
  await expect(page.getByTestId('due-date')).toHaveText('Mon 04.05.2026');
  await expect(page.getByTestId('refusal-due')).toContainText(
    'A refusal, in full or in part, is still due by the original due date, Mon 02.03.2026',
  );
  await shot(page, office, 'case-refusal-due-after-extension');

  await page.getByRole('button', { name: 'Close case' }).click();
  const close = page.getByRole('dialog', { name: /Record the reply and close/ });
  await close.getByRole('radio', { name: 'Refused' }).check();
  await close
    .getByLabel('Reasons for the refusal, as given in the reply')
    .fill(
      'The data you asked us to erase is invoices: bookkeeping records we must keep for five years (bokføringsloven § 13, Art. 17(3)(b)). They are restricted until then.',
    );
  await close.getByLabel('The reply states the right to complain to Datatilsynet').check();
  await close.getByLabel('The reply states the right to a judicial remedy').check();
  await close.getByRole('combobox', { name: 'Reply sent by' }).click();
  await page.getByRole('option', { name: 'E-mail to the address on file' }).click();
  await expect(close).toContainText(
    'A refusal is due within one month of receipt even after an extension (Art. 12(4)): this reply is after the original due date, Mon 02.03.2026.',
  );
  await close.getByRole('button', { name: 'Close case' }).click();
  await expect(close.getByRole('alert').filter({ hasText: 'Say why it is late.' })).toContainText(
    'A refusal is due within one month of receipt even after an extension (Art. 12(4)): the reply of 10.04.2026 is after the original due date 02.03.2026. Say why it is late.',
  );
  await close
    .getByLabel('Why the reply is late')
    .fill('The extension was decided before we saw that the request had to be refused.');
  await page.setViewportSize({ width: 1280, height: 720 });
  await shot(page, office, 'case-refusal-after-extension-dialog-1280');
  await page.setViewportSize({ width: 1440, height: 900 });
  await shot(page, office, 'case-refusal-after-extension-dialog');
  await close.getByRole('button', { name: 'Close case' }).click();
  await expect(page.getByText('Case 2026-0001 was closed.')).toBeVisible();

  await expect(page.getByTestId('due-date')).toHaveText('Mon 02.03.2026');
  await expect(page.getByTestId('days-left')).toHaveText('answered 39 days late');
  await page.getByRole('tab', { name: 'Reply and outcome' }).click();
  await expect(
    page.getByText(
      'Answered after the due date (Mon 02.03.2026, the original one: a refusal is due within a month even after an extension)',
    ),
  ).toBeVisible();
  await expect(
    page.getByText('The extension was decided before we saw that the request had to be refused.'),
  ).toBeVisible();
  await shot(page, office, 'case-refused-late-after-extension');
  await page.setViewportSize({ width: 1280, height: 720 });
  await shot(page, office, 'case-refused-late-after-extension-1280');

  // The case list says it was answered late.
  await page.goto(appUrl('/cases?status=closed-late'));
  await expect(page.getByRole('grid', { name: 'Cases' })).toContainText('2026-0001');
});

test('a DPO who reads bokmål works the case screens in bokmål, at 1280×720', async ({ page, office }) => {
  office.clock.set('2026-11-20T09:00:00.000Z');
  await seedDemo(office.core, { seed: 3, password, inquiries: 0, cases: 40 }, systemActor('e2e'), () => {});
  await office.setLanguage('dpo', 'nb');
  await page.setViewportSize({ width: 1280, height: 720 });
  await office.signIn('dpo');
  await office.nav('Saker').click();
  await expect(page.getByRole('heading', { name: 'Saker', exact: true })).toBeVisible();
  const grid = page.getByRole('grid', { name: 'Saker' });
  await expect(grid.getByRole('columnheader', { name: 'Frist' })).toBeVisible();
  await expect(grid.getByRole('row').nth(1)).toContainText(/på overtid|igjen|forfaller i dag/);
  await shot(page, office, 'nb-cases-list-1280');

  await page.getByRole('button', { name: 'Ny sak' }).click();
  const intake = page.getByRole('dialog', { name: 'Ny sak' });
  await expect(intake.getByRole('group', { name: 'Hva personen ber om' })).toContainText('Innsyn');
  await expect(intake.getByRole('radio', { name: 'Våre: vi er behandlingsansvarlig' })).toBeChecked();
  await shot(page, office, 'nb-new-case-1280');
  await intake.getByRole('button', { name: 'Avbryt' }).click();

  await grid.getByRole('row').nth(1).getByRole('gridcell').first().click();
  await expect(page.getByRole('heading', { name: /^Sak \d{4}-\d{4} · / })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Frist' })).toContainText('Hvorfor denne fristen');
  await shot(page, office, 'nb-case-overview-1280');
  for (const [tab, name] of [
    ['Identitetskontroll', 'verification'],
    [/^Oppgaver/, 'tasks'],
    ['Svar og utfall', 'reply'],
    ['Tidslinje', 'timeline'],
  ] as const) {
    await page.getByRole('tab', { name: tab }).click();
    await shot(page, office, `nb-case-${name}-1280`);
  }

  await page.getByRole('button', { name: 'Avslutt saken' }).click();
  const close = page.getByRole('dialog', { name: /^Registrer svaret og avslutt sak/ });
  await expect(close.getByRole('radio', { name: 'Innvilget', exact: true })).toBeChecked();
  await shot(page, office, 'nb-case-close-1280');
  await close.getByRole('button', { name: 'Avbryt' }).click();

  await page.getByRole('button', { name: 'Lag et brev' }).click();
  const letter = page.getByRole('dialog', { name: 'Lag et brev' });
  await expect(letter.getByRole('textbox', { name: 'Brevtekst' })).not.toHaveValue('');
  await shot(page, office, 'nb-case-letter-1280');
  await letter.getByRole('button', { name: 'Avbryt' }).click();

  await office.nav('Begrensninger').click();
  await expect(page.getByRole('group', { name: 'Hvilke begrensninger' })).toBeVisible();
  await shot(page, office, 'nb-restrictions-1280');
  await office.nav('Sjekklister for identitetskontroll').click();
  await expect(page.getByRole('heading', { name: 'Sjekklister for identitetskontroll' })).toBeVisible();
  await shot(page, office, 'nb-verification-checklists-1280');
});

test('a DPO who reads bokmål reads the line a case was opened with in bokmål on its timeline', async ({
  page,
  office,
}) => {
  office.clock.set('2026-03-04T09:00:00.000Z');
  await office.addUser('dina', ['dpo'], 'Dina Berg');
  await office.setLanguage('dina', 'nb');
  const id = await caseInCore(office, {
    personName: 'Kari Nordmann',
    types: ['access', 'erasure'],
    channel: 'letter',
    capacity: 'controller',
    receivedDate: '2026-03-02',
  });
  await office.signIn('dina');
  await page.goto(appUrl(`/cases/${id}?tab=timeline`));
  const timeline = page.getByRole('list', { name: 'Tidslinje' });
  await expect(timeline).toContainText(
    /Sak åpnet for innsyn, sletting, mottatt 02\.03\.2026 via brev; frist \d\d\.\d\d\.2026/,
  );
  await expect(timeline).not.toContainText('Case opened');
  await shot(page, office, 'nb-case-timeline-phrases');
});
