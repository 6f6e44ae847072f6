import { Alert, Stack, Typography } from '@mui/material';
import { breachesChannels } from '../../../shared/breaches/contract';
import { breachStateLabels } from '../../../shared/breaches/rules';
import { formatOslo, toOsloInput } from '../../../shared/breaches/time';
import type { InquiryDetail } from '../../../shared/inquiries/contract';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { FormTextField, useChannelForm } from '../../components/form';
import { DialogForm } from '../../components/form/DialogForm';
import { useReportBreachMutation } from './breachesApi';
import { FormOsloDateTimeField, osloTime } from './osloTimeField';

const reportForm = breachesChannels['breaches.reportFromInquiry'].input
  .omit({ inquiryId: true })
  .extend({ awareAt: osloTime });

/**
 * Anyone who can see an inquiry reports a possible breach from it. The DPO assesses it; the reporter
 * afterwards sees only the breach's number and state on the inquiry.
 */
export function ReportBreachDialog({
  inquiry,
  onClose,
  onReported,
}: {
  inquiry: InquiryDetail;
  onClose: () => void;
  onReported: () => void;
}) {
  const dispatch = useAppDispatch();
  const [report] = useReportBreachMutation();
  const { control, handleSubmit, formState, formError, settle } = useChannelForm(reportForm, {
    awareAt: toOsloInput(inquiry.receivedAt),
    description: inquiry.notes ?? inquiry.summary,
  });

  const submit = handleSubmit(async (values) => {
    const result = settle(await report({ inquiryId: inquiry.id, ...values }));
    if (!result.ok || !result.data) return;
    const state = breachStateLabels[result.data.state].toLowerCase();
    dispatch(notice(`Breach ${result.data.number} was reported to the data protection officer: ${state}.`));
    onReported();
  });

  return (
    <DialogForm
      title={`Report a possible breach from ${inquiry.number}`}
      intro={
        <>
          <Typography variant="body2" sx={{ mb: 2 }}>
            Personal data may have been lost, disclosed to the wrong person, altered or made unavailable.
            Report it now: the data protection officer assesses it and decides what to notify.
          </Typography>
          <Alert severity="warning" sx={{ mb: 2 }}>
            Why the time matters: Datatilsynet must be notified within 72 hours of when the company became
            aware of a breach, and that can be the moment this contact reached us. Keep the received time (
            {formatOslo(inquiry.receivedAt)}) unless someone here knew of it earlier, or learnt of it only
            later.
          </Alert>
        </>
      }
      formError={formError}
      onSubmit={submit}
      onClose={onClose}
      submitLabel="Report breach"
      submitting={formState.isSubmitting}
      submitColor="error"
    >
      <Stack spacing={2}>
        <FormOsloDateTimeField control={control} name="awareAt" label="We became aware" required />
        <FormTextField
          control={control}
          name="description"
          label="What happened"
          multiline
          minRows={3}
          helperText="What the caller told, in a few lines"
        />
      </Stack>
    </DialogForm>
  );
}
