import { Typography } from '@mui/material';
import { type ActivityDetail, processingChannels } from '../../../shared/processing/contract';
import { useT } from '../../i18n';
import { FormTextField } from '../../components/form';
import { FormDialog, useDialogForm } from '../agreements/FormDialog';
import { useArchiveActivityMutation } from './processingApi';

const archiveForm = processingChannels['processing.archive'].input.omit({ id: true });

/** A processing that has stopped leaves the record, with the reason; it can be restored. */
export function ArchiveDialog({ detail, onClose }: { detail: ActivityDetail; onClose: () => void }) {
  const t = useT('agreementPanels');
  const [archive] = useArchiveActivityMutation();
  const { control, dialog } = useDialogForm(
    archiveForm,
    { reason: '' },
    {
      save: (values) => archive({ id: detail.id, ...values }),
      success: t('archivedNotice', { reference: detail.reference }),
      onDone: onClose,
    },
  );
  return (
    <FormDialog
      {...dialog}
      title={t('archiveTitle', { reference: detail.reference })}
      submitLabel={t('archive')}
      maxWidth="xs"
      onClose={onClose}
    >
      <Typography variant="body2" color="text.secondary">
        {t('archiveHint')}
      </Typography>
      <FormTextField control={control} name="reason" label={t('archiveReason')} autoFocus />
    </FormDialog>
  );
}
