import { Button, Card, CardContent, CardHeader, Grid, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { type CaseDetail, casesChannels } from '../../../shared/cases/contract';
import { forwardingMethodLabels, forwardingMethods } from '../../../shared/cases/rules';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { EnumSelect, FormDateField, FormError, FormTextField, useChannelForm } from '../../components/form';
import { formatDate } from '../../lib/format';
import { cardTitleProps } from './caseUi';
import { useRecordForwardingMutation } from './casesApi';
import { validateOnSubmit } from './formOptions';

const forwardingForm = casesChannels['cases.recordForwarding'].input.omit({ id: true });

function ForwardingForm({ detail, onDone }: { detail: CaseDetail; onDone: () => void }) {
  const dispatch = useAppDispatch();
  const [record] = useRecordForwardingMutation();
  const current = detail.forwarding;
  const { today, receivedDate, customerDeadline } = detail.clock;
  const { control, handleSubmit, formState, formError, settle } = useChannelForm(
    forwardingForm,
    {
      forwardedOn: current?.forwardedOn ?? today,
      to: current?.to ?? '',
      how: current?.how ?? 'email',
      customerDeadline,
      note: current?.note ?? '',
    },
    validateOnSubmit,
  );
  const submit = handleSubmit(async (values) => {
    if (!settle(await record({ id: detail.id, ...values })).ok) return;
    dispatch(notice('The forwarding was recorded.'));
    onDone();
  });
  return (
    <Grid container spacing={2} component="form" onSubmit={submit} noValidate>
      {formError && (
        <Grid size={12}>
          <FormError message={formError} />
        </Grid>
      )}
      <Grid size={{ xs: 12, md: 4 }}>
        <FormDateField control={control} name="forwardedOn" label="Forwarded on" required max={today} />
      </Grid>
      <Grid size={{ xs: 12, md: 5 }}>
        <FormTextField
          control={control}
          name="to"
          label="To whom"
          required
          helperText="Name and address of the customer’s privacy contact"
        />
      </Grid>
      <Grid size={{ xs: 12, md: 3 }}>
        <EnumSelect
          control={control}
          name="how"
          label="How"
          values={forwardingMethods}
          labels={forwardingMethodLabels}
        />
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <FormDateField
          control={control}
          name="customerDeadline"
          label="Customer’s deadline for us"
          min={receivedDate}
          helperText="If the customer set one; the case then runs on it"
        />
      </Grid>
      <Grid size={{ xs: 12, md: 8 }}>
        <FormTextField control={control} name="note" label="Note" />
      </Grid>
      <Grid size={12}>
        <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
          Record forwarding
        </Button>
      </Grid>
    </Grid>
  );
}

/** As processor: the request forwarded to the customer, who as controller answers the person. */
export function ForwardingCard({ detail }: { detail: CaseDetail }) {
  const current = detail.forwarding;
  const [editing, setEditing] = useState(!current);
  const open = detail.state === 'open';
  return (
    <Card>
      <CardHeader
        title="Forwarding to the customer"
        subheader={`We process this data for ${detail.customer?.name ?? 'a customer'}, which as controller answers the person. We forward the request and assist (Art. 28(3)(e)).`}
        slotProps={cardTitleProps}
      />
      <CardContent sx={{ pt: 0 }}>
        {current && !editing ? (
          <Stack direction="row" justifyContent="space-between" alignItems="flex-start">
            <Typography variant="body2">
              Forwarded {formatDate(current.forwardedOn)} to {current.to} by{' '}
              {forwardingMethodLabels[current.how].toLowerCase()}.
              {detail.clock.customerDeadline
                ? ` The customer asked for our assistance by ${formatDate(detail.clock.customerDeadline)}.`
                : ' The customer has set no deadline.'}
              {current.note ? ` ${current.note}` : ''}
            </Typography>
            {open && <Button onClick={() => setEditing(true)}>Change</Button>}
          </Stack>
        ) : open ? (
          <ForwardingForm detail={detail} onDone={() => setEditing(false)} />
        ) : (
          <Typography variant="body2" color="text.secondary">
            Not forwarded.
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}
