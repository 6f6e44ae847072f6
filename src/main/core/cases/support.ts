import { type CalendarDate, compareDates } from '../../../shared/calendar';
import { osloDate } from '../../../shared/oslo';
import type { CaseDetail } from '../../../shared/cases/contract';
import type { ValidationIssue } from '../../../shared/errors';
import { hasAnyRole } from '../../../shared/roles';
import { isoNow } from '../clock';
import type { Ctx } from '../context';
import { AppError, invalidField, notFound, ruleViolation } from '../errors';
import { readSettings } from '../settings/service';
import { findUserById } from '../users/repository';
import { refreshRunningPauses, restoreClock } from './clock';
import { type CaseChanges, type CaseRow, findCase, insertCaseEvent, updateCaseRow } from './repository';
import { toDetail } from './view';
import { withRestrictions } from '../erasure/restricted';
import type { Phrase } from '../../../shared/i18n/phrases';
import { storedLine } from '../timeline';

/** GDPR applies in Norway from 20 July 2018 (EEA incorporation); no request can predate it. */
export const gdprInNorway = '2018-07-20';

export function todayOf(ctx: Ctx): CalendarDate {
  return osloDate(ctx.clock.now());
}

export async function requireCase(ctx: Ctx, id: number): Promise<CaseRow> {
  await refreshRunningPauses(ctx);
  const row = await findCase(ctx.db, id);
  if (!row) throw notFound('Case', id);
  return row;
}

export async function requireOpenCase(ctx: Ctx, id: number): Promise<CaseRow> {
  const row = await requireCase(ctx, id);
  if (row.state !== 'open')
    throw ruleViolation(`Case ${row.number} is closed; its record can no longer be changed.`);
  return row;
}

/** Writes changes, stamps `updated_at`, and recomputes the stored clock from the new row. */
export async function saveCase(ctx: Ctx, row: CaseRow, changes: CaseChanges): Promise<CaseRow> {
  const merged: CaseRow = { ...row, ...changes, updated_at: isoNow(ctx.clock) };
  await updateCaseRow(ctx.db, row.id, { ...changes, updated_at: merged.updated_at });
  return restoreClock(ctx, merged);
}

/** A line on the case's timeline: its English kept as `summary`, its phrase for the reader's language. */
export async function recordEvent(ctx: Ctx, caseId: number, kind: string, line: Phrase): Promise<void> {
  await insertCaseEvent(ctx.db, {
    case_id: caseId,
    at: isoNow(ctx.clock),
    actor_id: ctx.actor.userId,
    actor_name: ctx.actor.displayName,
    kind,
    ...storedLine(line),
  });
}

export async function detailOf(ctx: Ctx, row: CaseRow): Promise<CaseDetail> {
  const fresh = (await findCase(ctx.db, row.id)) ?? row;
  const [detail] = await withRestrictions(ctx.db, 'case', [
    await toDetail(ctx.db, fresh, await readSettings(ctx.db), todayOf(ctx)),
  ]);
  return detail;
}

/** A date a person typed: not in the future, not before `earliest`. */
export function checkPastDate(
  issues: ValidationIssue[],
  path: string,
  date: CalendarDate | null | undefined,
  today: CalendarDate,
  earliest?: { date: CalendarDate; message: string },
): void {
  if (!date) return;
  if (compareDates(date, today) > 0) issues.push({ path, message: 'The date cannot be in the future' });
  else if (earliest && compareDates(date, earliest.date) < 0)
    issues.push({ path, message: earliest.message });
}

export function throwIssues(issues: ValidationIssue[]): void {
  if (issues.length === 0) return;
  const message =
    issues.length === 1
      ? issues[0].message
      : `${issues.length} fields need attention: ${issues.map((issue) => issue.message).join('; ')}`;
  throw new AppError('INVALID_INPUT', message, issues);
}

/** A case handler must be an active data protection officer or administrator. */
export async function requireHandler(ctx: Ctx, userId: number | null, path = 'handlerId'): Promise<void> {
  if (userId === null) return;
  const user = await findUserById(ctx.db, userId);
  if (!user || !user.active) throw invalidField(path, 'Choose an active colleague');
  if (!hasAnyRole(user.roles, ['dpo', 'admin']))
    throw invalidField(path, `${user.display_name} is not a data protection officer or administrator`);
}

export async function userName(ctx: Ctx, userId: number | null): Promise<string> {
  if (userId === null) return 'nobody';
  return (await findUserById(ctx.db, userId))?.display_name ?? `#${userId}`;
}
