import { Alert, Autocomplete, Box, Grid, TextField } from '@mui/material';
import type { ReactNode } from 'react';
import { type Control, Controller, useWatch } from 'react-hook-form';
import {
  directionLabels,
  directions,
  inquiryCategories,
  inquiryCategoryLabels,
  inquiryChannelLabels,
  inquiryChannels,
  inquiryStatuses,
  inquiryStatusLabels,
} from '../../../shared/inquiries/rules';
import { FormDateField, FormTextField } from '../../components/form';
import { FormNativeSelect } from '../../components/form/FormNativeSelect';
import { formatDateTime } from '../../lib/format';
import { useOrganisationsQuery } from '../organisations/organisationsApi';
import { useColleaguesQuery } from '../users/usersApi';
import { type InquiryFormValues, parseReceived } from './inquiryFormSchema';

const ownCompany = { id: 0, name: 'Our own company (we are controller)' };

function optionsOf<V extends string>(values: readonly V[], labels: Readonly<Record<V, string>>) {
  return values.map((value) => ({ value, label: labels[value] }));
}

const channelOptions = optionsOf(inquiryChannels, inquiryChannelLabels);
const directionOptions = optionsOf(directions, directionLabels);
const categoryOptions = optionsOf(inquiryCategories, inquiryCategoryLabels);
const statusOptions = optionsOf(inquiryStatuses, inquiryStatusLabels);

/** The company the person is a customer of: active customers (and the one chosen), or our own company. */
function OnBehalfOfField({ control }: { control: Control<InquiryFormValues> }) {
  const { data: organisations } = useOrganisationsQuery({});
  return (
    <Controller
      control={control}
      name="onBehalfOfId"
      render={({ field, fieldState }) => {
        const customers = [
          ownCompany,
          ...(organisations ?? [])
            .filter(
              (organisation) =>
                organisation.isCustomer && (organisation.active || organisation.id === field.value),
            )
            .map((organisation) => ({ id: organisation.id, name: organisation.name })),
        ];
        return (
          <Autocomplete
            options={customers}
            value={customers.find((option) => option.id === (field.value ?? 0)) ?? ownCompany}
            autoHighlight
            disableClearable
            getOptionLabel={(option) => option.name}
            isOptionEqualToValue={(option, value) => option.id === value.id}
            onChange={(_event, option) => field.onChange(option.id === 0 ? null : option.id)}
            onBlur={field.onBlur}
            renderInput={(params) => (
              <TextField
                {...params}
                inputRef={field.ref}
                label="On behalf of"
                error={Boolean(fieldState.error)}
                helperText={
                  fieldState.error?.message ??
                  'The customer company the person is a customer of, or our own company'
                }
              />
            )}
          />
        );
      }}
    />
  );
}

/**
 * The fields in the order an agent hears them on a call: how and when, for whom, who, what,
 * and what happens next. Native selects: a letter key picks an option without opening a menu.
 */
export function InquiryForm({
  control,
  autoFocus,
  extra,
}: {
  control: Control<InquiryFormValues>;
  autoFocus?: boolean;
  extra?: ReactNode;
}) {
  const { data: colleagues } = useColleaguesQuery({});
  const [phone, email, category, status, receivedText] = useWatch({
    control,
    name: ['personPhone', 'personEmail', 'category', 'status', 'receivedAt'],
  });
  const reachable = (phone ?? '').trim() !== '' || (email ?? '').trim() !== '';
  const received = parseReceived(receivedText);
  const colleagueOptions = (colleagues ?? []).map((user) => ({ value: user.id, label: user.displayName }));

  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, sm: 4 }}>
        <FormNativeSelect
          control={control}
          name="channel"
          label="Channel"
          autoFocus={autoFocus}
          options={channelOptions}
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 3 }}>
        <FormNativeSelect control={control} name="direction" label="Direction" options={directionOptions} />
      </Grid>
      <Grid size={{ xs: 12, sm: 5 }}>
        <FormTextField
          control={control}
          name="receivedAt"
          label="Received at"
          required
          autoComplete="off"
          helperText="Now, unless the contact came earlier"
        />
      </Grid>
      <Grid size={12}>
        <OnBehalfOfField control={control} />
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>
        <FormTextField control={control} name="personName" label="Name" autoComplete="off" />
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>
        <FormTextField control={control} name="personPhone" label="Phone" autoComplete="off" />
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>
        <FormTextField control={control} name="personEmail" label="E-mail" autoComplete="off" />
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>
        <FormTextField
          control={control}
          name="personReference"
          label="Customer's reference"
          autoComplete="off"
          helperText="Customer number or case number at the customer"
        />
      </Grid>
      {!reachable && (
        <Grid size={12}>
          <FormTextField
            control={control}
            name="noContactReason"
            label="No phone or e-mail because"
            helperText="e.g. anonymous caller, declined to give details"
          />
        </Grid>
      )}
      <Grid size={{ xs: 12, sm: 5 }}>
        <FormNativeSelect control={control} name="category" label="Category" options={categoryOptions} />
      </Grid>
      <Grid size={{ xs: 12, sm: 7 }}>
        <FormTextField
          control={control}
          name="summary"
          label="Summary"
          required
          autoComplete="off"
          helperText="One line: what the person wanted"
        />
      </Grid>
      {category === 'rights-request' && (
        <Grid size={12}>
          <Alert severity="warning" role="note">
            <strong>
              The legal clock started{' '}
              {received ? formatDateTime(received.toISOString()) : 'at the received time'}.
            </strong>{' '}
            The reply is due one month from that day. Give out no personal data on an unverified call: the
            data protection officer verifies the person’s identity first.
          </Alert>
        </Grid>
      )}
      {category === 'possible-breach' && (
        <Grid size={12}>
          <Alert severity="error" role="note">
            A possible data breach: note what happened and when, and tell the data protection officer at once.
            The 72-hour clock for notifying Datatilsynet may already be running.
          </Alert>
        </Grid>
      )}
      <Grid size={12}>
        <FormTextField
          control={control}
          name="notes"
          label="Notes"
          multiline
          minRows={2}
          maxRows={8}
          helperText="Ctrl+Enter saves from here"
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 4 }}>
        <FormNativeSelect control={control} name="status" label="Status" options={statusOptions} />
      </Grid>
      <Grid size={{ xs: 12, sm: 4 }}>
        <FormDateField control={control} name="followUpOn" label="Follow up on" />
      </Grid>
      <Grid size={{ xs: 12, sm: 4 }}>
        <FormNativeSelect
          control={control}
          name="assignedToId"
          label="Assigned to"
          options={colleagueOptions}
        />
      </Grid>
      {status === 'closed' && (
        <Grid size={12}>
          <FormTextField
            control={control}
            name="outcome"
            label="Outcome"
            required
            helperText="One line: how it ended"
          />
        </Grid>
      )}
      {extra && <Box sx={{ width: '100%' }}>{extra}</Box>}
    </Grid>
  );
}
