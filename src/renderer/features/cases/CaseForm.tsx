import {
  Autocomplete,
  Collapse,
  FormControlLabel,
  Grid,
  MenuItem,
  Switch,
  TextField,
  Typography,
} from '@mui/material';
import { useRef } from 'react';
import { useLabels, useT } from '../../i18n';
import { Controller, useWatch, type Control } from 'react-hook-form';
import {
  caseChannels,
  priorities,
  representativeRelations,
  requestTypes,
  type RequestType,
} from '../../../shared/cases/rules';
import { EnumSelect, FormDateField, FormTextField } from '../../components/form';
import type { FormPart } from '../../components/form/FormPart';
import { FormCheckboxGroup } from '../../components/form/FormCheckboxGroup';
import { FormRadioGroup } from '../../components/form/FormRadioGroup';
import { useOrganisationsQuery } from '../organisations/organisationsApi';
import { type CaseFormValues, noRepresentative } from './caseFormValues';
import { DuplicateWarning } from './DuplicateWarning';

import { useHandlers } from './useHandlers';

const legend = { typography: 'subtitle2', color: 'text.primary' } as const;

/** Each request type in words, with its article beside it. */
function useTypeLabels(): Record<RequestType, React.ReactNode> {
  const requestTypeLabels = useLabels('requestType');
  const requestTypeArticleLabels = useLabels('requestTypeArticle');
  return Object.fromEntries(
    requestTypes.map((type) => [
      type,
      <span key={type}>
        {requestTypeLabels[type]}{' '}
        <Typography component="span" variant="caption" color="text.secondary">
          {requestTypeArticleLabels[type]}
        </Typography>
      </span>,
    ]),
  ) as Record<RequestType, React.ReactNode>;
}

/** The case's customer, picked from the active customers. */
function CustomerField({ control }: { control: Control<CaseFormValues> }) {
  const t = useT('cases');
  const { data: customers } = useOrganisationsQuery({ kind: 'customer', includeInactive: false });
  const processor = useWatch({ control, name: 'capacity' }) === 'processor';
  return (
    <Controller
      control={control}
      name="customerId"
      render={({ field, fieldState }) => (
        <Autocomplete
          options={customers ?? []}
          value={(customers ?? []).find((candidate) => candidate.id === field.value) ?? null}
          onChange={(_event, option) => field.onChange(option?.id ?? null)}
          onBlur={field.onBlur}
          getOptionLabel={(option) => option.name}
          isOptionEqualToValue={(option, value) => option.id === value.id}
          renderInput={(params) => (
            <TextField
              {...params}
              inputRef={field.ref}
              label={processor ? t('customerController') : t('customerOptional')}
              required={processor}
              error={!!fieldState.error}
              helperText={
                fieldState.error?.message ?? (processor ? t('customerForwarded') : t('customerHelps'))
              }
            />
          )}
        />
      )}
    />
  );
}

/** "Made by a representative": on, the representative's fields; off, none (kept to bring back). */
function RepresentativeFields({ form: { control, field } }: { form: FormPart<CaseFormValues> }) {
  const t = useT('cases');
  const representativeRelationLabels = useLabels('representativeRelation');
  const last = useRef<CaseFormValues['representative']>(null);
  return (
    <Controller
      control={control}
      name="representative"
      render={({ field: representative }) => (
        <>
          <FormControlLabel
            control={
              <Switch
                checked={!!representative.value}
                onChange={(event) => {
                  if (!event.target.checked) last.current = representative.value;
                  representative.onChange(
                    event.target.checked ? (last.current ?? { ...noRepresentative }) : null,
                  );
                }}
              />
            }
            label={t('madeByRepresentative')}
          />
          <Collapse in={!!representative.value} unmountOnExit>
            <Grid container spacing={2} sx={{ pt: 1 }}>
              <Grid size={{ xs: 12, md: 5 }}>
                <FormTextField
                  {...field('representative.name')}
                  label={t('representativeName')}
                  required
                  helperText={t('representativeNameHelp')}
                />
              </Grid>
              <Grid size={{ xs: 12, md: 3 }}>
                <EnumSelect
                  {...field('representative.relation')}
                  label={t('actsAs')}
                  values={representativeRelations}
                  labels={representativeRelationLabels}
                />
              </Grid>
              <Grid size={{ xs: 12, md: 4 }}>
                <FormTextField {...field('representative.contact')} label={t('representativeContact')} />
              </Grid>
            </Grid>
          </Collapse>
        </>
      )}
    />
  );
}

/** Who handles a new case: a DPO or an administrator, or nobody yet. */
function HandlerField({ control }: { control: Control<CaseFormValues> }) {
  const t = useT('cases');
  const handlers = useHandlers();
  return (
    <Controller
      control={control}
      name="handlerId"
      render={({ field, fieldState }) => (
        <TextField
          select
          label={t('handler')}
          name={field.name}
          inputRef={field.ref}
          value={field.value == null ? '' : String(field.value)}
          onChange={(event) => field.onChange(event.target.value ? Number(event.target.value) : null)}
          onBlur={field.onBlur}
          error={!!fieldState.error}
          helperText={fieldState.error?.message}
        >
          <MenuItem value="">{t('nobodyYet')}</MenuItem>
          {handlers.map((user) => (
            <MenuItem key={user.id} value={String(user.id)}>
              {user.displayName}
            </MenuItem>
          ))}
        </TextField>
      )}
    />
  );
}

/** The fields of a case, for intake and for editing (`useChannelForm` over the case's contract). */
export function CaseForm({
  form,
  mode,
  today,
  caseId,
}: {
  form: FormPart<CaseFormValues>;
  mode: 'new' | 'edit';
  today?: string;
  caseId?: number;
}) {
  const { control, field } = form;
  const t = useT('cases');
  const caseChannelLabels = useLabels('caseChannel');
  const casePriorityLabels = useLabels('casePriority');
  const typeLabels = useTypeLabels();
  const capacityLabels = { controller: t('capacityOurs'), processor: t('capacityCustomers') };
  return (
    <Grid container spacing={2} sx={{ pt: 1 }}>
      <Grid size={12}>
        <Typography variant="subtitle2" component="h3">
          {t('thePersonConcerned')}
        </Typography>
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <FormTextField {...field('personName')} label={t('name')} required autoFocus={mode === 'new'} />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <FormTextField {...field('personReference')} label={t('reference')} />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <FormTextField
          {...field('personEmail')}
          label={t('email')}
          type="email"
          helperText={t('emailHelp')}
        />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <FormTextField {...field('personPhone')} label={t('phone')} />
      </Grid>
      <Grid size={12}>
        <FormTextField {...field('personAddress')} label={t('postalAddress')} />
        <DuplicateWarning control={control} excludeId={caseId} />
      </Grid>

      <Grid size={12}>
        <FormCheckboxGroup
          {...field('types')}
          label={t('whatAskedFor')}
          values={requestTypes}
          labels={typeLabels}
          layout="grid"
          legendSx={{ ...legend, mb: 0.5 }}
        />
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <EnumSelect
          {...field('channel')}
          label={t('arrivedBy')}
          values={caseChannels}
          labels={caseChannelLabels}
          helperText={t('arrivedByHelp')}
        />
      </Grid>
      {mode === 'new' && (
        <Grid size={{ xs: 12, md: 4 }}>
          <FormDateField
            {...field('receivedDate')}
            label={t('received')}
            required
            max={today}
            min="2018-07-20"
            helperText={t('receivedHelp')}
          />
        </Grid>
      )}
      <Grid size={{ xs: 12, md: 4 }}>
        <EnumSelect
          {...field('priority')}
          label={t('priority')}
          values={priorities}
          labels={casePriorityLabels}
        />
      </Grid>

      <Grid size={{ xs: 12, md: 6 }}>
        <FormRadioGroup
          {...field('capacity')}
          label={t('whoseData')}
          values={['controller', 'processor'] as const}
          labels={capacityLabels}
          legendSx={legend}
        />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <CustomerField control={control} />
      </Grid>

      <Grid size={12}>
        <RepresentativeFields form={form} />
      </Grid>

      {mode === 'new' && (
        <Grid size={{ xs: 12, md: 4 }}>
          <HandlerField control={control} />
        </Grid>
      )}
      <Grid size={{ xs: 12, md: mode === 'new' ? 8 : 12 }}>
        <FormTextField {...field('notes')} label={t('notes')} multiline minRows={2} />
      </Grid>
    </Grid>
  );
}
