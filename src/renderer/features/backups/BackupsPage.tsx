import { Alert, Button, List, ListItem, ListItemText, Paper, Typography } from '@mui/material';
import BackupOutlinedIcon from '@mui/icons-material/BackupOutlined';
import RestoreOutlinedIcon from '@mui/icons-material/RestoreOutlined';
import { useState } from 'react';
import type { BackupItem } from '../../../shared/backups/contract';
import { callApi } from '../../app/api';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { formatBytes } from '../../lib/download';
import { formatDateTime } from '../../lib/format';
import { useBackupsQuery, useCreateBackupMutation } from './backupsApi';

/**
 * Administration → Backups: the daily copies beside the database, one made now on request, and a
 * restore that keeps the current database aside (never overwritten) and reopens the app on the copy.
 */
export function BackupsPage() {
  const dispatch = useAppDispatch();
  const { data, error, isLoading } = useBackupsQuery({});
  const [create, { isLoading: creating, error: createError }] = useCreateBackupMutation();
  const [restoring, setRestoring] = useState<BackupItem | null>(null);
  const [busy, setBusy] = useState(false);
  const [restoreError, setRestoreError] = useState<string | null>(null);

  const backUpNow = async () => {
    const result = await create({});
    if ('data' in result && result.data) dispatch(notice(`Backup ${result.data.name} was made.`, 'success'));
  };

  const restore = async () => {
    if (!restoring) return;
    setBusy(true);
    setRestoreError(null);
    const result = await callApi('backups.restore', { name: restoring.name }, dispatch);
    setBusy(false);
    if (!result.ok) {
      setRestoreError(result.error.message);
      return;
    }
    // The core now runs on the restored database: everyone signs in again.
    window.location.reload();
  };

  return (
    <>
      <PageHeader
        title="Backups"
        subtitle={
          data
            ? `Once a day the app copies the database and its attached files into ${data.folder}; the newest ${data.keep} are kept (Settings → Backups).`
            : 'The daily copies of the database and its attached files.'
        }
        actions={
          <Button
            variant="contained"
            startIcon={<BackupOutlinedIcon />}
            onClick={() => void backUpNow()}
            disabled={creating}
          >
            {creating ? 'Backing up…' : 'Back up now'}
          </Button>
        }
      />
      <ErrorAlert error={error ?? createError} />
      {restoreError && (
        <Alert severity="error" onClose={() => setRestoreError(null)} sx={{ mb: 2 }}>
          {restoreError}
        </Alert>
      )}
      {!isLoading && data?.backups.length === 0 && (
        <EmptyState title="No backups yet" icon={<BackupOutlinedIcon fontSize="inherit" />} />
      )}
      {data && data.backups.length > 0 && (
        <Paper variant="outlined">
          <List aria-label="Backups" disablePadding>
            {data.backups.map((backup) => (
              <ListItem
                key={backup.name}
                divider
                secondaryAction={
                  <Button
                    startIcon={<RestoreOutlinedIcon />}
                    onClick={() => setRestoring(backup)}
                    aria-label={`Restore the backup of ${formatDateTime(backup.createdAt)}`}
                  >
                    Restore…
                  </Button>
                }
              >
                <ListItemText
                  primary={formatDateTime(backup.createdAt)}
                  secondary={`${backup.name} · ${formatBytes(backup.sizeBytes)} · ${
                    backup.auditEntries === null
                      ? 'no manifest: cannot be restored'
                      : `${backup.auditEntries} audit entries, ${backup.attachments} attached files`
                  }`}
                />
              </ListItem>
            ))}
          </List>
        </Paper>
      )}
      <Typography variant="body2" color="text.secondary" sx={{ mt: 2, maxWidth: 760 }}>
        A copy elsewhere (another disk, the office server) is made with{' '}
        <code>privacy-desk backup --out FILE</code>; it is restored into a new database with{' '}
        <code>privacy-desk --db NEW-FILE restore --from FILE</code>.
      </Typography>
      <ConfirmDialog
        open={!!restoring}
        title="Restore this backup?"
        confirmLabel="Restore"
        destructive
        busy={busy}
        onConfirm={() => void restore()}
        onClose={() => setRestoring(null)}
      >
        The app goes back to the database as it was on {restoring ? formatDateTime(restoring.createdAt) : ''}:
        whatever was recorded since is not in it. The current database is kept aside in the same folder under
        a name ending in “before-restore” and the time, so nothing is lost. The backup is checked first (its
        audit chain and files); then everyone is signed out and the window opens on the restored database.
      </ConfirmDialog>
    </>
  );
}
