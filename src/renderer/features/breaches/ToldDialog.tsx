import { Stack } from '@mui/material';
import { type BreachDetail, breachesChannels } from '../../../shared/breaches/contract';
import { subjectNoticeMethodLabels, subjectNoticeMethods } from '../../../shared/breaches/rules';
import { toOsloInput } from '../../../shared/breaches/time';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { EnumSelect, FormTextField, useChannelForm } from '../../components/form';
import { DialogForm } from '../../components/form/DialogForm';
import { useRecordSubjectsToldMutation } from './breachesApi';
import { FormOsloDateTimeField, osloTime, wholeNumberText } from './osloTimeField';

const toldForm = breachesChannels['breaches.recordSubjectsTold'].input
  .omit({ id: true })
  .extend({ toldAt: osloTime, count: wholeNumberText });

/** Records that the people affected were told (Art. 34(1)-(2)): when, how, how many and what. */
export function ToldDialog({ detail, onClose }: { detail: BreachDetail; onClose: () => void }) {
  const dispatch = useAppDispatch();
  const [record] = useRecordSubjectsToldMutation();
  const { control, handleSubmit, formState, formError, settle } = useChannelForm(toldForm, {
    toldAt: toOsloInput(detail.now),
    how: 'email',
    count: detail.subjectsApprox === null ? '' : String(detail.subjectsApprox),
    message: '',
  });
  const submit = handleSubmit(async (values) => {
    if (!settle(await record({ id: detail.id, ...values })).ok) return;
    dispatch(notice('That the people affected were told is recorded.'));
    onClose();
  });
  return (
    <DialogForm
      title="The people affected were told"
      formError={formError}
      onSubmit={submit}
      onClose={onClose}
      submitLabel="Record"
      submitting={formState.isSubmitting}
    >
      <Stack spacing={2} sx={{ pt: 1 }}>
        <FormOsloDateTimeField control={control} name="toldAt" label="Told" required />
        <EnumSelect
          control={control}
          name="how"
          label="How"
          values={subjectNoticeMethods}
          labels={subjectNoticeMethodLabels}
        />
        <FormTextField control={control} name="count" label="How many people" />
        <FormTextField
          control={control}
          name="message"
          label="What they were told"
          required
          multiline
          minRows={3}
          helperText="In clear language: what happened, the contact point, the likely consequences, the measures"
        />
      </Stack>
    </DialogForm>
  );
}
