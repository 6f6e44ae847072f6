import { DialogContentText } from '@mui/material';
import { attachmentsChannels, type Attachment } from '../../../shared/attachments/contract';
import { FormTextField, type MutationResult, useChannelForm } from '../../components/form';
import { FormDialog } from '../../components/form/FormDialog';
import { useT } from '../../i18n';

const removeForm = attachmentsChannels['attachments.remove'].input.omit({ id: true });

/** Removing a file asks why; the file is kept until the retention period ends, so it can be undone. */
export function RemoveAttachmentDialog({
  attachment,
  onClose,
  onRemove,
  onRemoved,
}: {
  attachment: Attachment;
  onClose: () => void;
  onRemove: (reason: string) => Promise<MutationResult<unknown>>;
  onRemoved: () => void;
}) {
  const t = useT('attachments');
  const { field, handleSubmit, formState, formError, settle } = useChannelForm(removeForm, { reason: '' });
  const submit = handleSubmit(async (values) => {
    if (!settle(await onRemove(values.reason)).ok) return;
    onClose();
    onRemoved();
  });
  return (
    <FormDialog
      title={t('removeTitle', { name: attachment.fileName })}
      intro={<DialogContentText sx={{ mb: 2 }}>{t('removeText')}</DialogContentText>}
      formError={formError}
      onSubmit={submit}
      onClose={onClose}
      submitLabel={t('remove')}
      saving={formState.isSubmitting}
      submitColor="error"
      maxWidth="xs"
    >
      <FormTextField {...field('reason')} label={t('whyRemoved')} autoFocus required />
    </FormDialog>
  );
}
