import { useT } from '../../i18n';
import { type CaseDetail, casesChannels } from '../../../shared/cases/contract';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { FormTextField, useChannelForm } from '../../components/form';
import { FormDialog } from '../../components/form/FormDialog';
import { formatDate } from '../../lib/format';
import { useTypeList } from './caseUi';
import { useOverrideVerificationMutation } from './casesApi';
import { validateOnSubmit } from './formOptions';

const overrideForm = casesChannels['cases.overrideVerification'].input.omit({ id: true });

/** Only a data protection officer lets data out without a verified identity, and writes why. */
export function OverrideDialog({ detail, onClose }: { detail: CaseDetail; onClose: () => void }) {
  const t = useT('cases');
  const typeList = useTypeList();
  const dispatch = useAppDispatch();
  const [override] = useOverrideVerificationMutation();
  const { control, handleSubmit, formState, formError, settle } = useChannelForm(
    overrideForm,
    { reason: '' },
    validateOnSubmit,
  );
  const submit = handleSubmit(async (values) => {
    if (!settle(await override({ id: detail.id, ...values })).ok) return;
    dispatch(notice(t('overrideRecorded')));
    onClose();
  });
  return (
    <FormDialog
      title={t('overrideTitle')}
      intro={t('overrideIntro', {
        types: typeList(detail.types),
        date: formatDate(detail.clock.receivedDate),
      })}
      onClose={onClose}
      onSubmit={submit}
      formError={formError}
      saving={formState.isSubmitting}
      submitLabel={t('override')}
      submitColor="warning"
    >
      <FormTextField
        control={control}
        name="reason"
        label={t('writtenReason')}
        required
        multiline
        minRows={3}
        autoFocus
      />
    </FormDialog>
  );
}
