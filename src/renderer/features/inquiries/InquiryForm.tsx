import { Alert, Autocomplete, Box, Grid, TextField } from '@mui/material';
import type { ReactNode } from 'react';
import { type Control, Controller, useWatch } from 'react-hook-form';
import {
  directions,
  inquiryCategories,
  inquiryChannels,
  inquiryStatuses,
} from '../../../shared/inquiries/rules';
import { fieldBinder, FormDateField, FormTextField } from '../../components/form';
import { FormNativeSelect } from '../../components/form/FormNativeSelect';
import { useLabels, useT } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { useOrganisationsQuery } from '../organisations/organisationsApi';
import { useColleaguesQuery } from '../users/usersApi';
import { type InquiryFormValues, parseReceived } from './inquiryFormSchema';

function optionsOf<V extends string>(values: readonly V[], labels: Readonly<Record<V, string>>) {
  return values.map((value) => ({ value, label: labels[value] }));
}

/** The company the person is a customer of: active customers (and the one chosen), or our own company. */
function OnBehalfOfField({ control }: { control: Control<InquiryFormValues> }) {
  const t = useT('inquiries');
  const { data: organisations } = useOrganisationsQuery({});
  const ownCompany = { id: 0, name: t('ownCompanyController') };
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
                label={t('onBehalfOf')}
                error={Boolean(fieldState.error)}
                helperText={fieldState.error?.message ?? t('onBehalfOfHelp')}
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
  const t = useT('inquiries');
  const field = fieldBinder(control);
  const channelOptions = optionsOf(inquiryChannels, useLabels('inquiryChannel'));
  const directionOptions = optionsOf(directions, useLabels('direction'));
  const categoryOptions = optionsOf(inquiryCategories, useLabels('inquiryCategory'));
  const statusOptions = optionsOf(inquiryStatuses, useLabels('inquiryStatus'));
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
          {...field('channel')}
          label={t('channel')}
          autoFocus={autoFocus}
          options={channelOptions}
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 3 }}>
        <FormNativeSelect {...field('direction')} label={t('direction')} options={directionOptions} />
      </Grid>
      <Grid size={{ xs: 12, sm: 5 }}>
        <FormTextField
          {...field('receivedAt')}
          label={t('receivedAt')}
          required
          autoComplete="off"
          helperText={t('receivedHelp')}
        />
      </Grid>
      <Grid size={12}>
        <OnBehalfOfField control={control} />
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>
        <FormTextField {...field('personName')} label={t('name')} autoComplete="off" />
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>
        <FormTextField {...field('personPhone')} label={t('phone')} autoComplete="off" />
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>
        <FormTextField {...field('personEmail')} label={t('email')} autoComplete="off" />
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>
        <FormTextField
          {...field('personReference')}
          label={t('reference')}
          autoComplete="off"
          helperText={t('referenceHelp')}
        />
      </Grid>
      {!reachable && (
        <Grid size={12}>
          <FormTextField
            {...field('noContactReason')}
            label={t('noContactReason')}
            helperText={t('noContactReasonHelp')}
          />
        </Grid>
      )}
      <Grid size={{ xs: 12, sm: 5 }}>
        <FormNativeSelect {...field('category')} label={t('category')} options={categoryOptions} />
      </Grid>
      <Grid size={{ xs: 12, sm: 7 }}>
        <FormTextField
          {...field('summary')}
          label={t('summary')}
          required
          autoComplete="off"
          helperText={t('summaryHelp')}
        />
      </Grid>
      {category === 'rights-request' && (
        <Grid size={12}>
          <Alert severity="warning" role="note">
            <strong>
              {received
                ? t('clockStarted', { time: formatDateTime(received.toISOString()) })
                : t('clockStartedUnknown')}
            </strong>{' '}
            {t('rightsRequestNote')}
          </Alert>
        </Grid>
      )}
      {category === 'possible-breach' && (
        <Grid size={12}>
          <Alert severity="error" role="note">
            {t('breachNote')}
          </Alert>
        </Grid>
      )}
      <Grid size={12}>
        <FormTextField
          {...field('notes')}
          label={t('notes')}
          multiline
          minRows={2}
          maxRows={8}
          helperText={t('notesHelp')}
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 4 }}>
        <FormNativeSelect {...field('status')} label={t('status')} options={statusOptions} />
      </Grid>
      <Grid size={{ xs: 12, sm: 4 }}>
        <FormDateField {...field('followUpOn')} label={t('followUpOn')} />
      </Grid>
      <Grid size={{ xs: 12, sm: 4 }}>
        <FormNativeSelect {...field('assignedToId')} label={t('assignedTo')} options={colleagueOptions} />
      </Grid>
      {status === 'closed' && (
        <Grid size={12}>
          <FormTextField {...field('outcome')} label={t('outcome')} required helperText={t('outcomeHelp')} />
        </Grid>
      )}
      {extra && <Box sx={{ width: '100%' }}>{extra}</Box>}
    </Grid>
  );
}
