import { Alert, Button, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { callApi } from '../../app/api';
import { useAppDispatch, useAppSelector } from '../../app/store';
import { AuthLayout } from './AuthLayout';
import { statusReceived } from './authSlice';
import { PasswordField } from './PasswordField';

interface SignInForm {
  username: string;
  password: string;
}

export function SignInPage() {
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
    <AuthLayout title="Sign in" subtitle="Use the user name and password an administrator gave you.">
      <form onSubmit={submit} noValidate>
        <Stack spacing={2}>
          {error && (
            <Alert severity="error" role="alert">
              {error}
            </Alert>
          )}
          {!error && endedBecause && <Alert severity="info">{endedBecause}</Alert>}
          <TextField label="User name" autoComplete="username" autoFocus {...register('username')} />
          <PasswordField label="Password" autoComplete="current-password" {...register('password')} />
          <Button type="submit" variant="contained" size="large" disabled={formState.isSubmitting}>
            Sign in
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
