import { inquiriesChannels, type InquiryDetail } from '../../../shared/inquiries/contract';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { FormTextField, useChannelForm } from '../../components/form';
import { DialogForm } from '../../components/form/DialogForm';
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
    <DialogForm
      title={`Close ${inquiry.number}`}
      formError={formError}
      onSubmit={submit}
      onClose={onClose}
      submitLabel="Close inquiry"
      submitting={formState.isSubmitting}
    >
      <FormTextField
        control={control}
        name="outcome"
        label="Outcome"
        required
        autoFocus
        helperText="One line: how it ended, e.g. “Answered on the phone”"
        sx={{ mt: 1 }}
      />
    </DialogForm>
  );
}
