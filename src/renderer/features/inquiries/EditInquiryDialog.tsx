import { Box } from '@mui/material';
import type { InquiryDetail } from '../../../shared/inquiries/contract';
import { FormDialog, useDialogForm } from '../../components/form';
import { unnested } from '../../components/form/unnested';
import { useUpdateInquiryMutation } from './inquiriesApi';
import { InquiryForm } from './InquiryForm';
import { formFromInquiry, inquiryForm } from './inquiryFormSchema';
import { useT } from '../../i18n';

export function EditInquiryDialog({ inquiry, onClose }: { inquiry: InquiryDetail; onClose: () => void }) {
  const t = useT('inquiries');
  const [update] = useUpdateInquiryMutation();
  const { control, dialog } = useDialogForm(inquiryForm, formFromInquiry(inquiry), {
    save: async (values) =>
      unnested(
        await update({ id: inquiry.id, changes: { ...values, callSeconds: inquiry.callSeconds } }),
        'changes',
      ),
    success: t('savedNumber', { number: inquiry.number }),
    onClose,
  });
  return (
    <FormDialog
      {...dialog}
      title={t('editTitle', { number: inquiry.number })}
      submitLabel={t('saveChanges')}
      maxWidth="md"
    >
      <Box sx={{ pt: 1 }}>
        <InquiryForm control={control} />
      </Box>
    </FormDialog>
  );
}
