import { Alert, Button, Snackbar } from '@mui/material';
import { dismissed, noticeActions } from '../app/notifications';
import { useAppDispatch, useAppSelector } from '../app/store';

/** Shows one notice at a time, e.g. "User deactivated — Undo". */
export function Notifier() {
  const dispatch = useAppDispatch();
  const current = useAppSelector((state) => state.notifications.queue[0]);
  if (!current) return null;
  const close = () => dispatch(dismissed(current.id));
  const action = noticeActions.get(current.id);
  return (
    <Snackbar
      key={current.id}
      open
      autoHideDuration={current.actionLabel ? 8000 : 4000}
      onClose={(_event, reason) => reason !== 'clickaway' && close()}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    >
      <Alert
        severity={current.severity}
        variant="filled"
        onClose={close}
        action={
          current.actionLabel && action ? (
            <Button
              color="inherit"
              size="small"
              onClick={() => {
                action();
                close();
              }}
            >
              {current.actionLabel}
            </Button>
          ) : undefined
        }
        sx={{ minWidth: 320 }}
      >
        {current.message}
      </Alert>
    </Snackbar>
  );
}
