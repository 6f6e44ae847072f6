import { english, phrase, type Phrase } from '../i18n/phrases';

/**
 * Instants shown and typed as wall-clock time in Europe/Oslo, whatever the machine's own time zone.
 * Breach clocks run in real hours (UTC); only their display follows the office's clock, which
 * jumps an hour at the daylight-saving changes. The conversions are those of the one Oslo module.
 */
export {
  formatOslo,
  osloDate as osloCalendarDate,
  osloLocalToInstant,
  osloOffsetMinutes,
  type OsloParts,
  osloParts,
  parseOsloInput,
  toOsloInput,
} from '../oslo';

/** "71 h 59 min", "45 min", "3 days 4 h" for long spans; whole minutes, rounded down. */
export function durationPhrase(milliseconds: number): Phrase {
  const minutes = Math.floor(Math.abs(milliseconds) / 60_000);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours >= 24 * 4) {
    const days = Math.floor(hours / 24);
    return hours % 24
      ? phrase('coreBreaches:daysHours', { count: days, hours: hours % 24 })
      : phrase('coreBreaches:days', { count: days });
  }
  if (hours === 0) return phrase('coreBreaches:minutes', { minutes: rest });
  return phrase('coreBreaches:hoursMinutes', { hours, minutes: rest });
}

/** The duration in English, as exports and reminders write it. */
export function durationText(milliseconds: number): string {
  return english(durationPhrase(milliseconds));
}
