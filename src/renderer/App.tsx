import { Alert, Box, CircularProgress } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import type { ConnectionEvent } from '../shared/events';
import { Route, Routes, useNavigate } from 'react-router';
import { hasAnyRole } from '../shared/roles';
import { callApi } from './app/api';
import { useLiveData } from './app/liveData';
import { notice } from './app/notifications';
import { RequireRole } from './app/RequireRole';
import { say, screens } from './app/screens';
import { useAppDispatch, useAppSelector } from './app/store';
import { Notifier } from './components/Notifier';
import { statusReceived } from './features/auth/authSlice';
import { LockScreen } from './features/auth/LockScreen';
import { SetupPage } from './features/auth/SetupPage';
import { SignInPage } from './features/auth/SignInPage';
import { useIdleLock } from './features/auth/useIdleLock';
import { DeskSetupPage } from './features/desk/DeskSetupPage';
import { currentLanguage, switchLanguage, useT } from './i18n';
import { languageFor } from './i18n/language';
import { AppShell } from './layout/AppShell';
import { NotFoundPage } from './layout/NotFoundPage';

export function App() {
  const t = useT('common');
  const dispatch = useAppDispatch();
  const status = useAppSelector((state) => state.auth.status);
  const navigate = useNavigate();
  const [deskReady, setDeskReady] = useState<boolean | null>(null);
  const [connection, setConnection] = useState<ConnectionEvent | null>(null);
  const [startError, setStartError] = useState<string | null>(null);

  const loadStatus = useCallback(() => {
    // The core writes its errors in this desk's language until someone who chose one signs in.
    void callApi('auth.deskLanguage', { language: currentLanguage() })
      .then(() => callApi('auth.status', {}))
      .then((result) => {
        if (result.ok) dispatch(statusReceived(result.data));
        else setStartError(result.error.message);
      });
  }, [dispatch]);

  // Where this desk keeps its data comes first (chosen once); then who is signed in.
  useEffect(() => {
    void callApi('desk.status', {}).then((result) => {
      const configured = !result.ok || result.data.configured;
      setDeskReady(configured);
      if (configured) loadStatus();
    });
  }, [loadStatus]);

  useEffect(() => window.api.on('connection', setConnection), []);

  useEffect(() => window.api.on('navigate', ({ path }) => void navigate(path)), [navigate]);

  const user = status?.user ?? null;
  // The signed-in person's language wins; signed out, this desk's choice or the system's.
  const userLanguage = user?.language;
  useEffect(() => void switchLanguage(languageFor(userLanguage)), [userLanguage]);
  const roles = user?.roles;
  const locked = status?.locked ?? false;
  useEffect(
    () =>
      window.api.on('reminder', (reminder) => {
        if (!roles || locked || !hasAnyRole(roles, reminder.roles)) return;
        dispatch(
          notice(reminder.title, 'warning', { label: t('open'), run: () => void navigate(reminder.path) }),
        );
      }),
    [roles, locked, dispatch, navigate, t],
  );
  useIdleLock(status?.idleLockMinutes ?? 15, !!user && !status?.locked);
  useLiveData(!!user && !locked);

  if (deskReady === false)
    return (
      <DeskSetupPage
        onReady={() => {
          setDeskReady(true);
          loadStatus();
        }}
      />
    );
  if (!status && startError) {
    return (
      <Box sx={{ display: 'grid', placeItems: 'center', minHeight: '100vh', p: 4 }}>
        <Alert severity="error" role="alert" sx={{ maxWidth: 640 }}>
          {startError}
        </Alert>
      </Box>
    );
  }
  if (!status) {
    return (
      <Box sx={{ display: 'grid', placeItems: 'center', minHeight: '100vh' }}>
        <CircularProgress aria-label={t('loading')} />
      </Box>
    );
  }
  if (status.setupRequired) return <SetupPage />;
  if (!user) return <SignInPage />;

  return (
    <>
      {connection?.state === 'offline' && (
        <Alert
          severity="warning"
          role="status"
          sx={{
            position: 'fixed',
            top: 0,
            left: 0,
            right: 0,
            zIndex: (theme) => theme.zIndex.snackbar,
            borderRadius: 0,
          }}
        >
          {connection.message}
        </Alert>
      )}
      <AppShell user={user}>
        <Routes>
          {screens.map((screen) => (
            <Route
              key={screen.path}
              path={screen.path === '/' ? '/' : `${screen.path}/*`}
              element={
                <RequireRole roles={screen.roles} screen={say(screen.title)}>
                  {screen.element}
                </RequireRole>
              }
            />
          ))}
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </AppShell>
      {status.locked && <LockScreen displayName={user.displayName} username={user.username} />}
      <Notifier />
    </>
  );
}
