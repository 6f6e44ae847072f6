import {
  Alert,
  Box,
  Button,
  IconButton,
  LinearProgress,
  List,
  ListItem,
  ListItemIcon,
  ListItemText,
  Stack,
  Tooltip,
  Typography,
} from '@mui/material';
import AttachFileIcon from '@mui/icons-material/AttachFile';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import DescriptionOutlinedIcon from '@mui/icons-material/DescriptionOutlined';
import DownloadOutlinedIcon from '@mui/icons-material/DownloadOutlined';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import { useRef, useState } from 'react';
import { type Attachment, attachmentExtensions } from '../../../shared/attachments/contract';
import { callApi } from '../../app/api';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatBytes, readFileAsBase64, saveFile } from '../../lib/download';
import { useT } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { RemoveAttachmentDialog } from './RemoveAttachmentDialog';
import {
  useAddAttachmentMutation,
  useAttachmentsQuery,
  useRemoveAttachmentMutation,
  useRestoreAttachmentMutation,
} from './attachmentsApi';

/**
 * The files of one record: add (with a description), open in the system viewer, save a copy,
 * remove with a reason (undoable). Who may do what is decided by the core for the owner type.
 */
export function AttachmentsPanel({
  ownerType,
  ownerId,
  canEdit,
  hint,
}: {
  ownerType: string;
  ownerId: number;
  canEdit: boolean;
  /** What belongs here, e.g. "The signed agreement and its annexes". */
  hint?: string;
}) {
  const dispatch = useAppDispatch();
  const owner = { ownerType, ownerId };
  const { data, error, isLoading } = useAttachmentsQuery(owner);
  const [add, { isLoading: uploading }] = useAddAttachmentMutation();
  const [remove] = useRemoveAttachmentMutation();
  const [restore] = useRestoreAttachmentMutation();
  const input = useRef<HTMLInputElement>(null);
  const t = useT('attachments');
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Attachment | null>(null);

  const upload = async (files: FileList | null) => {
    setUploadError(null);
    for (const file of Array.from(files ?? [])) {
      const result = await add({
        ...owner,
        fileName: file.name,
        mediaType: file.type || 'application/octet-stream',
        contentBase64: await readFileAsBase64(file),
      });
      if ('error' in result && result.error) {
        setUploadError((result.error as { message: string }).message);
        break;
      }
      dispatch(notice(t('attached', { name: file.name })));
    }
    if (input.current) input.current.value = '';
  };

  const open = async (attachment: Attachment) => {
    const result = await callApi('attachments.open', { id: attachment.id }, dispatch);
    if (!result.ok) dispatch(notice(result.error.message, 'error'));
  };

  const download = async (attachment: Attachment) => {
    const result = await callApi('attachments.download', { id: attachment.id }, dispatch);
    if (result.ok) saveFile(result.data);
    else dispatch(notice(result.error.message, 'error'));
  };

  return (
    <Box>
      <Stack direction="row" justifyContent="space-between" alignItems="center" sx={{ mb: 1 }}>
        <Typography variant="body2" color="text.secondary">
          {hint ?? t('defaultHint')} {t('keptHow')}
        </Typography>
        {canEdit && (
          <>
            <input
              ref={input}
              type="file"
              multiple
              hidden
              accept={attachmentExtensions.map((extension) => `.${extension}`).join(',')}
              aria-label={t('chooseFiles')}
              onChange={(event) => void upload(event.target.files)}
            />
            <Button
              startIcon={<AttachFileIcon />}
              variant="outlined"
              onClick={() => input.current?.click()}
              disabled={uploading}
              sx={{ flexShrink: 0, ml: 2 }}
            >
              {t('attachFiles')}
            </Button>
          </>
        )}
      </Stack>
      {uploading && <LinearProgress sx={{ mb: 1 }} aria-label={t('uploading')} />}
      {uploadError && (
        <Alert severity="error" onClose={() => setUploadError(null)} sx={{ mb: 1 }}>
          {uploadError}
        </Alert>
      )}
      <ErrorAlert error={error} />
      {!isLoading && data?.length === 0 && (
        <EmptyState title={t('noFiles')} icon={<DescriptionOutlinedIcon fontSize="inherit" />} />
      )}
      <List dense aria-label={t('attachedFiles')}>
        {(data ?? []).map((attachment) => (
          <ListItem
            key={attachment.id}
            divider
            secondaryAction={
              <Stack direction="row" spacing={0.5}>
                {attachment.canOpen && (
                  <Tooltip title={t('openInViewer')}>
                    <IconButton
                      aria-label={t('openFile', { name: attachment.fileName })}
                      onClick={() => void open(attachment)}
                    >
                      <OpenInNewIcon fontSize="small" />
                    </IconButton>
                  </Tooltip>
                )}
                <Tooltip title={t('saveCopy')}>
                  <IconButton
                    aria-label={t('saveCopyOf', { name: attachment.fileName })}
                    onClick={() => void download(attachment)}
                  >
                    <DownloadOutlinedIcon fontSize="small" />
                  </IconButton>
                </Tooltip>
                {canEdit && (
                  <Tooltip title={t('remove')}>
                    <IconButton
                      aria-label={t('removeFile', { name: attachment.fileName })}
                      onClick={() => setRemoving(attachment)}
                    >
                      <DeleteOutlineIcon fontSize="small" />
                    </IconButton>
                  </Tooltip>
                )}
              </Stack>
            }
          >
            <ListItemIcon sx={{ minWidth: 36 }}>
              <DescriptionOutlinedIcon />
            </ListItemIcon>
            <ListItemText
              primary={attachment.fileName}
              secondary={`${t('fileLine', {
                size: formatBytes(attachment.sizeBytes),
                time: formatDateTime(attachment.uploadedAt),
                name: attachment.uploadedBy,
                hash: attachment.sha256.slice(0, 12),
              })}${attachment.canOpen ? '' : t('notOpenable')}`}
            />
          </ListItem>
        ))}
      </List>
      {removing && (
        <RemoveAttachmentDialog
          attachment={removing}
          onClose={() => setRemoving(null)}
          onRemove={(reason) => remove({ ...owner, id: removing.id, reason })}
          onRemoved={() =>
            dispatch(
              notice(t('removed', { name: removing.fileName }), 'success', {
                label: t('undo'),
                run: () => void restore({ ...owner, id: removing.id }),
              }),
            )
          }
        />
      )}
    </Box>
  );
}
