import { osloDate } from '../../../shared/oslo';
import type { ReminderEvent } from '../../../shared/events';
import { isoNow } from '../clock';
import { type Core, runAsSystem } from '../core';
import { type ReminderSource, reminderSources } from './sources';

/** More new reminders than this at once become one summary, not a burst of notifications. */
export const summaryThreshold = 3;

/**
 * Collects every source's pressing items, announces those not announced before (as `reminder`
 * events), and remembers them. Returns what was announced.
 */
export async function checkReminders(
  core: Pick<Core, 'db' | 'clock' | 'env' | 'events'>,
  sources: readonly ReminderSource[] = reminderSources,
): Promise<ReminderEvent[]> {
  const fresh = await runAsSystem(core, 'reminders.check', async (ctx) => {
    const now = ctx.clock.now();
    const items: ReminderEvent[] = [];
    // One source after the other: the transaction has one connection.
    for (const source of sources) items.push(...(await source(ctx, osloDate(now), now)));
    if (items.length === 0) return [];
    const announced = new Set(
      (await ctx.db('reminder_notifications').select('item_key', 'level')).map(
        (row: { item_key: string; level: string }) => `${row.item_key}|${row.level}`,
      ),
    );
    const newItems = items.filter((item) => !announced.has(`${item.key}|${item.level}`));
    const at = isoNow(ctx.clock);
    for (let index = 0; index < newItems.length; index += 200) {
      await ctx
        .db('reminder_notifications')
        .insert(
          newItems
            .slice(index, index + 200)
            .map((item) => ({ item_key: item.key, level: item.level, notified_at: at })),
        )
        .onConflict(['item_key', 'level'])
        .ignore();
    }
    return newItems;
  });
  for (const item of summarise(fresh)) core.events.emit('reminder', item);
  return fresh;
}

const levelWords: Record<ReminderEvent['level'], string> = {
  'due-soon': 'due soon',
  'due-today': 'due today',
  overdue: 'overdue',
  'breach-clock': 'with a breach clock under 24 hours',
};

/** Up to the threshold, one event per item; above it, one summary per level pointing at the dashboard. */
export function summarise(items: readonly ReminderEvent[]): ReminderEvent[] {
  if (items.length <= summaryThreshold) return [...items];
  const byLevel = new Map<ReminderEvent['level'], ReminderEvent[]>();
  for (const item of items) byLevel.set(item.level, [...(byLevel.get(item.level) ?? []), item]);
  return [...byLevel.entries()].map(([level, group]) =>
    group.length === 1
      ? group[0]
      : {
          key: `summary:${level}`,
          level,
          title: `${group.length} items ${levelWords[level]}`,
          body: group
            .slice(0, 3)
            .map((item) => item.title)
            .join('; ')
            .concat(group.length > 3 ? '; …' : ''),
          path: '/',
          roles: [...new Set(group.flatMap((item) => item.roles))],
        },
  );
}

/** Checks at start and then every `intervalMs`; failures are logged, never thrown. Returns a stop function. */
export function startReminderScheduler(core: Core, intervalMs = 5 * 60_000): () => void {
  const run = () => {
    checkReminders(core).catch((error: unknown) => core.env.log.error('Reminder check failed', error));
  };
  run();
  const timer = setInterval(run, intervalMs);
  return () => clearInterval(timer);
}
