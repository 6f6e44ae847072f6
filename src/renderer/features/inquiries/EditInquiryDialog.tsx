import { Box } from '@mui/material';
import type { InquiryDetail } from '../../../shared/inquiries/contract';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { useChannelForm } from '../../components/form';
import { DialogForm } from '../../components/form/DialogForm';
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
    <DialogForm
      title={`Edit ${inquiry.number}`}
      formError={formError}
      onSubmit={submit}
      onClose={onClose}
      submitLabel="Save changes"
      submitting={formState.isSubmitting}
      maxWidth="md"
    >
      <Box sx={{ pt: 1 }}>
        <InquiryForm control={control} />
      </Box>
    </DialogForm>
  );
}
