import { inquiriesChannels, type InquiryDetail } from '../../../shared/inquiries/contract';
import { FormDialog, FormTextField, useDialogForm } from '../../components/form';
import { useCloseInquiryMutation } from './inquiriesApi';
import { useT } from '../../i18n';

const closeForm = inquiriesChannels['inquiries.close'].input.omit({ id: true });

export function CloseInquiryDialog({ inquiry, onClose }: { inquiry: InquiryDetail; onClose: () => void }) {
  const t = useT('inquiries');
  const [close] = useCloseInquiryMutation();
  const { field, dialog } = useDialogForm(
    closeForm,
    { outcome: '' },
    {
      save: (values) => close({ id: inquiry.id, ...values }),
      success: t('closedNumber', { number: inquiry.number }),
      onClose,
    },
  );
  return (
    <FormDialog
      {...dialog}
      title={t('closeTitle', { number: inquiry.number })}
      submitLabel={t('closeInquiry')}
      column
    >
      <FormTextField
        {...field('outcome')}
        label={t('outcome')}
        required
        autoFocus
        helperText={t('closeOutcomeHelp')}
      />
    </FormDialog>
  );
}
