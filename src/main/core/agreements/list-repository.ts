import type { Knex } from 'knex';
import { addDays, type CalendarDate } from '../../../shared/calendar';
import type { AgreementFilter } from '../../../shared/agreements/contract';
import { expiryWarningDays, inForceStatuses, reviewWarningDays } from '../../../shared/agreements/rules';
import { type Db, named, namedColumns, type NamedAgreementRow } from './repository';

// The register's list: filters, sorting, paging.

const settledCount =
  "(select count(*) from agreement_clauses c where c.agreement_id = agreements.id and c.state in ('present', 'not-applicable'))";

function clauseExists(state: string) {
  return (query: Knex.QueryBuilder) =>
    query
      .select(1)
      .from('agreement_clauses')
      .whereRaw('agreement_clauses.agreement_id = agreements.id')
      .where('agreement_clauses.state', state);
}

/** Every filter of the register, as SQL over `agreements` joined to its organisation. */
/** An agreement past its expiry date is expired whatever status was recorded: filters use the status as it stands today. */
function whereStatusOn(query: Knex.QueryBuilder, status: string, today: CalendarDate): void {
  const inForce = [...inForceStatuses];
  if (status === 'expired')
    query.where((expired) =>
      expired
        .where('agreements.status', 'expired')
        .orWhere((past) =>
          past.whereIn('agreements.status', inForce).where('agreements.expiry_on', '<', today),
        ),
    );
  else if (inForce.includes(status as (typeof inForce)[number]))
    query
      .where('agreements.status', status)
      .where((current) =>
        current.whereNull('agreements.expiry_on').orWhere('agreements.expiry_on', '>=', today),
      );
  else query.where('agreements.status', status);
}

export function filteredAgreements(db: Db, filter: AgreementFilter, today: CalendarDate): Knex.QueryBuilder {
  const query = db('agreements').join('organisations', 'organisations.id', 'agreements.organisation_id');
  if (filter.companyRole) query.where('agreements.company_role', filter.companyRole);
  if (filter.status) whereStatusOn(query, filter.status, today);
  if (filter.organisationId) query.where('agreements.organisation_id', filter.organisationId);
  if (filter.checklist === 'gaps') query.whereExists(clauseExists('missing'));
  if (filter.checklist === 'unchecked') query.whereExists(clauseExists('unchecked'));
  if (filter.checklist === 'complete')
    query.whereNotExists(clauseExists('missing')).whereNotExists(clauseExists('unchecked'));
  if (filter.due) {
    const inForce = [...inForceStatuses];
    const reviewSoon = (q: Knex.QueryBuilder) =>
      q.whereBetween('agreements.next_review_on', [today, addDays(today, reviewWarningDays)]);
    const reviewOverdue = (q: Knex.QueryBuilder) => q.where('agreements.next_review_on', '<', today);
    const expiring = (q: Knex.QueryBuilder) =>
      q.whereBetween('agreements.expiry_on', [today, addDays(today, expiryWarningDays)]);
    const expired = (q: Knex.QueryBuilder) => q.where('agreements.expiry_on', '<', today);
    query.whereIn('agreements.status', inForce);
    if (filter.due === 'review-soon') query.where(reviewSoon);
    if (filter.due === 'review-overdue') query.where(reviewOverdue);
    if (filter.due === 'expiring') query.where(expiring);
    if (filter.due === 'expired-active') query.where(expired);
    if (filter.due === 'any')
      query.where((any) => any.where(reviewSoon).orWhere(reviewOverdue).orWhere(expiring).orWhere(expired));
  }
  if (filter.country) {
    const code = filter.country;
    query.where((match) =>
      match
        .where('agreements.locations_json', 'like', `%"${code}"%`)
        .orWhereExists((sub) =>
          sub
            .select(1)
            .from('agreement_transfers')
            .whereRaw('agreement_transfers.agreement_id = agreements.id')
            .whereNull('agreement_transfers.removed_at')
            .where('agreement_transfers.country', code),
        )
        .orWhereExists((sub) =>
          sub
            .select(1)
            .from('agreement_declared_subprocessors')
            .whereRaw('agreement_declared_subprocessors.agreement_id = agreements.id')
            .whereNull('agreement_declared_subprocessors.removed_at')
            .where('agreement_declared_subprocessors.country', code),
        ),
    );
  }
  if (filter.basis === 'flagged') query.where('agreements.transfer_flag', true);
  else if (filter.basis) {
    const basis = filter.basis;
    query.whereExists((sub) =>
      sub
        .select(1)
        .from('agreement_transfers')
        .whereRaw('agreement_transfers.agreement_id = agreements.id')
        .whereNull('agreement_transfers.removed_at')
        .where('agreement_transfers.basis', basis),
    );
  }
  const q = filter.q?.trim().toLowerCase();
  if (q) {
    const like = `%${q.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    query.where((match) =>
      match
        .whereRaw("lower(agreements.title) like ? escape '\\'", [like])
        .orWhereRaw("lower(agreements.reference) like ? escape '\\'", [like])
        .orWhereRaw("lower(organisations.name) like ? escape '\\'", [like]),
    );
  }
  return query;
}

export type AgreementSort =
  'reference' | 'title' | 'organisation' | 'status' | 'nextReviewOn' | 'expiryOn' | 'completeness';

const statusOrder =
  "case agreements.status when 'active' then 0 when 'suspended' then 1 when 'negotiation' then 2 when 'draft' then 3 when 'expired' then 4 else 5 end";

/** Orders a filtered query; dates sort empty ones last either way, ties by reference. */
export function sortAgreements(query: Knex.QueryBuilder, sort: AgreementSort, direction: 'asc' | 'desc') {
  switch (sort) {
    case 'reference':
      query.orderBy('agreements.reference', direction);
      break;
    case 'title':
      query.orderByRaw(`lower(agreements.title) ${direction}`);
      break;
    case 'organisation':
      query.orderByRaw(`lower(organisations.name) ${direction}`);
      break;
    case 'status':
      query.orderByRaw(`${statusOrder} ${direction}`);
      break;
    case 'nextReviewOn':
      query.orderByRaw(`agreements.next_review_on is null, agreements.next_review_on ${direction}`);
      break;
    case 'expiryOn':
      query.orderByRaw(`agreements.expiry_on is null, agreements.expiry_on ${direction}`);
      break;
    case 'completeness':
      query.orderByRaw(`${settledCount} ${direction}`);
      break;
  }
  return query.orderBy('agreements.reference', 'asc').orderBy('agreements.id', 'asc');
}

export async function countAgreements(db: Db, filter: AgreementFilter, today: CalendarDate): Promise<number> {
  const [{ total }] = await filteredAgreements(db, filter, today).count({ total: '*' });
  return Number(total);
}

export async function agreementPageIds(
  db: Db,
  filter: AgreementFilter,
  today: CalendarDate,
  page: { sort: AgreementSort; direction: 'asc' | 'desc'; page: number; pageSize: number },
): Promise<number[]> {
  const query = sortAgreements(
    filteredAgreements(db, filter, today).select('agreements.id'),
    page.sort,
    page.direction,
  )
    .limit(page.pageSize)
    .offset(page.page * page.pageSize);
  return ((await query) as Array<{ id: number }>).map((row) => row.id);
}

/** A keyset page of the register's export, by reference: the agreements after `after`. */
export async function exportPageOfAgreements(
  db: Db,
  filter: AgreementFilter,
  today: CalendarDate,
  after: Pick<NamedAgreementRow, 'reference' | 'id'> | null,
  limit: number,
): Promise<NamedAgreementRow[]> {
  const query = filteredAgreements(db, filter, today).select(namedColumns);
  if (after)
    query.where((later) =>
      later
        .where('agreements.reference', '>', after.reference)
        .orWhere((same) =>
          same.where('agreements.reference', after.reference).andWhere('agreements.id', '>', after.id),
        ),
    );
  return sortAgreements(query, 'reference', 'asc').limit(limit);
}

export async function agreementsOfOrganisation(db: Db, organisationId: number): Promise<NamedAgreementRow[]> {
  return named(db).where('agreements.organisation_id', organisationId).orderBy('agreements.reference');
}
