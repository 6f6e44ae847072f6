/** A small seeded PRNG (mulberry32), so a demo database can be made again exactly. */
export interface Random {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  /** Picks by weight: `[['phone', 5], ['email', 3]]`. */
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T;
}

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (probability) => next() < probability,
    weighted: (items) => {
      const total = items.reduce((sum, [, weight]) => sum + weight, 0);
      let roll = next() * total;
      for (const [item, weight] of items) {
        roll -= weight;
        if (roll < 0) return item;
      }
      return items[items.length - 1][0];
    },
  };
  return random;
}

/** A random valid Norwegian organisation number (modulus 11). */
export function randomOrgNumber(random: Random): string {
  const weights = [3, 2, 7, 6, 5, 4, 3, 2];
  for (;;) {
    const digits = [random.pick([8, 9]), ...Array.from({ length: 7 }, () => random.int(0, 9))];
    const remainder = weights.reduce((sum, weight, index) => sum + weight * digits[index], 0) % 11;
    const check = remainder === 0 ? 0 : 11 - remainder;
    if (check !== 10) return [...digits, check].join('');
  }
}
