import { Typography } from '@mui/material';
import { type ActivityDetail, processingChannels } from '../../../shared/processing/contract';
import { FormTextField } from '../../components/form';
import { FormDialog, useDialogForm } from '../agreements/FormDialog';
import { useArchiveActivityMutation } from './processingApi';

const archiveForm = processingChannels['processing.archive'].input.omit({ id: true });

/** A processing that has stopped leaves the record, with the reason; it can be restored. */
export function ArchiveDialog({ detail, onClose }: { detail: ActivityDetail; onClose: () => void }) {
  const [archive] = useArchiveActivityMutation();
  const { control, dialog } = useDialogForm(
    archiveForm,
    { reason: '' },
    {
      save: (values) => archive({ id: detail.id, ...values }),
      success: `${detail.reference} was archived.`,
      onDone: onClose,
    },
  );
  return (
    <FormDialog
      {...dialog}
      title={`Archive ${detail.reference}?`}
      submitLabel="Archive"
      maxWidth="xs"
      onClose={onClose}
    >
      <Typography variant="body2" color="text.secondary">
        A processing that has stopped leaves the record; it is kept, marked archived, and can be restored.
      </Typography>
      <FormTextField control={control} name="reason" label="Why the processing stopped" autoFocus />
    </FormDialog>
  );
}
