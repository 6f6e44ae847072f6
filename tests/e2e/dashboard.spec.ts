import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { systemActor } from '../../src/main/core/context';
import { seedDemo } from '../../src/main/core/demo/seed';
import type { ChannelInput } from '../../src/shared/contract';
import { checkReminders } from '../../src/main/core/reminders/service';
import { appUrl, expect, password, test, type Office } from './support/fixtures';

const screensDir = path.resolve(__dirname, '../../test-results/screens');

/** 2 March 2026, 08:00 in Oslo, for the core and the page alike. */
const morning = '2026-03-02T07:00:00.000Z';

async function atMorning(page: Page, office: Office): Promise<void> {
  office.clock.set(morning);
  await page.clock.setFixedTime(new Date(morning));
}

async function dispatchAs(office: Office, username: string, channel: string, input: unknown) {
  const session = office.core.newSession();
  const signIn = await office.core.dispatch('auth.signIn', { username, password }, session);
  expect(signIn.ok).toBe(true);
  const result = await office.core.dispatch(channel, input, session);
  if (!result.ok) throw new Error(result.error.message);
  return result.data as { id: number; number: string };
}

const access = (receivedDate: string, personName: string): ChannelInput<'cases.create'> => ({
  personName,
  personEmail: 'someone@example.no',
  types: ['access'],
  channel: 'email',
  capacity: 'controller',
  receivedDate,
});

test('the DPO sees a case due tomorrow and an overdue one, counted and one click away; a reminder fires', async ({
  page,
  office,
}) => {
  await atMorning(page, office);
  await office.addUser('dina', ['dpo'], 'Dina Berg');
  // Received 3 Feb: due Tue 3 Mar, tomorrow. Received 2 Jan: due 2 Feb, four weeks overdue.
  const tomorrow = await dispatchAs(office, 'dina', 'cases.create', access('2026-02-03', 'Kari Nordmann'));
  const overdue = await dispatchAs(office, 'dina', 'cases.create', access('2026-01-02', 'Per Hansen'));
  // Two inquiry follow-ups, logged on 20 February and left overdue: work reminders, counted apart from
  // the legal deadlines.
  office.clock.set('2026-02-20T10:00:00.000Z');
  for (const summary of ['Asked about recordings', 'Wants a copy of a contract']) {
    await dispatchAs(office, 'dina', 'inquiries.create', {
      channel: 'phone',
      receivedAt: '2026-02-20T09:00:00.000Z',
      onBehalfOfId: null,
      personPhone: '91234567',
      category: 'general',
      summary,
      followUpOn: '2026-02-25',
    });
  }
  office.clock.set(morning);
  await office.signIn('dina');

  await expect(page.getByRole('heading', { name: 'Good morning, Dina' })).toBeVisible();
  await expect(page.getByLabel('Overdue: 1', { exact: true })).toBeVisible();
  await expect(page.getByText('and 2 work reminders')).toBeVisible();
  await expect(page.getByLabel('Due within 7 days: 1', { exact: true })).toBeVisible();
  await expect(page.getByLabel('Due today: 0', { exact: true })).toBeVisible();
  await expect(page.getByLabel('Extension notices: 1', { exact: true })).toBeVisible();

  const list = page.getByRole('tabpanel');
  await expect(page.getByRole('tab', { name: 'Overdue (1)' })).toBeVisible();
  await expect(list.getByText(`Case ${overdue.number}`)).toBeVisible();
  await expect(list.getByText(/overdue by 28 days/)).toBeVisible();
  await expect(list.getByRole('region', { name: /^Inquiry follow-up/ })).toHaveCount(0);
  // Names of the people stay off the dashboard.
  await expect(page.getByText('Per Hansen')).toHaveCount(0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await office.screenshot('dashboard-overdue');
  // The work reminders on their own, a click away.
  await list.getByRole('button', { name: 'Work reminders (2)' }).click();
  await expect(list.getByRole('region', { name: 'Inquiry follow-up: 2' })).toContainText(
    /follow-up was .* \(5 days ago\)/,
  );
  await expect(list.getByText(`Case ${overdue.number}`)).toHaveCount(0);
  await expect(page.getByRole('tab', { name: 'Overdue (2)' })).toBeVisible();
  await office.screenshot('dashboard-reminders');
  await list.getByRole('button', { name: 'Legal deadlines (1)' }).click();

  await page.getByRole('tab', { name: 'Due within 7 days (1)' }).click();
  await expect(list.getByText(`Case ${tomorrow.number}`)).toBeVisible();
  await expect(list.getByText('Extension notice needed')).toBeVisible();
  await expect(list.getByText('Tue 03.03.2026')).toBeVisible();
  await office.screenshot('dashboard-week');

  await list.getByText(`Case ${tomorrow.number}`).click();
  await expect(page.getByRole('heading', { name: `Case ${tomorrow.number} · Kari Nordmann` })).toBeVisible();

  // The scheduler's check raises the overdue case as a reminder, seen in the window.
  const announced = await checkReminders(office.core);
  expect(announced.map((reminder) => reminder.title)).toContain(
    `Case ${overdue.number} is overdue by 28 days`,
  );
  await expect(page.getByText(/items overdue|is overdue by 28 days/).first()).toBeVisible();
  await office.screenshot('dashboard-reminder');
});

test('the calendar shows each deadline on its day, and the export holds the whole list', async ({
  page,
  office,
}) => {
  await atMorning(page, office);
  await office.addUser('dina', ['dpo'], 'Dina Berg');
  // Received 2 March: 2 April is Maundy Thursday, so due Tuesday 7 April after Easter.
  const april = await dispatchAs(office, 'dina', 'cases.create', access('2026-03-02', 'Lise Lund'));
  await dispatchAs(office, 'dina', 'cases.create', access('2026-02-06', 'Ola Olsen'));
  await office.signIn('dina');

  await office.nav('Deadline calendar').click();
  await expect(page.getByRole('heading', { name: 'March 2026' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Friday 6 March: 1 deadline' })).toBeVisible();
  await page.getByRole('button', { name: 'Next month' }).click();
  await expect(page.getByRole('heading', { name: 'April 2026' })).toBeVisible();
  await expect(page).toHaveURL(/month=2026-04/);
  await page.getByRole('button', { name: 'Tuesday 7 April: 1 deadline' }).click();
  const day = page.getByRole('region', { name: 'Deadlines of the day' });
  await expect(day.getByText(`Case ${april.number}`)).toBeVisible();
  await office.screenshot('calendar-april');
  await page.getByRole('button', { name: 'This month' }).click();
  await expect(page.getByRole('heading', { name: 'March 2026' })).toBeVisible();

  await office.nav('Start').click();
  await page.getByRole('tab', { name: /Due within 7 days/ }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export the list as CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('legal-deadlines-dueThisWeek-2026-03-02.csv');
});

test('an agent starts on their own open inquiries and the follow-ups that are due, and has no dashboard', async ({
  page,
  office,
}) => {
  await atMorning(page, office);
  await office.addUser('ola', ['agent'], 'Ola Nordmann');
  await office.addUser('kim', ['agent'], 'Kim Larsen');
  const inquiry = (summary: string, followUpOn: string | null): ChannelInput<'inquiries.create'> => ({
    channel: 'phone',
    direction: 'incoming',
    receivedAt: '2026-03-02T06:30:00.000Z',
    onBehalfOfId: null,
    personName: 'Anne Berg',
    personPhone: '+47 912 34 567',
    category: 'general',
    summary,
    status: 'open',
    followUpOn,
  });
  await dispatchAs(office, 'ola', 'inquiries.create', inquiry('Asks when the invoice is sent', '2026-03-02'));
  await dispatchAs(office, 'ola', 'inquiries.create', inquiry('Wants a copy of the contract', '2026-03-09'));
  await dispatchAs(office, 'kim', 'inquiries.create', inquiry('Colleague’s caller', '2026-03-02'));
  await office.signIn('ola');

  const due = page.getByRole('region', { name: 'Follow-ups due' });
  const open = page.getByRole('region', { name: 'Your open inquiries' });
  await expect(due.getByText('Asks when the invoice is sent')).toBeVisible();
  await expect(due.getByText('Wants a copy of the contract')).toHaveCount(0);
  await expect(open.getByText('Wants a copy of the contract')).toBeVisible();
  await expect(open.getByText('Asks when the invoice is sent')).toBeVisible();
  await expect(page.getByText('Colleague’s caller')).toHaveCount(0);
  await expect(page.getByLabel(/^Overdue: /)).toHaveCount(0);
  await expect(office.nav('Deadline calendar')).toHaveCount(0);
  await office.screenshot('agent-home');

  await due.getByText('Asks when the invoice is sent').click();
  await expect(page).toHaveURL(/#\/inquiries\/\d+/);
  // The core refuses the dashboard to an agent, whatever the screen shows.
  expect(await page.evaluate(() => window.api.invoke('dashboard.overview', {}))).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
  await page.goto(appUrl('/calendar'));
  await expect(page.getByRole('heading', { name: 'No access to Deadline calendar' })).toBeVisible();
});

test('the DPO downloads the annual report for the board; its first page is rendered for a look', async ({
  page,
  office,
}) => {
  await atMorning(page, office);
  await seedDemo(
    office.core,
    { seed: 11, password, inquiries: 800, cases: 400 },
    systemActor('e2e'),
    () => {},
  );
  await office.signIn('dpo');
  await expect(page.getByLabel(/^Overdue: \d+$/)).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  await office.screenshot('dashboard-seeded');

  await office.nav('Reports').click();
  await expect(page.getByRole('heading', { name: 'Annual privacy report' })).toBeVisible();
  await page.getByLabel('Year').click();
  await page.getByRole('option', { name: '2025' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the report for 2025' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('privacy-report-2025.pdf');
  await expect(
    page.getByText('The annual report for 2025 was saved as privacy-report-2025.pdf.'),
  ).toBeVisible();
  await office.screenshot('reports');

  const pdf = path.join(screensDir, 'dashboard--annual-report.pdf');
  await file.saveAs(pdf);
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '80',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    pdf,
    pdf.replace(/\.pdf$/, '-page1'),
  ]);
  expect(fs.existsSync(pdf.replace(/\.pdf$/, '-page1.png'))).toBe(true);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
  expect(text).toContain('Annual privacy report 2025');
  expect(text).toContain('1 January to 31.12.2025');
});
