import type { BreachDetail } from '../../../shared/breaches/contract';
import type { ValidationIssue } from '../../../shared/errors';
import { throwIssues } from '../cases/support';
import { isoNow } from '../clock';
import type { Ctx } from '../context';
import { notFound, ruleViolation } from '../errors';
import { refreshBreachClock } from './clocks';
import {
  type BreachChanges,
  breachCustomers,
  breachEvents,
  breachNotifications,
  type BreachRow,
  findBreach,
  insertBreachEvent,
  linkedInquiries,
  updateBreachRow,
} from './repository';
import { toDetail } from './view';
import { withRestrictions } from '../erasure/restricted';
import type { Phrase } from '../../../shared/i18n/phrases';
import { storedLine } from '../timeline';

/** Clocks of two machines never agree to the second: a time this far ahead is still "now". */
const clockSkewMs = 60_000;

/** The GDPR applies in Norway from 20 July 2018; no breach under it can be older. */
const gdprInNorway = '2018-07-20T00:00:00.000Z';

export const iso = (value: string) => new Date(value).toISOString();
export const isoOrNull = (value: string | null | undefined) => (value ? iso(value) : null);

export async function requireBreach(ctx: Ctx, id: number): Promise<BreachRow> {
  const row = await findBreach(ctx.db, id);
  if (!row) throw notFound('Breach', id);
  return row;
}

export async function requireOpenBreach(ctx: Ctx, id: number): Promise<BreachRow> {
  const row = await requireBreach(ctx, id);
  if (row.state === 'closed')
    throw ruleViolation(`Breach ${row.number} is closed; its record can no longer be changed.`);
  return row;
}

/** A line on the breach's timeline: its English kept as `summary`, its phrase for the reader's language. */
export async function recordEvent(ctx: Ctx, breachId: number, kind: string, line: Phrase): Promise<void> {
  await insertBreachEvent(ctx.db, {
    breach_id: breachId,
    at: isoNow(ctx.clock),
    actor_id: ctx.actor.userId,
    actor_name: ctx.actor.displayName,
    kind,
    ...storedLine(line),
  });
}

/** Keeps the stored earliest running clock in step with the record, after every change. */
export async function refreshClock(ctx: Ctx, id: number): Promise<void> {
  await refreshBreachClock(ctx.db, id, ctx.clock.now());
}

/** Writes the changes, stamps `updated_at` and recomputes the stored clock. */
export async function saveBreach(ctx: Ctx, row: BreachRow, changes: BreachChanges): Promise<void> {
  await updateBreachRow(ctx.db, row.id, { ...changes, updated_at: isoNow(ctx.clock) });
  await refreshClock(ctx, row.id);
}

export async function detailOf(ctx: Ctx, id: number): Promise<BreachDetail> {
  const row = (await findBreach(ctx.db, id)) as BreachRow;
  const [detail] = await withRestrictions(ctx.db, 'breach', [
    toDetail(row, {
      customers: await breachCustomers(ctx.db, [id]),
      notifications: await breachNotifications(ctx.db, [id]),
      inquiries: await linkedInquiries(ctx.db, id),
      events: await breachEvents(ctx.db, id),
      now: ctx.clock.now(),
    }),
  ]);
  return detail;
}

/** An instant a person gave: not in the future, not before `earliest`. */
export function checkInstant(
  ctx: Ctx,
  issues: ValidationIssue[],
  path: string,
  value: string | null | undefined,
  earliest?: { at: string; message: string },
): void {
  if (!value) return;
  const at = new Date(value).getTime();
  if (at > ctx.clock.now().getTime() + clockSkewMs)
    issues.push({ path, message: 'The time cannot be in the future' });
  else if (earliest && at < new Date(earliest.at).getTime()) issues.push({ path, message: earliest.message });
}

export function checkTimes(
  ctx: Ctx,
  awareAt: string,
  fields: { occurredFrom: string | null; occurredTo: string | null },
): void {
  const issues: ValidationIssue[] = [];
  checkInstant(ctx, issues, 'awareAt', awareAt, {
    at: gdprInNorway,
    message: 'The GDPR applies in Norway from 20.07.2018; check the year',
  });
  checkInstant(ctx, issues, 'occurredFrom', fields.occurredFrom, {
    at: '2000-01-01T00:00:00.000Z',
    message: 'Check the year: the time is before 2000',
  });
  if (
    fields.occurredFrom &&
    !issues.some((issue) => issue.path === 'occurredFrom') &&
    new Date(fields.occurredFrom).getTime() > new Date(awareAt).getTime()
  )
    issues.push({
      path: 'occurredFrom',
      message: 'A breach happens before we become aware of it; check both times',
    });
  throwIssues(issues);
}
