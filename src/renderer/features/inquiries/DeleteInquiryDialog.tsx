import { Typography } from '@mui/material';
import { inquiriesChannels, type InquiryDetail } from '../../../shared/inquiries/contract';
import { FormDialog, FormTextField, useDialogForm } from '../../components/form';
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
  const { field, dialog } = useDialogForm(
    deleteForm,
    { reason: '' },
    { save: (values) => remove({ id: inquiry.id, ...values }), onSaved: onDeleted, onClose },
  );
  return (
    <FormDialog
      {...dialog}
      title={t('deleteTitle', { number: inquiry.number })}
      intro={
        <Typography variant="body2" sx={{ mb: 2 }}>
          {t('deleteText')}
        </Typography>
      }
      submitLabel={t('delete')}
      submitColor="error"
    >
      <FormTextField
        {...field('reason')}
        label={t('reason')}
        required
        autoFocus
        helperText={t('deleteReasonHelp')}
      />
    </FormDialog>
  );
}
