import type { usersChannels } from '../../../shared/users/contract';
import type { Handlers } from '../handler';
import { findUserById } from './repository';
import { createUser, listColleagues, listUsers, resetPassword, setUserActive, updateUser } from './service';

export const usersHandlers: Handlers<keyof typeof usersChannels> = {
  'users.list': (input, ctx) => listUsers(ctx, input.includeInactive),
  'users.directory': (_input, ctx) => listColleagues(ctx),
  'users.create': (input, ctx) => createUser(ctx, input),
  'users.update': (input, ctx) => updateUser(ctx, input),
  'users.setActive': (input, ctx) => setUserActive(ctx, input),
  'users.resetPassword': async (input, ctx) => {
    const user = await resetPassword(ctx, input);
    // An administrator resetting their own password stays signed in here (other windows end).
    if (input.id === ctx.session.userId) {
      const self = await findUserById(ctx.db, input.id);
      ctx.session.epoch = self ? Number(self.session_epoch) : null;
    }
    return user;
  },
};
