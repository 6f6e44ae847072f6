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
import { useT } from '../../i18n';
import { formatCount, formatDateTime } from '../../lib/format';
import { useBackupsQuery, useCreateBackupMutation } from './backupsApi';

/**
 * Administration → Backups: the daily copies beside the database, one made now on request, and a
 * restore that keeps the current database aside (never overwritten) and reopens the app on the copy.
 */
const backupCommand = 'privacy-desk backup --out FILE';
const restoreCommand = 'privacy-desk --db NEW-FILE restore --from FILE';

export function BackupsPage() {
  const t = useT('backups');
  const dispatch = useAppDispatch();
  const { data, error, isLoading } = useBackupsQuery({});
  const [create, { isLoading: creating, error: createError }] = useCreateBackupMutation();
  const [restoring, setRestoring] = useState<BackupItem | null>(null);
  const [busy, setBusy] = useState(false);
  const [restoreError, setRestoreError] = useState<string | null>(null);

  const backUpNow = async () => {
    const result = await create({});
    if ('data' in result && result.data) dispatch(notice(t('made', { name: result.data.name }), 'success'));
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
        title={t('screenTitle')}
        subtitle={
          data ? t('subtitle', { folder: data.folder, keep: formatCount(data.keep) }) : t('subtitleLoading')
        }
        actions={
          <Button
            variant="contained"
            startIcon={<BackupOutlinedIcon />}
            onClick={() => void backUpNow()}
            disabled={creating}
          >
            {creating ? t('backingUp') : t('backUpNow')}
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
        <EmptyState title={t('noBackups')} icon={<BackupOutlinedIcon fontSize="inherit" />} />
      )}
      {data && data.backups.length > 0 && (
        <Paper variant="outlined">
          <List aria-label={t('screenTitle')} disablePadding>
            {data.backups.map((backup) => (
              <ListItem
                key={backup.name}
                divider
                secondaryAction={
                  <Button
                    startIcon={<RestoreOutlinedIcon />}
                    onClick={() => setRestoring(backup)}
                    aria-label={t('restoreOf', { at: formatDateTime(backup.createdAt) })}
                  >
                    {t('restoreEllipsis')}
                  </Button>
                }
              >
                <ListItemText
                  primary={formatDateTime(backup.createdAt)}
                  secondary={`${backup.name} · ${formatBytes(backup.sizeBytes)} · ${
                    backup.auditEntries === null
                      ? t('noManifest')
                      : t('contents', {
                          entries: formatCount(backup.auditEntries),
                          files: formatCount(backup.attachments ?? 0),
                        })
                  }`}
                />
              </ListItem>
            ))}
          </List>
        </Paper>
      )}
      <Typography variant="body2" color="text.secondary" sx={{ mt: 2, maxWidth: 760 }}>
        {t('elsewhere', { backup: '{backup}', restore: '{restore}' })
          .split(/(\{backup\}|\{restore\})/)
          .map((part, index) =>
            part === '{backup}' ? (
              <code key={index}>{backupCommand}</code>
            ) : part === '{restore}' ? (
              <code key={index}>{restoreCommand}</code>
            ) : (
              part
            ),
          )}
      </Typography>
      <ConfirmDialog
        open={!!restoring}
        title={t('restoreTitle')}
        confirmLabel={t('restore')}
        destructive
        busy={busy}
        onConfirm={() => void restore()}
        onClose={() => setRestoring(null)}
      >
        {t('restoreText', { at: restoring ? formatDateTime(restoring.createdAt) : '' })}
      </ConfirmDialog>
    </>
  );
}
