import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import {
  dueDate,
  extendedDueDate,
  extensionRefusal,
  readClock,
  type CaseClock,
} from '../../src/main/core/deadlines/engine';
import {
  easterSunday,
  holidayName,
  isWorkingDay,
  norwegianHolidays,
} from '../../src/main/core/deadlines/holidays';

/**
 * [received, due, extended due]. Derived by hand from DOMAIN.md's rules (month rule with the
 * end-of-month clamp, then the next working day) and cross-checked against an independent
 * implementation; each row names the rule it exercises in the comments below the table.
 */
const table: Array<[string, string, string]> = [
  ['2026-03-05', '2026-04-07', '2026-06-05'],
  ['2026-08-31', '2026-09-30', '2026-11-30'],
  ['2026-01-31', '2026-03-02', '2026-04-30'],
  ['2028-01-31', '2028-02-29', '2028-05-02'],
  ['2026-11-24', '2026-12-24', '2027-02-24'],
  ['2026-11-25', '2026-12-28', '2027-02-25'],
  ['2026-11-30', '2026-12-30', '2027-03-01'],
  ['2026-12-01', '2027-01-04', '2027-03-01'],
  ['2025-12-31', '2026-02-02', '2026-03-31'],
  ['2026-03-02', '2026-04-07', '2026-06-02'],
  ['2026-04-01', '2026-05-04', '2026-07-01'],
  ['2026-04-17', '2026-05-18', '2026-07-17'],
  ['2026-04-14', '2026-05-15', '2026-07-14'],
  ['2026-04-24', '2026-05-26', '2026-07-24'],
  ['2026-04-25', '2026-05-26', '2026-07-27'],
  ['2027-02-25', '2027-03-30', '2027-05-25'],
  ['2027-04-17', '2027-05-18', '2027-07-19'],
  ['2027-04-06', '2027-05-07', '2027-07-06'],
  ['2026-10-31', '2026-11-30', '2027-02-01'],
  ['2026-05-31', '2026-06-30', '2026-08-31'],
  ['2026-06-30', '2026-07-30', '2026-09-30'],
  ['2026-02-28', '2026-03-30', '2026-05-28'],
  ['2026-03-31', '2026-04-30', '2026-06-30'],
  ['2026-12-31', '2027-02-01', '2027-03-31'],
  ['2027-11-24', '2027-12-24', '2028-02-24'],
  ['2027-11-25', '2027-12-27', '2028-02-25'],
  ['2027-11-30', '2027-12-30', '2028-02-29'],
  ['2027-12-01', '2028-01-03', '2028-03-01'],
  ['2027-12-31', '2028-01-31', '2028-03-31'],
  ['2028-01-30', '2028-02-29', '2028-05-02'],
  ['2029-01-31', '2029-02-28', '2029-04-30'],
  ['2024-02-29', '2024-04-02', '2024-05-29'],
  ['2026-07-31', '2026-08-31', '2026-11-02'],
  ['2026-09-30', '2026-10-30', '2026-12-30'],
  ['2026-06-06', '2026-07-06', '2026-09-07'],
  ['2026-03-03', '2026-04-07', '2026-06-03'],
  ['2026-03-06', '2026-04-07', '2026-06-08'],
  ['2030-03-22', '2030-04-23', '2030-06-24'],
  ['2025-03-20', '2025-04-22', '2025-06-20'],
  ['2025-04-29', '2025-05-30', '2025-07-29'],
  ['2025-05-09', '2025-06-10', '2025-08-11'],
  ['2026-10-24', '2026-11-24', '2027-01-25'],
  ['2026-12-25', '2027-01-25', '2027-03-30'],
  ['2026-09-26', '2026-10-26', '2026-12-28'],
];

describe('the deadline engine', () => {
  it.each(table)('received %s: due %s, extended due %s', (received, due, extended) => {
    expect(dueDate({ received }).date).toBe(due);
    expect(extendedDueDate({ received }).date).toBe(extended);
  });

  it('explains the date in words a DPO can check', () => {
    expect(dueDate({ received: '2026-01-31' }).explanation).toBe(
      '31 Jan + 1 month = 28 Feb, a Saturday -> Mon 2 Mar',
    );
    expect(dueDate({ received: '2026-08-31' }).explanation).toBe('31 Aug + 1 month = 30 Sep');
    expect(dueDate({ received: '2026-03-02' }).explanation).toBe(
      '2 Mar + 1 month = 2 Apr, Maundy Thursday -> Tue 7 Apr (Good Friday, Easter Sunday, Easter Monday also skipped)',
    );
    expect(dueDate({ received: '2026-11-25' }).explanation).toBe(
      "25 Nov + 1 month = 25 Dec, Christmas Day -> Mon 28 Dec (St Stephen's Day also skipped)",
    );
    expect(extendedDueDate({ received: '2028-01-31' }).explanation).toBe(
      '31 Jan + 3 months = 30 Apr, a Sunday -> Tue 2 May (Labour Day also skipped)',
    );
  });

  it('adds the days paused for identity verification before moving to a working day', () => {
    const pause = { requested: '2026-03-10', received: '2026-03-13' };
    const due = dueDate({ received: '2026-03-09', pause });
    expect(due).toMatchObject({ monthRuleDate: '2026-04-09', pausedDays: 3, date: '2026-04-13' });
    expect(due.explanation).toBe(
      '9 Mar + 1 month = 9 Apr + 3 days paused for identity verification = 12 Apr, a Sunday -> Mon 13 Apr',
    );
    expect(extendedDueDate({ received: '2026-03-09', pause }).date).toBe('2026-06-12');
  });

  it('keeps a running pause open until today', () => {
    const pause = { requested: '2026-03-10', received: null };
    expect(dueDate({ received: '2026-03-09', pause, today: '2026-03-12' }).date).toBe('2026-04-13');
    expect(dueDate({ received: '2026-03-09', pause, today: '2026-03-20' }).date).toBe('2026-04-20');
    expect(dueDate({ received: '2026-03-09', pause, today: '2026-03-20' }).explanation).toContain(
      '(still waiting)',
    );
  });

  it('counts no pause when none was asked for, or when it ended the day it began', () => {
    expect(dueDate({ received: '2026-03-09', pause: null }).pausedDays).toBe(0);
    expect(
      dueDate({ received: '2026-03-09', pause: { requested: '2026-03-10', received: '2026-03-10' } })
        .pausedDays,
    ).toBe(0);
  });
});

describe('case clock statuses', () => {
  const open: CaseClock = { received: '2026-01-31', extended: false, closed: false, awaitingPerson: false };

  it('is due soon within N days, with an extension notice needed while not extended', () => {
    const reading = readClock(open, '2026-02-26', 7);
    expect(reading.current.date).toBe('2026-03-02');
    expect(reading.daysLeft).toBe(4);
    expect(reading.statuses).toEqual(['due-soon', 'extension-notice-needed']);
  });

  it('is due soon but needs no extension notice on the day N itself, and nothing earlier', () => {
    expect(readClock(open, '2026-02-23', 7).statuses).toEqual(['due-soon']);
    expect(readClock(open, '2026-02-20', 7).statuses).toEqual([]);
  });

  it('is due today on the due date and overdue the day after', () => {
    expect(readClock(open, '2026-03-02', 7)).toMatchObject({
      daysLeft: 0,
      statuses: ['due-soon', 'extension-notice-needed'],
    });
    expect(readClock(open, '2026-03-03', 7)).toMatchObject({ daysLeft: -1, statuses: ['overdue'] });
  });

  it('runs on the extended date after an extension', () => {
    const reading = readClock({ ...open, extended: true }, '2026-03-03', 7);
    expect(reading.current.date).toBe('2026-04-30');
    expect(reading.daysLeft).toBe(58);
    expect(reading.statuses).toEqual([]);
  });

  it('shows awaiting the person, and nothing for a closed case', () => {
    expect(readClock({ ...open, awaitingPerson: true }, '2026-02-10', 7).statuses).toEqual([
      'awaiting-person',
    ]);
    expect(readClock({ ...open, closed: true, awaitingPerson: true }, '2026-04-10', 7).statuses).toEqual([]);
  });
});

describe('extensions', () => {
  const open: CaseClock = { received: '2026-01-31', extended: false, closed: false, awaitingPerson: false };

  it('are allowed with notice up to and including the original due date', () => {
    expect(
      extensionRefusal(open, { decidedOn: '2026-02-20', personToldOn: '2026-02-20' }, '2026-02-20'),
    ).toBeNull();
    expect(
      extensionRefusal(open, { decidedOn: '2026-03-02', personToldOn: '2026-03-02' }, '2026-03-02'),
    ).toBeNull();
  });

  it('are refused after the due date, twice, on a closed case, or with a notice date in the future', () => {
    expect(
      extensionRefusal(open, { decidedOn: '2026-03-03', personToldOn: '2026-03-03' }, '2026-03-03'),
    ).toBe(
      'Too late: an extension must be decided and the person told by the original due date (Mon 2 Mar).',
    );
    expect(
      extensionRefusal(open, { decidedOn: '2026-02-27', personToldOn: '2026-03-04' }, '2026-03-05'),
    ).toContain('Too late');
    expect(
      extensionRefusal(
        { ...open, extended: true },
        { decidedOn: '2026-02-20', personToldOn: '2026-02-20' },
        '2026-02-20',
      ),
    ).toContain('already been extended once');
    expect(
      extensionRefusal(
        { ...open, closed: true },
        { decidedOn: '2026-02-20', personToldOn: '2026-02-20' },
        '2026-02-20',
      ),
    ).toBe('The case is closed.');
    expect(
      extensionRefusal(open, { decidedOn: '2026-02-20', personToldOn: '2026-02-25' }, '2026-02-20'),
    ).toBe('The date the person was told cannot be in the future.');
  });
});

describe('Norwegian public holidays', () => {
  it('compute Easter by the Gregorian computus, in March and in April', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2038)).toBe('2038-04-25');
    expect(easterSunday(2285)).toBe('2285-03-22');
  });

  it('treat 24 and 31 December as working days, and Sundays and Saturdays as not', () => {
    expect(isWorkingDay('2026-12-24')).toBe(true);
    expect(isWorkingDay('2026-12-31')).toBe(true);
    expect(isWorkingDay('2026-12-26')).toBe(false);
    expect(isWorkingDay('2026-03-07')).toBe(false);
    expect(holidayName('2026-03-08')).toBe('Sunday');
    expect(holidayName('2027-05-17')).toBe('Constitution Day');
  });

  it('agree with the date-holidays package for every year from 1990 to 2100', () => {
    const reference = new Holidays('NO');
    for (let year = 1990; year <= 2100; year++) {
      const theirs = reference
        .getHolidays(year)
        .filter((holiday) => holiday.type === 'public')
        .map((holiday) => holiday.date.slice(0, 10))
        .filter((date) => !['12-24', '12-31'].includes(date.slice(5)));
      expect([...norwegianHolidays(year).keys()].sort(), String(year)).toEqual([...new Set(theirs)].sort());
    }
  });
});
