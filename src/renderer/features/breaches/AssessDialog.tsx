import { DialogContentText, Stack, Typography } from '@mui/material';
import { type BreachDetail, breachesChannels } from '../../../shared/breaches/contract';
import { type BreachCapacity, riskLabels, riskLevels, type RiskLevel } from '../../../shared/breaches/rules';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { FormTextField, useChannelForm } from '../../components/form';
import { DialogForm } from '../../components/form/DialogForm';
import { FormRadioGroup } from '../../components/form/FormRadioGroup';
import { useAssessBreachMutation } from './breachesApi';

export const consequence: Record<RiskLevel, Record<BreachCapacity, string>> = {
  none: {
    controller:
      'Datatilsynet need not be notified; the decision and its reasons are recorded (Art. 33(1), 33(5)).',
    processor: 'We still tell each customer; the customer decides what to notify.',
    both: 'Datatilsynet need not be notified for our own data (the decision and its reasons are recorded); we still tell each customer.',
  },
  risk: {
    controller: 'Notify Datatilsynet within 72 hours of becoming aware.',
    processor: 'Tell each customer; our assessment helps it decide.',
    both: 'Notify Datatilsynet within 72 hours for our own data, and tell each customer.',
  },
  high: {
    controller:
      'Notify Datatilsynet, and tell the people affected without undue delay unless Art. 34(3) applies: a clock runs from this assessment.',
    processor: 'Tell each customer at once: it must consider telling the people affected.',
    both: 'Notify Datatilsynet and tell the people whose data is ours without undue delay (a clock runs from this assessment); tell each customer at once.',
  },
};

const assessForm = breachesChannels['breaches.assess'].input.omit({ id: true });

export function AssessDialog({ detail, onClose }: { detail: BreachDetail; onClose: () => void }) {
  const dispatch = useAppDispatch();
  const [assess] = useAssessBreachMutation();
  const { control, handleSubmit, watch, formState, formError, settle } = useChannelForm(assessForm, {
    risk: detail.assessment?.risk,
    reasons: detail.assessment?.reasons ?? '',
    noNotificationReasons: detail.assessment?.noNotificationReasons ?? '',
  });
  const risk = watch('risk');
  const decision = detail.capacity !== 'processor' && risk === 'none' && detail.notifications.length === 0;

  const submit = handleSubmit(async (values) => {
    const input = {
      id: detail.id,
      ...values,
      noNotificationReasons: decision ? values.noNotificationReasons : undefined,
    };
    if (!settle(await assess(input)).ok) return;
    dispatch(notice(`Breach ${detail.number} was assessed: ${riskLabels[values.risk].toLowerCase()}.`));
    onClose();
  });

  return (
    <DialogForm
      title={`Assess breach ${detail.number}`}
      intro={
        <DialogContentText sx={{ mb: 2 }}>
          {detail.specialCategories
            ? 'The breach involves special categories of data, which usually makes the risk high. '
            : ''}
          Weigh the kind and amount of data, how easily people can be identified, the severity of the
          consequences and the measures already taken (EDPB guidelines 9/2022).
        </DialogContentText>
      }
      formError={formError}
      onSubmit={submit}
      onClose={onClose}
      submitLabel="Save assessment"
      submitting={formState.isSubmitting}
    >
      <Stack spacing={2}>
        <FormRadioGroup
          control={control}
          name="risk"
          label="Risk to the people affected"
          values={riskLevels}
          labels={(level) => (
            <span>
              {riskLabels[level]}
              <Typography variant="caption" color="text.secondary" component="span" sx={{ display: 'block' }}>
                {consequence[level][detail.capacity]}
              </Typography>
            </span>
          )}
        />
        <FormTextField
          control={control}
          name="reasons"
          label="Reasons for the assessment"
          required
          multiline
          minRows={3}
        />
        {decision && (
          <FormTextField
            control={control}
            name="noNotificationReasons"
            label="Why Datatilsynet is not notified"
            required
            multiline
            minRows={2}
            helperText="The decision not to notify is documented with its reasons (Art. 33(5))"
          />
        )}
      </Stack>
    </DialogForm>
  );
}
