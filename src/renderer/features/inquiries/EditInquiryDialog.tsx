import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import type { InquiryDetail } from '../../../shared/inquiries/contract';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { FormError, useChannelForm } from '../../components/form';
import { unnested } from '../../components/form/unnested';
import { useUpdateInquiryMutation } from './inquiriesApi';
import { InquiryForm } from './InquiryForm';
import { formFromInquiry, inquiryForm } from './inquiryFormSchema';

export function EditInquiryDialog({ inquiry, onClose }: { inquiry: InquiryDetail; onClose: () => void }) {
  const dispatch = useAppDispatch();
  const [update] = useUpdateInquiryMutation();
  const { control, handleSubmit, formState, formError, settle } = useChannelForm(
    inquiryForm,
    formFromInquiry(inquiry),
  );
  const submit = handleSubmit(async (values) => {
    const changes = { ...values, callSeconds: inquiry.callSeconds };
    if (!settle(unnested(await update({ id: inquiry.id, changes }), 'changes')).ok) return;
    dispatch(notice(`${inquiry.number} saved.`));
    onClose();
  });
  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth>
      <form noValidate onSubmit={submit}>
        <DialogTitle>Edit {inquiry.number}</DialogTitle>
        <DialogContent>
          <FormError message={formError} />
          <Box sx={{ pt: 1 }}>
            <InquiryForm control={control} />
          </Box>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
            Save changes
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
