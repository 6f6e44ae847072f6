import { Box, Button, Dialog, Stack, Typography } from '@mui/material';
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import { authChannels } from '../../../shared/auth/contract';
import { api, callApi } from '../../app/api';
import { useAppDispatch } from '../../app/store';
import { FormError, FormTextField, useChannelForm } from '../../components/form';
import { useT } from '../../i18n';
import { statusReceived } from './authSlice';
import { PasswordField } from './PasswordField';

/**
 * Covers the whole window while the session is locked. The screens underneath stay mounted, so
 * a half-filled form is exactly as it was after unlocking, but nothing of it is visible.
 */
export function LockScreen({ displayName, username }: { displayName: string; username: string }) {
  const t = useT('auth');
  const dispatch = useAppDispatch();
  const { field, handleSubmit, formState, formError, resetField, settle } = useChannelForm(
    authChannels['auth.unlock'].input,
    { password: '' },
  );

  const unlock = handleSubmit(async ({ password }) => {
    const result = await callApi('auth.unlock', { password });
    resetField('password');
    const settled = settle(result);
    if (settled.ok) {
      dispatch(statusReceived(settled.data));
      return;
    }
    if (!result.ok && (result.error.code === 'ACCOUNT_LOCKED' || result.error.code === 'UNAUTHENTICATED')) {
      const status = await callApi('auth.status', {});
      if (status.ok) dispatch(statusReceived(status.data));
    }
  });

  const signOut = async () => {
    const result = await callApi('auth.signOut', {});
    dispatch(api.util.resetApiState());
    if (result.ok) dispatch(statusReceived(result.data));
  };

  return (
    <Dialog
      open
      fullScreen
      aria-labelledby="lock-title"
      slotProps={{
        paper: { sx: { bgcolor: '#e9eef4', backgroundImage: 'linear-gradient(160deg, #dfe7f0, #eef3f1)' } },
      }}
    >
      <Box
        sx={{ m: 'auto', width: '100%', maxWidth: 400, p: 4, bgcolor: 'background.paper', borderRadius: 2 }}
      >
        <form onSubmit={unlock} noValidate>
          <Stack spacing={2} alignItems="stretch">
            <Box sx={{ textAlign: 'center', color: 'primary.main', fontSize: 44 }}>
              <LockOutlinedIcon fontSize="inherit" />
            </Box>
            <Typography id="lock-title" variant="h5" component="h1" textAlign="center">
              {t('sessionLocked')}
            </Typography>
            <Typography variant="body2" color="text.secondary" textAlign="center">
              {t('lockedHint', { name: displayName, username })}
            </Typography>
            <FormError message={formError} />
            <FormTextField
              {...field('password')}
              as={PasswordField}
              label={t('password')}
              autoFocus
              autoComplete="current-password"
            />
            <Button type="submit" variant="contained" size="large" disabled={formState.isSubmitting}>
              {t('unlock')}
            </Button>
            <Button onClick={signOut} color="inherit">
              {t('signOutInstead')}
            </Button>
          </Stack>
        </form>
      </Box>
    </Dialog>
  );
}
