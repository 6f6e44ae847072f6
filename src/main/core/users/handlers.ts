import type { usersChannels } from '../../../shared/users/contract';
import type { Handlers } from '../handler';
import { createUser, listColleagues, listUsers, resetPassword, setUserActive, updateUser } from './service';

export const usersHandlers: Handlers<keyof typeof usersChannels> = {
  'users.list': (input, ctx) => listUsers(ctx, input.includeInactive),
  'users.directory': (_input, ctx) => listColleagues(ctx),
  'users.create': (input, ctx) => createUser(ctx, input),
  'users.update': (input, ctx) => updateUser(ctx, input),
  'users.setActive': (input, ctx) => setUserActive(ctx, input),
  'users.resetPassword': (input, ctx) => resetPassword(ctx, input),
};
