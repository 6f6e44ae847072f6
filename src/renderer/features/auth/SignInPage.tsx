import { Alert, Button, Stack } from '@mui/material';
import { authChannels } from '../../../shared/auth/contract';
import { callApi } from '../../app/api';
import { useAppDispatch, useAppSelector } from '../../app/store';
import { FormError, FormTextField, useChannelForm } from '../../components/form';
import { useT } from '../../i18n';
import { AuthLayout } from './AuthLayout';
import { statusReceived } from './authSlice';
import { PasswordField } from './PasswordField';

const signInForm = authChannels['auth.signIn'].input;

export function SignInPage() {
  const t = useT('auth');
  const dispatch = useAppDispatch();
  const endedBecause = useAppSelector((state) => state.auth.endedBecause);
  const { field, handleSubmit, formState, formError, setValue, setFocus, settle } = useChannelForm(
    signInForm,
    { username: '', password: '' },
  );

  const submit = handleSubmit(async (values) => {
    const result = settle(await callApi('auth.signIn', values));
    if (result.ok) {
      dispatch(statusReceived(result.data));
      return;
    }
    setValue('password', '');
    setFocus('password');
  });

  return (
    <AuthLayout title={t('signIn')} subtitle={t('signInHint')}>
      <form onSubmit={submit} noValidate>
        <Stack spacing={2}>
          <FormError message={formError} />
          {!formError && endedBecause && <Alert severity="info">{endedBecause}</Alert>}
          <FormTextField {...field('username')} label={t('userName')} autoComplete="username" autoFocus />
          <FormTextField
            {...field('password')}
            as={PasswordField}
            label={t('password')}
            autoComplete="current-password"
          />
          <Button type="submit" variant="contained" size="large" disabled={formState.isSubmitting}>
            {t('signIn')}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
