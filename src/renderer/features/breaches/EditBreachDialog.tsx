import type { BreachDetail } from '../../../shared/breaches/contract';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { useChannelForm } from '../../components/form';
import { DialogForm } from '../../components/form/DialogForm';
import { BreachForm, breachFormFrom, editBreachForm } from './BreachForm';
import { useUpdateBreachMutation } from './breachesApi';
import { unnested } from '../../components/form/unnested';

export function EditBreachDialog({ detail, onClose }: { detail: BreachDetail; onClose: () => void }) {
  const dispatch = useAppDispatch();
  const [update] = useUpdateBreachMutation();
  const { control, handleSubmit, formState, formError, settle } = useChannelForm(
    editBreachForm,
    breachFormFrom(detail),
  );

  const submit = handleSubmit(async ({ awareAt: _corrected_elsewhere, ...changes }) => {
    if (!settle(unnested(await update({ id: detail.id, changes }), 'changes')).ok) return;
    dispatch(notice(`Breach ${detail.number} was saved.`));
    onClose();
  });

  return (
    <DialogForm
      title={`Edit breach ${detail.number}`}
      formError={formError}
      onSubmit={submit}
      onClose={onClose}
      submitLabel="Save changes"
      submitting={formState.isSubmitting}
      maxWidth="md"
    >
      <BreachForm control={control} withAwareness={false} />
    </DialogForm>
  );
}
