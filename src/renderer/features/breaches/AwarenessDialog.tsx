import { DialogContentText, Stack } from '@mui/material';
import type { BreachDetail } from '../../../shared/breaches/contract';
import { breachesChannels } from '../../../shared/breaches/contract';
import { toOsloInput } from '../../../shared/breaches/time';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { FormTextField, useChannelForm } from '../../components/form';
import { DialogForm } from '../../components/form/DialogForm';
import { useChangeAwarenessMutation } from './breachesApi';
import { FormOsloDateTimeField, osloTime } from './osloTimeField';

const awarenessForm = breachesChannels['breaches.changeAwareness'].input
  .omit({ id: true })
  .extend({ awareAt: osloTime });

/** Corrects when the company became aware: every clock moves with it, so a reason is required. */
export function AwarenessDialog({ detail, onClose }: { detail: BreachDetail; onClose: () => void }) {
  const dispatch = useAppDispatch();
  const [change] = useChangeAwarenessMutation();
  const { control, handleSubmit, formState, formError, settle } = useChannelForm(awarenessForm, {
    awareAt: toOsloInput(detail.awareAt),
    reason: '',
  });
  const submit = handleSubmit(async (values) => {
    if (!settle(await change({ id: detail.id, ...values })).ok) return;
    dispatch(notice('The awareness time was corrected and the clocks moved with it.'));
    onClose();
  });
  return (
    <DialogForm
      title="Correct when we became aware"
      intro={
        <DialogContentText sx={{ mb: 2 }}>
          Awareness is when anyone in the company had reasonable certainty of the breach, e.g. the call that
          reported it. Every clock moves with it, so correct it only with a reason; the change is recorded.
        </DialogContentText>
      }
      formError={formError}
      onSubmit={submit}
      onClose={onClose}
      submitLabel="Save"
      submitting={formState.isSubmitting}
    >
      <Stack spacing={2}>
        <FormOsloDateTimeField control={control} name="awareAt" label="We became aware" required autoFocus />
        <FormTextField
          control={control}
          name="reason"
          label="Why it changes"
          required
          multiline
          minRows={2}
        />
      </Stack>
    </DialogForm>
  );
}
