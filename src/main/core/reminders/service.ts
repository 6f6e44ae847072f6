import { osloDate } from '../../../shared/oslo';
import type { ReminderEvent } from '../../../shared/events';
import type { Language } from '../../../shared/i18n/languages';
import { english, phrase, type Phrase, say } from '../../../shared/i18n/phrases';
import { isoNow } from '../clock';
import { type Core, runAsSystem } from '../core';
import { announcedReminders, recordAnnounced } from './repository';
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
    const announced = await announcedReminders(ctx.db);
    const newItems = items.filter((item) => !announced.has(`${item.key}|${item.level}`));
    await recordAnnounced(ctx.db, newItems, isoNow(ctx.clock));
    return newItems;
  });
  for (const item of summarise(fresh)) core.events.emit('reminder', item);
  return fresh;
}

/** "Case 1 is overdue; Case 2 is overdue; …": the first three titles, each worded where it is shown. */
function summaryBody(group: readonly ReminderEvent[]): Phrase {
  const [first, second, third] = group.map((item) => item.titleText ?? item.title);
  if (group.length === 2) return phrase('coreReminders:summaryTwo', { first: first!, second: second! });
  const three = { first: first!, second: second!, third: third! };
  return phrase(group.length === 3 ? 'coreReminders:summaryThree' : 'coreReminders:summaryMore', three);
}

/** Up to the threshold, one event per item; above it, one summary per level pointing at the dashboard. */
export function summarise(items: readonly ReminderEvent[]): ReminderEvent[] {
  if (items.length <= summaryThreshold) return [...items];
  const byLevel = new Map<ReminderEvent['level'], ReminderEvent[]>();
  for (const item of items) byLevel.set(item.level, [...(byLevel.get(item.level) ?? []), item]);
  return [...byLevel.entries()].map(([level, group]) => {
    if (group.length === 1) return group[0]!;
    const titleText = phrase('coreReminders:summary', {
      count: group.length,
      level: phrase(`coreReminders:level.${level}`),
    });
    const bodyText = summaryBody(group);
    return {
      key: `summary:${level}`,
      level,
      title: english(titleText),
      body: english(bodyText),
      titleText,
      bodyText,
      path: '/',
      roles: [...new Set(group.flatMap((item) => item.roles))],
    };
  });
}

/** The reminder as `language` reads it: its title and body worded from their phrases, when it has them. */
export function reminderIn(language: Language, reminder: ReminderEvent): ReminderEvent {
  return {
    ...reminder,
    title: reminder.titleText ? say(language, reminder.titleText) : reminder.title,
    body: reminder.bodyText ? say(language, reminder.bodyText) : reminder.body,
  };
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
