import { Collapse, DialogContentText, Stack } from '@mui/material';
import { z } from 'zod';
import { type BreachDetail, breachesChannels } from '../../../shared/breaches/contract';
import { subjectExceptionLabels, subjectExceptions } from '../../../shared/breaches/rules';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { FormTextField, useChannelForm } from '../../components/form';
import { DialogForm } from '../../components/form/DialogForm';
import { FormRadioGroup } from '../../components/form/FormRadioGroup';
import { useRecordSubjectsExceptionMutation } from './breachesApi';
import { FormOsloDateTimeField, optionalOsloTime } from './osloTimeField';

// The channel's rule (a public notice for "disproportionate effort") is the core's; its issues land on the fields.
const exceptionForm = z
  .strictObject(breachesChannels['breaches.recordSubjectsException'].input.shape)
  .omit({ id: true })
  .extend({ publicNoticeAt: optionalOsloTime });

/** Records why the people are not told individually: the exception of Art. 34(3) that applies. */
export function ExceptionDialog({ detail, onClose }: { detail: BreachDetail; onClose: () => void }) {
  const dispatch = useAppDispatch();
  const [record] = useRecordSubjectsExceptionMutation();
  const { control, handleSubmit, watch, formState, formError, settle } = useChannelForm(exceptionForm, {
    exception: undefined,
    explanation: '',
    publicNoticeAt: '',
    publicNoticeWhere: '',
  });
  const publicNotice = watch('exception') === 'disproportionate';
  const submit = handleSubmit(async (values) => {
    const input = {
      id: detail.id,
      ...values,
      publicNoticeAt: publicNotice ? values.publicNoticeAt : null,
      publicNoticeWhere: publicNotice ? values.publicNoticeWhere : undefined,
    };
    if (!settle(await record(input)).ok) return;
    dispatch(notice('The exception of Art. 34(3) is recorded.'));
    onClose();
  });
  return (
    <DialogForm
      title="Why the people are not told individually"
      intro={
        <DialogContentText sx={{ mb: 2 }}>
          Datatilsynet may still require the people to be told, having considered the risk (Art. 34(4)).
        </DialogContentText>
      }
      formError={formError}
      onSubmit={submit}
      onClose={onClose}
      submitLabel="Record"
      submitting={formState.isSubmitting}
    >
      <Stack spacing={2}>
        <FormRadioGroup
          control={control}
          name="exception"
          label="The exception that applies"
          values={subjectExceptions}
          labels={subjectExceptionLabels}
        />
        <FormTextField
          control={control}
          name="explanation"
          label="Explanation"
          required
          multiline
          minRows={3}
        />
        <Collapse in={publicNotice} unmountOnExit>
          <Stack spacing={2}>
            <FormOsloDateTimeField
              control={control}
              name="publicNoticeAt"
              label="Public notice made"
              required
            />
            <FormTextField
              control={control}
              name="publicNoticeWhere"
              label="Where the public notice was given"
              required
              helperText="E.g. weassist.no and a national newspaper"
            />
          </Stack>
        </Collapse>
      </Stack>
    </DialogForm>
  );
}
