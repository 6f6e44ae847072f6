import type { authChannels } from '../../../shared/auth/contract';
import type { Handlers } from '../handler';
import {
  authStatus,
  changeOwnPassword,
  lockSession,
  setOwnLanguage,
  setupFirstAdmin,
  signIn,
  signOut,
  unlock,
} from './service';

export const authHandlers: Handlers<keyof typeof authChannels> = {
  'auth.status': (_input, ctx) => authStatus(ctx, ctx.session, ctx.settings),
  'auth.setup': (input, ctx) => setupFirstAdmin(ctx, ctx.session, ctx.settings, input),
  'auth.signIn': (input, ctx) => signIn(ctx, ctx.session, ctx.settings, input),
  'auth.unlock': (input, ctx) => unlock(ctx, ctx.session, ctx.settings, input),
  'auth.lock': (_input, ctx) => lockSession(ctx, ctx.session, ctx.settings),
  'auth.signOut': (_input, ctx) => signOut(ctx, ctx.session, ctx.settings),
  'auth.touch': async (_input, ctx) => {
    ctx.session.lastActivityMs = ctx.clock.now().getTime();
    return { ok: true as const };
  },
  'auth.setLanguage': (input, ctx) => setOwnLanguage(ctx, ctx.session, ctx.settings, input.language),
  'auth.deskLanguage': async (input, ctx) => {
    ctx.session.language = input.language;
    return { ok: true as const };
  },
  'auth.changePassword': (input, ctx) => changeOwnPassword(ctx, ctx.session, ctx.settings, input),
};
