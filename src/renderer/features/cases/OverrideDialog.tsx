import { type CaseDetail, casesChannels } from '../../../shared/cases/contract';
import { typeList } from '../../../shared/cases/rules';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { FormTextField, useChannelForm } from '../../components/form';
import { FormDialog } from '../../components/form/FormDialog';
import { formatDate } from '../../lib/format';
import { useOverrideVerificationMutation } from './casesApi';
import { validateOnSubmit } from './formOptions';

const overrideForm = casesChannels['cases.overrideVerification'].input.omit({ id: true });

/** Only a data protection officer lets data out without a verified identity, and writes why. */
export function OverrideDialog({ detail, onClose }: { detail: CaseDetail; onClose: () => void }) {
  const dispatch = useAppDispatch();
  const [override] = useOverrideVerificationMutation();
  const { control, handleSubmit, formState, formError, settle } = useChannelForm(
    overrideForm,
    { reason: '' },
    validateOnSubmit,
  );
  const submit = handleSubmit(async (values) => {
    if (!settle(await override({ id: detail.id, ...values })).ok) return;
    dispatch(notice('The override was recorded.'));
    onClose();
  });
  return (
    <FormDialog
      title="Override the identity check"
      intro={
        <>
          The case may then disclose, change or erase data for {typeList(detail.types)} without a verified
          identity. Write why; the reason is shown on the case and kept in the audit log. Requested on{' '}
          {formatDate(detail.clock.receivedDate)}.
        </>
      }
      onClose={onClose}
      onSubmit={submit}
      formError={formError}
      saving={formState.isSubmitting}
      submitLabel="Override"
      submitColor="warning"
    >
      <FormTextField
        control={control}
        name="reason"
        label="Written reason"
        required
        multiline
        minRows={3}
        autoFocus
      />
    </FormDialog>
  );
}
