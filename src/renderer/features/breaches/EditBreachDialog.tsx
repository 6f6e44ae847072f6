import type { BreachDetail } from '../../../shared/breaches/contract';
import { FormDialog, useDialogForm } from '../../components/form';
import { useT } from '../../i18n';
import { BreachForm, breachFormFrom, editBreachForm } from './BreachForm';
import { useUpdateBreachMutation } from './breachesApi';
import { unnested } from '../../components/form/unnested';

export function EditBreachDialog({ detail, onClose }: { detail: BreachDetail; onClose: () => void }) {
  const [update] = useUpdateBreachMutation();
  const t = useT('breaches');
  const { dialog, ...form } = useDialogForm(editBreachForm, breachFormFrom(detail), {
    save: async ({ awareAt: _corrected_elsewhere, ...changes }) =>
      unnested(await update({ id: detail.id, changes }), 'changes'),
    success: t('savedNotice', { number: detail.number }),
    onClose,
  });

  return (
    <FormDialog
      {...dialog}
      title={t('editTitle', { number: detail.number })}
      submitLabel={t('saveChanges')}
      maxWidth="md"
    >
      <BreachForm form={form} withAwareness={false} />
    </FormDialog>
  );
}
