import { useT } from '../../i18n';
import { type CaseDetail, casesChannels } from '../../../shared/cases/contract';
import { FormDateField, FormDialog, FormTextField, useDialogForm } from '../../components/form';
import { useChangeReceivedDateMutation } from './casesApi';
import { validateOnSubmit } from './formOptions';

const receivedForm = casesChannels['cases.changeReceivedDate'].input.omit({ id: true });

/** Corrects the day the clock starts, with a reason; the due date is computed again. */
export function ReceivedDateDialog({ detail, onClose }: { detail: CaseDetail; onClose: () => void }) {
  const t = useT('cases');
  const [change] = useChangeReceivedDateMutation();
  const { field, dialog } = useDialogForm(
    receivedForm,
    {
      receivedDate: detail.clock.receivedDate,
      reason: '',
    },
    {
      save: (values) => change({ id: detail.id, ...values }),
      success: t('receivedCorrected'),
      onClose,
      formOptions: validateOnSubmit,
    },
  );

  return (
    <FormDialog
      {...dialog}
      title={t('receivedTitle')}
      intro={t('receivedIntro')}
      submitLabel={t('save')}
      maxWidth="xs"
      column
    >
      <FormDateField {...field('receivedDate')} label={t('received')} required max={detail.clock.today} />
      <FormTextField {...field('reason')} label={t('whyItChanges')} required multiline minRows={2} />
    </FormDialog>
  );
}
