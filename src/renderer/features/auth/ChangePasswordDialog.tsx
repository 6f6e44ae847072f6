import { Stack } from '@mui/material';
import { z } from 'zod';
import { authChannels } from '../../../shared/auth/contract';
import { callApi } from '../../app/api';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { FormTextField, useChannelForm } from '../../components/form';
import { FormDialog } from '../../components/form/FormDialog';
import { text, useT } from '../../i18n';
import { NewPasswordFields } from './NewPasswordFields';
import { PasswordField } from './PasswordField';

const changeForm = authChannels['auth.changePassword'].input
  .extend({
    currentPassword: z.string().min(1, { error: () => text('auth', 'enterCurrentPassword') }),
    repeat: z.string(),
  })
  .refine((form) => form.newPassword === form.repeat, {
    path: ['repeat'],
    error: () => text('auth', 'passwordsDiffer'),
  });

/** One's own new password; mount it only while open, so every opening starts empty. */
export function ChangePasswordDialog({ onClose }: { onClose: () => void }) {
  const t = useT('auth');
  const dispatch = useAppDispatch();
  const form = useChannelForm(changeForm, { currentPassword: '', newPassword: '', repeat: '' });
  const { field, handleSubmit, formState, formError, setError, settle } = form;

  const submit = handleSubmit(async ({ currentPassword, newPassword }) => {
    const result = await callApi('auth.changePassword', { currentPassword, newPassword }, dispatch);
    if (!result.ok && result.error.code === 'INVALID_CREDENTIALS') {
      setError('currentPassword', { message: t('notCurrentPassword') });
      return;
    }
    if (!settle(result).ok) return;
    dispatch(notice(t('passwordChanged')));
    onClose();
  });

  return (
    <FormDialog
      title={t('changeTitle')}
      onClose={onClose}
      onSubmit={submit}
      formError={formError}
      saving={formState.isSubmitting}
      submitLabel={t('changePassword')}
      maxWidth="xs"
    >
      <Stack spacing={2} sx={{ pt: 1 }}>
        <FormTextField
          {...field('currentPassword')}
          as={PasswordField}
          label={t('currentPassword')}
          autoFocus
        />
        <NewPasswordFields
          form={form}
          names={{ password: 'newPassword', repeat: 'repeat' }}
          labels={{ password: t('newPassword'), repeat: t('repeatNewPassword') }}
          hint={t('atLeastTen')}
        />
      </Stack>
    </FormDialog>
  );
}
