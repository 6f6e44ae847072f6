import { Typography } from '@mui/material';
import { inquiriesChannels, type InquiryDetail } from '../../../shared/inquiries/contract';
import { FormTextField, useChannelForm } from '../../components/form';
import { DialogForm } from '../../components/form/DialogForm';
import { useDeleteInquiryMutation } from './inquiriesApi';

const deleteForm = inquiriesChannels['inquiries.delete'].input.omit({ id: true });

/** An administrator deletes an inquiry with a reason; it stays, marked deleted, until the retention period ends. */
export function DeleteInquiryDialog({
  inquiry,
  onClose,
  onDeleted,
}: {
  inquiry: InquiryDetail;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const [remove] = useDeleteInquiryMutation();
  const { control, handleSubmit, formState, formError, settle } = useChannelForm(deleteForm, { reason: '' });
  const submit = handleSubmit(async (values) => {
    if (!settle(await remove({ id: inquiry.id, ...values })).ok) return;
    onClose();
    onDeleted();
  });
  return (
    <DialogForm
      title={`Delete ${inquiry.number}?`}
      intro={
        <Typography variant="body2" sx={{ mb: 2 }}>
          The inquiry disappears from lists and search at once. It stays in the database, marked as deleted
          with your reason, until the retention period ends; the deletion is recorded in the audit log.
        </Typography>
      }
      formError={formError}
      onSubmit={submit}
      onClose={onClose}
      submitLabel="Delete"
      submitting={formState.isSubmitting}
      submitColor="error"
    >
      <FormTextField
        control={control}
        name="reason"
        label="Reason"
        required
        autoFocus
        helperText="e.g. logged twice by mistake"
      />
    </DialogForm>
  );
}
