import { useT } from '../../i18n';
import { type CaseDetail, casesChannels } from '../../../shared/cases/contract';
import { FormDialog, FormTextField, useDialogForm } from '../../components/form';
import { formatDate } from '../../lib/format';
import { useTypeList } from './caseUi';
import { useOverrideVerificationMutation } from './casesApi';
import { validateOnSubmit } from './formOptions';

const overrideForm = casesChannels['cases.overrideVerification'].input.omit({ id: true });

/** Only a data protection officer lets data out without a verified identity, and writes why. */
export function OverrideDialog({ detail, onClose }: { detail: CaseDetail; onClose: () => void }) {
  const t = useT('cases');
  const typeList = useTypeList();
  const [override] = useOverrideVerificationMutation();
  const { field, dialog } = useDialogForm(
    overrideForm,
    { reason: '' },
    {
      save: (values) => override({ id: detail.id, ...values }),
      success: t('overrideRecorded'),
      onClose,
      formOptions: validateOnSubmit,
    },
  );
  return (
    <FormDialog
      {...dialog}
      title={t('overrideTitle')}
      intro={t('overrideIntro', {
        types: typeList(detail.types),
        date: formatDate(detail.clock.receivedDate),
      })}
      submitLabel={t('override')}
      submitColor="warning"
    >
      <FormTextField
        {...field('reason')}
        label={t('writtenReason')}
        required
        multiline
        minRows={3}
        autoFocus
      />
    </FormDialog>
  );
}
