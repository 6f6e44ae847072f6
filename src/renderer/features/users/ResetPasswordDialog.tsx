import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Stack,
} from '@mui/material';
import { z } from 'zod';
import type { User } from '../../../shared/users/contract';
import { password } from '../../../shared/validation';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { FormError, useChannelForm } from '../../components/form';
import { PasswordField } from '../auth/PasswordField';
import { useResetUserPasswordMutation } from './usersApi';

const resetForm = z
  .object({ password, repeat: z.string() })
  .refine((form) => form.password === form.repeat, { path: ['repeat'], message: 'The two passwords differ' });

/** Mount it only while a user is chosen, so every opening starts empty. */
export function ResetPasswordDialog({ user, onClose }: { user: User; onClose: () => void }) {
  const dispatch = useAppDispatch();
  const [resetPassword] = useResetUserPasswordMutation();
  const { register, handleSubmit, formState, formError, settle } = useChannelForm(resetForm, {
    password: '',
    repeat: '',
  });

  const submit = handleSubmit(async (values) => {
    if (!settle(await resetPassword({ id: user.id, password: values.password })).ok) return;
    dispatch(notice(`The password of ${user.displayName} was reset.`));
    onClose();
  });

  return (
    <Dialog open onClose={onClose} maxWidth="xs" fullWidth>
      <form onSubmit={submit} noValidate>
        <DialogTitle>Reset password</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <DialogContentText>
              Choose a new password for {user.displayName}. This also lifts a lock-out after wrong passwords.
            </DialogContentText>
            <FormError message={formError} />
            <PasswordField
              label="New password"
              autoFocus
              {...register('password')}
              error={!!formState.errors.password}
              helperText={formState.errors.password?.message ?? 'At least 10 characters'}
            />
            <PasswordField
              label="Repeat the new password"
              {...register('repeat')}
              error={!!formState.errors.repeat}
              helperText={formState.errors.repeat?.message}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
            Reset password
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
