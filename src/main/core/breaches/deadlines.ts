import { clockStatePhrase } from '../../../shared/breaches/clock-text';
import type { BreachClock } from '../../../shared/breaches/contract';
import { breachReminderHours } from '../../../shared/breaches/rules';
import { durationPhrase } from '../../../shared/breaches/time';
import { english, phrase, type Phrase } from '../../../shared/i18n/phrases';
import { addDays, type CalendarDate } from '../../../shared/calendar';
import { formatOslo, osloDate, osloStartOfDay } from '../../../shared/oslo';
import type { DeadlineItem, DeadlineUrgency } from '../../../shared/deadlines/items';
import type { ReminderEvent } from '../../../shared/events';
import type { Ctx } from '../context';
import type { DeadlineWindow } from '../deadlines/sources';
import { urgencyAt } from '../deadlines/urgency';
import type { ReminderSource } from '../reminders/sources';
import { breachClocks, isRunning } from './clocks';
import {
  breachCustomers,
  breachesWithRunningClocks,
  breachNotifications,
  type BreachRow,
} from './repository';

const hourMs = 3_600_000;

/** Every running clock (overdue ones included) of the breaches not closed, with its breach. */
async function runningClocks(
  ctx: Ctx,
  now: Date,
  dueBefore?: string,
): Promise<Array<{ row: BreachRow; clock: BreachClock }>> {
  const rows = await breachesWithRunningClocks(ctx.db, dueBefore);
  const ids = rows.map((row) => row.id);
  const customers = await breachCustomers(ctx.db, ids);
  const notifications = await breachNotifications(ctx.db, ids);
  return rows.flatMap((row) =>
    breachClocks(
      row,
      customers.filter((customer) => customer.breach_id === row.id),
      notifications.filter((notification) => notification.breach_id === row.id),
      now,
    )
      .filter(isRunning)
      .map((clock) => ({ row, clock })),
  );
}

/**
 * How pressing an hour clock is: overdue once passed; "due today" with under 24 hours left (or due
 * today in Oslo); "due this week" when due within the next seven days; later otherwise.
 */
export function clockUrgency(dueAt: string, now: Date, today: CalendarDate): DeadlineUrgency {
  const left = new Date(dueAt).getTime() - now.getTime();
  if (left > 0 && left < breachReminderHours * hourMs) return 'dueToday';
  return urgencyAt(new Date(dueAt), now, today);
}

function whatPhrase(clock: BreachClock): Phrase {
  if (clock.party === 'authority') return phrase('coreBreaches:notifyAuthority');
  if (clock.party === 'subjects') return phrase('coreBreaches:tellPeople');
  return phrase('coreBreaches:tellCustomer', { name: clock.label });
}

/** Key of a clock's deadline item: `breach:<id>:authority`, `breach:<id>:subjects` or `breach:<id>:customer:<organisation id>`. */
export function clockItemKey(breachId: number, clock: BreachClock): string {
  return `breach:${breachId}:${clock.key}`;
}

/** Every running breach clock as a dashboard deadline, with `dueAt` and the breach's path. */
export const breachDeadlines = async (ctx: Ctx, window: DeadlineWindow): Promise<DeadlineItem[]> => {
  const until = osloStartOfDay(addDays(window.to, 1)).toISOString();
  const clocks = await runningClocks(ctx, window.now, until);
  return clocks
    .filter(({ clock }) => {
      const day = osloDate(clock.dueAt);
      return day <= window.to && (window.from === null || day >= window.from);
    })
    .map(({ row, clock }): DeadlineItem => {
      const titleText = phrase('coreBreaches:itemTitle', { number: row.number, what: whatPhrase(clock) });
      const detailText = phrase(
        row.state === 'reported' ? 'coreBreaches:itemDetailReported' : 'coreBreaches:itemDetail',
        { explanation: clock.explanationText, state: clockStatePhrase(clock, window.now) },
      );
      return {
        kind: 'breach',
        key: clockItemKey(row.id, clock),
        title: english(titleText),
        detail: english(detailText),
        titleText,
        detailText,
        due: osloDate(clock.dueAt),
        dueAt: clock.dueAt,
        urgency: clockUrgency(clock.dueAt, window.now, window.today),
        path: `/breaches/${row.id}`,
      };
    })
    .sort((a, b) => (a.dueAt ?? '').localeCompare(b.dueAt ?? ''));
};

/**
 * Breach clocks with under 24 hours left ("breach-clock") or passed ("overdue"). Titles name the
 * breach by its number only; the body says whom to notify and by when.
 */
export const breachReminders: ReminderSource = async (ctx, _today, now) => {
  const soon = new Date(now.getTime() + breachReminderHours * hourMs).toISOString();
  const clocks = await runningClocks(ctx, now, soon);
  return clocks
    .filter(({ clock }) => clock.dueAt < soon)
    .sort((a, b) => a.clock.dueAt.localeCompare(b.clock.dueAt))
    .map(({ row, clock }): ReminderEvent => {
      const overdue = clock.status === 'overdue';
      const duration = durationPhrase(Math.abs(new Date(clock.dueAt).getTime() - now.getTime()));
      // A customer is named in the body only: the title may be read by anyone near the screen.
      const party =
        clock.party === 'authority'
          ? phrase('coreReminders:partyAuthority')
          : clock.party === 'subjects'
            ? phrase('coreReminders:partySubjects')
            : phrase('coreReminders:partyCustomer');
      const titleText = phrase(overdue ? 'coreReminders:breachOverdue' : 'coreReminders:breachLeft', {
        number: row.number,
        duration,
        party,
      });
      const task =
        clock.party === 'authority'
          ? phrase('coreReminders:whatAuthority')
          : clock.party === 'subjects'
            ? phrase('coreReminders:whatSubjects')
            : phrase('coreReminders:whatCustomer', { name: clock.label });
      const body = phrase(clock.undueDelay ? 'coreReminders:breachBodyTarget' : 'coreReminders:breachBody', {
        what: task,
        time: formatOslo(clock.dueAt),
      });
      const bodyText = row.state === 'reported' ? phrase('coreReminders:notAssessed', { body }) : body;
      return {
        key: `${clockItemKey(row.id, clock)}@${clock.dueAt}`,
        level: overdue ? 'overdue' : 'breach-clock',
        title: english(titleText),
        body: english(bodyText),
        titleText,
        bodyText,
        path: `/breaches/${row.id}`,
        roles: ['dpo', 'admin'],
      };
    });
};
