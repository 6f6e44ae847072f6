import type { z } from 'zod';
import type { Channel, Contract, ParsedInput } from '../../shared/contract';
import type { Settings } from '../../shared/settings/definitions';
import type { Ctx } from './context';
import type { Session } from './session';

/** What dispatch hands a channel's handler besides the validated input. */
export interface HandlerContext extends Ctx {
  readonly session: Session;
  readonly settings: Settings;
}

export type Handler<C extends Channel> = (
  input: ParsedInput<C>,
  ctx: HandlerContext,
) => Promise<z.input<Contract[C]['output']>>;

/** A feature's handlers: exactly one per channel of its contract, checked by the compiler. */
export type Handlers<K extends Channel> = { [C in K]: Handler<C> };
