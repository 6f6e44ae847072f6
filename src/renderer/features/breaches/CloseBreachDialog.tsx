import { DialogContentText } from '@mui/material';
import { type BreachDetail, breachesChannels } from '../../../shared/breaches/contract';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { FormTextField, useChannelForm } from '../../components/form';
import { DialogForm } from '../../components/form/DialogForm';
import { useCloseBreachMutation } from './breachesApi';
import { Obligations } from './CheckList';

const closeForm = breachesChannels['breaches.close'].input.omit({ id: true });

/** The DPO closes a breach once every obligation is met or decided. */
export function CloseBreachDialog({ detail, onClose }: { detail: BreachDetail; onClose: () => void }) {
  const dispatch = useAppDispatch();
  const [close] = useCloseBreachMutation();
  const { control, handleSubmit, formState, formError, settle } = useChannelForm(closeForm, { note: '' });
  const ready = detail.obligations.every((obligation) => obligation.met);
  const submit = handleSubmit(async (values) => {
    if (!settle(await close({ id: detail.id, ...values })).ok) return;
    dispatch(notice(`Breach ${detail.number} was closed.`));
    onClose();
  });
  return (
    <DialogForm
      title={`Close breach ${detail.number}`}
      intro={
        <DialogContentText sx={{ mb: 1 }}>
          A breach is closed when every obligation is met or decided. The record stays in the register.
        </DialogContentText>
      }
      formError={formError}
      onSubmit={submit}
      onClose={onClose}
      submitLabel="Close breach"
      submitting={formState.isSubmitting}
      submitDisabled={!ready}
    >
      <Obligations detail={detail} />
      <FormTextField
        control={control}
        name="note"
        label="Closing note"
        multiline
        minRows={2}
        sx={{ mt: 2 }}
        helperText="Optional: what was learnt, what changes"
      />
    </DialogForm>
  );
}
