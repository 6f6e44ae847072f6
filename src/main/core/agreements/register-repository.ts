import type { Knex } from 'knex';
import type { CalendarDate } from '../../../shared/calendar';
import { inForceStatuses } from '../../../shared/agreements/rules';
import { type Db, named, type NamedAgreementRow, type NoticeRow } from './repository';

// What is due: reviews, expiry, objection windows.

/** Agreements in force with a review or expiry date on or before `to`. */
/** What the deadline query needs of an agreement (not its long texts). */
export type AgreementDueRow = Pick<
  NamedAgreementRow,
  'id' | 'reference' | 'title' | 'status' | 'next_review_on' | 'expiry_on' | 'organisation_name'
>;

export async function agreementsDueBy(db: Db, to: CalendarDate): Promise<AgreementDueRow[]> {
  return db('agreements')
    .join('organisations', 'organisations.id', 'agreements.organisation_id')
    .select(
      'agreements.id',
      'agreements.reference',
      'agreements.title',
      'agreements.status',
      'agreements.next_review_on',
      'agreements.expiry_on',
      'organisations.name as organisation_name',
    )
    .whereIn('agreements.status', [...inForceStatuses])
    .where((due) =>
      due.where('agreements.next_review_on', '<=', to).orWhere('agreements.expiry_on', '<=', to),
    )
    .orderBy('agreements.reference');
}

export interface OpenNoticeRow extends NoticeRow {
  reference: string;
  title: string;
  organisation_name: string;
}

/**
 * Change notices that need attention: the customer may still object (the deadline is today or
 * later, up to `to`), or it objected and the objection is not resolved. Only agreements not ended.
 */
export async function openNotices(db: Db, today: CalendarDate, to: CalendarDate): Promise<OpenNoticeRow[]> {
  return db('agreement_change_notices as notices')
    .join('agreements', 'agreements.id', 'notices.agreement_id')
    .join('organisations', 'organisations.id', 'agreements.organisation_id')
    .whereNotIn('agreements.status', ['terminated', 'expired'])
    .where((open) =>
      open
        .where((window) =>
          window
            .whereNull('notices.objection_on')
            .where('notices.objection_deadline', '>=', today)
            .where('notices.objection_deadline', '<=', to),
        )
        .orWhere((objected) => objected.whereNotNull('notices.objection_on').whereNull('notices.resolution')),
    )
    .select(
      'notices.*',
      'agreements.reference',
      'agreements.title',
      'organisations.name as organisation_name',
    )
    .orderBy('notices.objection_deadline');
}

// The register summary for the dashboard and the annual report.

/** Agreements by direction and by the status as it stands on `day` (expired once past the expiry date). */
export async function countsByDirectionAndStatus(
  db: Db,
  day: CalendarDate,
): Promise<Array<{ company_role: string; status: string; n: number }>> {
  const rows: Array<{ company_role: string; status: string; n: number | string }> = await db('agreements')
    .select(
      'agreements.company_role',
      db.raw(
        "case when agreements.status in ('active', 'suspended') and agreements.expiry_on < ? then 'expired' else agreements.status end as status",
        [day],
      ),
    )
    .count({ n: '*' })
    .groupByRaw('1, 2');
  return rows.map((row) => ({ ...row, n: Number(row.n) }));
}

/**
 * Agreements in force on `day` by direction: active or suspended then (terminated or expired only
 * since), effective by then and not yet expired or terminated. Drafts and negotiations never were.
 */
export async function countInForceOn(
  db: Db,
  day: CalendarDate,
): Promise<Array<{ company_role: string; n: number }>> {
  const rows: Array<{ company_role: string; n: number | string }> = await db('agreements')
    .whereIn('status', ['active', 'suspended', 'terminated', 'expired'])
    .whereNotNull('effective_on')
    .where('effective_on', '<=', day)
    .where((query) => query.whereNull('expiry_on').orWhere('expiry_on', '>=', day))
    .where((query) => query.whereNull('terminated_on').orWhere('terminated_on', '>', day))
    .groupBy('company_role')
    .select('company_role')
    .count({ n: '*' });
  return rows.map((row) => ({ company_role: row.company_role, n: Number(row.n) }));
}

/** Missing clauses per item among agreements not ended, and how many such agreements have any. */
export async function missingClauseCounts(
  db: Db,
): Promise<{ byKey: Array<{ clause_key: string; n: number }>; agreements: number }> {
  const live = (query: Knex.QueryBuilder) =>
    query
      .join('agreements', 'agreements.id', 'agreement_clauses.agreement_id')
      .where('agreement_clauses.state', 'missing')
      .whereNotIn('agreements.status', ['terminated', 'expired']);
  const byKey = await live(db('agreement_clauses'))
    .groupBy('agreement_clauses.clause_key')
    .select('agreement_clauses.clause_key')
    .count({ n: '*' });
  const [{ n }] = await live(db('agreement_clauses')).countDistinct({ n: 'agreement_clauses.agreement_id' });
  return {
    byKey: (byKey as Array<{ clause_key: string; n: number | string }>).map((row) => ({
      clause_key: row.clause_key,
      n: Number(row.n),
    })),
    agreements: Number(n),
  };
}

export async function transferCountsByBasis(db: Db): Promise<Array<{ basis: string; n: number }>> {
  const rows = await db('agreement_transfers')
    .join('agreements', 'agreements.id', 'agreement_transfers.agreement_id')
    .whereNull('agreement_transfers.removed_at')
    .whereNotIn('agreements.status', ['terminated', 'expired'])
    .groupBy('agreement_transfers.basis')
    .select('agreement_transfers.basis')
    .count({ n: '*' });
  return (rows as Array<{ basis: string; n: number | string }>).map((row) => ({
    basis: row.basis,
    n: Number(row.n),
  }));
}

export async function flaggedAgreements(db: Db): Promise<NamedAgreementRow[]> {
  return named(db)
    .where('agreements.transfer_flag', true)
    .whereNotIn('agreements.status', ['terminated', 'expired'])
    .orderBy('agreements.reference');
}

/** The active sub-processor links of many customer agreements, with the suppliers' names. */
export async function subprocessorNamesFor(
  db: Db,
  agreementIds: readonly number[],
): Promise<Array<{ agreement_id: number; name: string }>> {
  const rows: Array<{ agreement_id: number; name: string }> = [];
  for (let index = 0; index < agreementIds.length; index += 500)
    rows.push(
      ...(await db('agreement_subprocessors as links')
        .join('organisations', 'organisations.id', 'links.organisation_id')
        .whereIn('links.agreement_id', agreementIds.slice(index, index + 500))
        .whereNull('links.removed_at')
        .select('links.agreement_id', 'organisations.name')
        .orderBy('organisations.name')),
    );
  return rows;
}

export async function missingClauseKeysFor(
  db: Db,
  agreementIds: readonly number[],
): Promise<Array<{ agreement_id: number; clause_key: string }>> {
  const rows: Array<{ agreement_id: number; clause_key: string }> = [];
  for (let index = 0; index < agreementIds.length; index += 500)
    rows.push(
      ...(await db('agreement_clauses')
        .whereIn('agreement_id', agreementIds.slice(index, index + 500))
        .where('state', 'missing')
        .select('agreement_id', 'clause_key')
        .orderBy('id')),
    );
  return rows;
}

// The stored transfer flags (flags.ts).

/** True when an agreement not ended had its transfer flag worked out before `today` (or never). */
export async function flagsStaleBefore(db: Db, today: CalendarDate): Promise<boolean> {
  const stale = await db('agreements')
    .whereNotIn('status', ['terminated', 'expired'])
    .where((query) => query.whereNull('flags_checked_on').orWhere('flags_checked_on', '<', today))
    .first('id');
  return stale !== undefined;
}

export async function agreementFlagRows(
  db: Db,
): Promise<Array<{ id: number; locations_json: string; transfer_flag: number | boolean }>> {
  return db('agreements').select('id', 'locations_json', 'transfer_flag');
}

export async function setTransferFlag(db: Db, id: number, flag: boolean): Promise<void> {
  await db('agreements').where({ id }).update({ transfer_flag: flag });
}

export async function markFlagsChecked(db: Db, today: CalendarDate): Promise<void> {
  await db('agreements').update({ flags_checked_on: today });
}
