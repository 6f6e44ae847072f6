import { Button, Stack } from '@mui/material';
import { z } from 'zod';
import { authChannels } from '../../../shared/auth/contract';
import { callApi } from '../../app/api';
import { useAppDispatch } from '../../app/store';
import { FormCheckbox, FormError, FormTextField, useChannelForm } from '../../components/form';
import { text, useT } from '../../i18n';
import { AuthLayout } from './AuthLayout';
import { statusReceived } from './authSlice';
import { NewPasswordFields } from './NewPasswordFields';

const setupForm = authChannels['auth.setup'].input
  .extend({ repeatPassword: z.string() })
  .refine((form) => form.password === form.repeatPassword, {
    path: ['repeatPassword'],
    error: () => text('auth', 'passwordsDiffer'),
  });

/** First start: create the administrator account. */
export function SetupPage() {
  const t = useT('auth');
  const dispatch = useAppDispatch();
  const form = useChannelForm(setupForm, {
    displayName: '',
    username: '',
    password: '',
    repeatPassword: '',
    alsoDpo: false,
  });
  const { field, handleSubmit, formState, formError, settle } = form;

  const submit = handleSubmit(async ({ repeatPassword: _repeat, ...values }) => {
    const result = settle(await callApi('auth.setup', values));
    if (result.ok) dispatch(statusReceived(result.data));
  });

  return (
    <AuthLayout title={t('welcome')} subtitle={t('welcomeHint')}>
      <form onSubmit={submit} noValidate>
        <Stack spacing={2}>
          <FormError message={formError} />
          <FormTextField {...field('displayName')} label={t('fullName')} autoFocus />
          <FormTextField
            {...field('username')}
            label={t('userName')}
            autoComplete="username"
            helperText={t('userNameHint')}
          />
          <NewPasswordFields
            form={form}
            names={{ password: 'password', repeat: 'repeatPassword' }}
            labels={{ password: t('password'), repeat: t('repeatPassword') }}
            hint={t('atLeastTen')}
          />
          <FormCheckbox {...field('alsoDpo')} label={t('alsoDpo')} />
          <Button type="submit" variant="contained" size="large" disabled={formState.isSubmitting}>
            {t('createAdmin')}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
