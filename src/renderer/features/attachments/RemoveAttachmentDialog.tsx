import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { attachmentsChannels, type Attachment } from '../../../shared/attachments/contract';
import { FormError, FormTextField, type MutationResult, useChannelForm } from '../../components/form';

const removeForm = attachmentsChannels['attachments.remove'].input.omit({ id: true });

/** Removing a file asks why; the file is kept until the retention period ends, so it can be undone. */
export function RemoveAttachmentDialog({
  attachment,
  onClose,
  onRemove,
  onRemoved,
}: {
  attachment: Attachment;
  onClose: () => void;
  onRemove: (reason: string) => Promise<MutationResult<unknown>>;
  onRemoved: () => void;
}) {
  const { control, handleSubmit, formState, formError, settle } = useChannelForm(removeForm, { reason: '' });
  const submit = handleSubmit(async (values) => {
    if (!settle(await onRemove(values.reason)).ok) return;
    onClose();
    onRemoved();
  });
  return (
    <Dialog open onClose={onClose} maxWidth="xs" fullWidth>
      <form noValidate onSubmit={submit}>
        <DialogTitle>Remove “{attachment.fileName}”?</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>
            The file disappears from this record; it is kept until the retention period ends, so this can be
            undone.
          </DialogContentText>
          <FormError message={formError} />
          <FormTextField control={control} name="reason" label="Why is it removed?" autoFocus required />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" color="error" variant="contained" disabled={formState.isSubmitting}>
            Remove
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
