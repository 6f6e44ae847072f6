import { Stack } from '@mui/material';
import { useT } from '../../i18n';
import { type CaseDetail, casesChannels } from '../../../shared/cases/contract';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { FormDateField, FormTextField, useChannelForm } from '../../components/form';
import { FormDialog } from '../../components/form/FormDialog';
import { useChangeReceivedDateMutation } from './casesApi';
import { validateOnSubmit } from './formOptions';

const receivedForm = casesChannels['cases.changeReceivedDate'].input.omit({ id: true });

/** Corrects the day the clock starts, with a reason; the due date is computed again. */
export function ReceivedDateDialog({ detail, onClose }: { detail: CaseDetail; onClose: () => void }) {
  const t = useT('cases');
  const dispatch = useAppDispatch();
  const [change] = useChangeReceivedDateMutation();
  const { control, handleSubmit, formState, formError, settle } = useChannelForm(
    receivedForm,
    {
      receivedDate: detail.clock.receivedDate,
      reason: '',
    },
    validateOnSubmit,
  );

  const submit = handleSubmit(async (values) => {
    if (!settle(await change({ id: detail.id, ...values })).ok) return;
    dispatch(notice(t('receivedCorrected')));
    onClose();
  });

  return (
    <FormDialog
      title={t('receivedTitle')}
      intro={t('receivedIntro')}
      onClose={onClose}
      onSubmit={submit}
      formError={formError}
      saving={formState.isSubmitting}
      submitLabel={t('save')}
      maxWidth="xs"
    >
      <Stack spacing={2}>
        <FormDateField
          control={control}
          name="receivedDate"
          label={t('received')}
          required
          max={detail.clock.today}
        />
        <FormTextField
          control={control}
          name="reason"
          label={t('whyItChanges')}
          required
          multiline
          minRows={2}
        />
      </Stack>
    </FormDialog>
  );
}
