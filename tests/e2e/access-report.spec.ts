import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { appUrl, expect, type Office, test } from './support/fixtures';
import { callsLoggedByOla } from './support/people';

/** Kari Nordmann under two spellings (e-mail addresses), and someone else; an access case from her request. */
async function kariUnderTwoSpellings(office: Office) {
  const log = await callsLoggedByOla(office);
  await log({ personPhone: '+47 912 34 567', personEmail: 'kari@example.no' });
  const request = await log({
    personName: 'Kari Nordmann-Berg',
    personEmail: 'kari.berg@example.no',
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
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.data as { id: number; number: string };
}

/** WCAG 2.1 AA and best practice, as the screens tour checks: no serious or critical finding. */
async function expectAccessible(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const findings = result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  expect(findings).toEqual([]);
}

async function search(page: Page, query: string) {
  await page.getByLabel('Name, e-mail address, phone number or reference').fill(query);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
}

test('the DPO gathers two spellings of one person on the People screen and saves the access report', async ({
  page,
  office,
}) => {
  const { number: caseNumber } = await kariUnderTwoSpellings(office);
  await office.nav('People').click();
  const selection = page.getByRole('region', { name: 'Selection' });
  await expect(selection).toContainText('Nothing selected yet');
  await expect(selection.getByRole('button', { name: 'Access report' })).toBeDisabled();

  // The first spelling: tick one result by hand.
  await search(page, 'kari@example.no');
  const inquiries = page.getByRole('region', { name: 'Inquiries' });
  // The words of the other address are in this one: both inquiries are found, one is hers.
  await expect(inquiries.getByRole('heading')).toHaveText('Inquiries (2)');
  await inquiries.getByRole('checkbox', { name: 'Select INQ-000001' }).check();
  await expect(selection.getByRole('heading')).toHaveText('Selection (1 record)');

  // The second spelling: every result of the search at once.
  await search(page, 'kari.berg@example.no');
  await expect(inquiries.getByRole('heading')).toHaveText('Inquiries (1)');
  await page.getByRole('button', { name: 'Select all 2 results' }).click();
  await expect(selection.getByRole('heading')).toHaveText('Selection (3 records)');
  await expect(selection).toContainText('Gathered from: “kari@example.no”, “kari.berg@example.no”');
  await expect(selection).toContainText('found by “kari.berg@example.no”, matched: e-mail address');
  await expect(page.getByRole('button', { name: 'All these results are selected' })).toBeDisabled();

  // Remove one, and tick it again.
  await selection.getByRole('button', { name: `Remove ${caseNumber} from the selection` }).click();
  await expect(selection.getByRole('heading')).toHaveText('Selection (2 records)');
  await page
    .getByRole('region', { name: 'Rights-request cases' })
    .getByRole('checkbox', { name: `Select ${caseNumber}` })
    .check();
  await expect(selection.getByRole('heading')).toHaveText('Selection (3 records)');
  await expectAccessible(page);
  await office.screenshot('selection');
  await page.setViewportSize({ width: 1280, height: 720 });
  await office.screenshot('selection-1280');
  await page.setViewportSize({ width: 1440, height: 900 });

  // The selection stays while a record is opened, and Back returns to it.
  await inquiries.getByRole('link', { name: 'INQ-000002' }).click();
  await expect(page).toHaveURL(/#\/inquiries\/2$/);
  await page.goBack();
  await expect(selection.getByRole('heading')).toHaveText('Selection (3 records)');

  await selection.getByLabel('Language of the report').click();
  await page.getByRole('option', { name: 'English' }).click();
  const downloads: string[] = [];
  const saved = new Promise<void>((resolve) => {
    page.on('download', async (download) => {
      const file = await download.path();
      downloads.push(download.suggestedFilename());
      if (download.suggestedFilename().endsWith('.zip')) {
        const files = unzipSync(new Uint8Array(fs.readFileSync(file)));
        expect(Object.keys(files).sort()).toEqual(['cases.csv', 'inquiries.csv', 'records.json']);
      }
      if (downloads.length === 2) resolve();
    });
  });
  await selection.getByRole('button', { name: 'Access report' }).click();
  await saved;
  expect(downloads.sort()).toEqual(['Access report 2026-03-02.pdf', 'Access report 2026-03-02.zip']);
  await expect(page.getByText(/Access report saved/)).toBeVisible();

  await selection.getByRole('button', { name: 'Clear the selection' }).click();
  await expect(selection).toContainText('Nothing selected yet');
  const entries = await office.core.db('audit_log').where({ entity_type: 'person', action: 'access-report' });
  expect(entries).toHaveLength(1);
});

test('the DPO makes the access report from the case, starting from the requester, and keeps it on the case', async ({
  page,
  office,
}) => {
  const { id, number: caseNumber } = await kariUnderTwoSpellings(office);
  await page.goto(appUrl(`/cases/${id}`));
  await page.getByRole('button', { name: 'Make access report' }).click();
  const dialog = page.getByRole('dialog', { name: `Access report for case ${caseNumber}` });
  // The requester's e-mail address is the first search.
  await expect(dialog.getByLabel('Name, e-mail address, phone number or reference')).toHaveValue(
    'kari.berg@example.no',
  );
  await expect(dialog.getByRole('region', { name: 'Inquiries' }).getByRole('heading')).toHaveText(
    'Inquiries (1)',
  );
  await dialog.getByRole('button', { name: 'Select all 2 results' }).click();
  // Another spelling: the first e-mail address.
  await dialog.getByLabel('Name, e-mail address, phone number or reference').fill('kari@example.no');
  await dialog.getByRole('button', { name: 'Search', exact: true }).click();
  await dialog.getByRole('checkbox', { name: 'Select INQ-000001' }).check();
  const selection = dialog.getByRole('region', { name: 'Selection' });
  await expect(selection.getByRole('heading')).toHaveText('Selection (3 records)');
  await expectAccessible(page);
  await office.screenshot('case-dialog');
  await page.setViewportSize({ width: 1280, height: 720 });
  await office.screenshot('case-dialog-1280');
  await page.setViewportSize({ width: 1440, height: 900 });
  // The report follows the DPO's language unless another is chosen: this person reads bokmål.
  await expect(dialog.getByLabel('Language of the report')).toHaveText('English');
  await dialog.getByLabel('Language of the report').click();
  await page.getByRole('option', { name: 'Norsk bokmål' }).click();
  await dialog.getByRole('button', { name: 'Make the report and keep it on the case' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Access report kept under Documents (3 records).')).toBeVisible();

  await page.getByRole('tab', { name: 'Documents' }).click();
  await expect(page.getByText('Innsyn 2026-03-02.pdf')).toBeVisible();
  await expect(page.getByText('Innsyn 2026-03-02.zip')).toBeVisible();
  await page.getByRole('tab', { name: 'Timeline' }).click();
  await expect(
    page.getByText(
      /Access report made: 3 records found by "kari.berg@example.no", "kari@example.no", dated 02.03.2026/,
    ),
  ).toBeVisible();
  await office.screenshot('case-timeline');
});

test('an administrator rewords an Art. 15(1) item under Settings, in several paragraphs', async ({
  page,
  office,
}) => {
  office.clock.set('2026-03-02T09:00:00.000Z');
  await office.addUser('ada', ['admin'], 'Ada Admin');
  await office.signIn('ada');
  await office.nav('Settings').click();
  const group = page.getByRole('heading', { name: 'Access report (Art. 15)' });
  await group.scrollIntoViewIfNeeded();
  const recipients = page.getByLabel('Recipients (English)');
  await expect(recipients).toHaveValue(/We do not pass your personal data on to others/);
  await recipients.fill('Our bookkeeper, Regnskap AS, receives invoices.\n\nNobody else receives your data.');
  await recipients.scrollIntoViewIfNeeded();
  await office.screenshot('settings');
  await page.getByRole('button', { name: /^Save/ }).click();
  await expect(page.getByRole('button', { name: /^Save/ })).toBeDisabled();
  const settings = await office.core.dispatch('settings.get', {}, office.session);
  expect(settings).toMatchObject({
    ok: true,
    data: {
      accessRecipientsEn:
        'Our bookkeeper, Regnskap AS, receives invoices.\n\nNobody else receives your data.',
    },
  });
});
