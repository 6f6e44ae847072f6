import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Checkbox, FormControlLabel, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { password, requiredText, username } from '../../../shared/validation';
import { callApi } from '../../app/api';
import { useAppDispatch } from '../../app/store';
import { applyApiError } from '../../lib/forms';
import { AuthLayout } from './AuthLayout';
import { statusReceived } from './authSlice';
import { PasswordField } from './PasswordField';

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
    message: 'The two passwords differ',
  });
type SetupForm = z.input<typeof setupForm>;

/** First start: create the administrator account. */
export function SetupPage() {
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
    <AuthLayout
      title="Welcome to Privacy Desk"
      subtitle="This is a new database. Create the first administrator account; you can add agents, the data protection officer and other administrators afterwards."
    >
      <form onSubmit={submit} noValidate>
        <Stack spacing={2}>
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
            autoComplete="username"
            {...register('username')}
            error={!!formState.errors.username}
            helperText={formState.errors.username?.message ?? 'Letters a-z, digits, dot, dash or underscore'}
          />
          <PasswordField
            label="Password"
            autoComplete="new-password"
            {...register('password')}
            error={!!formState.errors.password}
            helperText={formState.errors.password?.message ?? 'At least 10 characters'}
          />
          <PasswordField
            label="Repeat the password"
            autoComplete="new-password"
            {...register('repeatPassword')}
            error={!!formState.errors.repeatPassword}
            helperText={formState.errors.repeatPassword?.message}
          />
          <FormControlLabel
            control={<Checkbox {...register('alsoDpo')} />}
            label="I am also the data protection officer"
          />
          <Button type="submit" variant="contained" size="large" disabled={formState.isSubmitting}>
            Create administrator and sign in
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
