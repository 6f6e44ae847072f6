import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
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
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { roleLabels, roles, type Role } from '../../../shared/roles';
import type { User } from '../../../shared/users/contract';
import { password, requiredText, username } from '../../../shared/validation';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { applyApiError } from '../../lib/forms';
import { PasswordField } from '../auth/PasswordField';
import { useCreateUserMutation, useUpdateUserMutation } from './usersApi';

const roleHelp: Record<Role, string> = {
  agent: 'Logs inquiries and sees their own',
  dpo: 'Runs rights-request cases and breaches, reads the agreements register',
  admin: 'Manages users, settings, the agreements register and the audit log',
};

const baseFields = {
  displayName: requiredText('Full name', 120),
  roles: z.array(z.enum(roles)).min(1, 'Choose at least one role'),
};
const createForm = z
  .object({ ...baseFields, username, password, repeatPassword: z.string() })
  .refine((form) => form.password === form.repeatPassword, {
    path: ['repeatPassword'],
    message: 'The two passwords differ',
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
  const dispatch = useAppDispatch();
  const [createUser] = useCreateUserMutation();
  const [updateUser] = useUpdateUserMutation();
  const [error, setError] = useState<string | null>(null);
  const editing = user !== null;
  const form = useForm<UserForm>({
    resolver: zodResolver(editing ? editForm : createForm),
    defaultValues: {
      displayName: user?.displayName ?? '',
      username: user?.username ?? '',
      roles: user?.roles ?? ['agent'],
      password: '',
      repeatPassword: '',
    },
  });
  const { register, handleSubmit, formState, control } = form;

  const submit = handleSubmit(async (values) => {
    setError(null);
    const result = editing
      ? await updateUser({ id: user.id, displayName: values.displayName, roles: values.roles })
      : await createUser({
          username: values.username,
          displayName: values.displayName,
          roles: values.roles,
          password: values.password,
        });
    if ('error' in result && result.error) {
      const apiError = result.error as Parameters<typeof applyApiError>[0];
      setError(applyApiError(apiError, form.setError, ['username', 'displayName', 'roles', 'password']));
      return;
    }
    dispatch(
      notice(editing ? `${values.displayName} was updated.` : `${values.displayName} can now sign in.`),
    );
    onClose();
  });

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <form onSubmit={submit} noValidate>
        <DialogTitle>{editing ? `Edit ${user.displayName}` : 'Add a user'}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {error && <Alert severity="error">{error}</Alert>}
            <TextField
              label="Full name"
              autoFocus
              {...register('displayName')}
              error={!!formState.errors.displayName}
              helperText={formState.errors.displayName?.message}
            />
            <TextField
              label="User name"
              disabled={editing}
              {...register('username')}
              error={!!formState.errors.username}
              helperText={
                formState.errors.username?.message ??
                (editing ? 'A user name cannot be changed' : 'Used to sign in: letters a-z, digits, . - _')
              }
            />
            <Controller
              control={control}
              name="roles"
              render={({ field, fieldState }) => (
                <FormControl error={!!fieldState.error} component="fieldset">
                  <FormLabel component="legend">Roles</FormLabel>
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
                        label={`${roleLabels[role]} — ${roleHelp[role]}`}
                      />
                    ))}
                  </FormGroup>
                  {fieldState.error && <FormHelperText>{fieldState.error.message}</FormHelperText>}
                </FormControl>
              )}
            />
            {!editing && (
              <>
                <PasswordField
                  label="First password"
                  autoComplete="new-password"
                  {...register('password')}
                  error={!!formState.errors.password}
                  helperText={
                    formState.errors.password?.message ??
                    'At least 10 characters; give it to the person privately'
                  }
                />
                <PasswordField
                  label="Repeat the password"
                  autoComplete="new-password"
                  {...register('repeatPassword')}
                  error={!!formState.errors.repeatPassword}
                  helperText={formState.errors.repeatPassword?.message}
                />
              </>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
            {editing ? 'Save changes' : 'Add user'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
