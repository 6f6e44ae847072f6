import {
  Alert,
  Autocomplete,
  Checkbox,
  Collapse,
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  Grid,
  Link,
  MenuItem,
  Radio,
  RadioGroup,
  Switch,
  TextField,
  Typography,
} from '@mui/material';
import { useEffect, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import type { CaseDetail, CaseDetailInput, NewCaseInput } from '../../../shared/cases/contract';
import {
  type Capacity,
  caseChannelLabels,
  caseChannels,
  type CaseChannel,
  priorities,
  priorityLabels,
  type Priority,
  representativeRelationLabels,
  representativeRelations,
  type RepresentativeRelation,
  requestTypeInfo,
  requestTypes,
  type RequestType,
} from '../../../shared/cases/rules';
import type { ValidationIssue } from '../../../shared/errors';
import { formatDate } from '../../lib/format';
import { useOrganisationsQuery } from '../organisations/organisationsApi';
import { useColleaguesQuery } from '../users/usersApi';
import { CalendarDateField } from '../../components/CalendarDateField';
import { useCaseDuplicatesQuery } from './casesApi';

export interface CaseFormValues {
  personName: string;
  personEmail: string;
  personPhone: string;
  personAddress: string;
  personReference: string;
  types: RequestType[];
  channel: CaseChannel;
  capacity: Capacity;
  customerId: number | null;
  hasRepresentative: boolean;
  repName: string;
  repRelation: RepresentativeRelation;
  repContact: string;
  priority: Priority;
  notes: string;
  receivedDate: string | null;
  handlerId: number | null;
}

export type CaseFormErrors = Partial<Record<keyof CaseFormValues, string>>;

export function emptyCaseForm(today: string | null): CaseFormValues {
  return {
    personName: '',
    personEmail: '',
    personPhone: '',
    personAddress: '',
    personReference: '',
    types: [],
    channel: 'email',
    capacity: 'controller',
    customerId: null,
    hasRepresentative: false,
    repName: '',
    repRelation: 'lawyer',
    repContact: '',
    priority: 'normal',
    notes: '',
    receivedDate: today,
    handlerId: null,
  };
}

export function caseFormFrom(detail: CaseDetail): CaseFormValues {
  return {
    personName: detail.person.name,
    personEmail: detail.person.email ?? '',
    personPhone: detail.person.phone ?? '',
    personAddress: detail.person.address ?? '',
    personReference: detail.person.reference ?? '',
    types: detail.types,
    channel: detail.channel,
    capacity: detail.capacity,
    customerId: detail.customer?.id ?? null,
    hasRepresentative: !!detail.representative,
    repName: detail.representative?.name ?? '',
    repRelation: detail.representative?.relation ?? 'lawyer',
    repContact: detail.representative?.contact ?? '',
    priority: detail.priority,
    notes: detail.notes ?? '',
    receivedDate: detail.clock.receivedDate,
    handlerId: detail.handler?.id ?? null,
  };
}

export function detailInput(values: CaseFormValues): CaseDetailInput {
  return {
    personName: values.personName,
    personEmail: values.personEmail,
    personPhone: values.personPhone,
    personAddress: values.personAddress,
    personReference: values.personReference,
    types: values.types,
    channel: values.channel,
    capacity: values.capacity,
    customerId: values.customerId,
    representative: values.hasRepresentative
      ? { name: values.repName, relation: values.repRelation, contact: values.repContact }
      : null,
    priority: values.priority,
    notes: values.notes,
  };
}

export function newCaseInput(values: CaseFormValues): NewCaseInput {
  return { ...detailInput(values), receivedDate: values.receivedDate ?? '', handlerId: values.handlerId };
}

const issueFields: Record<string, keyof CaseFormValues> = {
  'representative.name': 'repName',
  'representative.relation': 'repRelation',
  'representative.contact': 'repContact',
};

/** Puts the core's issues on the fields; returns what belongs above the form. */
export function formErrors(issues: readonly ValidationIssue[] | undefined): {
  fields: CaseFormErrors;
  rest: string[];
} {
  const fields: CaseFormErrors = {};
  const rest: string[] = [];
  for (const issue of issues ?? []) {
    const field = (issueFields[issue.path] ?? issue.path.split('.')[0]) as keyof CaseFormValues;
    if (field in emptyCaseForm(null)) fields[field] ??= issue.message;
    else rest.push(issue.message);
  }
  return { fields, rest };
}

/** The warning shown while typing: open cases that may concern the same person. */
function DuplicateWarning({ values, excludeId }: { values: CaseFormValues; excludeId?: number }) {
  const [probe, setProbe] = useState({
    personName: '',
    personEmail: '',
    personPhone: '',
    customerId: null as number | null,
  });
  useEffect(() => {
    const timer = setTimeout(
      () =>
        setProbe({
          personName: values.personName.trim(),
          personEmail: values.personEmail.trim(),
          personPhone: values.personPhone.trim(),
          customerId: values.customerId,
        }),
      400,
    );
    return () => clearTimeout(timer);
  }, [values.personName, values.personEmail, values.personPhone, values.customerId]);
  const ready = probe.personEmail.length > 3 || probe.personPhone.length > 4 || probe.personName.length > 3;
  const { data } = useCaseDuplicatesQuery(
    {
      personName: probe.personName || undefined,
      personEmail: probe.personEmail || undefined,
      personPhone: probe.personPhone || undefined,
      customerId: probe.customerId,
      excludeId,
    },
    { skip: !ready },
  );
  if (!ready || !data || data.length === 0) return null;
  return (
    <Alert severity="warning" sx={{ mt: 1 }} role="status">
      <strong>An open case may already exist for this person.</strong>{' '}
      {data.map((dup, index) => (
        <span key={dup.id}>
          {index > 0 && '; '}
          <Link component={RouterLink} to={`/cases/${dup.id}`} target="_blank">
            {dup.number}
          </Link>{' '}
          ({dup.personName}, received {formatDate(dup.receivedDate)}, same {dup.matchedOn.join(' and ')})
        </span>
      ))}
      . You can still open a new case; its identity is verified on its own.
    </Alert>
  );
}

/** The fields of a case, for intake and for editing. */
export function CaseForm({
  values,
  onChange,
  errors,
  mode,
  today,
  caseId,
}: {
  values: CaseFormValues;
  onChange: (values: CaseFormValues) => void;
  errors: CaseFormErrors;
  mode: 'new' | 'edit';
  today?: string;
  caseId?: number;
}) {
  const { data: customers } = useOrganisationsQuery({ kind: 'customer', includeInactive: false });
  const { data: colleagues } = useColleaguesQuery({});
  const handlers = (colleagues ?? []).filter(
    (user) => user.roles.includes('dpo') || user.roles.includes('admin'),
  );
  const set = <K extends keyof CaseFormValues>(key: K, value: CaseFormValues[K]) =>
    onChange({ ...values, [key]: value });
  const customer = (customers ?? []).find((candidate) => candidate.id === values.customerId) ?? null;

  const toggleType = (type: RequestType) =>
    set(
      'types',
      values.types.includes(type) ? values.types.filter((t) => t !== type) : [...values.types, type],
    );

  return (
    <Grid container spacing={2} sx={{ pt: 1 }}>
      <Grid size={12}>
        <Typography variant="subtitle2" component="h3">
          The person the request concerns
        </Typography>
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <TextField
          label="Name"
          required
          autoFocus={mode === 'new'}
          value={values.personName}
          onChange={(event) => set('personName', event.target.value)}
          error={!!errors.personName}
          helperText={errors.personName}
        />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <TextField
          label="Customer number or reference"
          value={values.personReference}
          onChange={(event) => set('personReference', event.target.value)}
          error={!!errors.personReference}
          helperText={errors.personReference}
        />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <TextField
          label="E-mail"
          type="email"
          value={values.personEmail}
          onChange={(event) => set('personEmail', event.target.value)}
          error={!!errors.personEmail}
          helperText={errors.personEmail ?? 'The address on file is where a reply goes'}
        />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <TextField
          label="Phone"
          value={values.personPhone}
          onChange={(event) => set('personPhone', event.target.value)}
          error={!!errors.personPhone}
          helperText={errors.personPhone}
        />
      </Grid>
      <Grid size={12}>
        <TextField
          label="Postal address"
          value={values.personAddress}
          onChange={(event) => set('personAddress', event.target.value)}
          error={!!errors.personAddress}
          helperText={errors.personAddress}
        />
        <DuplicateWarning values={values} excludeId={caseId} />
      </Grid>

      <Grid size={12}>
        <FormControl error={!!errors.types} component="fieldset" fullWidth>
          <FormLabel component="legend" sx={{ typography: 'subtitle2', color: 'text.primary', mb: 0.5 }}>
            What the person asks for
          </FormLabel>
          <Grid container columnSpacing={1}>
            {requestTypes.map((type) => (
              <Grid key={type} size={{ xs: 12, sm: 6, md: 4 }}>
                <FormControlLabel
                  control={
                    <Checkbox checked={values.types.includes(type)} onChange={() => toggleType(type)} />
                  }
                  label={
                    <span>
                      {requestTypeInfo[type].label}{' '}
                      <Typography component="span" variant="caption" color="text.secondary">
                        {requestTypeInfo[type].article}
                      </Typography>
                    </span>
                  }
                />
              </Grid>
            ))}
          </Grid>
          {errors.types && <FormHelperText>{errors.types}</FormHelperText>}
        </FormControl>
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <TextField
          select
          label="Arrived by"
          value={values.channel}
          onChange={(event) => set('channel', event.target.value as CaseChannel)}
          error={!!errors.channel}
          helperText={errors.channel ?? 'Chooses the identity checklist'}
        >
          {caseChannels.map((channel) => (
            <MenuItem key={channel} value={channel}>
              {caseChannelLabels[channel]}
            </MenuItem>
          ))}
        </TextField>
      </Grid>
      {mode === 'new' && (
        <Grid size={{ xs: 12, md: 4 }}>
          <CalendarDateField
            label="Received"
            required
            value={values.receivedDate}
            onChange={(value) => set('receivedDate', value)}
            max={today}
            min="2018-07-20"
            error={!!errors.receivedDate}
            helperText={
              errors.receivedDate ?? 'The day it reached any channel of ours: the clock starts here'
            }
          />
        </Grid>
      )}
      <Grid size={{ xs: 12, md: 4 }}>
        <TextField
          select
          label="Priority"
          value={values.priority}
          onChange={(event) => set('priority', event.target.value as Priority)}
        >
          {priorities.map((priority) => (
            <MenuItem key={priority} value={priority}>
              {priorityLabels[priority]}
            </MenuItem>
          ))}
        </TextField>
      </Grid>

      <Grid size={{ xs: 12, md: 6 }}>
        <FormControl component="fieldset">
          <FormLabel component="legend" sx={{ typography: 'subtitle2', color: 'text.primary' }}>
            Whose data it is
          </FormLabel>
          <RadioGroup
            value={values.capacity}
            onChange={(event) => set('capacity', event.target.value as Capacity)}
          >
            <FormControlLabel
              value="controller"
              control={<Radio size="small" />}
              label="Ours: we are the controller"
            />
            <FormControlLabel
              value="processor"
              control={<Radio size="small" />}
              label="A customer’s: we are its processor"
            />
          </RadioGroup>
        </FormControl>
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <Autocomplete
          options={customers ?? []}
          value={customer}
          onChange={(_event, option) => set('customerId', option?.id ?? null)}
          getOptionLabel={(option) => option.name}
          isOptionEqualToValue={(option, value) => option.id === value.id}
          renderInput={(params) => (
            <TextField
              {...params}
              label={
                values.capacity === 'processor'
                  ? 'Customer (the controller)'
                  : 'Customer (if the person is one of theirs)'
              }
              required={values.capacity === 'processor'}
              error={!!errors.customerId}
              helperText={
                errors.customerId ??
                (values.capacity === 'processor'
                  ? 'The request is forwarded to this customer, who answers it'
                  : 'Optional; helps find duplicates')
              }
            />
          )}
        />
      </Grid>

      <Grid size={12}>
        <FormControlLabel
          control={
            <Switch
              checked={values.hasRepresentative}
              onChange={(event) => set('hasRepresentative', event.target.checked)}
            />
          }
          label="Made by a representative (lawyer, guardian, parent, relative)"
        />
        <Collapse in={values.hasRepresentative} unmountOnExit>
          <Grid container spacing={2} sx={{ pt: 1 }}>
            <Grid size={{ xs: 12, md: 5 }}>
              <TextField
                label="Representative’s name"
                required
                value={values.repName}
                onChange={(event) => set('repName', event.target.value)}
                error={!!errors.repName}
                helperText={errors.repName ?? 'Their authority is checked under Verification'}
              />
            </Grid>
            <Grid size={{ xs: 12, md: 3 }}>
              <TextField
                select
                label="Acts as"
                value={values.repRelation}
                onChange={(event) => set('repRelation', event.target.value as RepresentativeRelation)}
              >
                {representativeRelations.map((relation) => (
                  <MenuItem key={relation} value={relation}>
                    {representativeRelationLabels[relation]}
                  </MenuItem>
                ))}
              </TextField>
            </Grid>
            <Grid size={{ xs: 12, md: 4 }}>
              <TextField
                label="Representative’s contact"
                value={values.repContact}
                onChange={(event) => set('repContact', event.target.value)}
                error={!!errors.repContact}
                helperText={errors.repContact}
              />
            </Grid>
          </Grid>
        </Collapse>
      </Grid>

      {mode === 'new' && (
        <Grid size={{ xs: 12, md: 4 }}>
          <TextField
            select
            label="Handler"
            value={values.handlerId === null ? '' : String(values.handlerId)}
            onChange={(event) => set('handlerId', event.target.value ? Number(event.target.value) : null)}
            error={!!errors.handlerId}
            helperText={errors.handlerId}
          >
            <MenuItem value="">Nobody yet</MenuItem>
            {handlers.map((user) => (
              <MenuItem key={user.id} value={String(user.id)}>
                {user.displayName}
              </MenuItem>
            ))}
          </TextField>
        </Grid>
      )}
      <Grid size={{ xs: 12, md: mode === 'new' ? 8 : 12 }}>
        <TextField
          label="Notes"
          multiline
          minRows={2}
          value={values.notes}
          onChange={(event) => set('notes', event.target.value)}
          error={!!errors.notes}
          helperText={errors.notes}
        />
      </Grid>
    </Grid>
  );
}
