import { inquiriesChannels, type InquiryDetail } from '../../../shared/inquiries/contract';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { FormTextField, useChannelForm } from '../../components/form';
import { FormDialog } from '../../components/form/FormDialog';
import { useCloseInquiryMutation } from './inquiriesApi';
import { useT } from '../../i18n';

const closeForm = inquiriesChannels['inquiries.close'].input.omit({ id: true });

export function CloseInquiryDialog({ inquiry, onClose }: { inquiry: InquiryDetail; onClose: () => void }) {
  const dispatch = useAppDispatch();
  const t = useT('inquiries');
  const [close] = useCloseInquiryMutation();
  const { control, handleSubmit, formState, formError, settle } = useChannelForm(closeForm, { outcome: '' });
  const submit = handleSubmit(async (values) => {
    if (!settle(await close({ id: inquiry.id, ...values })).ok) return;
    dispatch(notice(t('closedNumber', { number: inquiry.number })));
    onClose();
  });
  return (
    <FormDialog
      title={t('closeTitle', { number: inquiry.number })}
      formError={formError}
      onSubmit={submit}
      onClose={onClose}
      submitLabel={t('closeInquiry')}
      saving={formState.isSubmitting}
    >
      <FormTextField
        control={control}
        name="outcome"
        label={t('outcome')}
        required
        autoFocus
        helperText={t('closeOutcomeHelp')}
        sx={{ mt: 1 }}
      />
    </FormDialog>
  );
}
