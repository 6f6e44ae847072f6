import { Box, CircularProgress } from '@mui/material';
import { useEffect } from 'react';
import { Route, Routes, useNavigate } from 'react-router';
import { hasAnyRole } from '../shared/roles';
import { callApi } from './app/api';
import { notice } from './app/notifications';
import { RequireRole } from './app/RequireRole';
import { screens } from './app/screens';
import { useAppDispatch, useAppSelector } from './app/store';
import { Notifier } from './components/Notifier';
import { statusReceived } from './features/auth/authSlice';
import { LockScreen } from './features/auth/LockScreen';
import { SetupPage } from './features/auth/SetupPage';
import { SignInPage } from './features/auth/SignInPage';
import { useIdleLock } from './features/auth/useIdleLock';
import { AppShell } from './layout/AppShell';
import { NotFoundPage } from './layout/NotFoundPage';

export function App() {
  const dispatch = useAppDispatch();
  const status = useAppSelector((state) => state.auth.status);
  const navigate = useNavigate();

  useEffect(() => {
    void callApi('auth.status', {}).then((result) => {
      if (result.ok) dispatch(statusReceived(result.data));
    });
  }, [dispatch]);

  useEffect(() => window.api.on('navigate', ({ path }) => void navigate(path)), [navigate]);

  const user = status?.user ?? null;
  const roles = user?.roles;
  const locked = status?.locked ?? false;
  useEffect(
    () =>
      window.api.on('reminder', (reminder) => {
        if (!roles || locked || !hasAnyRole(roles, reminder.roles)) return;
        dispatch(
          notice(reminder.title, 'warning', { label: 'Open', run: () => void navigate(reminder.path) }),
        );
      }),
    [roles, locked, dispatch, navigate],
  );
  useIdleLock(status?.idleLockMinutes ?? 15, !!user && !status?.locked);

  if (!status) {
    return (
      <Box sx={{ display: 'grid', placeItems: 'center', minHeight: '100vh' }}>
        <CircularProgress aria-label="Loading" />
      </Box>
    );
  }
  if (status.setupRequired) return <SetupPage />;
  if (!user) return <SignInPage />;

  return (
    <>
      <AppShell user={user}>
        <Routes>
          {screens.map((screen) => (
            <Route
              key={screen.path}
              path={screen.path === '/' ? '/' : `${screen.path}/*`}
              element={
                <RequireRole roles={screen.roles} screen={screen.title}>
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
