import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { inquiriesChannels, type InquiryDetail } from '../../../shared/inquiries/contract';
import { FormError, FormTextField, useChannelForm } from '../../components/form';
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
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <form noValidate onSubmit={submit}>
        <DialogTitle>Delete {inquiry.number}?</DialogTitle>
        <DialogContent>
          <Typography variant="body2" sx={{ mb: 2 }}>
            The inquiry disappears from lists and search at once. It stays in the database, marked as deleted
            with your reason, until the retention period ends; the deletion is recorded in the audit log.
          </Typography>
          <FormError message={formError} />
          <FormTextField
            control={control}
            name="reason"
            label="Reason"
            required
            autoFocus
            helperText="e.g. logged twice by mistake"
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" color="error" variant="contained" disabled={formState.isSubmitting}>
            Delete
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
