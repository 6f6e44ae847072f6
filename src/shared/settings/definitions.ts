import {
  booleanSetting,
  integerSetting,
  type SettingDefinition,
  type SettingsOf,
  textSetting,
} from './define';

/**
 * Every admin-changeable policy of the app, with its default. Features add their own group here;
 * the settings screen, the validation and the stored defaults all come from this one list.
 */
export const settingDefinitions = {
  idleLockMinutes: integerSetting({
    group: 'Security',
    label: 'Lock the session after inactivity',
    help: 'After this many minutes without use, the app asks for the password again. Unsaved input is kept.',
    min: 1,
    max: 240,
    unit: 'minutes',
    default: 15,
  }),
  failedSignInLimit: integerSetting({
    group: 'Security',
    label: 'Wrong passwords before the account locks',
    help: 'Consecutive wrong passwords that lock an account for the lock-out period.',
    min: 3,
    max: 20,
    unit: 'attempts',
    default: 5,
  }),
  lockoutMinutes: integerSetting({
    group: 'Security',
    label: 'Lock-out period',
    help: 'How long an account stays locked after too many wrong passwords.',
    min: 1,
    max: 1440,
    unit: 'minutes',
    default: 5,
  }),
  dueSoonDays: integerSetting({
    group: 'Rights requests',
    label: 'Due soon',
    help: 'A case is "due soon", and needs an extension notice if it is to be extended, when this few days are left.',
    min: 1,
    max: 30,
    unit: 'days',
    default: 7,
  }),
  pauseForVerification: booleanSetting({
    group: 'Rights requests',
    label: 'Pause the deadline while identity is being verified',
    help: 'Art. 12(3) has no pause; EDPB guidelines 01/2022 allow suspending the time when additional information was requested without undue delay. When on, the days between asking the person (to verify the identity, or to clarify a broad request, Recital 63) and the answer are added to the deadline, and the case shows it.',
    default: false,
  }),
  pauseRequestWithinDays: integerSetting({
    group: 'Rights requests',
    label: 'A pause counts only if the person was asked within',
    help: 'Without undue delay: the time pauses only when the request for information or clarification was sent this many days after receipt or sooner. A later request does not pause the time, and the case says why.',
    min: 0,
    max: 14,
    unit: 'days',
    default: 3,
  }),
  forwardWithinWorkingDays: integerSetting({
    group: 'Rights requests',
    label: 'Forward a processor request to the customer within',
    help: 'As processor we pass a request to the customer (the controller) without undue delay (Art. 28(3)(e)): the case is due for forwarding this many working days after receipt, shown and reminded like the other deadlines.',
    min: 0,
    max: 10,
    unit: 'working days',
    default: 2,
  }),
  subjectNoticeHours: integerSetting({
    group: 'Personal data breaches',
    label: 'Tell the people affected within',
    help: 'A high risk requires telling the people affected without undue delay (Art. 34(1)): the register aims at this many hours from the high-risk assessment, on the breach, the dashboard and in reminders.',
    min: 1,
    max: 720,
    unit: 'hours',
    default: 72,
  }),
  agreementReviewMonths: integerSetting({
    group: 'Data processing agreements',
    label: 'Review agreements every',
    help: 'A new agreement, and one just reviewed, is next due for review this many months later (31 January + 1 month = end of February). Dates already set stay as they are.',
    min: 1,
    max: 60,
    unit: 'months',
    default: 12,
  }),
  attachmentMaxMegabytes: integerSetting({
    group: 'Attachments',
    label: 'Largest attachment',
    help: 'Files above this size are refused. Scan large documents at a lower resolution instead.',
    min: 1,
    max: 100,
    unit: 'MB',
    default: 20,
  }),
  inquiryRetentionMonths: integerSetting({
    group: 'Retention',
    label: 'Keep closed inquiries for',
    help: 'The retention purge (daily, and on demand under Administration → Retention) removes an inquiry this many months after it was closed, with the before/after copies of its audit entries; an inquiry an administrator deleted goes at the next purge. An inquiry that belongs to a case or a breach is kept with it.',
    min: 1,
    max: 120,
    unit: 'months',
    default: 12,
  }),
  backupKeep: integerSetting({
    group: 'Backups',
    label: 'Daily backups to keep',
    help: 'Once a day the app copies the database and its attachments into the backups folder beside it; the oldest beyond this number are removed.',
    min: 1,
    max: 90,
    unit: 'backups',
    default: 7,
  }),
  companyName: textSetting({
    group: 'Company (letters and reports)',
    label: 'Company name',
    help: 'The sender of every letter and the company the annual report is about.',
    maxLength: 120,
    default: 'We Assist AS',
  }),
  companyOrgNumber: textSetting({
    group: 'Company (letters and reports)',
    label: 'Organisation number',
    help: 'Printed under the company name in letters and reports.',
    maxLength: 40,
    default: '928 179 575',
  }),
  companyAddress: textSetting({
    group: 'Company (letters and reports)',
    label: 'Postal address',
    help: 'One line, parts separated by commas: the letterhead breaks it into lines there.',
    maxLength: 200,
    default: 'Sandakerveien 116, 0484 Oslo',
  }),
  companyPhone: textSetting({
    group: 'Company (letters and reports)',
    label: 'Phone',
    help: 'Where a person calls about a letter (the letterhead, and "how to answer" in the letters).',
    maxLength: 40,
    default: '+47 4000 5045',
  }),
  companyEmail: textSetting({
    group: 'Company (letters and reports)',
    label: 'E-mail for privacy matters',
    help: 'Where people exercise their rights (the privacy statement names it); the letters tell them to write here.',
    maxLength: 120,
    default: 'support@weassist.no',
  }),
  companyWebsite: textSetting({
    group: 'Company (letters and reports)',
    label: 'Website',
    help: 'Where the privacy statement is published; the letters refer to it.',
    maxLength: 120,
    default: 'www.weassist.no',
  }),
} satisfies Record<string, SettingDefinition>;

export type SettingKey = keyof typeof settingDefinitions;
export type Settings = SettingsOf<typeof settingDefinitions>;

export const settingKeys = Object.keys(settingDefinitions) as SettingKey[];

export function defaultSettings(): Settings {
  return Object.fromEntries(settingKeys.map((key) => [key, settingDefinitions[key].default])) as Settings;
}
