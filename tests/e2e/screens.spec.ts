import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { systemActor } from '../../src/main/core/context';
import { runAsSystem } from '../../src/main/core/core';
import { seedDemo } from '../../src/main/core/demo/seed';
import { appUrl, expect, password, test, type Office } from './support/fixtures';

const screenshotDir = path.resolve(__dirname, '../../test-results/screens');
const sizes = [
  [1440, 900],
  [1280, 720],
] as const;
/** The bokmål tour looks at the narrower window only, where longer Norwegian words would first be cut. */
const nbSizes = [[1280, 720]] as const;

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

/** Lists (by path) whose first record is opened and looked at too. */
const withRecords = new Set([
  '/inquiries',
  '/cases',
  '/breaches',
  '/registers/processing',
  '/registers/agreements',
  '/registers/organisations',
]);

/**
 * English words that never appear in bokmål text on a screen: the bokmål tour lists every one it
 * finds, after taking out the records' own text (names, titles, free text the demo seeded).
 */
const englishWords =
  /\b(The|the|and|with|from|Save|Cancel|Open|Show|Add|Delete|Edit|Search|Overdue|Due|None|No|Yes)\b/g;

/** English left on one screen of the bokmål tour, each with a little of the text around it. */
interface Leftover {
  screen: string;
  words: string[];
}

/** A stored value's texts: a string itself, or the strings of a JSON list (categories, places typed in). */
function listedIn(value: unknown): string[] {
  if (typeof value !== 'string') return [];
  if (!value.startsWith('[')) return [value];
  try {
    const list: unknown = JSON.parse(value);
    return Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Every text the office's records hold that a screen may show as it is (names, titles, summaries,
 * notes, the company's details, the items of lists typed in): names and free text are not the
 * interface's words. Codes (lowercase single words such as `open`) and the audit log's copies are
 * left out.
 */
async function recordTexts(office: Office): Promise<string[]> {
  const texts = new Set<string>();
  await runAsSystem(office.core, 'e2e', async (ctx) => {
    const tables = (await ctx.db.raw(
      "select name from sqlite_master where type = 'table' and name not like 'audit%' and name not like 'knex%' and name not like 'sqlite%'",
    )) as { name: string }[];
    for (const { name } of tables) {
      const rows = (await ctx.db(name).select('*')) as Record<string, unknown>[];
      for (const row of rows)
        for (const value of Object.values(row))
          for (const one of listedIn(value))
            if (one.length >= 3 && /[A-Z\s\d]/.test(one) && !/^[[{]/.test(one)) texts.add(one.trim());
    }
  });
  return [...texts].filter(Boolean).sort((a, b) => b.length - a.length);
}

function englishIn(shown: string, records: readonly string[]): string[] {
  let text = shown;
  for (const record of records) text = text.split(record).join(' ');
  return [...text.matchAll(englishWords)].map((match) =>
    text
      .slice(Math.max(0, match.index - 25), match.index + match[0].length + 25)
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

/**
 * A screen's text in three parts: the main navigation (every feature's screen titles, checked as
 * the screen `navigation`), what the core words itself (deadline items' titles and details, marked
 * `data-core-text`, listed as `<screen> (core)`), and the rest, the screen's own words. Commands
 * shown in `code` are left out.
 */
async function textsOf(page: Page): Promise<{ navigation: string; core: string; own: string }> {
  return page.evaluate(() => {
    const apart = [
      ...document.querySelectorAll<HTMLElement>('nav[aria-label="Hovedmeny"], [data-core-text], code'),
    ].filter((element) => !element.parentElement?.closest('[data-core-text]'));
    const navigation = apart
      .filter((element) => element.tagName === 'NAV')
      .map((element) => element.innerText)
      .join('\n');
    // Commands to type (`code`) are not words of either language.
    const core = apart
      .filter((element) => element.tagName !== 'NAV' && element.tagName !== 'CODE')
      .map((element) => element.innerText)
      .join('\n');
    const displays = apart.map((element) => element.style.display);
    apart.forEach((element) => (element.style.display = 'none'));
    const own = document.body.innerText;
    apart.forEach((element, index) => (element.style.display = displays[index] ?? ''));
    return { navigation, core, own };
  });
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const pathSlug = (hashPath: string) => slug(hashPath) || 'start';

/**
 * Every screen of the navigation as `username` meets it, at 1440×900 and 1280×720: a screenshot of
 * each into test-results/screens/, and axe's findings. The first record of a list is opened too.
 * In bokmål (`nb`) the screenshots, at 1280×720 only to keep the suite's time, are named
 * `screens--<user>-nb-<path>-1280.png`, and each screen's English leftovers are collected.
 */
async function tour(
  page: Page,
  office: Office,
  username: string,
  language: 'en' | 'nb' = 'en',
): Promise<{ findings: Finding[]; leftovers: Leftover[] }> {
  const findings: Finding[] = [];
  const leftovers: Leftover[] = [];
  const records = language === 'nb' ? await recordTexts(office) : [];
  const prefix = language === 'nb' ? `${username}-nb` : username;
  const look = async (screen: string, key: string) => {
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await expect(
      page.locator('.MuiSkeleton-root, .MuiDataGrid-overlay .MuiCircularProgress-root'),
    ).toHaveCount(0);
    for (const [width, height] of language === 'nb' ? nbSizes : sizes) {
      await page.setViewportSize({ width, height });
      await page.screenshot({
        path: path.join(screenshotDir, `screens--${prefix}-${screen}-${width}.png`),
      });
    }
    if (language === 'en') await page.setViewportSize({ width: 1440, height: 900 });
    findings.push(...(await audit(page, `${prefix}: ${screen}`)));
    if (language === 'nb') {
      const texts = await textsOf(page);
      const found = (screenKey: string, words: string[]) => {
        if (words.length > 0 && !leftovers.some((leftover) => leftover.screen === screenKey))
          leftovers.push({ screen: screenKey, words });
      };
      found(key, englishIn(texts.own, records));
      found('navigation', englishIn(texts.navigation, records));
      found(`${key} (core)`, englishIn(texts.core, records));
    }
  };

  // The sign-in screen first, as everyone meets it (in bokmål: chosen with its language button).
  await page.goto(appUrl('/'));
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  if (language === 'nb') {
    await page.getByRole('button', { name: /^Language:/ }).click();
    await page.getByRole('menuitem', { name: 'Norsk bokmål' }).click();
    await expect(page.getByRole('button', { name: 'Logg inn' })).toBeVisible();
    await look('sign-in', 'sign-in');
    await page.getByLabel('Brukernavn').fill(username);
    await page.getByLabel('Passord', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Logg inn' }).click();
  } else {
    await look('sign-in', 'sign-in');
    await office.signIn(username);
  }
  const navigation = page.getByRole('navigation', {
    name: language === 'nb' ? 'Hovedmeny' : 'Main navigation',
  });
  await expect(navigation).toBeVisible();
  const nav = navigation.getByRole('link');
  const links = await nav.evaluateAll((elements) =>
    elements.map((element) => ({
      name: (element as HTMLElement).innerText.split('\n')[0]!.trim(),
      path: (element.getAttribute('href') ?? '').replace(/^#/, ''),
    })),
  );
  expect(links.length).toBeGreaterThan(2);
  for (const { name, path: hashPath } of links) {
    await office.nav(name).click();
    const screen = language === 'nb' ? pathSlug(hashPath) : slug(name);
    await look(screen, hashPath);
    const grid = page.getByRole('grid');
    if (withRecords.has(hashPath) && (await grid.getByRole('row').count()) > 1) {
      const list = page.url();
      await grid.getByRole('row').nth(1).getByRole('gridcell').first().click();
      await expect.poll(() => page.url()).not.toBe(list);
      await look(`${screen}-record`, `${hashPath}/record`);
      await page.goBack();
    }
  }
  return { findings, leftovers };
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
    const { findings } = await tour(page, office, username);
    fs.writeFileSync(
      path.join(screenshotDir, `screens--${username}-axe.json`),
      JSON.stringify(findings, null, 2),
    );
    expect(findings).toEqual([]);
  });

  test(`every screen ${username} meets in bokmål fits 1280×720, has no serious accessibility fault and no English left`, async ({
    page,
    office,
  }) => {
    test.setTimeout(420_000);
    await page.clock.setFixedTime(new Date('2026-03-02T08:00:00.000Z'));
    await seeded(office);
    await office.setLanguage(username, 'nb');
    const { findings, leftovers } = await tour(page, office, username, 'nb');
    fs.writeFileSync(
      path.join(screenshotDir, `screens--${username}-nb-axe.json`),
      JSON.stringify(findings, null, 2),
    );
    fs.writeFileSync(
      path.join(screenshotDir, `screens--${username}-nb-english.json`),
      JSON.stringify(leftovers, null, 2),
    );
    expect(findings).toEqual([]);
    expect(leftovers).toEqual([]);
  });
}
