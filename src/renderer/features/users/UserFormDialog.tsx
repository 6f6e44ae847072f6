import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormHelperText,
  FormLabel,
  Stack,
  TextField,
} from '@mui/material';
import { Controller } from 'react-hook-form';
import { z } from 'zod';
import { roles, type Role } from '../../../shared/roles';
import type { User } from '../../../shared/users/contract';
import { password, requiredText, username } from '../../../shared/validation';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { FormError, useChannelForm } from '../../components/form';
import { text, useLabels, useT } from '../../i18n';
import { NewPasswordFields } from '../auth/NewPasswordFields';
import { useCreateUserMutation, useUpdateUserMutation } from './usersApi';

const roleHelp = { agent: 'helpAgent', dpo: 'helpDpo', admin: 'helpAdmin' } as const satisfies Record<
  Role,
  string
>;

const baseFields = {
  displayName: requiredText('Full name', 120),
  roles: z.array(z.enum(roles)).min(1, { error: () => text('users', 'chooseRole') }),
};
const createForm = z
  .object({ ...baseFields, username, password, repeatPassword: z.string() })
  .refine((form) => form.password === form.repeatPassword, {
    path: ['repeatPassword'],
    error: () => text('users', 'passwordsDiffer'),
  });
const editForm = z.object({
  ...baseFields,
  username: z.string(),
  password: z.string(),
  repeatPassword: z.string(),
});
type UserForm = z.input<typeof createForm>;

/**
 * Adds a user (with a first password) or edits an existing user's name and roles. Mount it only
 * while open, so each opening starts from the user's current values.
 */
export function UserFormDialog({ user, onClose }: { user: User | null; onClose: () => void }) {
  const t = useT('users');
  const roleLabels = useLabels('role');
  const dispatch = useAppDispatch();
  const [createUser] = useCreateUserMutation();
  const [updateUser] = useUpdateUserMutation();
  const editing = user !== null;
  const defaults: UserForm = {
    displayName: user?.displayName ?? '',
    username: user?.username ?? '',
    roles: user?.roles ?? ['agent'],
    password: '',
    repeatPassword: '',
  };
  const form = useChannelForm<typeof createForm>(
    editing ? (editForm as unknown as typeof createForm) : createForm,
    defaults,
  );
  const { register, handleSubmit, formState, control, formError, settle } = form;

  const submit = handleSubmit(async (values) => {
    const result = editing
      ? await updateUser({ id: user.id, displayName: values.displayName, roles: values.roles })
      : await createUser({
          username: values.username,
          displayName: values.displayName,
          roles: values.roles,
          password: values.password,
        });
    if (!settle(result).ok) return;
    dispatch(notice(t(editing ? 'wasUpdated' : 'canNowSignIn', { name: values.displayName })));
    onClose();
  });

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <form onSubmit={submit} noValidate>
        <DialogTitle>{editing ? t('editUser', { name: user.displayName }) : t('addTitle')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <FormError message={formError} />
            <TextField
              label={t('fullName')}
              autoFocus
              {...register('displayName')}
              error={!!formState.errors.displayName}
              helperText={formState.errors.displayName?.message}
            />
            <TextField
              label={t('userName')}
              disabled={editing}
              {...register('username')}
              error={!!formState.errors.username}
              helperText={
                formState.errors.username?.message ?? (editing ? t('userNameFixed') : t('userNameHint'))
              }
            />
            <Controller
              control={control}
              name="roles"
              render={({ field, fieldState }) => (
                <FormControl error={!!fieldState.error} component="fieldset">
                  <FormLabel component="legend">{t('roles')}</FormLabel>
                  <FormGroup>
                    {roles.map((role) => (
                      <FormControlLabel
                        key={role}
                        control={
                          <Checkbox
                            checked={field.value.includes(role)}
                            onChange={(event) =>
                              field.onChange(
                                event.target.checked
                                  ? [...field.value, role]
                                  : field.value.filter((held) => held !== role),
                              )
                            }
                          />
                        }
                        label={`${roleLabels[role]} — ${t(roleHelp[role])}`}
                      />
                    ))}
                  </FormGroup>
                  {fieldState.error && <FormHelperText>{fieldState.error.message}</FormHelperText>}
                </FormControl>
              )}
            />
            {!editing && (
              <NewPasswordFields
                form={form}
                names={{ password: 'password', repeat: 'repeatPassword' }}
                labels={{ password: t('firstPassword'), repeat: t('repeatPassword') }}
                hint={t('firstPasswordHint')}
              />
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{text('common', 'cancel')}</Button>
          <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
            {editing ? t('saveChanges') : t('addUser')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
