import { Divider, Stack } from '@mui/material';
import { useT } from '../../i18n';
import { casesChannels, type CaseDetail, type CaseRecipient } from '../../../shared/cases/contract';
import { FormDateField, FormDialog, FormTextField, useDialogForm } from '../../components/form';
import { useNotifyRecipientMutation } from './casesApi';
import { validateOnSubmit } from './formOptions';

/** The channel's input as it is: its rule asks for the date told, or why telling was not possible. */
const noticeForm = casesChannels['cases.notifyRecipient'].input;

/** Records that a recipient was told of the change (Art. 19), or why that was impossible. */
export function RecipientNoticeDialog({
  detail,
  recipient,
  onClose,
}: {
  detail: CaseDetail;
  recipient: CaseRecipient;
  onClose: () => void;
}) {
  const t = useT('cases');
  const [notify] = useNotifyRecipientMutation();
  const { field, dialog } = useDialogForm(
    noticeForm,
    {
      id: detail.id,
      recipientId: recipient.id,
      notifiedOn: recipient.notifiedOn ?? detail.clock.today,
      how: recipient.how ?? '',
      notPossibleReason: recipient.notPossibleReason ?? '',
    },
    {
      save: ({ id, recipientId, notifiedOn, how, notPossibleReason }) =>
        notify(
          notPossibleReason
            ? { id, recipientId, notifiedOn: null, notPossibleReason }
            : { id, recipientId, notifiedOn, how },
        ),
      success: t('noticeRecorded'),
      onClose,
      formOptions: validateOnSubmit,
    },
  );
  return (
    <FormDialog
      {...dialog}
      title={t('noticeTo', { name: recipient.name })}
      submitLabel={t('save')}
      maxWidth="xs"
    >
      <Stack spacing={2} sx={{ pt: 1 }}>
        <FormDateField {...field('notifiedOn')} label={t('toldOn')} max={detail.clock.today} />
        <FormTextField {...field('how')} label={t('how')} helperText={t('howHelp')} />
        <Divider>{t('or')}</Divider>
        <FormTextField {...field('notPossibleReason')} label={t('whyImpossible')} multiline minRows={2} />
      </Stack>
    </FormDialog>
  );
}
