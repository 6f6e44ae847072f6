import { DialogContentText, Stack } from '@mui/material';
import { type BreachDetail, breachesChannels } from '../../../shared/breaches/contract';
import { customerNoticeMethodLabels, customerNoticeMethods } from '../../../shared/breaches/rules';
import { durationText, formatOslo, toOsloInput } from '../../../shared/breaches/time';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { EnumSelect, FormTextField, useChannelForm } from '../../components/form';
import { DialogForm } from '../../components/form/DialogForm';
import { useNotifyCustomerMutation } from './breachesApi';
import { FormOsloDateTimeField, osloInstant, osloTime } from './osloTimeField';

const tellForm = breachesChannels['breaches.notifyCustomer'].input
  .omit({ id: true, organisationId: true })
  .extend({ toldAt: osloTime });

/** Records that a customer (the controller) was told of the breach, and why when it was late. */
export function NotifyCustomerDialog({
  detail,
  organisationId,
  onClose,
}: {
  detail: BreachDetail;
  organisationId: number;
  onClose: () => void;
}) {
  const dispatch = useAppDispatch();
  const [notify] = useNotifyCustomerMutation();
  const customer = detail.customers.find((candidate) => candidate.organisationId === organisationId);
  const { control, handleSubmit, watch, formState, formError, settle } = useChannelForm(tellForm, {
    toldAt: toOsloInput(detail.now),
    how: 'email',
    toldTo: '',
    note: '',
    lateReason: '',
  });
  const told = osloInstant(watch('toldAt'));
  if (!customer) return null;
  const lateBy = told ? new Date(told).getTime() - new Date(customer.dueAt).getTime() : 0;

  const submit = handleSubmit(async (values) => {
    const input = {
      id: detail.id,
      organisationId,
      ...values,
      lateReason: lateBy > 0 ? values.lateReason : undefined,
    };
    if (!settle(await notify(input)).ok) return;
    dispatch(notice(`That ${customer.name} was told is recorded.`));
    onClose();
  });

  return (
    <DialogForm
      title={`Tell ${customer.name}`}
      intro={
        <DialogContentText sx={{ mb: 2 }}>
          {customer.agreement
            ? `Agreement ${customer.agreement.reference}: ${customer.noticeHours === null ? 'without undue delay' : `within ${customer.noticeHours} hours`}.`
            : 'No processor agreement in force sets a period: without undue delay.'}{' '}
          {customer.noticeHours === null ? 'Our target' : 'Due'}:{' '}
          <strong>{formatOslo(customer.dueAt)}</strong>.
        </DialogContentText>
      }
      formError={formError}
      onSubmit={submit}
      onClose={onClose}
      submitLabel="Record"
      submitting={formState.isSubmitting}
    >
      <Stack spacing={2}>
        <FormOsloDateTimeField control={control} name="toldAt" label="Told" required />
        <EnumSelect
          control={control}
          name="how"
          label="How"
          values={customerNoticeMethods}
          labels={customerNoticeMethodLabels}
        />
        <FormTextField
          control={control}
          name="toldTo"
          label="To whom"
          required
          helperText="The customer’s privacy contact or DPO, with the address used"
        />
        {lateBy > 0 && (
          <FormTextField
            control={control}
            name="lateReason"
            label="Why it was late"
            required
            multiline
            minRows={2}
            helperText={`${durationText(lateBy)} after the due time`}
          />
        )}
        <FormTextField control={control} name="note" label="Note" multiline minRows={2} />
      </Stack>
    </DialogForm>
  );
}
