import type { BreachClock } from './contract';
import type { Language } from '../i18n/languages';
import { english, phrase, type Phrase, say } from '../i18n/phrases';
import { durationPhrase, formatOslo } from './time';

const ms = (iso: string | Date) => (typeof iso === 'string' ? new Date(iso).getTime() : iso.getTime());

/** The words for a clock's state at `now`, the same on screen and in exports. */
export function clockStatePhrase(clock: BreachClock, now: Date | string): Phrase {
  const notified = clock.party === 'authority';
  switch (clock.status) {
    case 'running':
      return phrase('coreBreaches:left', { duration: durationPhrase(ms(clock.dueAt) - ms(now)) });
    case 'overdue':
      return phrase('coreBreaches:overdueBy', { duration: durationPhrase(ms(now) - ms(clock.dueAt)) });
    case 'met':
      return phrase(notified ? 'coreBreaches:notifiedInTime' : 'coreBreaches:toldInTime');
    case 'late':
      return phrase(notified ? 'coreBreaches:notifiedLate' : 'coreBreaches:toldLate', {
        duration: durationPhrase(ms(clock.doneAt ?? clock.dueAt) - ms(clock.dueAt)),
      });
    case 'not-required':
      return phrase(
        clock.party === 'subjects' ? 'coreBreaches:notRequiredException' : 'coreBreaches:notRequiredNoRisk',
      );
  }
}

export function clockStateText(clock: BreachClock, now: Date | string): string {
  return english(clockStatePhrase(clock, now));
}

/** One line for a list or an export: "Datatilsynet: 41 h 12 min left (due 15.03.2026 14:05)". */
export function clockLinePhrase(clock: BreachClock, now: Date | string): Phrase {
  const parts = { label: clock.labelText, state: clockStatePhrase(clock, now) };
  if (clock.status === 'running' || clock.status === 'overdue')
    return phrase(clock.undueDelay ? 'coreBreaches:lineDueTarget' : 'coreBreaches:lineDue', {
      ...parts,
      time: formatOslo(clock.dueAt),
    });
  return clock.doneAt
    ? phrase('coreBreaches:lineDone', { ...parts, time: formatOslo(clock.doneAt) })
    : phrase('coreBreaches:line', parts);
}

/** The line in `language`: English in lists, the export's language in an export. */
export function clockLine(clock: BreachClock, now: Date | string, language: Language = 'en'): string {
  return say(language, clockLinePhrase(clock, now));
}

/**
 * The clock as it stands at `now`, which may be later than when it was read: a running clock
 * turns overdue on its own while the screen is open.
 */
export function liveClock(clock: BreachClock, now: Date | string): BreachClock {
  if (clock.status !== 'running' && clock.status !== 'overdue') return clock;
  return { ...clock, status: ms(now) > ms(clock.dueAt) ? 'overdue' : 'running' };
}
