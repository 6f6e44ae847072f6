import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';
import { appUrl, expect, test } from './support/fixtures';

test('an admin registers a customer and a US supplier, with a document, and the DPO only reads', async ({
  page,
  office,
}) => {
  await office.addUser('kari', ['admin'], 'Kari Nordmann');
  await office.addUser('dina', ['dpo'], 'Dina DPO');
  await office.signIn('kari');
  await office.nav('Customers and suppliers').click();
  await expect(page.getByText('No customers or suppliers yet')).toBeVisible();

  await page.getByRole('button', { name: 'Add organisation' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a customer or supplier' });
  await dialog.getByLabel('Name').fill('Fjord Regnskap AS');
  await dialog.getByLabel('Organisation number').fill('928 179 576');
  await dialog.getByLabel('Privacy contact e-mail').fill('personvern@fjord.example');
  await dialog.getByRole('button', { name: 'Add' }).click();
  await expect(dialog.getByText('This is not a valid Norwegian organisation number')).toBeVisible();
  await dialog.getByLabel('Organisation number').fill('928 179 575');
  await office.screenshot('organisation-dialog');
  await dialog.getByRole('button', { name: 'Add' }).click();
  await expect(page.getByText('Fjord Regnskap AS was added to the register.')).toBeVisible();

  await page.getByRole('button', { name: 'Add organisation' }).click();
  await dialog.getByLabel('Name').fill('Cloudy Hosting Inc.');
  await dialog.getByLabel('Country').fill('United States');
  await page.getByRole('option', { name: /United States Partial adequacy/ }).click();
  await dialog.getByLabel('Registration number').fill('EIN 12-3456789');
  await dialog.getByLabel('Customer (we process its data as processor)').uncheck();
  await dialog.getByLabel('Supplier (processes data for us)').check();
  await dialog.getByRole('button', { name: 'Add' }).click();
  await expect(page.getByRole('row', { name: /Cloudy Hosting Inc\./ })).toContainText('Partial adequacy');
  await expect(page.getByRole('row', { name: /Fjord Regnskap AS/ })).toContainText('928 179 575');
  await office.screenshot('organisations-list');

  await page.getByRole('combobox', { name: 'Relationship' }).click();
  await page.getByRole('option', { name: 'Suppliers' }).click();
  await expect(page.getByRole('row', { name: /Fjord Regnskap/ })).toHaveCount(0);
  await expect(page).toHaveURL(/kind=supplier/);

  await page.getByRole('gridcell', { name: 'Cloudy Hosting Inc.' }).click();
  await expect(page.getByRole('heading', { name: 'Cloudy Hosting Inc.' })).toBeVisible();
  await expect(
    page.getByText('Only organisations certified under the EU-U.S. Data Privacy Framework', { exact: false }),
  ).toBeVisible();
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pd-upload-')), 'SOC 2 report.pdf');
  fs.writeFileSync(file, '%PDF-1.4 test report');
  await page.getByLabel('Choose files to attach').setInputFiles(file);
  await expect(page.getByText('"SOC 2 report.pdf" was attached.')).toBeVisible();
  await page.getByRole('button', { name: 'Open SOC 2 report.pdf' }).click();
  await expect.poll(() => office.openedFiles.length).toBe(1);
  await office.screenshot('organisation-view');

  await page.getByRole('button', { name: 'Remove SOC 2 report.pdf' }).click();
  await page.getByLabel('Why is it removed?').fill('Uploaded the wrong year');
  await page.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(page.getByText('No files attached yet')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('SOC 2 report.pdf')).toBeVisible();

  await page.getByRole('button', { name: 'Account of Kari Nordmann' }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await office.signIn('dina');
  await page.goto(appUrl('/registers/organisations'));
  await expect(page.getByRole('gridcell', { name: 'Cloudy Hosting Inc.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add organisation' })).toHaveCount(0);
  await page.getByRole('gridcell', { name: 'Cloudy Hosting Inc.' }).click();
  await expect(page.getByRole('button', { name: 'Edit' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Attach files' })).toHaveCount(0);
});
