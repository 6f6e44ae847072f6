import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Checkbox, FormControlLabel, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { password, requiredText, username } from '../../../shared/validation';
import { callApi } from '../../app/api';
import { useAppDispatch } from '../../app/store';
import { text, useT } from '../../i18n';
import { applyApiError } from '../../lib/forms';
import { AuthLayout } from './AuthLayout';
import { statusReceived } from './authSlice';
import { NewPasswordFields } from './NewPasswordFields';

const setupForm = z
  .object({
    displayName: requiredText('Full name', 120),
    username,
    password,
    repeatPassword: z.string(),
    alsoDpo: z.boolean(),
  })
  .refine((form) => form.password === form.repeatPassword, {
    path: ['repeatPassword'],
    error: () => text('auth', 'passwordsDiffer'),
  });
type SetupForm = z.input<typeof setupForm>;

/** First start: create the administrator account. */
export function SetupPage() {
  const t = useT('auth');
  const dispatch = useAppDispatch();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<SetupForm>({
    resolver: zodResolver(setupForm),
    defaultValues: { displayName: '', username: '', password: '', repeatPassword: '', alsoDpo: false },
  });
  const { register, handleSubmit, formState } = form;

  const submit = handleSubmit(async (values) => {
    setError(null);
    const result = await callApi('auth.setup', {
      username: values.username,
      displayName: values.displayName,
      password: values.password,
      alsoDpo: values.alsoDpo,
    });
    if (result.ok) dispatch(statusReceived(result.data));
    else setError(applyApiError(result.error, form.setError, ['username', 'displayName', 'password']));
  });

  return (
    <AuthLayout title={t('welcome')} subtitle={t('welcomeHint')}>
      <form onSubmit={submit} noValidate>
        <Stack spacing={2}>
          {error && <Alert severity="error">{error}</Alert>}
          <TextField
            label={t('fullName')}
            autoFocus
            {...register('displayName')}
            error={!!formState.errors.displayName}
            helperText={formState.errors.displayName?.message}
          />
          <TextField
            label={t('userName')}
            autoComplete="username"
            {...register('username')}
            error={!!formState.errors.username}
            helperText={formState.errors.username?.message ?? t('userNameHint')}
          />
          <NewPasswordFields
            form={form}
            names={{ password: 'password', repeat: 'repeatPassword' }}
            labels={{ password: t('password'), repeat: t('repeatPassword') }}
            hint={t('atLeastTen')}
          />
          <FormControlLabel control={<Checkbox {...register('alsoDpo')} />} label={t('alsoDpo')} />
          <Button type="submit" variant="contained" size="large" disabled={formState.isSubmitting}>
            {t('createAdmin')}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
