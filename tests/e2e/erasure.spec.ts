import { expect, test } from './support/fixtures';
import { callsLoggedByOla } from './support/people';

test('the DPO erases a person from the People screen after a preview grouped by outcome', async ({
  page,
  office,
}) => {
  const log = await callsLoggedByOla(office);
  const kari = { personEmail: 'kari@example.no' };
  const plain = await log({ ...kari, personPhone: '+47 912 34 567' });
  const request = await log({ ...kari, category: 'rights-request', summary: 'Wants her data erased' });
  await log({ personName: 'Per Hansen', personEmail: 'per@example.no' });

  await office.signIn('dina');
  const opened = await office.core.dispatch(
    'cases.openFromInquiry',
    { inquiryId: request, types: ['erasure'] },
    office.session,
  );
  if (!opened.ok) throw new Error(opened.error.message);
  const caseNumber = (opened.data as { number: string }).number;

  await office.nav('People').click();
  await page.getByLabel('Name, e-mail address, phone number or reference').fill('kari@example.no');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('region', { name: 'Inquiries' }).getByRole('heading')).toHaveText(
    'Inquiries (2)',
  );
  // What the DPO found is hers: every result goes into the selection the erasure acts on.
  await page.getByRole('button', { name: /^Select all \d+ results$/ }).click();
  await page.getByRole('button', { name: 'Erase…' }).click();

  const dialog = page.getByRole('dialog', { name: 'Erase this person’s data' });
  const erased = dialog.getByRole('region', { name: 'Erased' });
  await expect(erased.getByRole('heading')).toHaveText('Erased (1)');
  await expect(erased).toContainText('Inquiry INQ-000001');
  const kept = dialog.getByRole('region', { name: 'Kept and restricted (Art. 17(3))' });
  await expect(kept.getByRole('heading')).toHaveText('Kept and restricted (Art. 17(3)) (2)');
  await expect(kept).toContainText(`Inquiry INQ-000002 (with ${caseNumber})`);
  await expect(kept).toContainText('Belongs to an open case (Art. 17(3))');
  await expect(dialog.getByText(`Open case ${caseNumber} keeps its records.`)).toBeVisible();
  await expect(page.getByText('Per Hansen')).toHaveCount(0);
  await office.screenshot('erase-preview');
  await page.setViewportSize({ width: 1280, height: 720 });
  await office.screenshot('erase-preview-1280');
  await page.setViewportSize({ width: 1440, height: 900 });

  // No reason, no erasure.
  await dialog.getByRole('button', { name: 'Erase', exact: true }).click();
  await expect(dialog.getByText('Give the reason: it is kept with the erasure.')).toBeVisible();
  expect(await office.core.db('inquiries').where({ id: plain }).first()).toBeDefined();

  await dialog.getByLabel('Reason for the erasure').fill(`Erasure request, case ${caseNumber}`);
  await dialog.getByRole('button', { name: 'Erase', exact: true }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText(/Erasure done: 1 erased, 0 anonymised, 2 kept and restricted/)).toBeVisible();
  expect(await office.core.db('inquiries').where({ id: plain }).first()).toBeUndefined();

  // The kept inquiry is shown as restricted in the list and on its screen.
  await office.nav('Inquiries').click();
  const row = page.getByRole('row').filter({ hasText: 'INQ-000002' });
  await expect(row.getByText('Restricted', { exact: true })).toBeVisible();
  await office.screenshot('erase-restricted-list');
  await row.getByText('Kari Nordmann').click();
  await expect(page).toHaveURL(new RegExp(`#/inquiries/${request}$`));
  await expect(page.getByText('Restricted', { exact: true })).toBeVisible();

  // The register of restrictions lists what the erasure kept, one click from each record.
  await office.nav('Restrictions').click();
  const keptSection = page.getByRole('region', { name: 'Records kept by an erasure (Art. 17(3))' });
  const keptRow = keptSection.getByRole('row').filter({ hasText: 'INQ-000002' });
  await expect(keptRow).toContainText('Belongs to an open case (Art. 17(3))');
  await expect(keptRow.getByText('Restricted', { exact: true })).toBeVisible();
  await office.screenshot('erase-kept-register');
  await keptRow.getByRole('link', { name: 'INQ-000002' }).click();
  await expect(page).toHaveURL(new RegExp(`#/inquiries/${request}$`));

  // The erasure case offers the same erasure from its screen.
  await page.goto(page.url().replace(/#\/.*$/, `#/cases/${(opened.data as { id: number }).id}`));
  await expect(page.getByRole('button', { name: 'Erase the person’s data…' })).toBeVisible();
});
