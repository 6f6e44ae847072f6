import { Stack } from '@mui/material';
import { casesChannels, type Restriction } from '../../../shared/cases/contract';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { FormDateField, FormTextField, useChannelForm } from '../../components/form';
import { FormDialog } from '../../components/form/FormDialog';
import { formatDate } from '../../lib/format';
import { useLiftRestrictionMutation } from './casesApi';
import { validateOnSubmit } from './formOptions';

/** The channel's input as it is: its rule compares the two dates. */
const liftForm = casesChannels['cases.liftRestriction'].input;

/** Lifting a restriction: the person is told first (Art. 18(3)), and that is recorded with it. */
export function LiftDialog({
  today,
  restriction,
  onClose,
}: {
  today: string;
  restriction: Restriction;
  onClose: () => void;
}) {
  const dispatch = useAppDispatch();
  const [lift] = useLiftRestrictionMutation();
  const { control, handleSubmit, formState, formError, settle } = useChannelForm(
    liftForm,
    { id: restriction.caseId, restrictionId: restriction.id, personToldHow: '', liftedOn: today, reason: '' },
    validateOnSubmit,
  );
  const submit = handleSubmit(async (values) => {
    if (!settle(await lift(values)).ok) return;
    dispatch(notice('The restriction was lifted.'));
    onClose();
  });
  return (
    <FormDialog
      title={<>Lift the restriction of case {restriction.caseNumber}</>}
      intro={
        <>
          {restriction.what}, restricted since {formatDate(restriction.since)}. The person must be told before
          the restriction is lifted (Art. 18(3)).
        </>
      }
      onClose={onClose}
      onSubmit={submit}
      formError={formError}
      saving={formState.isSubmitting}
      submitLabel="Lift restriction"
    >
      <Stack spacing={2}>
        <Stack direction="row" spacing={1.5} alignItems="flex-start">
          <FormDateField
            control={control}
            name="personToldOn"
            label="The person was told on"
            required
            min={restriction.since}
            max={today}
          />
          <FormDateField
            control={control}
            name="liftedOn"
            label="Lifted on"
            required
            min={restriction.since}
            max={today}
          />
        </Stack>
        <FormTextField
          control={control}
          name="personToldHow"
          label="How the person was told"
          required
          helperText="E.g. letter to the address on file"
        />
        <FormTextField
          control={control}
          name="reason"
          label="Why the restriction is lifted"
          required
          multiline
          minRows={2}
        />
      </Stack>
    </FormDialog>
  );
}
