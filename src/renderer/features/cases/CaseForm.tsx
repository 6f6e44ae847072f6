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
import { Controller, useWatch, type Control } from 'react-hook-form';
import {
  caseChannelLabels,
  caseChannels,
  priorities,
  priorityLabels,
  representativeRelationLabels,
  representativeRelations,
  requestTypeInfo,
  requestTypes,
  type RequestType,
} from '../../../shared/cases/rules';
import { EnumSelect, FormDateField, FormTextField } from '../../components/form';
import { FieldError } from '../../components/form/FieldError';
import { FormCheckboxGroup } from '../../components/form/FormCheckboxGroup';
import { FormRadioGroup } from '../../components/form/FormRadioGroup';
import { useOrganisationsQuery } from '../organisations/organisationsApi';
import { type CaseFormValues, noRepresentative } from './caseFormValues';
import { DuplicateWarning } from './DuplicateWarning';
import { useHandlers } from './useHandlers';

const legend = { typography: 'subtitle2', color: 'text.primary' } as const;

const typeLabels = Object.fromEntries(
  requestTypes.map((type) => [
    type,
    <span key={type}>
      {requestTypeInfo[type].label}{' '}
      <Typography component="span" variant="caption" color="text.secondary">
        {requestTypeInfo[type].article}
      </Typography>
    </span>,
  ]),
) as Record<RequestType, React.ReactNode>;

const capacityLabels = {
  controller: 'Ours: we are the controller',
  processor: 'A customer’s: we are its processor',
} as const;

/** The case's customer, picked from the active customers. */
function CustomerField({ control }: { control: Control<CaseFormValues> }) {
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
              label={processor ? 'Customer (the controller)' : 'Customer (if the person is one of theirs)'}
              required={processor}
              error={!!fieldState.error}
              helperText={
                fieldState.error?.message ??
                (processor
                  ? 'The request is forwarded to this customer, who answers it'
                  : 'Optional; helps find duplicates')
              }
            />
          )}
        />
      )}
    />
  );
}

/** "Made by a representative": on, the representative's fields; off, none (kept to bring back). */
function RepresentativeFields({ control }: { control: Control<CaseFormValues> }) {
  const last = useRef<CaseFormValues['representative']>(null);
  return (
    <Controller
      control={control}
      name="representative"
      render={({ field }) => (
        <>
          <FormControlLabel
            control={
              <Switch
                checked={!!field.value}
                onChange={(event) => {
                  if (!event.target.checked) last.current = field.value;
                  field.onChange(event.target.checked ? (last.current ?? { ...noRepresentative }) : null);
                }}
              />
            }
            label="Made by a representative (lawyer, guardian, parent, relative)"
          />
          <Collapse in={!!field.value} unmountOnExit>
            <Grid container spacing={2} sx={{ pt: 1 }}>
              <Grid size={{ xs: 12, md: 5 }}>
                <FormTextField
                  control={control}
                  name="representative.name"
                  label="Representative’s name"
                  required
                  helperText="Their authority is checked under Verification"
                />
              </Grid>
              <Grid size={{ xs: 12, md: 3 }}>
                <EnumSelect
                  control={control}
                  name="representative.relation"
                  label="Acts as"
                  values={representativeRelations}
                  labels={representativeRelationLabels}
                />
              </Grid>
              <Grid size={{ xs: 12, md: 4 }}>
                <FormTextField
                  control={control}
                  name="representative.contact"
                  label="Representative’s contact"
                />
              </Grid>
            </Grid>
            <FieldError control={control} name="representative" />
          </Collapse>
        </>
      )}
    />
  );
}

/** Who handles a new case: a DPO or an administrator, or nobody yet. */
function HandlerField({ control }: { control: Control<CaseFormValues> }) {
  const handlers = useHandlers();
  return (
    <Controller
      control={control}
      name="handlerId"
      render={({ field, fieldState }) => (
        <TextField
          select
          label="Handler"
          name={field.name}
          inputRef={field.ref}
          value={field.value == null ? '' : String(field.value)}
          onChange={(event) => field.onChange(event.target.value ? Number(event.target.value) : null)}
          onBlur={field.onBlur}
          error={!!fieldState.error}
          helperText={fieldState.error?.message}
        >
          <MenuItem value="">Nobody yet</MenuItem>
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
  control,
  mode,
  today,
  caseId,
}: {
  control: Control<CaseFormValues>;
  mode: 'new' | 'edit';
  today?: string;
  caseId?: number;
}) {
  return (
    <Grid container spacing={2} sx={{ pt: 1 }}>
      <Grid size={12}>
        <Typography variant="subtitle2" component="h3">
          The person the request concerns
        </Typography>
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <FormTextField control={control} name="personName" label="Name" required autoFocus={mode === 'new'} />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <FormTextField control={control} name="personReference" label="Customer number or reference" />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <FormTextField
          control={control}
          name="personEmail"
          label="E-mail"
          type="email"
          helperText="The address on file is where a reply goes"
        />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <FormTextField control={control} name="personPhone" label="Phone" />
      </Grid>
      <Grid size={12}>
        <FormTextField control={control} name="personAddress" label="Postal address" />
        <DuplicateWarning control={control} excludeId={caseId} />
      </Grid>

      <Grid size={12}>
        <FormCheckboxGroup
          control={control}
          name="types"
          label="What the person asks for"
          values={requestTypes}
          labels={typeLabels}
          layout="grid"
          legendSx={{ ...legend, mb: 0.5 }}
        />
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <EnumSelect
          control={control}
          name="channel"
          label="Arrived by"
          values={caseChannels}
          labels={caseChannelLabels}
          helperText="Chooses the identity checklist"
        />
      </Grid>
      {mode === 'new' && (
        <Grid size={{ xs: 12, md: 4 }}>
          <FormDateField
            control={control}
            name="receivedDate"
            label="Received"
            required
            max={today}
            min="2018-07-20"
            helperText="The day it reached any channel of ours: the clock starts here"
          />
        </Grid>
      )}
      <Grid size={{ xs: 12, md: 4 }}>
        <EnumSelect
          control={control}
          name="priority"
          label="Priority"
          values={priorities}
          labels={priorityLabels}
        />
      </Grid>

      <Grid size={{ xs: 12, md: 6 }}>
        <FormRadioGroup
          control={control}
          name="capacity"
          label="Whose data it is"
          values={['controller', 'processor'] as const}
          labels={capacityLabels}
          legendSx={legend}
        />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <CustomerField control={control} />
      </Grid>

      <Grid size={12}>
        <RepresentativeFields control={control} />
      </Grid>

      {mode === 'new' && (
        <Grid size={{ xs: 12, md: 4 }}>
          <HandlerField control={control} />
        </Grid>
      )}
      <Grid size={{ xs: 12, md: mode === 'new' ? 8 : 12 }}>
        <FormTextField control={control} name="notes" label="Notes" multiline minRows={2} />
      </Grid>
    </Grid>
  );
}
