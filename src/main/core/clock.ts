export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock tests and the end-to-end harness can set and move forward. */
export interface AdjustableClock extends Clock {
  set(at: Date | string): void;
  advance(milliseconds: number): void;
  /** Go back to following the system clock. */
  reset(): void;
}

export function adjustableClock(start?: Date | string): AdjustableClock {
  let offset = 0;
  let fixed: number | null = null;
  const clock: AdjustableClock = {
    now: () => new Date(fixed ?? Date.now() + offset),
    set: (at) => {
      fixed = new Date(at).getTime();
    },
    advance: (ms) => {
      if (fixed !== null) fixed += ms;
      else offset += ms;
    },
    reset: () => {
      fixed = null;
      offset = 0;
    },
  };
  if (start !== undefined) clock.set(start);
  return clock;
}

export function isoNow(clock: Clock): string {
  return clock.now().toISOString();
}
