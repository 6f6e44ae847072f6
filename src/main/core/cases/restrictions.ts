import { compareDates, norwegianDate } from '../../../shared/calendar';
import type { CaseDetail, Restriction } from '../../../shared/cases/contract';
import {
  type RequestType,
  type RestrictionGround,
  restrictionGroundLabels,
} from '../../../shared/cases/rules';
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

type Db = Knex | Knex.Transaction;

interface RestrictionRow {
  id: number;
  case_id: number;
  case_number: string;
  person_name: string;
  what: string;
  ground: string;
  since: string;
  recorded_at: string;
  recorded_by: string;
  person_told_on: string | null;
  person_told_how: string | null;
  lifted_on: string | null;
  lift_reason: string | null;
  lifted_at: string | null;
  lifted_by: string | null;
}

function restrictionRows(db: Db) {
  return db('case_restrictions')
    .join('cases', 'cases.id', 'case_restrictions.case_id')
    .select('case_restrictions.*', 'cases.number as case_number', 'cases.person_name');
}

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
  const rows: RestrictionRow[] = await restrictionRows(db)
    .where('case_restrictions.case_id', caseId)
    .orderBy('case_restrictions.since')
    .orderBy('case_restrictions.id');
  return rows.map(toRestriction);
}

/** Every restriction, the active ones (not lifted) by default, oldest first; reading it is audited. */
export async function listRestrictions(
  ctx: Ctx,
  status: 'active' | 'lifted' | 'all',
): Promise<Restriction[]> {
  const query = restrictionRows(ctx.db).orderBy('case_restrictions.since').orderBy('case_restrictions.id');
  if (status === 'active') query.whereNull('case_restrictions.lifted_on');
  if (status === 'lifted') query.whereNotNull('case_restrictions.lifted_on');
  const rows: RestrictionRow[] = await query;
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
  const [inserted] = await ctx
    .db('case_restrictions')
    .insert({
      case_id: row.id,
      what: input.what,
      ground: input.ground,
      since: input.since,
      recorded_at: isoNow(ctx.clock),
      recorded_by: ctx.actor.displayName,
    })
    .returning('id');
  const restrictionId = typeof inserted === 'object' ? (inserted as { id: number }).id : Number(inserted);
  await saveCase(ctx, row, {});
  await recordEvent(
    ctx,
    row.id,
    'restriction',
    `Restricted from ${norwegianDate(input.since)}: ${input.what} (${restrictionGroundLabels[input.ground]})`,
  );
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
  const found: RestrictionRow | undefined = await restrictionRows(ctx.db)
    .where('case_restrictions.id', input.restrictionId)
    .first();
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
  await ctx.db('case_restrictions').where({ id: found.id }).update(changes);
  if (row.state === 'open') await saveCase(ctx, row, {});
  await recordEvent(
    ctx,
    row.id,
    'restriction',
    `Restriction lifted on ${norwegianDate(input.liftedOn)} (${found.what}); the person was told on ${norwegianDate(
      input.personToldOn,
    )} (${input.personToldHow}). Reason: ${input.reason}`,
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
