import type { z } from 'zod';
import type { Role } from '../roles';

/**
 * Who may call a channel: anyone (before sign-in), any signed-in user, or holders of one of the roles.
 * Checked in the core's dispatch for every call, never only in the renderer.
 */
export type Access = 'public' | 'signedIn' | readonly Role[];

/** Queries only read (and may audit the read); commands change state and are always audited. */
export type ChannelKind = 'query' | 'command';

export interface ChannelSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly kind: ChannelKind;
  readonly access: Access;
  readonly input: I;
  readonly output: O;
  /**
   * Whether an answer can hold personal data (names, contact details, notes, audit payloads, the
   * records of a person). Every successful call of such a channel is in the audit log: when its
   * handler records no entry of its own, dispatch records a `read` (tests/core/personal-data.test.ts
   * walks every channel). A query declares `personalData: false` only when it answers with counts,
   * settings or codes; a command always writes an entry.
   */
  readonly personalData: boolean;
  /**
   * Whether a successful call changes records, so other desks showing them fetch them again (the
   * core host's `dataChanged`). Commands that only read (exports, downloads, reports, checks)
   * declare `changes: false`; queries never change anything.
   */
  readonly changes: boolean;
}

export function query<I extends z.ZodType, O extends z.ZodType>(spec: {
  access: Access;
  input: I;
  output: O;
  /** Default true: a query is taken to answer with personal data unless it says otherwise. */
  personalData?: boolean;
}): ChannelSpec<I, O> {
  return { kind: 'query', personalData: true, ...spec, changes: false };
}

export function command<I extends z.ZodType, O extends z.ZodType>(spec: {
  access: Access;
  input: I;
  output: O;
  /** Default true; false for a command that only reads (an export, a download, a report). */
  changes?: boolean;
}): ChannelSpec<I, O> {
  return { kind: 'command', personalData: true, changes: true, ...spec };
}
