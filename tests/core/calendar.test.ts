import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  isCalendarDate,
  norwegianDate,
  weekday,
} from '../../src/shared/calendar';
import {
  formatOslo,
  formatOsloDate,
  osloDate,
  osloLocalToInstant,
  osloOffsetMs,
  osloParts,
  osloStartOfDay,
} from '../../src/shared/oslo';

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

describe('the Oslo date of an instant, from the time-zone database asked once a year', () => {
  it('agrees with the time-zone database every half hour from 2024 to 2027, both daylight-saving changes included', () => {
    const reference = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Oslo',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    let checked = 0;
    for (let time = Date.UTC(2024, 0, 1); time < Date.UTC(2028, 0, 1); time += 30 * 60_000) {
      const instant = new Date(time);
      const [date, clock] = reference.format(instant).split(', ');
      expect(osloDate(instant), instant.toISOString()).toBe(date);
      const parts = osloParts(instant);
      expect(`${String(parts.hour).padStart(2, '0')}:${String(parts.minute).padStart(2, '0')}`).toBe(clock);
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

describe('days and wall-clock times in Oslo', () => {
  it('begin each day at Oslo midnight, in winter, in summer and on the days the clocks change', () => {
    expect(osloStartOfDay('2026-01-15').toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect(osloStartOfDay('2026-07-15').toISOString()).toBe('2026-07-14T22:00:00.000Z');
    expect(osloStartOfDay('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(osloStartOfDay('2026-03-30').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(osloStartOfDay('2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(osloStartOfDay('2026-10-26').toISOString()).toBe('2026-10-25T23:00:00.000Z');
    for (let day = '2025-12-25'; day < '2027-01-05'; day = addDays(day, 1)) {
      const start = osloStartOfDay(day);
      expect(osloDate(start), day).toBe(day);
      expect(osloDate(new Date(start.getTime() - 1)), day).toBe(addDays(day, -1));
    }
  });

  it('turn a wall-clock time into its instant, the doubled and the missing hour included', () => {
    expect(osloLocalToInstant('2026-06-01', 9, 30)?.toISOString()).toBe('2026-06-01T07:30:00.000Z');
    expect(osloLocalToInstant('2026-12-01', 9, 30)?.toISOString()).toBe('2026-12-01T08:30:00.000Z');
    // 02:30 happens twice on 25 October 2026: the first, in summer time, is meant.
    expect(osloLocalToInstant('2026-10-25', 2, 30)?.toISOString()).toBe('2026-10-25T00:30:00.000Z');
    // ... and not at all on 29 March 2026.
    expect(osloLocalToInstant('2026-03-29', 2, 30)).toBeNull();
    expect(osloLocalToInstant('2026-02-30', 9, 0)).toBeNull();
  });

  it('show dates as dd.mm.yyyy and instants in Oslo time', () => {
    expect(norwegianDate('2026-03-05')).toBe('05.03.2026');
    expect(norwegianDate(null)).toBe('');
    expect(formatOslo('2026-06-30T22:30:00Z')).toBe('01.07.2026 00:30');
    expect(formatOslo('2026-06-30T22:30:00Z', false)).toBe('01.07 00:30');
    expect(formatOsloDate('2026-12-31T23:00:00Z')).toBe('01.01.2027');
    expect(formatOsloDate(undefined)).toBe('');
  });
});
