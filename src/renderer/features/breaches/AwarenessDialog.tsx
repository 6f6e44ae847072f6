import type { BreachDetail } from '../../../shared/breaches/contract';
import { breachesChannels } from '../../../shared/breaches/contract';
import { toOsloInput } from '../../../shared/breaches/time';
import { FormDialog, FormTextField, useDialogForm } from '../../components/form';
import { useT } from '../../i18n';
import { useChangeAwarenessMutation } from './breachesApi';
import { FormOsloDateTimeField, osloTime } from './osloTimeField';

const awarenessForm = breachesChannels['breaches.changeAwareness'].input
  .omit({ id: true })
  .extend({ awareAt: osloTime });

/** Corrects when the company became aware: every clock moves with it, so a reason is required. */
export function AwarenessDialog({ detail, onClose }: { detail: BreachDetail; onClose: () => void }) {
  const [change] = useChangeAwarenessMutation();
  const t = useT('breaches');
  const { field, dialog } = useDialogForm(
    awarenessForm,
    { awareAt: toOsloInput(detail.awareAt), reason: '' },
    { save: (values) => change({ id: detail.id, ...values }), success: t('awareCorrected'), onClose },
  );
  return (
    <FormDialog
      {...dialog}
      title={t('correctAwareTitle')}
      intro={t('correctAwareIntro')}
      submitLabel={t('save')}
      column
    >
      <FormOsloDateTimeField {...field('awareAt')} label={t('weBecameAware')} required autoFocus />
      <FormTextField {...field('reason')} label={t('whyChanges')} required multiline minRows={2} />
    </FormDialog>
  );
}
