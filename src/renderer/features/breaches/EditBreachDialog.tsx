import { Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import type { BreachDetail } from '../../../shared/breaches/contract';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { FormError, useChannelForm } from '../../components/form';
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
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="edit-breach-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="edit-breach-title">Edit breach {detail.number}</DialogTitle>
        <DialogContent>
          <FormError message={formError} />
          <BreachForm control={control} withAwareness={false} />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
            Save changes
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
