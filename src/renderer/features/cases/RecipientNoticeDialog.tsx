import { Divider, Stack } from '@mui/material';
import { useT } from '../../i18n';
import { casesChannels, type CaseDetail, type CaseRecipient } from '../../../shared/cases/contract';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { FormDateField, FormTextField, useChannelForm } from '../../components/form';
import { FormDialog } from '../../components/form/FormDialog';
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
  const dispatch = useAppDispatch();
  const [notify] = useNotifyRecipientMutation();
  const { field, handleSubmit, formState, formError, settle } = useChannelForm(
    noticeForm,
    {
      id: detail.id,
      recipientId: recipient.id,
      notifiedOn: recipient.notifiedOn ?? detail.clock.today,
      how: recipient.how ?? '',
      notPossibleReason: recipient.notPossibleReason ?? '',
    },
    validateOnSubmit,
  );
  const submit = handleSubmit(async ({ id, recipientId, notifiedOn, how, notPossibleReason }) => {
    const result = await notify(
      notPossibleReason
        ? { id, recipientId, notifiedOn: null, notPossibleReason }
        : { id, recipientId, notifiedOn, how },
    );
    if (!settle(result).ok) return;
    dispatch(notice(t('noticeRecorded')));
    onClose();
  });
  return (
    <FormDialog
      title={t('noticeTo', { name: recipient.name })}
      onClose={onClose}
      onSubmit={submit}
      formError={formError}
      saving={formState.isSubmitting}
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
