import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { ChannelInput, Channel } from '../../src/shared/contract';
import { appUrl, expect, password, test, type Office } from './support/fixtures';

/** A full-page screenshot taken from the top, so the fixed app bar stays at the top of the image. */
async function shot(page: Page, office: Office, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await office.screenshot(name);
}

/** Calls the core as the DPO in another window would. */
async function asDina<C extends Channel>(office: Office, channel: C, input: ChannelInput<C>) {
  const session = office.core.newSession();
  const signIn = await office.core.dispatch('auth.signIn', { username: 'dina', password }, session);
  expect(signIn.ok).toBe(true);
  const result = await office.core.dispatch(channel, input, session);
  if (!result.ok) throw new Error(result.error.message);
  return result.data as { id: number };
}

test('a DPO makes letters from a case: sees each filled in, edits it, and keeps the PDF under Documents', async ({
  page,
  office,
}) => {
  office.clock.set('2026-03-02T09:00:00.000Z');
  await office.addUser('dina', ['dpo'], 'Dina Berg');
  const { id } = await asDina(office, 'cases.create', {
    personName: 'Kari Nordmann',
    personEmail: 'kari@example.no',
    personAddress: 'Storgata 1, 0182 Oslo',
    types: ['access', 'erasure'],
    channel: 'letter',
    capacity: 'controller',
    receivedDate: '2026-03-02',
  });
  await office.signIn('dina');
  await page.goto(appUrl(`/cases/${id}`));
  await expect(page.getByRole('heading', { name: 'Case 2026-0001 · Kari Nordmann' })).toBeVisible();

  // The acknowledgement, in bokmål by default, filled in from the case.
  await page.getByRole('button', { name: 'Make a letter' }).click();
  const dialog = page.getByRole('dialog', { name: 'Make a letter' });
  const body = dialog.getByRole('textbox', { name: 'Text of the letter' });
  await expect(body).toHaveValue(/Vi bekrefter at vi mottok henvendelsen din 02\.03\.2026/);
  await expect(body).toHaveValue(/senest 07\.04\.2026/);
  await expect(dialog.getByRole('textbox', { name: 'Subject' })).toHaveValue(
    'Vi har mottatt henvendelsen din – sak 2026-0001',
  );
  await expect(dialog.getByText('Storgata 1')).toBeVisible();
  await shot(page, office, 'letter-acknowledgement');
  await dialog.getByRole('button', { name: 'Make the PDF' }).click();
  await expect(
    page.getByText(
      'The letter was made and kept under Documents as "Bekreftelse på mottatt henvendelse 2026-0001 2026-03-02.pdf".',
    ),
  ).toBeVisible();
  await expect(dialog).toHaveCount(0);

  // A refusal in English: the reasons are the DPO's, and it is not made while a gap is left.
  await page.getByRole('button', { name: 'Make a letter' }).click();
  await dialog.getByRole('combobox', { name: 'Which letter' }).click();
  await page.getByRole('option', { name: 'Refusal' }).click();
  await dialog.getByRole('combobox', { name: 'Language' }).click();
  await page.getByRole('option', { name: 'English' }).click();
  await expect(body).toHaveValue(/We cannot grant it\./);
  await expect(dialog.getByText('Still to fill in: [Fill in: the reasons].')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Make the PDF' })).toBeDisabled();
  await expect(body).toHaveValue(/complain to Datatilsynet/);
  await expect(body).toHaveValue(/the courts/);
  await dialog
    .getByRole('textbox', { name: 'Reasons' })
    .fill('The recordings also hold the voices of other callers, which we may not give out.');
  await dialog.getByRole('button', { name: 'Fill in again' }).click();
  await expect(body).toHaveValue(/The recordings also hold the voices of other callers/);
  await expect(dialog.getByText(/Still to fill in/)).toHaveCount(0);
  await dialog.getByRole('textbox', { name: 'Subject' }).fill('Our answer to your request');
  await shot(page, office, 'letter-refusal');
  await dialog.getByRole('button', { name: 'Make the PDF' }).click();
  await expect(page.getByText(/The letter was made and kept under Documents as "Refusal/)).toBeVisible();

  await page.getByRole('tab', { name: 'Documents' }).click();
  await expect(page.getByText('Bekreftelse på mottatt henvendelse 2026-0001 2026-03-02.pdf')).toBeVisible();
  await expect(page.getByText(/^Refusal.*2026-0001 2026-03-02\.pdf$/)).toBeVisible();
  await shot(page, office, 'letter-documents');
  await page.getByRole('tab', { name: 'Timeline' }).click();
  await expect(page.getByRole('list', { name: 'Timeline' })).toContainText(
    'Letter made: Refusal (Art. 12(4)), in English, dated 02.03.2026, to go out by letter by post',
  );
});

test('the extension notice records the extension; at 1280×720 the dialog scrolls', async ({
  page,
  office,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  office.clock.set('2026-03-02T09:00:00.000Z');
  await office.addUser('dina', ['dpo'], 'Dina Berg');
  const { id } = await asDina(office, 'cases.create', {
    personName: 'Ola Hansen',
    personEmail: 'ola@example.no',
    types: ['access'],
    channel: 'email',
    capacity: 'controller',
    receivedDate: '2026-03-02',
  });
  office.clock.set('2026-04-01T09:00:00.000Z');
  await office.signIn('dina');
  await page.goto(appUrl(`/cases/${id}`));
  await page.getByRole('button', { name: 'Make a letter' }).click();
  const dialog = page.getByRole('dialog', { name: 'Make a letter' });
  await dialog.getByRole('combobox', { name: 'Which letter' }).click();
  await page.getByRole('option', { name: 'Extension notice' }).click();
  await expect(
    dialog.getByText(
      'Making this letter records the extension, with today as the day the person is told: the new due date is 02.06.2026.',
    ),
  ).toBeVisible();
  await expect(dialog.getByText('The case has no postal address')).toBeVisible();
  await dialog
    .getByRole('textbox', { name: 'Reasons' })
    .fill('Opplysningene ligger i fire systemer, to av dem hos leverandører.');
  await dialog.getByRole('button', { name: 'Fill in again' }).click();
  const body = dialog.getByRole('textbox', { name: 'Text of the letter' });
  await expect(body).toHaveValue(/Du får svar fra oss senest 02\.06\.2026\./);
  await dialog.getByRole('combobox', { name: 'How it goes out' }).click();
  await page.getByRole('option', { name: 'E-mail' }).click();
  await shot(page, office, 'letter-extension-1280');
  await dialog.getByRole('button', { name: 'Make the PDF' }).click();
  await expect(page.getByText(/The letter was made and kept under Documents/)).toBeVisible();
  const detail = await asDina(office, 'cases.get', { id });
  expect(
    (detail as unknown as { clock: { extension: { personToldOn: string } } }).clock.extension,
  ).toMatchObject({
    personToldOn: '2026-04-01',
  });
  await shot(page, office, 'letter-extension-recorded-1280');
});

test('from a breach: the notice to the people affected and the draft for Datatilsynet', async ({
  page,
  office,
}) => {
  office.clock.set('2026-03-12T13:05:00.000Z');
  await office.addUser('dina', ['dpo'], 'Dina Berg');
  const { id } = await asDina(office, 'breaches.create', {
    title: 'Customer list e-mailed to the wrong recipient',
    description: 'A spreadsheet with 240 callers was attached to an e-mail to an outside address.',
    awareAt: '2026-03-12T13:05:00.000Z',
    capacity: 'controller',
    subjectCategories: ['callers'],
    subjectsApprox: 240,
    dataTypes: ['contact', 'customer-history'],
    recordsApprox: 240,
    consequences: 'The recipient could contact the callers or read what they called about.',
    measuresTaken: 'The recipient confirmed in writing that the e-mail was deleted.',
    contactPoint: 'Dina Berg, data protection officer, personvern@weassist.no',
  });
  await office.signIn('dina');
  await page.goto(appUrl(`/breaches/${id}`));
  await page.getByRole('button', { name: 'Make a letter' }).click();
  const dialog = page.getByRole('dialog', { name: 'Make a letter' });
  const body = dialog.getByRole('textbox', { name: 'Text of the letter' });
  await expect(body).toHaveValue(/## Hva som har skjedd/);
  await expect(dialog.getByText('The breach is not assessed yet.')).toBeVisible();
  await shot(page, office, 'letter-breach-notice');
  await dialog.getByRole('combobox', { name: 'Which letter' }).click();
  await page.getByRole('option', { name: 'Notification draft for Datatilsynet' }).click();
  await expect(body).toHaveValue(/## 1\. Den behandlingsansvarlige/);
  await expect(dialog.getByText(/Left open in this draft:/)).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Make the PDF' })).toBeEnabled();
  await shot(page, office, 'letter-breach-authority');
  await dialog.getByRole('button', { name: 'Make the PDF' }).click();
  await expect(page.getByText(/The letter was made and kept under Documents/)).toBeVisible();
});

test('an administrator edits a letter template under Administration → Letters: checked, previewed, restored', async ({
  page,
  office,
}) => {
  office.clock.set('2026-03-02T09:00:00.000Z');
  await office.addUser('kari', ['admin'], 'Kari Admin');
  await office.signIn('kari');
  await office.nav('Letters').click();
  await expect(page.getByRole('heading', { name: 'Letters', exact: true })).toBeVisible();
  await page.getByRole('list', { name: 'Kinds of letter' }).getByText('Refusal (Art. 12(4))').click();
  await expect(page.getByRole('heading', { name: 'Refusal (Art. 12(4))' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Norsk bokmål' })).toHaveAttribute('aria-selected', 'true');
  const body = page.getByRole('textbox', { name: 'Text' });
  const shipped = await body.inputValue();
  expect(shipped).toContain('{{complaintRights}}');
  await expect(page.getByRole('list', { name: 'Merge fields' })).toContainText('{{complaintRights}}');
  await shot(page, office, 'letter-templates');

  // The law's contents cannot go, and a misspelt field is caught before anything is saved.
  await body.fill(shipped.replace('{{complaintRights}}', ''));
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('"Refusal (Art. 12(4))" must keep {{complaintRights}}')).toBeVisible();
  await body.fill(`${shipped}\n\nPS: Saken {{casenumber}} gjelder deg.`);
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByText('Did you mean {{caseNumber}}?')).toBeVisible();
  await shot(page, office, 'letter-templates-error');

  await body.fill(`${shipped}\n\nPS: Saken {{caseNumber}} gjelder deg.`);
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByText('PS: Saken 2026-0042 gjelder deg.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Preview with an example case' })).toBeVisible();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('"Refusal (Art. 12(4))" (Norsk bokmål) was saved.')).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Norsk bokmål (edited)' })).toBeVisible();
  await expect(page.getByText('Changed by Kari Admin')).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 720 });
  await shot(page, office, 'letter-templates-saved-1280');

  await page.getByRole('tab', { name: 'English' }).click();
  await expect(body).toHaveValue(/We cannot grant it\./);
  await page.getByRole('tab', { name: 'Norsk bokmål (edited)' }).click();
  await page.getByRole('button', { name: 'Restore the default' }).click();
  await expect(
    page.getByText('"Refusal (Art. 12(4))" (Norsk bokmål) follows the shipped text again.'),
  ).toBeVisible();
  await expect(body).toHaveValue(shipped);
  await expect(page.getByRole('tab', { name: 'Norsk bokmål', exact: true })).toBeVisible();

  // The sender comes from Settings: a new company name reaches the letters at once.
  await office.nav('Settings').click();
  const company = page.getByRole('textbox', { name: 'Company name' });
  await expect(company).toHaveValue('We Assist AS');
  await company.fill('Fjordhjelp AS');
  await page.getByRole('button', { name: 'Save (1)' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  await page.getByRole('textbox', { name: 'Company name' }).fill(' ');
  await page.getByRole('button', { name: 'Save (1)' }).click();
  await expect(page.getByText('Company name cannot be empty')).toBeVisible();
  await shot(page, office, 'settings-company');
  await page.getByRole('button', { name: 'Discard changes' }).click();
  await office.nav('Letters').click();
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByRole('heading', { name: 'Preview with an example case' })).toBeVisible();
  await expect(page.getByText(/^Hei Kari Nordmann,[\s\S]*Fjordhjelp AS$/)).toBeVisible();
});

test('the annual report downloads in bokmål from Work → Reports', async ({ page, office }) => {
  office.clock.set('2026-03-02T09:00:00.000Z');
  await office.addUser('dina', ['dpo'], 'Dina Berg');
  await office.signIn('dina');
  await office.nav('Reports').click();
  await expect(page.getByRole('heading', { name: 'Annual privacy report' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Language of the report' }).click();
  await page.getByRole('option', { name: 'Norsk bokmål' }).click();
  const year = String(new Date().getFullYear() - 1);
  await page.getByRole('combobox', { name: 'Year' }).click();
  await page.getByRole('option', { name: year, exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: `Download the report for ${year}` }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`personvernrapport-${year}.pdf`);
  const pdf = path.join(os.tmpdir(), `pd-report-${process.pid}.pdf`);
  await file.saveAs(pdf);
  const text = execFileSync('pdftotext', [pdf, '-']).toString().replace(/\s+/g, ' ');
  expect(text).toContain(`Årsrapport om personvern ${year}`);
  expect(text).toContain('1. Henvendelser om personvernrettigheter');
  fs.rmSync(pdf, { force: true });
  await shot(page, office, 'report-language');
});

test('an administrator who reads bokmål keeps the letter templates in bokmål, at 1280×720', async ({
  page,
  office,
}) => {
  office.clock.set('2026-03-02T09:00:00.000Z');
  await office.addUser('kari', ['admin'], 'Kari Admin');
  await office.setLanguage('kari', 'nb');
  await page.setViewportSize({ width: 1280, height: 720 });
  await office.signIn('kari');
  await office.nav('Brev').click();
  await expect(page.getByRole('heading', { name: 'Brev', exact: true })).toBeVisible();
  await page.getByRole('list', { name: 'Brevtyper' }).getByText('Avslag (art. 12 nr. 4)').click();
  await expect(page.getByRole('list', { name: 'Flettefelt' })).toContainText('påkrevd');
  await page.getByRole('button', { name: 'Forhåndsvis' }).click();
  await expect(page.getByLabel('Forhåndsvisning med en eksempelsak')).toBeVisible();
  await shot(page, office, 'nb-letter-templates-1280');
});
