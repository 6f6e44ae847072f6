import { Box } from '@mui/material';
import type { InquiryDetail } from '../../../shared/inquiries/contract';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { useChannelForm } from '../../components/form';
import { FormDialog } from '../../components/form/FormDialog';
import { unnested } from '../../components/form/unnested';
import { useUpdateInquiryMutation } from './inquiriesApi';
import { InquiryForm } from './InquiryForm';
import { formFromInquiry, inquiryForm } from './inquiryFormSchema';
import { useT } from '../../i18n';

export function EditInquiryDialog({ inquiry, onClose }: { inquiry: InquiryDetail; onClose: () => void }) {
  const dispatch = useAppDispatch();
  const t = useT('inquiries');
  const [update] = useUpdateInquiryMutation();
  const { control, handleSubmit, formState, formError, settle } = useChannelForm(
    inquiryForm,
    formFromInquiry(inquiry),
  );
  const submit = handleSubmit(async (values) => {
    const changes = { ...values, callSeconds: inquiry.callSeconds };
    if (!settle(unnested(await update({ id: inquiry.id, changes }), 'changes')).ok) return;
    dispatch(notice(t('savedNumber', { number: inquiry.number })));
    onClose();
  });
  return (
    <FormDialog
      title={t('editTitle', { number: inquiry.number })}
      formError={formError}
      onSubmit={submit}
      onClose={onClose}
      submitLabel={t('saveChanges')}
      saving={formState.isSubmitting}
      maxWidth="md"
    >
      <Box sx={{ pt: 1 }}>
        <InquiryForm control={control} />
      </Box>
    </FormDialog>
  );
}
