import { Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { inquiriesChannels, type InquiryDetail } from '../../../shared/inquiries/contract';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { FormError, FormTextField, useChannelForm } from '../../components/form';
import { useCloseInquiryMutation } from './inquiriesApi';

const closeForm = inquiriesChannels['inquiries.close'].input.omit({ id: true });

export function CloseInquiryDialog({ inquiry, onClose }: { inquiry: InquiryDetail; onClose: () => void }) {
  const dispatch = useAppDispatch();
  const [close] = useCloseInquiryMutation();
  const { control, handleSubmit, formState, formError, settle } = useChannelForm(closeForm, { outcome: '' });
  const submit = handleSubmit(async (values) => {
    if (!settle(await close({ id: inquiry.id, ...values })).ok) return;
    dispatch(notice(`${inquiry.number} was closed.`));
    onClose();
  });
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <form noValidate onSubmit={submit}>
        <DialogTitle>Close {inquiry.number}</DialogTitle>
        <DialogContent>
          <FormError message={formError} />
          <FormTextField
            control={control}
            name="outcome"
            label="Outcome"
            required
            autoFocus
            helperText="One line: how it ended, e.g. “Answered on the phone”"
            sx={{ mt: 1 }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
            Close inquiry
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
