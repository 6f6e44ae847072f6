import { z } from 'zod';
import { command, query } from '../contract/channel';
import { languageSchema } from '../i18n/languages';
import { roles } from '../roles';
import { emptyInput, id, password, requiredText, username } from '../validation';

export const sessionUserSchema = z.object({
  id,
  username: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(roles)),
  /** The language the person chose; null until they choose (the app then follows the system). */
  language: languageSchema.nullable(),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const authStatusSchema = z.object({
  /** No user exists yet: the app asks for the first administrator. */
  setupRequired: z.boolean(),
  user: sessionUserSchema.nullable(),
  locked: z.boolean(),
  idleLockMinutes: z.number().int().positive(),
});
export type AuthStatus = z.infer<typeof authStatusSchema>;

/** Sign-in takes any non-empty password: the length rule applies when a password is chosen. */
const givenPassword = z.string({ error: 'Enter your password' }).min(1, 'Enter your password').max(200);

export const authChannels = {
  'auth.status': query({
    personalData: false,
    access: 'public',
    input: emptyInput,
    output: authStatusSchema,
  }),
  'auth.setup': command({
    access: 'public',
    input: z.strictObject({
      username,
      displayName: requiredText('Full name', 120),
      password,
      alsoDpo: z.boolean().default(false),
    }),
    output: authStatusSchema,
  }),
  'auth.signIn': command({
    access: 'public',
    input: z.strictObject({
      username: z.string().trim().toLowerCase().min(1, 'Enter your user name').max(64),
      password: givenPassword,
    }),
    output: authStatusSchema,
  }),
  'auth.unlock': command({
    access: 'public',
    input: z.strictObject({ password: givenPassword }),
    output: authStatusSchema,
  }),
  'auth.lock': command({ access: 'signedIn', input: emptyInput, output: authStatusSchema }),
  'auth.signOut': command({ access: 'public', input: emptyInput, output: authStatusSchema }),
  /** The renderer reports that the person is still at work, so the core does not lock the session. */
  'auth.touch': query({
    personalData: false,
    access: 'signedIn',
    input: emptyInput,
    output: z.object({ ok: z.literal(true) }),
  }),
  /** The signed-in person's own choice of language, kept for them on every desk. */
  'auth.setLanguage': command({
    access: 'signedIn',
    input: z.strictObject({ language: languageSchema }),
    output: authStatusSchema,
  }),
  /**
   * The language this desk reads the app in, told by the renderer when it starts and when the
   * language changes: the core writes errors in it for no one signed in and for a person who has
   * not chosen a language (`Session.language`). Changes nothing stored.
   */
  'auth.deskLanguage': query({
    personalData: false,
    access: 'public',
    input: z.strictObject({ language: languageSchema }),
    output: z.object({ ok: z.literal(true) }),
  }),
  'auth.changePassword': command({
    access: 'signedIn',
    input: z.strictObject({ currentPassword: givenPassword, newPassword: password }),
    output: z.object({ ok: z.literal(true) }),
  }),
};
