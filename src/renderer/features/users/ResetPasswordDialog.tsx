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
import { text, useT } from '../../i18n';
import { FormError, useChannelForm } from '../../components/form';
import { NewPasswordFields } from '../auth/NewPasswordFields';
import { useResetUserPasswordMutation } from './usersApi';

const resetForm = z.object({ password, repeat: z.string() }).refine((form) => form.password === form.repeat, {
  path: ['repeat'],
  error: () => text('users', 'passwordsDiffer'),
});

/** Mount it only while a user is chosen, so every opening starts empty. */
export function ResetPasswordDialog({ user, onClose }: { user: User; onClose: () => void }) {
  const t = useT('users');
  const dispatch = useAppDispatch();
  const [resetPassword] = useResetUserPasswordMutation();
  const form = useChannelForm(resetForm, {
    password: '',
    repeat: '',
  });
  const { handleSubmit, formState, formError, settle } = form;

  const submit = handleSubmit(async (values) => {
    if (!settle(await resetPassword({ id: user.id, password: values.password })).ok) return;
    dispatch(notice(t('passwordWasReset', { name: user.displayName })));
    onClose();
  });

  return (
    <Dialog open onClose={onClose} maxWidth="xs" fullWidth>
      <form onSubmit={submit} noValidate>
        <DialogTitle>{t('resetTitle')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <DialogContentText>{t('resetText', { name: user.displayName })}</DialogContentText>
            <FormError message={formError} />
            <NewPasswordFields
              form={form}
              names={{ password: 'password', repeat: 'repeat' }}
              labels={{ password: t('newPassword'), repeat: t('repeatNewPassword') }}
              hint={t('atLeastTen')}
              autoFocus
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{text('common', 'cancel')}</Button>
          <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
            {t('resetTitle')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
