import { expect, test } from './support/fixtures';
import { callsLoggedByOla } from './support/people';

test('the DPO finds one person across inquiries and cases, one click from each record', async ({
  page,
  office,
}) => {
  const log = await callsLoggedByOla(office);
  await log({ personPhone: '+47 912 34 567', personEmail: 'kari@example.no' });
  const request = await log({
    personEmail: 'kari@example.no',
    category: 'rights-request',
    summary: 'Wants a copy of her data',
  });
  await log({ personName: 'Per Hansen', personPhone: '41 00 00 00' });

  await office.signIn('dina');
  const opened = await office.core.dispatch(
    'cases.openFromInquiry',
    { inquiryId: request, types: ['access'] },
    office.session,
  );
  expect(opened.ok).toBe(true);
  await office.nav('People').click();
  await expect(page.getByRole('heading', { name: 'People', exact: true })).toBeVisible();
  const box = page.getByLabel('Name, e-mail address, phone number or reference');

  await box.fill('k');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('alert')).toContainText('Type at least two characters');

  await box.fill('912 34 567');
  await page.getByRole('button', { name: 'Search' }).click();
  const inquiries = page.getByRole('region', { name: 'Inquiries' });
  await expect(inquiries.getByRole('heading')).toHaveText('Inquiries (1)');
  await expect(inquiries).toContainText('Matched: phone number');

  await box.fill('kari@example.no');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(inquiries.getByRole('heading')).toHaveText('Inquiries (2)');
  const cases = page.getByRole('region', { name: 'Rights-request cases' });
  await expect(cases.getByRole('heading')).toHaveText('Rights-request cases (1)');
  await expect(cases).toContainText('Matched: e-mail address');
  await expect(page.getByRole('region', { name: 'Audit log' })).toHaveCount(0);
  await expect(page.getByText('Per Hansen')).toHaveCount(0);
  await office.screenshot('people-found');
  await page.setViewportSize({ width: 1280, height: 720 });
  await office.screenshot('people-found-1280');
  await page.setViewportSize({ width: 1440, height: 900 });

  // One click to the record, and Back to the results.
  await cases.getByRole('link').first().click();
  await expect(page).toHaveURL(/#\/cases\/\d+$/);
  await page.goBack();
  await expect(inquiries.getByRole('heading')).toHaveText('Inquiries (2)');
  await inquiries.getByRole('link', { name: 'INQ-000002' }).click();
  await expect(page).toHaveURL(/#\/inquiries\/2$/);
  await expect(page.getByText('Wants a copy of her data').first()).toBeVisible();

  const searches = await office.core.db('audit_log').where({ entity_type: 'person', action: 'find' });
  expect(searches.length).toBeGreaterThanOrEqual(2);
});
