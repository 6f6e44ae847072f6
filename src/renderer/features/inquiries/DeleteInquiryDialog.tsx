import { Typography } from '@mui/material';
import { inquiriesChannels, type InquiryDetail } from '../../../shared/inquiries/contract';
import { FormTextField, useChannelForm } from '../../components/form';
import { FormDialog } from '../../components/form/FormDialog';
import { useDeleteInquiryMutation } from './inquiriesApi';
import { useT } from '../../i18n';

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
  const t = useT('inquiries');
  const [remove] = useDeleteInquiryMutation();
  const { control, handleSubmit, formState, formError, settle } = useChannelForm(deleteForm, { reason: '' });
  const submit = handleSubmit(async (values) => {
    if (!settle(await remove({ id: inquiry.id, ...values })).ok) return;
    onClose();
    onDeleted();
  });
  return (
    <FormDialog
      title={t('deleteTitle', { number: inquiry.number })}
      intro={
        <Typography variant="body2" sx={{ mb: 2 }}>
          {t('deleteText')}
        </Typography>
      }
      formError={formError}
      onSubmit={submit}
      onClose={onClose}
      submitLabel={t('delete')}
      saving={formState.isSubmitting}
      submitColor="error"
    >
      <FormTextField
        control={control}
        name="reason"
        label={t('reason')}
        required
        autoFocus
        helperText={t('deleteReasonHelp')}
      />
    </FormDialog>
  );
}
