import { z } from 'zod';
import { command, query } from '../contract/channel';
import { roles } from '../roles';
import { emptyInput, id, isoDateTime, password, requiredText, username } from '../validation';

export const roleList = z
  .array(z.enum(roles, { error: 'Unknown role' }))
  .min(1, 'Choose at least one role')
  .transform((list) => [...new Set(list)]);

export const userSchema = z.object({
  id,
  username: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(roles)),
  active: z.boolean(),
  lockedUntil: isoDateTime.nullable(),
  lastSignInAt: isoDateTime.nullable(),
  createdAt: isoDateTime,
});
export type User = z.infer<typeof userSchema>;

/** What any signed-in user may know of colleagues: enough to pick an assignee. */
export const colleagueSchema = z.object({
  id,
  displayName: z.string(),
  roles: z.array(z.enum(roles)),
});
export type Colleague = z.infer<typeof colleagueSchema>;

export const usersChannels = {
  'users.list': query({
    access: ['admin'],
    input: z
      .strictObject({ includeInactive: z.boolean().default(true) })
      .optional()
      .default({ includeInactive: true }),
    output: z.array(userSchema),
  }),
  'users.directory': query({ access: 'signedIn', input: emptyInput, output: z.array(colleagueSchema) }),
  'users.create': command({
    access: ['admin'],
    input: z.strictObject({
      username,
      displayName: requiredText('Full name', 120),
      roles: roleList,
      password,
    }),
    output: userSchema,
  }),
  'users.update': command({
    access: ['admin'],
    input: z.strictObject({ id, displayName: requiredText('Full name', 120), roles: roleList }),
    output: userSchema,
  }),
  'users.setActive': command({
    access: ['admin'],
    input: z.strictObject({ id, active: z.boolean() }),
    output: userSchema,
  }),
  'users.resetPassword': command({
    access: ['admin'],
    input: z.strictObject({ id, password }),
    output: userSchema,
  }),
};
