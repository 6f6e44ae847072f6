import { compareDates, norwegianDate } from '../../../shared/calendar';
import type { CaseDetail, Restriction } from '../../../shared/cases/contract';
import { type RequestType, type RestrictionGround } from '../../../shared/cases/rules';
import type { ValidationIssue } from '../../../shared/errors';
import type { Knex } from 'knex';
import { isoNow } from '../clock';
import type { Ctx } from '../context';
import { conflict, notFoundInCase, ruleViolation } from '../errors';
import { requireGateOpen } from './gate';
import { unframeList } from './keys';
import {
  checkPastDate,
  detailOf,
  recordEvent,
  requireCase,
  requireOpenCase,
  saveCase,
  throwIssues,
  todayOf,
} from './support';
import { phrase } from '../../../shared/i18n/phrases';
import { on, restricted } from './lines';
import {
  findRestriction,
  insertRestriction,
  liftRestrictionRow,
  type RestrictionRow,
  restrictionsByStatus,
  restrictionsOfCase,
} from './restrictions-repository';

type Db = Knex | Knex.Transaction;

export function toRestriction(row: RestrictionRow): Restriction {
  return {
    id: row.id,
    caseId: row.case_id,
    caseNumber: row.case_number,
    personName: row.person_name,
    what: row.what,
    ground: row.ground as RestrictionGround,
    since: row.since,
    recordedAt: row.recorded_at,
    recordedBy: row.recorded_by,
    personToldOn: row.person_told_on,
    personToldHow: row.person_told_how,
    liftedOn: row.lifted_on,
    liftReason: row.lift_reason,
    liftedBy: row.lifted_by,
  };
}

export async function caseRestrictions(db: Db, caseId: number): Promise<Restriction[]> {
  return (await restrictionsOfCase(db, caseId)).map(toRestriction);
}

/** Every restriction, the active ones (not lifted) by default, oldest first; reading it is audited. */
export async function listRestrictions(
  ctx: Ctx,
  status: 'active' | 'lifted' | 'all',
): Promise<Restriction[]> {
  const rows = await restrictionsByStatus(ctx.db, status);
  await ctx.audit({
    action: 'list',
    entityType: 'restriction',
    after: { status, shown: rows.map((row) => row.id) },
  });
  return rows.map(toRestriction);
}

/**
 * Records that the data is restricted (stored, not otherwise used): asked for under Art. 18, or data
 * an erasure must keep under Art. 17(3). Restricting changes how the data is used: the identity gate applies.
 */
export async function restrict(
  ctx: Ctx,
  caseId: number,
  input: { what: string; ground: RestrictionGround; since: string },
): Promise<CaseDetail> {
  const row = await requireOpenCase(ctx, caseId);
  const types = unframeList<RequestType>(row.request_types);
  if (!types.includes('restriction') && !types.includes('erasure'))
    throw ruleViolation(
      'A restriction is recorded on a case asking for restriction (Art. 18), or for erasure when data must be kept (Art. 17(3)).',
    );
  if (input.ground === '17-3' && !types.includes('erasure'))
    throw ruleViolation('Data kept instead of erased (Art. 17(3)) is recorded on an erasure case.');
  requireGateOpen(row, { key: 'gateRestrict' });
  const issues: ValidationIssue[] = [];
  checkPastDate(issues, 'since', input.since, todayOf(ctx), {
    date: row.received_date,
    message: 'The restriction cannot begin before the request arrived',
  });
  throwIssues(issues);
  const restrictionId = await insertRestriction(ctx.db, {
    case_id: row.id,
    what: input.what,
    ground: input.ground,
    since: input.since,
    recorded_at: isoNow(ctx.clock),
    recorded_by: ctx.actor.displayName,
  });
  await saveCase(ctx, row, {});
  await recordEvent(ctx, row.id, 'restriction', restricted(input.since, input.what, input.ground));
  await ctx.audit({
    action: 'restrict',
    entityType: 'case',
    entityId: row.id,
    after: { restrictionId, ...input },
  });
  return detailOf(ctx, row);
}

/** Lifting a restriction, which the person must be told of first (Art. 18(3)). Allowed on a closed case. */
export async function liftRestriction(
  ctx: Ctx,
  caseId: number,
  input: {
    restrictionId: number;
    personToldOn: string;
    personToldHow: string;
    liftedOn: string;
    reason: string;
  },
): Promise<CaseDetail> {
  const row = await requireCase(ctx, caseId);
  const found = await findRestriction(ctx.db, input.restrictionId);
  if (!found || found.case_id !== row.id)
    throw notFoundInCase('Restriction', input.restrictionId, row.number);
  if (found.lifted_on)
    throw conflict(`The restriction was already lifted on ${norwegianDate(found.lifted_on)}.`);
  const today = todayOf(ctx);
  const issues: ValidationIssue[] = [];
  checkPastDate(issues, 'personToldOn', input.personToldOn, today, {
    date: found.since,
    message: `The restriction began on ${norwegianDate(found.since)}; the person was told of its lifting after that`,
  });
  checkPastDate(issues, 'liftedOn', input.liftedOn, today, {
    date: found.since,
    message: `The restriction began on ${norwegianDate(found.since)}; it cannot be lifted before`,
  });
  if (compareDates(input.personToldOn, input.liftedOn) > 0)
    issues.push({
      path: 'personToldOn',
      message: 'The person is told before the restriction is lifted (Art. 18(3))',
    });
  throwIssues(issues);
  const changes = {
    person_told_on: input.personToldOn,
    person_told_how: input.personToldHow,
    lifted_on: input.liftedOn,
    lift_reason: input.reason,
    lifted_at: isoNow(ctx.clock),
    lifted_by: ctx.actor.displayName,
  };
  await liftRestrictionRow(ctx.db, found.id, changes);
  if (row.state === 'open') await saveCase(ctx, row, {});
  await recordEvent(
    ctx,
    row.id,
    'restriction',
    phrase('timelineCase:restrictionLifted', {
      lifted: on(input.liftedOn),
      what: found.what,
      told: on(input.personToldOn),
      how: input.personToldHow,
      reason: input.reason,
    }),
  );
  await ctx.audit({
    action: 'lift-restriction',
    entityType: 'case',
    entityId: row.id,
    before: { restrictionId: found.id, liftedOn: null },
    after: { restrictionId: found.id, ...changes },
  });
  return detailOf(ctx, row);
}
