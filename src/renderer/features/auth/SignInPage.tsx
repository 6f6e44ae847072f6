import { Alert, Button, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { callApi } from '../../app/api';
import { useAppDispatch, useAppSelector } from '../../app/store';
import { useT } from '../../i18n';
import { AuthLayout } from './AuthLayout';
import { statusReceived } from './authSlice';
import { PasswordField } from './PasswordField';

interface SignInForm {
  username: string;
  password: string;
}

export function SignInPage() {
  const t = useT('auth');
  const dispatch = useAppDispatch();
  const [error, setError] = useState<string | null>(null);
  const endedBecause = useAppSelector((state) => state.auth.endedBecause);
  const { register, handleSubmit, formState, setValue, setFocus } = useForm<SignInForm>({
    defaultValues: { username: '', password: '' },
  });

  const submit = handleSubmit(async (values) => {
    setError(null);
    const result = await callApi('auth.signIn', values);
    if (result.ok) {
      dispatch(statusReceived(result.data));
      return;
    }
    setError(result.error.issues?.[0]?.message ?? result.error.message);
    setValue('password', '');
    setFocus('password');
  });

  return (
    <AuthLayout title={t('signIn')} subtitle={t('signInHint')}>
      <form onSubmit={submit} noValidate>
        <Stack spacing={2}>
          {error && (
            <Alert severity="error" role="alert">
              {error}
            </Alert>
          )}
          {!error && endedBecause && <Alert severity="info">{endedBecause}</Alert>}
          <TextField label={t('userName')} autoComplete="username" autoFocus {...register('username')} />
          <PasswordField label={t('password')} autoComplete="current-password" {...register('password')} />
          <Button type="submit" variant="contained" size="large" disabled={formState.isSubmitting}>
            {t('signIn')}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
