import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { systemActor } from '../../src/main/core/context';
import { seedDemo } from '../../src/main/core/demo/seed';
import { appUrl, expect, password, test, type Office } from './support/fixtures';

const screenshotDir = path.resolve(__dirname, '../../test-results/screens');
const sizes = [
  [1440, 900],
  [1280, 720],
] as const;

/** What axe found on one screen that a person relying on it would be stopped by. */
interface Finding {
  screen: string;
  rule: string;
  impact: string;
  targets: string[];
}

/** WCAG 2.1 AA: every rule axe has for it; serious and critical findings fail the test. */
async function audit(page: Page, screen: string): Promise<Finding[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      screen,
      rule: violation.id,
      impact: violation.impact ?? '',
      targets: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
    }));
}

/** Lists whose first record is opened and looked at too. */
const withRecords = new Set([
  'Inquiries',
  'Cases',
  'Breaches',
  'Processing activities',
  'Processing agreements',
  'Customers and suppliers',
]);

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * Every screen of the navigation as `username` meets it, at 1440×900 and 1280×720: a screenshot of
 * each into test-results/screens/, and axe's findings. The first record of a list is opened too.
 */
async function tour(page: Page, office: Office, username: string): Promise<Finding[]> {
  const findings: Finding[] = [];
  const look = async (screen: string) => {
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await expect(
      page.locator('.MuiSkeleton-root, .MuiDataGrid-overlay .MuiCircularProgress-root'),
    ).toHaveCount(0);
    for (const [width, height] of sizes) {
      await page.setViewportSize({ width, height });
      await page.screenshot({
        path: path.join(screenshotDir, `screens--${username}-${screen}-${width}.png`),
      });
    }
    await page.setViewportSize({ width: 1440, height: 900 });
    findings.push(...(await audit(page, `${username}: ${screen}`)));
  };

  // The sign-in screen first, as everyone meets it.
  await page.goto(appUrl('/'));
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await look('sign-in');
  await office.signIn(username);
  const nav = page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link');
  const names = (await nav.allInnerTexts()).map((text) => text.split('\n')[0]!.trim());
  expect(names.length).toBeGreaterThan(2);
  for (const name of names) {
    await office.nav(name).click();
    await look(slug(name));
    const grid = page.getByRole('grid');
    if (withRecords.has(name) && (await grid.getByRole('row').count()) > 1) {
      const list = page.url();
      await grid.getByRole('row').nth(1).getByRole('gridcell').first().click();
      await expect.poll(() => page.url()).not.toBe(list);
      await look(`${slug(name)}-record`);
      await page.goBack();
    }
  }
  return findings;
}

async function seeded(office: Office): Promise<void> {
  office.clock.set('2026-03-02T08:00:00.000Z');
  await seedDemo(
    office.core,
    { seed: 7, password, inquiries: 80, cases: 40, agreements: 8, breaches: 6 },
    systemActor('e2e'),
    () => {},
  );
  fs.mkdirSync(screenshotDir, { recursive: true });
}

for (const username of ['agent1', 'dpo', 'admin'] as const) {
  test(`every screen ${username} meets fits both window sizes and has no serious accessibility fault`, async ({
    page,
    office,
  }) => {
    test.setTimeout(300_000);
    await page.clock.setFixedTime(new Date('2026-03-02T08:00:00.000Z'));
    await seeded(office);
    const findings = await tour(page, office, username);
    fs.writeFileSync(
      path.join(screenshotDir, `screens--${username}-axe.json`),
      JSON.stringify(findings, null, 2),
    );
    expect(findings).toEqual([]);
  });
}
