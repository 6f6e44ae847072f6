export interface SignInLimits {
  /** Failed password attempts allowed per user name within the window. */
  perUserName: number;
  /** Password attempts (failed or not) allowed per address within the window. */
  perAddress: number;
  windowMs: number;
}

export const defaultSignInLimits: SignInLimits = { perUserName: 10, perAddress: 30, windowMs: 60_000 };

/**
 * Slows down password guessing against the office server, beside the account lock-out: per user
 * name (failures only, so a typo-prone colleague is not locked out by a stranger's successes) and per
 * address (every attempt, so one machine cannot try many names).
 */
export class SignInThrottle {
  private readonly failuresByName = new Map<string, number[]>();
  private readonly attemptsByAddress = new Map<string, number[]>();

  constructor(
    private readonly nowMs: () => number,
    private readonly limits: SignInLimits = defaultSignInLimits,
  ) {}

  /** A message when this attempt must wait, else null. */
  check(address: string | undefined, userName: string | undefined): string | null {
    const tooMany = (map: Map<string, number[]>, key: string | undefined, limit: number) =>
      key !== undefined && this.recent(map, key).length >= limit;
    if (
      tooMany(this.attemptsByAddress, address, this.limits.perAddress) ||
      tooMany(this.failuresByName, userName, this.limits.perUserName)
    ) {
      const seconds = Math.ceil(this.limits.windowMs / 1000);
      return `Too many sign-in attempts in a short time. Wait ${seconds} seconds and try again.`;
    }
    return null;
  }

  record(address: string | undefined, userName: string | undefined, succeeded: boolean): void {
    if (address !== undefined) this.push(this.attemptsByAddress, address);
    if (userName !== undefined && !succeeded) this.push(this.failuresByName, userName);
  }

  private recent(map: Map<string, number[]>, key: string): number[] {
    const since = this.nowMs() - this.limits.windowMs;
    const times = (map.get(key) ?? []).filter((time) => time > since);
    if (times.length === 0) map.delete(key);
    else map.set(key, times);
    return times;
  }

  private push(map: Map<string, number[]>, key: string): void {
    map.set(key, [...this.recent(map, key), this.nowMs()]);
  }
}
