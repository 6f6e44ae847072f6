import {
  type DeadlineFlag,
  type DeadlineItem,
  type DeadlineKind,
  deadlineKinds,
  type DeadlineUrgency,
  deadlineUrgencies,
  noUrgencies,
  type UrgencyCounts,
} from '../../../shared/deadlines/items';
import type { Ctx } from '../context';
import {
  type DeadlineFeed,
  type DeadlineSource,
  type DeadlineWindow,
  deadlineSources,
} from '../deadlines/sources';

export interface CollectedDeadlines {
  /** The items returned, most pressing first (at most `window.limit` per source, kind and urgency). */
  items: DeadlineItem[];
  /** Complete counts, whatever the limit. */
  counts: UrgencyCounts;
  byKind: Record<DeadlineKind, UrgencyCounts>;
  flags: Record<DeadlineFlag, number>;
  /** Some source had more items than it returned. */
  truncated: boolean;
}

const sortKey = (item: DeadlineItem) => item.dueAt ?? `${item.due}T24:00`;

/** Soonest first; an hour clock (a breach) before a whole-day deadline of the same day. */
export function byDue(a: DeadlineItem, b: DeadlineItem): number {
  return sortKey(a).localeCompare(sortKey(b)) || a.key.localeCompare(b.key);
}

const urgencyRank = (urgency: DeadlineUrgency) => deadlineUrgencies.indexOf(urgency);

function countItems(items: readonly DeadlineItem[]): Partial<Record<DeadlineKind, UrgencyCounts>> {
  const counts: Partial<Record<DeadlineKind, UrgencyCounts>> = {};
  for (const item of items) (counts[item.kind] ??= noUrgencies())[item.urgency] += 1;
  return counts;
}

/** A source that returned every item becomes a feed: counted here, cut to the limit per kind and urgency. */
function asFeed(result: DeadlineItem[] | DeadlineFeed, limit: number): DeadlineFeed {
  if (!Array.isArray(result)) return result;
  const flags: Partial<Record<DeadlineFlag, number>> = {};
  for (const item of result) for (const flag of item.flags ?? []) flags[flag] = (flags[flag] ?? 0) + 1;
  const seen = new Map<string, number>();
  const items = [...result].sort(byDue).filter((item) => {
    const group = `${item.kind}|${item.urgency}`;
    seen.set(group, (seen.get(group) ?? 0) + 1);
    return (seen.get(group) ?? 0) <= limit;
  });
  return { items, counts: countItems(result), flags };
}

/** Runs every feature's deadline source over one window and adds up what they found. */
export async function collectDeadlines(
  ctx: Ctx,
  window: DeadlineWindow,
  sources: readonly DeadlineSource[] = deadlineSources,
): Promise<CollectedDeadlines> {
  const counts = noUrgencies();
  const byKind = Object.fromEntries(deadlineKinds.map((kind) => [kind, noUrgencies()])) as Record<
    DeadlineKind,
    UrgencyCounts
  >;
  const flags: Record<DeadlineFlag, number> = {
    'extension-notice-needed': 0,
    'forward-to-customer': 0,
    'awaiting-person': 0,
  };
  const items: DeadlineItem[] = [];
  // One connection, one transaction: the sources run one after another.
  for (const source of sources) {
    const feed = asFeed(await source(ctx, window), window.limit);
    for (const [kind, kindCounts] of Object.entries(feed.counts) as Array<[DeadlineKind, UrgencyCounts]>) {
      for (const urgency of deadlineUrgencies) {
        byKind[kind][urgency] += kindCounts[urgency];
        counts[urgency] += kindCounts[urgency];
      }
    }
    for (const [flag, n] of Object.entries(feed.flags ?? {})) flags[flag as DeadlineFlag] += n ?? 0;
    items.push(...feed.items);
  }
  items.sort((a, b) => urgencyRank(a.urgency) - urgencyRank(b.urgency) || byDue(a, b));
  const returned = countItems(items);
  const truncated = deadlineKinds.some((kind) =>
    deadlineUrgencies.some((urgency) => byKind[kind][urgency] > (returned[kind]?.[urgency] ?? 0)),
  );
  return { items, counts, byKind, flags, truncated };
}
