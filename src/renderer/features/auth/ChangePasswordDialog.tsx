import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { password } from '../../../shared/validation';
import { callApi } from '../../app/api';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { text, useT } from '../../i18n';
import { applyApiError } from '../../lib/forms';
import { NewPasswordFields } from './NewPasswordFields';
import { PasswordField } from './PasswordField';

const changeForm = z
  .object({
    currentPassword: z.string().min(1, { error: () => text('auth', 'enterCurrentPassword') }),
    newPassword: password,
    repeat: z.string(),
  })
  .refine((form) => form.newPassword === form.repeat, {
    path: ['repeat'],
    error: () => text('auth', 'passwordsDiffer'),
  });
type ChangeForm = z.infer<typeof changeForm>;

export function ChangePasswordDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT('auth');
  const dispatch = useAppDispatch();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<ChangeForm>({
    resolver: zodResolver(changeForm),
    defaultValues: { currentPassword: '', newPassword: '', repeat: '' },
  });
  const { register, handleSubmit, formState, reset } = form;

  const close = () => {
    reset();
    setError(null);
    onClose();
  };

  const submit = handleSubmit(async (values) => {
    const result = await callApi(
      'auth.changePassword',
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      dispatch,
    );
    if (result.ok) {
      dispatch(notice(t('passwordChanged')));
      close();
    } else if (result.error.code === 'INVALID_CREDENTIALS') {
      form.setError('currentPassword', { message: t('notCurrentPassword') });
    } else {
      setError(applyApiError(result.error, form.setError, ['currentPassword', 'newPassword']));
    }
  });

  return (
    <Dialog open={open} onClose={close} maxWidth="xs" fullWidth>
      <form onSubmit={submit} noValidate>
        <DialogTitle>{t('changeTitle')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {error && <Alert severity="error">{error}</Alert>}
            <PasswordField
              label={t('currentPassword')}
              autoFocus
              {...register('currentPassword')}
              error={!!formState.errors.currentPassword}
              helperText={formState.errors.currentPassword?.message}
            />
            <NewPasswordFields
              form={form}
              names={{ password: 'newPassword', repeat: 'repeat' }}
              labels={{ password: t('newPassword'), repeat: t('repeatNewPassword') }}
              hint={t('atLeastTen')}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>{text('common', 'cancel')}</Button>
          <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
            {t('changePassword')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
