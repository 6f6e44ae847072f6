import { z } from 'zod';
import type { User } from '../../../shared/users/contract';
import { password } from '../../../shared/validation';
import { text, useT } from '../../i18n';
import { FormDialog, useDialogForm } from '../../components/form';
import { NewPasswordFields } from '../auth/NewPasswordFields';
import { useResetUserPasswordMutation } from './usersApi';

const resetForm = z.object({ password, repeat: z.string() }).refine((form) => form.password === form.repeat, {
  path: ['repeat'],
  error: () => text('users', 'passwordsDiffer'),
});

/** Mount it only while a user is chosen, so every opening starts empty. */
export function ResetPasswordDialog({ user, onClose }: { user: User; onClose: () => void }) {
  const t = useT('users');
  const [resetPassword] = useResetUserPasswordMutation();
  const form = useDialogForm(
    resetForm,
    { password: '', repeat: '' },
    {
      save: (values) => resetPassword({ id: user.id, password: values.password }),
      success: t('passwordWasReset', { name: user.displayName }),
      onClose,
    },
  );
  return (
    <FormDialog
      {...form.dialog}
      title={t('resetTitle')}
      intro={t('resetText', { name: user.displayName })}
      submitLabel={t('resetTitle')}
      maxWidth="xs"
      column
    >
      <NewPasswordFields
        form={form}
        names={{ password: 'password', repeat: 'repeat' }}
        labels={{ password: t('newPassword'), repeat: t('repeatNewPassword') }}
        hint={t('atLeastTen')}
        autoFocus
      />
    </FormDialog>
  );
}
