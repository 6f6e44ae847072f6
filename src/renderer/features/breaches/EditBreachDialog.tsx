import type { BreachDetail } from '../../../shared/breaches/contract';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { useChannelForm } from '../../components/form';
import { FormDialog } from '../../components/form/FormDialog';
import { useT } from '../../i18n';
import { BreachForm, breachFormFrom, editBreachForm } from './BreachForm';
import { useUpdateBreachMutation } from './breachesApi';
import { unnested } from '../../components/form/unnested';

export function EditBreachDialog({ detail, onClose }: { detail: BreachDetail; onClose: () => void }) {
  const dispatch = useAppDispatch();
  const [update] = useUpdateBreachMutation();
  const t = useT('breaches');
  const { control, handleSubmit, formState, formError, settle } = useChannelForm(
    editBreachForm,
    breachFormFrom(detail),
  );

  const submit = handleSubmit(async ({ awareAt: _corrected_elsewhere, ...changes }) => {
    if (!settle(unnested(await update({ id: detail.id, changes }), 'changes')).ok) return;
    dispatch(notice(t('savedNotice', { number: detail.number })));
    onClose();
  });

  return (
    <FormDialog
      title={t('editTitle', { number: detail.number })}
      formError={formError}
      onSubmit={submit}
      onClose={onClose}
      submitLabel={t('saveChanges')}
      saving={formState.isSubmitting}
      maxWidth="md"
    >
      <BreachForm control={control} withAwareness={false} />
    </FormDialog>
  );
}
