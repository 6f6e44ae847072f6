import { Alert } from '@mui/material';
import { notice } from '../../app/notifications';
import { selectCurrentUser, useAppDispatch, useAppSelector } from '../../app/store';
import { useChannelForm } from '../../components/form';
import { DialogForm } from '../../components/form/DialogForm';
import { BreachForm, emptyBreachForm, newBreachForm } from './BreachForm';
import { useCreateBreachMutation } from './breachesApi';

/** A breach the DPO learns of directly (not through an inquiry). */
export function NewBreachDialog({
  now,
  onClose,
  onCreated,
}: {
  /** The core's time: the default awareness. */
  now: string;
  onClose: () => void;
  onCreated: (id: number) => void;
}) {
  const dispatch = useAppDispatch();
  const user = useAppSelector(selectCurrentUser);
  const [create] = useCreateBreachMutation();
  const contactPoint = user?.roles.includes('dpo') ? `${user.displayName}, data protection officer` : '';
  const { control, handleSubmit, formState, formError, settle } = useChannelForm(
    newBreachForm,
    emptyBreachForm(now, contactPoint),
  );

  const submit = handleSubmit(async (values) => {
    const result = settle(await create(values));
    if (!result.ok || !result.data) return;
    dispatch(notice(`Breach ${result.data.number} was recorded. The clock runs from when we became aware.`));
    onCreated(result.data.id);
  });

  return (
    <DialogForm
      title="New breach"
      formError={formError}
      onSubmit={submit}
      onClose={onClose}
      submitLabel="Record breach"
      submitting={formState.isSubmitting}
      maxWidth="md"
    >
      <Alert severity="info" sx={{ mb: 1 }}>
        Record what is known now; the rest can follow. The data protection officer assesses the risk on the
        breach itself.
      </Alert>
      <BreachForm control={control} withAwareness />
    </DialogForm>
  );
}
