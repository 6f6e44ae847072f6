import { DialogContentText, Stack } from '@mui/material';
import type { BreachDetail } from '../../../shared/breaches/contract';
import { breachesChannels } from '../../../shared/breaches/contract';
import { toOsloInput } from '../../../shared/breaches/time';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { FormTextField, useChannelForm } from '../../components/form';
import { FormDialog } from '../../components/form/FormDialog';
import { useT } from '../../i18n';
import { useChangeAwarenessMutation } from './breachesApi';
import { FormOsloDateTimeField, osloTime } from './osloTimeField';

const awarenessForm = breachesChannels['breaches.changeAwareness'].input
  .omit({ id: true })
  .extend({ awareAt: osloTime });

/** Corrects when the company became aware: every clock moves with it, so a reason is required. */
export function AwarenessDialog({ detail, onClose }: { detail: BreachDetail; onClose: () => void }) {
  const dispatch = useAppDispatch();
  const [change] = useChangeAwarenessMutation();
  const t = useT('breaches');
  const { control, handleSubmit, formState, formError, settle } = useChannelForm(awarenessForm, {
    awareAt: toOsloInput(detail.awareAt),
    reason: '',
  });
  const submit = handleSubmit(async (values) => {
    if (!settle(await change({ id: detail.id, ...values })).ok) return;
    dispatch(notice(t('awareCorrected')));
    onClose();
  });
  return (
    <FormDialog
      title={t('correctAwareTitle')}
      intro={<DialogContentText sx={{ mb: 2 }}>{t('correctAwareIntro')}</DialogContentText>}
      formError={formError}
      onSubmit={submit}
      onClose={onClose}
      submitLabel={t('save')}
      saving={formState.isSubmitting}
    >
      <Stack spacing={2}>
        <FormOsloDateTimeField
          control={control}
          name="awareAt"
          label={t('weBecameAware')}
          required
          autoFocus
        />
        <FormTextField
          control={control}
          name="reason"
          label={t('whyChanges')}
          required
          multiline
          minRows={2}
        />
      </Stack>
    </FormDialog>
  );
}
