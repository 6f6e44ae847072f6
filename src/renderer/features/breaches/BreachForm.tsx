import {
  Autocomplete,
  Checkbox,
  Chip,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormHelperText,
  FormLabel,
  Grid,
  Radio,
  RadioGroup,
  TextField,
  Typography,
} from '@mui/material';
import type { BreachDetail, BreachDetailInput } from '../../../shared/breaches/contract';
import {
  type BreachCapacity,
  breachCapacityLabels,
  type DataType,
  dataTypes,
  subjectCategories,
  subjectCategoryLabels,
  type SubjectCategory,
} from '../../../shared/breaches/rules';
import { toOsloInput } from '../../../shared/breaches/time';
import type { ValidationIssue } from '../../../shared/errors';
import { useOrganisationsQuery } from '../organisations/organisationsApi';
import { OsloDateTimeField, timeFieldError, timeFieldValue, wholeNumber } from './breachUi';

export interface BreachFormValues {
  title: string;
  description: string;
  occurredFrom: string;
  occurredTo: string;
  awareAt: string;
  discovery: string;
  capacity: BreachCapacity;
  customerIds: number[];
  subjectCategories: SubjectCategory[];
  subjectsApprox: string;
  dataTypes: DataType[];
  recordsApprox: string;
  consequences: string;
  measuresTaken: string;
  measuresPlanned: string;
  contactPoint: string;
}

export type BreachFormErrors = Partial<Record<keyof BreachFormValues, string>>;

export function emptyBreachForm(nowIso: string, contactPoint: string): BreachFormValues {
  return {
    title: '',
    description: '',
    occurredFrom: '',
    occurredTo: '',
    awareAt: toOsloInput(nowIso),
    discovery: '',
    capacity: 'controller',
    customerIds: [],
    subjectCategories: [],
    subjectsApprox: '',
    dataTypes: [],
    recordsApprox: '',
    consequences: '',
    measuresTaken: '',
    measuresPlanned: '',
    contactPoint,
  };
}

export function breachFormFrom(detail: BreachDetail): BreachFormValues {
  return {
    title: detail.title,
    description: detail.description,
    occurredFrom: toOsloInput(detail.occurredFrom),
    occurredTo: toOsloInput(detail.occurredTo),
    awareAt: toOsloInput(detail.awareAt),
    discovery: detail.discovery ?? '',
    capacity: detail.capacity,
    customerIds: detail.customers.map((customer) => customer.organisationId),
    subjectCategories: detail.subjectCategories,
    subjectsApprox: detail.subjectsApprox === null ? '' : String(detail.subjectsApprox),
    dataTypes: detail.dataTypes,
    recordsApprox: detail.recordsApprox === null ? '' : String(detail.recordsApprox),
    consequences: detail.consequences ?? '',
    measuresTaken: detail.measuresTaken ?? '',
    measuresPlanned: detail.measuresPlanned ?? '',
    contactPoint: detail.contactPoint ?? '',
  };
}

/** The form's own checks (times and numbers as typed); the core checks everything again. */
export function localErrors(values: BreachFormValues, withAwareness: boolean): BreachFormErrors {
  const errors: BreachFormErrors = {};
  const from = timeFieldError(values.occurredFrom, false);
  const to = timeFieldError(values.occurredTo, false);
  const aware = withAwareness ? timeFieldError(values.awareAt, true) : null;
  if (from) errors.occurredFrom = from;
  if (to) errors.occurredTo = to;
  if (aware) errors.awareAt = aware;
  if (wholeNumber(values.subjectsApprox) === undefined) errors.subjectsApprox = 'A whole number, or empty';
  if (wholeNumber(values.recordsApprox) === undefined) errors.recordsApprox = 'A whole number, or empty';
  return errors;
}

export function detailInput(values: BreachFormValues): BreachDetailInput {
  return {
    title: values.title,
    description: values.description,
    occurredFrom: timeFieldValue(values.occurredFrom),
    occurredTo: timeFieldValue(values.occurredTo),
    discovery: values.discovery,
    capacity: values.capacity,
    customerIds: values.capacity === 'controller' ? [] : values.customerIds,
    subjectCategories: values.subjectCategories,
    subjectsApprox: wholeNumber(values.subjectsApprox) ?? null,
    dataTypes: values.dataTypes,
    recordsApprox: wholeNumber(values.recordsApprox) ?? null,
    consequences: values.consequences,
    measuresTaken: values.measuresTaken,
    measuresPlanned: values.measuresPlanned,
    contactPoint: values.contactPoint,
  };
}

const fieldNames = new Set<string>([
  'title',
  'description',
  'occurredFrom',
  'occurredTo',
  'awareAt',
  'discovery',
  'capacity',
  'customerIds',
  'subjectCategories',
  'subjectsApprox',
  'dataTypes',
  'recordsApprox',
  'consequences',
  'measuresTaken',
  'measuresPlanned',
  'contactPoint',
]);

/** Puts the core's issues on the fields (paths may be "changes.title"); returns the rest. */
export function formErrors(issues: readonly ValidationIssue[] | undefined): {
  fields: BreachFormErrors;
  rest: string[];
} {
  const fields: BreachFormErrors = {};
  const rest: string[] = [];
  for (const issue of issues ?? []) {
    const key = issue.path.replace(/^changes\./, '').split('.')[0];
    if (fieldNames.has(key)) {
      const message = issue.message.includes('ISO 8601') ? 'Use the form dd.mm.yyyy hh:mm' : issue.message;
      fields[key as keyof BreachFormValues] ??= message;
    } else rest.push(issue.message);
  }
  return { fields, rest };
}

const checkboxGrid = {
  display: 'grid',
  gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, minmax(0, 1fr))' },
  columnGap: 1,
} as const;

function toggle<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? [...list, value] : list.filter((item) => item !== value);
}

/** The record of a breach (Art. 33(5)) in the order the facts come in: what, when, whom, what next. */
export function BreachForm({
  values,
  errors,
  onChange,
  withAwareness,
}: {
  values: BreachFormValues;
  errors: BreachFormErrors;
  onChange: (patch: Partial<BreachFormValues>) => void;
  withAwareness: boolean;
}) {
  const { data: organisations } = useOrganisationsQuery({});
  const customers = (organisations ?? [])
    .filter(
      (organisation) =>
        organisation.isCustomer && (organisation.active || values.customerIds.includes(organisation.id)),
    )
    .map((organisation) => ({ id: organisation.id, name: organisation.name }));
  const chosen = customers.filter((option) => values.customerIds.includes(option.id));
  const text = (
    key: keyof BreachFormValues,
    label: string,
    extra: { multiline?: boolean; required?: boolean; help?: string } = {},
  ) => (
    <TextField
      label={label}
      value={values[key] as string}
      required={extra.required}
      multiline={extra.multiline}
      minRows={extra.multiline ? 2 : undefined}
      onChange={(event) => onChange({ [key]: event.target.value })}
      error={Boolean(errors[key])}
      helperText={errors[key] ?? extra.help}
    />
  );
  return (
    <Grid container spacing={2} sx={{ pt: 1 }}>
      <Grid size={12}>
        {text('title', 'Title', {
          required: true,
          help: 'One line, e.g. “Customer list e-mailed to the wrong address”',
        })}
      </Grid>
      <Grid size={12}>{text('description', 'What happened', { required: true, multiline: true })}</Grid>
      {withAwareness && (
        <Grid size={{ xs: 12, md: 4 }}>
          <OsloDateTimeField
            label="We became aware"
            required
            value={values.awareAt}
            onChange={(awareAt) => onChange({ awareAt })}
            error={errors.awareAt}
            helperText="The 72 hours run from here: when anyone here learnt of it"
          />
        </Grid>
      )}
      <Grid size={{ xs: 12, md: withAwareness ? 4 : 6 }}>
        <OsloDateTimeField
          label="It happened (or began)"
          value={values.occurredFrom}
          onChange={(occurredFrom) => onChange({ occurredFrom })}
          error={errors.occurredFrom}
          helperText="Leave empty while unknown"
        />
      </Grid>
      <Grid size={{ xs: 12, md: withAwareness ? 4 : 6 }}>
        <OsloDateTimeField
          label="It lasted until"
          value={values.occurredTo}
          onChange={(occurredTo) => onChange({ occurredTo })}
          error={errors.occurredTo}
          helperText="For a period; empty for a single moment"
        />
      </Grid>
      <Grid size={12}>{text('discovery', 'How it was discovered')}</Grid>
      <Grid size={{ xs: 12, md: 5 }}>
        <FormControl>
          <FormLabel id="capacity-label">Whose data</FormLabel>
          <RadioGroup
            aria-labelledby="capacity-label"
            value={values.capacity}
            onChange={(event) => onChange({ capacity: event.target.value as BreachCapacity })}
          >
            <FormControlLabel
              value="controller"
              control={<Radio size="small" />}
              label={breachCapacityLabels.controller}
            />
            <FormControlLabel
              value="processor"
              control={<Radio size="small" />}
              label={breachCapacityLabels.processor}
            />
            <FormControlLabel
              value="both"
              control={<Radio size="small" />}
              label={breachCapacityLabels.both}
            />
          </RadioGroup>
        </FormControl>
      </Grid>
      <Grid size={{ xs: 12, md: 7 }}>
        {values.capacity !== 'controller' ? (
          <Autocomplete
            multiple
            options={customers}
            value={chosen}
            getOptionLabel={(option) => option.name}
            isOptionEqualToValue={(option, value) => option.id === value.id}
            onChange={(_event, selected) => onChange({ customerIds: selected.map((option) => option.id) })}
            renderInput={(params) => (
              <TextField
                {...params}
                label="Customers affected"
                error={Boolean(errors.customerIds)}
                helperText={errors.customerIds ?? 'Each gets its own clock, from its processor agreement'}
              />
            )}
          />
        ) : (
          <Typography variant="body2" color="text.secondary" sx={{ pt: 1 }}>
            As controller, we notify Datatilsynet within 72 hours unless the breach is unlikely to result in a
            risk to people, and tell the people affected when the risk is high.
          </Typography>
        )}
      </Grid>
      <Grid size={{ xs: 12, md: 8 }}>
        <FormControl component="fieldset">
          <FormLabel component="legend">Categories of people</FormLabel>
          <FormGroup sx={checkboxGrid}>
            {subjectCategories.map((category) => (
              <FormControlLabel
                key={category}
                control={
                  <Checkbox
                    size="small"
                    checked={values.subjectCategories.includes(category)}
                    onChange={(event) =>
                      onChange({
                        subjectCategories: toggle(values.subjectCategories, category, event.target.checked),
                      })
                    }
                  />
                }
                label={subjectCategoryLabels[category]}
              />
            ))}
          </FormGroup>
        </FormControl>
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>{text('subjectsApprox', 'People affected (approx.)')}</Grid>
      <Grid size={{ xs: 12, md: 8 }}>
        <FormControl component="fieldset" error={Boolean(errors.dataTypes)}>
          <FormLabel component="legend">Types of personal data</FormLabel>
          <FormGroup sx={checkboxGrid}>
            {dataTypes.map((type) => (
              <FormControlLabel
                key={type.key}
                control={
                  <Checkbox
                    size="small"
                    checked={values.dataTypes.includes(type.key)}
                    onChange={(event) =>
                      onChange({ dataTypes: toggle(values.dataTypes, type.key, event.target.checked) })
                    }
                  />
                }
                label={type.label}
              />
            ))}
          </FormGroup>
          {values.dataTypes.some((key) => dataTypes.find((type) => type.key === key)?.special) && (
            <FormHelperText component="div">
              <Chip size="small" color="error" label="Special categories" sx={{ mr: 1 }} />
              Data of Art. 9 or 10 usually makes the risk high.
            </FormHelperText>
          )}
        </FormControl>
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>{text('recordsApprox', 'Records affected (approx.)')}</Grid>
      <Grid size={12}>{text('consequences', 'Likely consequences', { multiline: true })}</Grid>
      <Grid size={{ xs: 12, md: 6 }}>{text('measuresTaken', 'Measures taken', { multiline: true })}</Grid>
      <Grid size={{ xs: 12, md: 6 }}>{text('measuresPlanned', 'Measures planned', { multiline: true })}</Grid>
      <Grid size={12}>
        {text('contactPoint', 'Contact point', {
          help: 'The DPO or other contact where more information can be obtained (Art. 33(3)(b))',
        })}
      </Grid>
    </Grid>
  );
}
