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
}

export function query<I extends z.ZodType, O extends z.ZodType>(spec: {
  access: Access;
  input: I;
  output: O;
}): ChannelSpec<I, O> {
  return { kind: 'query', ...spec };
}

export function command<I extends z.ZodType, O extends z.ZodType>(spec: {
  access: Access;
  input: I;
  output: O;
}): ChannelSpec<I, O> {
  return { kind: 'command', ...spec };
}
