import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  isCalendarDate,
  osloDate,
  osloOffsetMs,
  weekday,
} from '../../src/shared/calendar';

describe('calendar dates', () => {
  it('add months with the end-of-month rule', () => {
    expect(addMonths('2026-03-05', 1)).toBe('2026-04-05');
    expect(addMonths('2026-08-31', 1)).toBe('2026-09-30');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-05-31', 12)).toBe('2027-05-31');
    expect(addMonths('2027-03-31', -1)).toBe('2027-02-28');
  });

  it('add days across month and year ends and leap days', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
  });

  it('know weekdays and valid dates', () => {
    expect(weekday('2026-02-28')).toBe(6);
    expect(weekday('2026-03-01')).toBe(0);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-13-01')).toBe(false);
  });

  it("take today's date in Oslo, not in UTC", () => {
    expect(osloDate('2026-06-30T22:30:00Z')).toBe('2026-07-01');
    expect(osloDate('2026-12-31T22:59:59Z')).toBe('2026-12-31');
    expect(osloDate('2026-12-31T23:00:00Z')).toBe('2027-01-01');
  });
});

describe('the Oslo date of an instant, worked out without Intl', () => {
  it('agrees with the time-zone database every half hour from 2024 to 2027, both daylight-saving changes included', () => {
    const reference = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Oslo',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    let checked = 0;
    for (let time = Date.UTC(2024, 0, 1); time < Date.UTC(2028, 0, 1); time += 30 * 60_000) {
      const instant = new Date(time);
      expect(osloDate(instant), instant.toISOString()).toBe(reference.format(instant));
      checked += 1;
    }
    expect(checked).toBe(70_128);
    // The change itself: 01:00 UTC on the last Sunday of March 2026 is 03:00 in Oslo.
    expect(osloOffsetMs(new Date('2026-03-29T00:59:59Z'))).toBe(3_600_000);
    expect(osloOffsetMs(new Date('2026-03-29T01:00:00Z'))).toBe(7_200_000);
    expect(osloOffsetMs(new Date('2026-10-25T00:59:59Z'))).toBe(7_200_000);
    expect(osloOffsetMs(new Date('2026-10-25T01:00:00Z'))).toBe(3_600_000);
  });
});
