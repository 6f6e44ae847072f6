import { Button, Card, CardContent, CardHeader, Grid, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useLabels, useT } from '../../i18n';
import { type CaseDetail, casesChannels } from '../../../shared/cases/contract';
import { forwardingMethods } from '../../../shared/cases/rules';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { EnumSelect, FormDateField, FormError, FormTextField, useChannelForm } from '../../components/form';
import { formatDate } from '../../lib/format';
import { cardTitleProps } from './caseUi';
import { useRecordForwardingMutation } from './casesApi';
import { validateOnSubmit } from './formOptions';

const forwardingForm = casesChannels['cases.recordForwarding'].input.omit({ id: true });

function ForwardingForm({ detail, onDone }: { detail: CaseDetail; onDone: () => void }) {
  const t = useT('cases');
  const forwardingMethodLabels = useLabels('forwardingMethod');
  const dispatch = useAppDispatch();
  const [record] = useRecordForwardingMutation();
  const current = detail.forwarding;
  const { today, receivedDate, customerDeadline } = detail.clock;
  const { field, handleSubmit, formState, formError, settle } = useChannelForm(
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
    dispatch(notice(t('forwardingRecorded')));
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
        <FormDateField {...field('forwardedOn')} label={t('forwardedOn')} required max={today} />
      </Grid>
      <Grid size={{ xs: 12, md: 5 }}>
        <FormTextField {...field('to')} label={t('toWhom')} required helperText={t('toWhomHelp')} />
      </Grid>
      <Grid size={{ xs: 12, md: 3 }}>
        <EnumSelect
          {...field('how')}
          label={t('how')}
          values={forwardingMethods}
          labels={forwardingMethodLabels}
        />
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <FormDateField
          {...field('customerDeadline')}
          label={t('customerDeadlineForUs')}
          min={receivedDate}
          helperText={t('customerDeadlineHelp')}
        />
      </Grid>
      <Grid size={{ xs: 12, md: 8 }}>
        <FormTextField {...field('note')} label={t('note')} />
      </Grid>
      <Grid size={12}>
        <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
          {t('recordForwarding')}
        </Button>
      </Grid>
    </Grid>
  );
}

/** As processor: the request forwarded to the customer, who as controller answers the person. */
export function ForwardingCard({ detail }: { detail: CaseDetail }) {
  const t = useT('cases');
  const forwardingMethodLabels = useLabels('forwardingMethod');
  const current = detail.forwarding;
  const [editing, setEditing] = useState(!current);
  const open = detail.state === 'open';
  return (
    <Card>
      <CardHeader
        title={t('forwardingToCustomer')}
        subheader={t('forwardingHelp', { customer: detail.customer?.name ?? t('aCustomer') })}
        slotProps={cardTitleProps}
      />
      <CardContent sx={{ pt: 0 }}>
        {current && !editing ? (
          <Stack direction="row" justifyContent="space-between" alignItems="flex-start">
            <Typography variant="body2">
              {t('forwardedTo', {
                date: formatDate(current.forwardedOn),
                to: current.to,
                how: forwardingMethodLabels[current.how].toLowerCase(),
              })}{' '}
              {detail.clock.customerDeadline
                ? t('customerAskedBy', { date: formatDate(detail.clock.customerDeadline) })
                : t('customerNoDeadline')}
              {current.note ? ` ${current.note}` : ''}
            </Typography>
            {open && <Button onClick={() => setEditing(true)}>{t('change')}</Button>}
          </Stack>
        ) : open ? (
          <ForwardingForm detail={detail} onDone={() => setEditing(false)} />
        ) : (
          <Typography variant="body2" color="text.secondary">
            {t('notForwarded')}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}
