import { type CalendarDate, compareDates } from '../../../shared/calendar';
import { osloDate } from '../../../shared/oslo';
import type { ValidationIssue } from '../../../shared/errors';
import type { Ctx } from '../context';
import { AppError } from '../errors';

/** No agreement under data protection law can sensibly predate the 1995 directive: a typo is caught. */
export const earliestAgreementDate = '1995-01-01';

export function todayOf(ctx: Ctx): CalendarDate {
  return osloDate(ctx.clock.now());
}

/** Collects field problems a service finds, to throw them together as INVALID_INPUT. */
export class Issues {
  readonly list: ValidationIssue[] = [];

  add(path: string, message: string): void {
    if (!this.list.some((issue) => issue.path === path)) this.list.push({ path, message });
  }

  /** A date a person typed: not before 1995, and (when `notFuture`) not after today. */
  date(path: string, date: CalendarDate | null | undefined, today: CalendarDate, notFuture = false): void {
    if (!date) return;
    if (compareDates(date, earliestAgreementDate) < 0)
      this.add(path, 'Check the year: the date is before 1995');
    else if (notFuture && compareDates(date, today) > 0) this.add(path, 'The date cannot be in the future');
  }

  throwIfAny(): void {
    if (this.list.length === 0) return;
    const message =
      this.list.length === 1
        ? this.list[0].message
        : `${this.list.length} fields need attention: ${this.list.map((issue) => issue.message).join('; ')}`;
    throw new AppError('INVALID_INPUT', message, this.list);
  }
}

export function parseList(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`;
}
