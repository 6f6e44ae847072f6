import { checkReminders } from '../../src/main/core/reminders/service';
import { appUrl, expect, password, test } from './support/fixtures';

test.describe('first start and sign-in', () => {
  test('the first start asks for the administrator, who lands on the start page', async ({
    page,
    office,
  }) => {
    await page.goto(appUrl());
    await expect(page.getByRole('heading', { name: 'Welcome to Privacy Desk' })).toBeVisible();
    await office.screenshot('setup-empty');

    await page.getByLabel('Full name').fill('Kari Nordmann');
    await page.getByLabel('User name').fill('kari');
    await page.getByLabel('Password', { exact: true }).fill('short');
    await page.getByLabel('Repeat the password').fill('different');
    await page.getByRole('button', { name: 'Create administrator and sign in' }).click();
    await expect(page.getByText('The password must be at least 10 characters')).toBeVisible();
    await expect(page.getByText('The two passwords differ')).toBeVisible();
    await office.screenshot('setup-errors');

    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByLabel('Repeat the password').fill(password);
    await page.getByLabel('I am also the data protection officer').check();
    await page.getByRole('button', { name: 'Create administrator and sign in' }).click();

    await expect(page.getByRole('heading', { name: /, Kari$/ })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Account of Kari Nordmann' })).toContainText(
      'Administrator',
    );
    await office.screenshot('home-admin');
  });

  test('a wrong password is refused with a clear message, the right one signs in', async ({
    page,
    office,
  }) => {
    await office.addUser('ola', ['agent'], 'Ola Nordmann');
    await page.goto(appUrl());
    await page.getByLabel('User name').fill('ola');
    await page.getByLabel('Password', { exact: true }).fill('not my password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toHaveText('Wrong user name or password.');
    await expect(page.getByLabel('Password', { exact: true })).toHaveValue('');
    await office.screenshot('sign-in-wrong-password');

    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Account of Ola Nordmann' })).toBeVisible();
  });

  test('an empty sign-in is explained under each field, and Enter signs in', async ({ page, office }) => {
    await office.addUser('ola', ['agent'], 'Ola Nordmann');
    await page.goto(appUrl());
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('Enter your user name')).toBeVisible();
    await expect(page.getByText('Enter your password')).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);

    await page.getByLabel('User name').fill('ola');
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Account of Ola Nordmann' })).toBeVisible();
  });

  test('a person changes their own password; a wrong current one and a differing repetition are explained', async ({
    page,
    office,
  }) => {
    await office.addUser('ola', ['agent'], 'Ola Nordmann');
    await office.signIn('ola');
    await page.getByRole('button', { name: 'Account of Ola Nordmann' }).click();
    await page.getByRole('menuitem', { name: 'Change password' }).click();
    const dialog = page.getByRole('dialog', { name: 'Change your password' });
    const next = 'Tyttebær og 7 fjellbjørker';
    await dialog.getByLabel('Current password').fill('not my password');
    await dialog.getByLabel('New password', { exact: true }).fill(next);
    await dialog.getByLabel('Repeat the new password').fill(`${next}!`);
    await page.keyboard.press('Enter');
    await expect(dialog.getByText('The two passwords differ')).toBeVisible();

    await dialog.getByLabel('Repeat the new password').fill(next);
    await page.keyboard.press('Enter');
    await expect(dialog.getByText('This is not your current password')).toBeVisible();
    await office.screenshot('change-password-wrong');

    await dialog.getByLabel('Current password').fill(password);
    await page.keyboard.press('Enter');
    await expect(page.getByText('Your password was changed.')).toBeVisible();
    await expect(dialog).toHaveCount(0);
    const signIn = await office.core.dispatch(
      'auth.signIn',
      { username: 'ola', password: next },
      office.core.newSession(),
    );
    expect(signIn.ok).toBe(true);
  });

  test('five wrong passwords lock the account', async ({ page, office }) => {
    await office.addUser('ola', ['agent']);
    await page.goto(appUrl());
    await page.getByLabel('User name').fill('ola');
    const failedAttempts = async () =>
      (
        (await office.core.db('users').where({ username: 'ola' }).first('failed_attempts')) as {
          failed_attempts: number;
        }
      ).failed_attempts;
    for (let attempt = 0; attempt < 5; attempt++) {
      await page.getByLabel('Password', { exact: true }).fill(`wrong ${attempt}`);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page.getByRole('alert')).toBeVisible();
      // Each wrong password is answered before the next is typed: a click while the last one is
      // still being checked would be a click on a busy button.
      if (attempt < 4) await expect.poll(failedAttempts).toBe(attempt + 1);
    }
    await expect(page.getByRole('alert')).toHaveText(
      'Too many wrong passwords: the account is locked for 5 minutes.',
    );
    await office.screenshot('sign-in-locked-out');
  });
});

test.describe('user administration', () => {
  test('an admin adds an agent, who signs in and is refused the admin screens', async ({ page, office }) => {
    await office.addUser('kari', ['admin'], 'Kari Nordmann');
    await office.signIn('kari');
    await office.nav('Users').click();
    await expect(page.getByRole('heading', { name: 'Users' })).toBeVisible();

    await page.getByRole('button', { name: 'Add user' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a user' });
    await dialog.getByLabel('Full name').fill('Ola Nordmann');
    await dialog.getByLabel('User name').fill('ola');
    await dialog.getByLabel('First password').fill(password);
    await dialog.getByLabel('Repeat the password').fill(password);
    await office.screenshot('users-add-dialog');
    await dialog.getByRole('button', { name: 'Add user' }).click();
    await expect(page.getByText('Ola Nordmann can now sign in.')).toBeVisible();
    await expect(page.getByRole('gridcell', { name: 'Ola Nordmann' })).toBeVisible();

    // A taken user name is refused by the core and shown on the field.
    await page.getByRole('button', { name: 'Add user' }).click();
    await dialog.getByLabel('Full name').fill('Ola Again');
    await dialog.getByLabel('User name').fill('ola');
    await dialog.getByLabel('First password').fill(password);
    await dialog.getByLabel('Repeat the password').fill(password);
    await dialog.getByRole('button', { name: 'Add user' }).click();
    await expect(dialog.getByText('The user name "ola" is already taken. Choose another one.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await office.screenshot('users-list');

    await page.getByRole('button', { name: 'Account of Kari Nordmann' }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await office.signIn('ola');
    await expect(office.nav('Users')).toHaveCount(0);
    await page.goto(appUrl('/admin/users'));
    await expect(page.getByRole('heading', { name: 'No access to Users' })).toBeVisible();
    await office.screenshot('agent-refused-admin');
    // The core refuses too, whatever the renderer shows.
    const answer = await page.evaluate(() => window.api.invoke('users.list', {}));
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  test('deactivating a user can be undone, and the only admin cannot be demoted', async ({
    page,
    office,
  }) => {
    await office.addUser('kari', ['admin'], 'Kari Nordmann');
    await office.addUser('ola', ['agent'], 'Ola Nordmann');
    await office.signIn('kari');
    await page.goto(appUrl('/admin/users'));
    await page.getByRole('menuitem', { name: 'Deactivate Ola Nordmann' }).click();
    await page.getByRole('button', { name: 'Deactivate' }).click();
    await expect(page.getByText('Ola Nordmann was deactivated.')).toBeVisible();
    await expect(page.getByRole('row', { name: /Ola Nordmann/ })).toContainText('Deactivated');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByRole('row', { name: /Ola Nordmann/ })).toContainText('Active');

    await page.getByRole('menuitem', { name: 'Edit Kari Nordmann' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit Kari Nordmann' });
    await dialog.getByLabel(/^Administrator/).uncheck();
    await dialog.getByLabel(/^Call-center agent/).check();
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await expect(
      dialog.getByText('This is the only active administrator. Make someone else an administrator first.'),
    ).toBeVisible();
  });

  test('an admin resets a password: a differing repetition is explained, a matching one resets it', async ({
    page,
    office,
  }) => {
    await office.addUser('kari', ['admin'], 'Kari Nordmann');
    await office.addUser('ola', ['agent'], 'Ola Nordmann');
    await office.signIn('kari');
    await page.goto(appUrl('/admin/users'));
    await page.getByRole('menuitem', { name: 'Reset the password of Ola Nordmann' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reset password' });
    const newPassword = dialog.getByLabel('New password', { exact: true });
    await expect(newPassword).toBeFocused();
    const next = 'Multer og 9 blåbærtuer';
    await newPassword.fill(next);
    await dialog.getByLabel('Repeat the new password').fill(`${next}!`);
    await page.keyboard.press('Enter');
    await expect(dialog.getByText('The two passwords differ')).toBeVisible();

    await dialog.getByLabel('Repeat the new password').fill(next);
    await page.keyboard.press('Enter');
    await expect(page.getByText('The password of Ola Nordmann was reset.')).toBeVisible();
    await expect(dialog).toHaveCount(0);
  });
});

test.describe('idle lock', () => {
  test('locks after 15 idle minutes and keeps unsaved input after unlocking', async ({ page, office }) => {
    await office.addUser('kari', ['admin'], 'Kari Nordmann');
    await page.clock.install();
    await office.signIn('kari');
    await page.goto(appUrl('/admin/users'));
    await page.getByRole('button', { name: 'Add user' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a user' });
    await dialog.getByLabel('Full name').fill('Half Typed Name');

    await page.clock.fastForward('14:00');
    await expect(page.getByRole('heading', { name: 'Session locked' })).toHaveCount(0);
    await page.clock.fastForward('01:30');
    await expect(page.getByRole('heading', { name: 'Session locked' })).toBeVisible();
    await expect(page.getByText('Half Typed Name')).toHaveCount(0);
    await office.screenshot('idle-locked');
    // The core refuses work while locked, not only the screen.
    expect(await page.evaluate(() => window.api.invoke('users.directory', {}))).toMatchObject({
      ok: false,
      error: { code: 'SESSION_LOCKED' },
    });

    const lock = page.getByRole('dialog', { name: 'Session locked' });
    await lock.getByLabel('Password', { exact: true }).fill('wrong password');
    await lock.getByRole('button', { name: 'Unlock' }).click();
    await expect(lock.getByRole('alert')).toContainText('Wrong user name or password.');
    await lock.getByLabel('Password', { exact: true }).fill(password);
    await lock.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('heading', { name: 'Session locked' })).toHaveCount(0);
    await expect(dialog.getByLabel('Full name')).toHaveValue('Half Typed Name');
  });
});

test.describe('audit log and settings', () => {
  test('the admin browses the audit log, filters it and verifies the chain', async ({ page, office }) => {
    await office.addUser('kari', ['admin'], 'Kari Nordmann');
    await office.addUser('ola', ['agent'], 'Ola Nordmann');
    await office.signIn('kari');
    await page.goto(appUrl('/admin/users'));
    await page.getByRole('menuitem', { name: 'Edit Ola Nordmann' }).click();
    await page.getByRole('dialog').getByLabel('Full name').fill('Ola Nordmann-Hansen');
    await page.getByRole('dialog').getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText('Ola Nordmann-Hansen was updated.')).toBeVisible();

    await office.nav('Audit log').click();
    // In words: who by name, the record by its name, the part of the app it went through.
    const edit = page.getByRole('row', {
      name: /Kari Nordmann.*Edited.*User Ola Nordmann-Hansen.*Users: edit/,
    });
    await expect(edit).toBeVisible();
    await page.getByLabel('Action').click();
    await page.getByRole('option', { name: 'Edited' }).click();
    await expect(page).toHaveURL(/action=update/);
    await expect(page.getByRole('row')).toHaveCount(2);
    await page.getByRole('gridcell', { name: 'Users: edit' }).click();
    const entry = page.getByRole('dialog', { name: /Audit entry/ });
    await expect(entry.getByRole('cell', { name: 'Ola Nordmann-Hansen' })).toBeVisible();
    await expect(entry.getByRole('cell', { name: 'Ola Nordmann', exact: true })).toBeVisible();
    await office.screenshot('audit-entry');
    await entry.getByRole('button', { name: 'Close' }).click();
    await expect(entry).toHaveCount(0);

    await page.getByRole('button', { name: 'Verify the chain' }).click();
    await expect(page.getByRole('status')).toContainText('The audit chain is intact');
    await office.screenshot('audit-verified');
    // This desk's key is already a file in the data folder (as the command-line tool keeps it).
    await page.getByRole('button', { name: 'Save the key for the command-line tool' }).click();
    const saved = page.getByRole('status').filter({ hasText: /audit\.key already holds this key/ });
    await expect(saved).toBeVisible();
    await saved.getByRole('button', { name: 'Close' }).click();

    await office.core.db.raw('DROP TRIGGER audit_log_no_update');
    await office.core.db('audit_log').where({ id: 2 }).update({ username: 'someone' });
    await page.getByRole('button', { name: 'Verify the chain' }).click();
    await expect(page.getByRole('status')).toContainText('The audit chain is broken at entry 2');
  });

  test('the admin changes a setting; a value out of range is explained', async ({ page, office }) => {
    await office.addUser('kari', ['admin'], 'Kari Nordmann');
    await office.signIn('kari');
    await office.nav('Settings').click();
    const idle = page.getByLabel('Lock the session after inactivity');
    await idle.fill('0');
    await page.getByRole('button', { name: /^Save/ }).click();
    await expect(page.getByText('Lock the session after inactivity: at least 1 minutes')).toBeVisible();
    await idle.fill('');
    await expect(page.getByText('Lock the session after inactivity: enter a whole number')).toBeVisible();
    await idle.fill('10');
    await page.getByRole('button', { name: /^Save/ }).click();
    await expect(page.getByText('Settings saved.')).toBeVisible();
    await office.screenshot('settings');
    const stored = await office.core.db('settings').where({ key: 'idleLockMinutes' }).first();
    expect(stored.value_json).toBe('10');
  });
});

test.describe('reminders', () => {
  test('a reminder event reaches the signed-in user it concerns and opens the item', async ({
    page,
    office,
  }) => {
    await office.addUser('kari', ['admin'], 'Kari Nordmann');
    await office.signIn('kari');
    const events: unknown[] = [];
    await page.exposeFunction('__recordReminder', (payload: unknown) => void events.push(payload));
    await page.evaluate(() => {
      window.api.on('reminder', (payload) =>
        (window as unknown as { __recordReminder(p: unknown): void }).__recordReminder(payload),
      );
    });
    const reminder = (key: string, roles: Array<'dpo' | 'admin'>) => ({
      key,
      level: 'overdue' as const,
      title: `Review of agreement ${key} is overdue`,
      body: 'Open the register to review it.',
      path: '/admin/audit',
      roles,
    });
    // A reminder for the DPO never reaches an administrator's window: main filters, not the page.
    await checkReminders(office.core, [async () => [reminder('A-1', ['dpo'])]]);
    await checkReminders(office.core, [async () => [reminder('A-2', ['admin'])]]);
    await expect(page.getByText('Review of agreement A-2 is overdue')).toBeVisible();
    expect(events.map((event) => (event as { key: string }).key)).toEqual(['A-2']);
    await expect(page.getByText('Review of agreement A-1 is overdue')).toHaveCount(0);
    await office.screenshot('reminder-notice');
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Audit log' })).toBeVisible();
  });
});
