import type { Channel } from '../../shared/contract';
import { auditHandlers } from './audit/handlers';
import { authHandlers } from './auth/handlers';
import type { Handlers } from './handler';
import { settingsHandlers } from './settings/handlers';
import { usersHandlers } from './users/handlers';

/** One handler per channel of the contract; the compiler refuses a channel without one. */
export const handlers: Handlers<Channel> = {
  ...authHandlers,
  ...usersHandlers,
  ...auditHandlers,
  ...settingsHandlers,
};
