import type { BreachClock } from './contract';
import { durationText, formatOslo } from './time';

const ms = (iso: string | Date) => (typeof iso === 'string' ? new Date(iso).getTime() : iso.getTime());

/** The words for a clock's state at `now`, the same on screen and in exports. */
export function clockStateText(clock: BreachClock, now: Date | string): string {
  const verb = clock.party === 'authority' ? 'Notified' : 'Told';
  switch (clock.status) {
    case 'running':
      return `${durationText(ms(clock.dueAt) - ms(now))} left`;
    case 'overdue':
      return `Overdue by ${durationText(ms(now) - ms(clock.dueAt))}`;
    case 'met':
      return `${verb} in time`;
    case 'late':
      return `${verb} ${durationText(ms(clock.doneAt ?? clock.dueAt) - ms(clock.dueAt))} late`;
    case 'not-required':
      return clock.party === 'subjects' ? 'Not required: exception of Art. 34(3)' : 'Not required: no risk';
  }
}

/** One line for a list or an export: "Datatilsynet: 41 h 12 min left (due 15.03.2026 14:05)". */
export function clockLine(clock: BreachClock, now: Date | string): string {
  const when =
    clock.status === 'running' || clock.status === 'overdue'
      ? ` (due ${formatOslo(clock.dueAt)}${clock.undueDelay ? ', target' : ''})`
      : clock.doneAt
        ? ` (${formatOslo(clock.doneAt)})`
        : '';
  return `${clock.label}: ${clockStateText(clock, now)}${when}`;
}

/**
 * The clock as it stands at `now`, which may be later than when it was read: a running clock
 * turns overdue on its own while the screen is open.
 */
export function liveClock(clock: BreachClock, now: Date | string): BreachClock {
  if (clock.status !== 'running' && clock.status !== 'overdue') return clock;
  return { ...clock, status: ms(now) > ms(clock.dueAt) ? 'overdue' : 'running' };
}
