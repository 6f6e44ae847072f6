import { Typography } from '@mui/material';
import { type ActivityDetail, processingChannels } from '../../../shared/processing/contract';
import { useT } from '../../i18n';
import { FormDialog, FormTextField, useDialogForm } from '../../components/form';
import { useArchiveActivityMutation } from './processingApi';

const archiveForm = processingChannels['processing.archive'].input.omit({ id: true });

/** A processing that has stopped leaves the record, with the reason; it can be restored. */
export function ArchiveDialog({ detail, onClose }: { detail: ActivityDetail; onClose: () => void }) {
  const t = useT('agreementPanels');
  const [archive] = useArchiveActivityMutation();
  const { field, dialog } = useDialogForm(
    archiveForm,
    { reason: '' },
    {
      save: (values) => archive({ id: detail.id, ...values }),
      success: t('archivedNotice', { reference: detail.reference }),
      onClose,
    },
  );
  return (
    <FormDialog
      {...dialog}
      column
      title={t('archiveTitle', { reference: detail.reference })}
      submitLabel={t('archive')}
      maxWidth="xs"
    >
      <Typography variant="body2" color="text.secondary">
        {t('archiveHint')}
      </Typography>
      <FormTextField {...field('reason')} label={t('archiveReason')} autoFocus />
    </FormDialog>
  );
}
