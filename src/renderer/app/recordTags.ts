import type { ApiTag } from './api';

/**
 * Cache tags for a call on one record (`{ id, ... }` in): the record's own tag by that id, and any
 * others it makes stale, e.g. `recordTags('Breach', ['BreachList', 'Audit'])` as an endpoint's tags.
 */
export function recordTags(type: ApiTag, others: readonly ApiTag[] = []) {
  // `unknown` so one helper serves every channel; each of them takes the record's id.
  return (_result: unknown, _error: unknown, input: unknown) => [
    ...others,
    { type, id: (input as { id: number }).id },
  ];
}
