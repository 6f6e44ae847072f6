import { DialogContentText } from '@mui/material';
import { attachmentsChannels, type Attachment } from '../../../shared/attachments/contract';
import { FormTextField, type MutationResult, useChannelForm } from '../../components/form';
import { DialogForm } from '../../components/form/DialogForm';

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
    <DialogForm
      title={`Remove “${attachment.fileName}”?`}
      intro={
        <DialogContentText sx={{ mb: 2 }}>
          The file disappears from this record; it is kept until the retention period ends, so this can be
          undone.
        </DialogContentText>
      }
      formError={formError}
      onSubmit={submit}
      onClose={onClose}
      submitLabel="Remove"
      submitting={formState.isSubmitting}
      submitColor="error"
      maxWidth="xs"
    >
      <FormTextField control={control} name="reason" label="Why is it removed?" autoFocus required />
    </DialogForm>
  );
}
