import type {
  BreachDetail,
  BreachFilter,
  BreachSummary,
  breachSortFields,
} from '../../../shared/breaches/contract';
import { addDays } from '../../../shared/calendar';
import { osloStartOfDay } from '../../../shared/oslo';
import { historyOf } from '../audit/service';
import { isoNow } from '../clock';
import type { Ctx } from '../context';
import {
  breachCustomers,
  breachNotifications,
  type BreachQueryFilter,
  type BreachRow,
  breachesByIds,
  filteredBreaches,
} from './repository';
import { toSummary } from './view';
import { withRestrictions } from '../erasure/restricted';
import { detailOf, requireBreach } from './support';

/** Reading a breach is a read of personal data: always audited. */
export async function getBreach(ctx: Ctx, id: number): Promise<BreachDetail> {
  await requireBreach(ctx, id);
  await ctx.audit({ action: 'read', entityType: 'breach', entityId: id });
  return detailOf(ctx, id);
}

export async function breachHistory(ctx: Ctx, id: number) {
  await requireBreach(ctx, id);
  return (await historyOf(ctx, 'breach', id)).filter((entry) => entry.action !== 'read');
}

export function queryFilter(filter: BreachFilter): BreachQueryFilter {
  return {
    state: filter.state,
    risk: filter.risk,
    capacity: filter.capacity,
    clock: filter.clock,
    awareFrom: filter.from ? osloStartOfDay(filter.from).toISOString() : undefined,
    awareUntil: filter.to ? osloStartOfDay(addDays(filter.to, 1)).toISOString() : undefined,
    q: filter.q,
  };
}

/** Summaries of these rows, with their customers and notifications read in two queries. */
export async function summariesOf(ctx: Ctx, rows: readonly BreachRow[]): Promise<BreachSummary[]> {
  const ids = rows.map((row) => row.id);
  const customers = await breachCustomers(ctx.db, ids);
  const notifications = await breachNotifications(ctx.db, ids);
  const now = ctx.clock.now();
  return rows.map((row) =>
    toSummary(
      row,
      customers.filter((customer) => customer.breach_id === row.id),
      notifications.filter((notification) => notification.breach_id === row.id),
      now,
    ),
  );
}

const sortOrder: Record<(typeof breachSortFields)[number], (direction: 'asc' | 'desc') => string> = {
  awareAt: (direction) => `breaches.aware_at ${direction}`,
  number: (direction) => `breaches.number ${direction}`,
  title: (direction) => `lower(breaches.title) ${direction}`,
  // Breaches with no running clock come last either way.
  nextDueAt: (direction) => `breaches.next_due_at is null, breaches.next_due_at ${direction}`,
  risk: (direction) =>
    `case breaches.risk when 'high' then 0 when 'risk' then 1 when 'none' then 2 else 3 end ${direction}`,
};

export async function listBreaches(
  ctx: Ctx,
  input: BreachFilter & {
    page: number;
    pageSize: number;
    sort: (typeof breachSortFields)[number];
    direction: 'asc' | 'desc';
  },
): Promise<{ rows: BreachSummary[]; total: number }> {
  const now = isoNow(ctx.clock);
  const filter = queryFilter(input);
  const [{ total }] = await filteredBreaches(ctx.db, filter, now).count({ total: '*' });
  const page: Array<{ id: number }> = await filteredBreaches(ctx.db, filter, now)
    .select('breaches.id')
    .orderByRaw(sortOrder[input.sort](input.direction))
    .orderBy('breaches.aware_at', 'desc')
    .orderBy('breaches.id', 'desc')
    .limit(input.pageSize)
    .offset(input.page * input.pageSize);
  const ids = page.map((row) => row.id);
  const byId = new Map((await breachesByIds(ctx.db, ids)).map((row) => [row.id, row]));
  const rows = await withRestrictions(
    ctx.db,
    'breach',
    await summariesOf(
      ctx,
      ids.flatMap((id) => byId.get(id) ?? []),
    ),
  );
  await ctx.audit({
    action: 'list',
    entityType: 'breach',
    after: { filter: input, shown: rows.map((row) => row.number) },
  });
  return { rows, total: Number(total) };
}

export async function breachCounts(ctx: Ctx) {
  const now = isoNow(ctx.clock);
  const count = async (filter: BreachQueryFilter) => {
    const [{ n }] = await filteredBreaches(ctx.db, filter, now).count({ n: '*' });
    return Number(n);
  };
  return {
    open: await count({ state: 'open' }),
    reported: await count({ state: 'reported' }),
    running: await count({ state: 'open', clock: 'running' }),
    overdue: await count({ state: 'open', clock: 'overdue' }),
    now,
  };
}
