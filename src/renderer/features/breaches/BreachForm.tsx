import { Autocomplete, Chip, FormHelperText, Grid, TextField, Typography } from '@mui/material';
import { type Control, Controller, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { type BreachDetail, breachesChannels } from '../../../shared/breaches/contract';
import {
  breachCapacities,
  breachCapacityLabels,
  type DataType,
  dataTypeInfo,
  dataTypeKeys,
  subjectCategories,
  subjectCategoryLabels,
} from '../../../shared/breaches/rules';
import { toOsloInput } from '../../../shared/breaches/time';
import { FormTextField } from '../../components/form';
import { FormCheckboxGroup } from '../../components/form/FormCheckboxGroup';
import { FormRadioGroup } from '../../components/form/FormRadioGroup';
import { useOrganisationsQuery } from '../organisations/organisationsApi';
import { FormOsloDateTimeField, optionalOsloTime, osloTime, wholeNumberText } from './osloTimeField';

// The channel's fields as the form holds them: times as typed in Oslo time, numbers as typed. The rules
// across fields (a customer for a processor, a period that ends after it began) are the core's.
const channelShape = breachesChannels['breaches.create'].input.in.shape;

/** A new breach: the record and when we became aware. */
export const newBreachForm = z.strictObject(channelShape).extend({
  awareAt: osloTime,
  occurredFrom: optionalOsloTime,
  occurredTo: optionalOsloTime,
  subjectsApprox: wholeNumberText,
  recordsApprox: wholeNumberText,
});

/** A breach's record; awareness is corrected on its own (it moves every clock), so it is only carried. */
export const editBreachForm = newBreachForm.extend({ awareAt: z.string() });

export type BreachFormValues = z.input<typeof newBreachForm>;

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

const checkboxGrid = {
  display: 'grid',
  gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, minmax(0, 1fr))' },
  columnGap: 1,
} as const;

const dataTypeLabels = Object.fromEntries(
  dataTypeKeys.map((key) => [key, dataTypeInfo[key].label]),
) as Record<DataType, string>;

/** The customers a processor's breach may name: active ones, and any already named. */
function CustomersField({ control }: { control: Control<BreachFormValues> }) {
  const { data: organisations } = useOrganisationsQuery({});
  return (
    <Controller
      control={control}
      name="customerIds"
      render={({ field, fieldState }) => {
        const ids = field.value ?? [];
        const customers = (organisations ?? [])
          .filter(
            (organisation) =>
              organisation.isCustomer && (organisation.active || ids.includes(organisation.id)),
          )
          .map((organisation) => ({ id: organisation.id, name: organisation.name }));
        return (
          <Autocomplete
            multiple
            options={customers}
            value={customers.filter((option) => ids.includes(option.id))}
            getOptionLabel={(option) => option.name}
            isOptionEqualToValue={(option, value) => option.id === value.id}
            onChange={(_event, selected) => field.onChange(selected.map((option) => option.id))}
            onBlur={field.onBlur}
            renderInput={(params) => (
              <TextField
                {...params}
                inputRef={field.ref}
                label="Customers affected"
                error={Boolean(fieldState.error)}
                helperText={
                  fieldState.error?.message ?? 'Each gets its own clock, from its processor agreement'
                }
              />
            )}
          />
        );
      }}
    />
  );
}

/** The record of a breach (Art. 33(5)) in the order the facts come in: what, when, whom, what next. */
export function BreachForm({
  control,
  withAwareness,
}: {
  control: Control<BreachFormValues>;
  withAwareness: boolean;
}) {
  const capacity = useWatch({ control, name: 'capacity' });
  return (
    <Grid container spacing={2} sx={{ pt: 1 }}>
      <Grid size={12}>
        <FormTextField
          control={control}
          name="title"
          label="Title"
          required
          helperText="One line, e.g. “Customer list e-mailed to the wrong address”"
        />
      </Grid>
      <Grid size={12}>
        <FormTextField
          control={control}
          name="description"
          label="What happened"
          required
          multiline
          minRows={2}
        />
      </Grid>
      {withAwareness && (
        <Grid size={{ xs: 12, md: 4 }}>
          <FormOsloDateTimeField
            control={control}
            name="awareAt"
            label="We became aware"
            required
            helperText="The 72 hours run from here: when anyone here learnt of it"
          />
        </Grid>
      )}
      <Grid size={{ xs: 12, md: withAwareness ? 4 : 6 }}>
        <FormOsloDateTimeField
          control={control}
          name="occurredFrom"
          label="It happened (or began)"
          helperText="Leave empty while unknown"
        />
      </Grid>
      <Grid size={{ xs: 12, md: withAwareness ? 4 : 6 }}>
        <FormOsloDateTimeField
          control={control}
          name="occurredTo"
          label="It lasted until"
          helperText="For a period; empty for a single moment"
        />
      </Grid>
      <Grid size={12}>
        <FormTextField control={control} name="discovery" label="How it was discovered" />
      </Grid>
      <Grid size={{ xs: 12, md: 5 }}>
        <FormRadioGroup
          control={control}
          name="capacity"
          label="Whose data"
          values={breachCapacities}
          labels={breachCapacityLabels}
        />
      </Grid>
      <Grid size={{ xs: 12, md: 7 }}>
        {capacity !== 'controller' ? (
          <CustomersField control={control} />
        ) : (
          <Typography variant="body2" color="text.secondary" sx={{ pt: 1 }}>
            As controller, we notify Datatilsynet within 72 hours unless the breach is unlikely to result in a
            risk to people, and tell the people affected when the risk is high.
          </Typography>
        )}
      </Grid>
      <Grid size={{ xs: 12, md: 8 }}>
        <FormCheckboxGroup
          control={control}
          name="subjectCategories"
          label="Categories of people"
          values={subjectCategories}
          labels={subjectCategoryLabels}
          groupSx={checkboxGrid}
          size="small"
        />
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <FormTextField control={control} name="subjectsApprox" label="People affected (approx.)" />
      </Grid>
      <Grid size={{ xs: 12, md: 8 }}>
        <FormCheckboxGroup
          control={control}
          name="dataTypes"
          label="Types of personal data"
          values={dataTypeKeys}
          labels={dataTypeLabels}
          groupSx={checkboxGrid}
          size="small"
          footer={(chosen) =>
            chosen.some((key) => dataTypeInfo[key].special) && (
              <FormHelperText component="div">
                <Chip size="small" color="error" label="Special categories" sx={{ mr: 1 }} />
                Data of Art. 9 or 10 usually makes the risk high.
              </FormHelperText>
            )
          }
        />
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <FormTextField control={control} name="recordsApprox" label="Records affected (approx.)" />
      </Grid>
      <Grid size={12}>
        <FormTextField
          control={control}
          name="consequences"
          label="Likely consequences"
          multiline
          minRows={2}
        />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <FormTextField control={control} name="measuresTaken" label="Measures taken" multiline minRows={2} />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <FormTextField
          control={control}
          name="measuresPlanned"
          label="Measures planned"
          multiline
          minRows={2}
        />
      </Grid>
      <Grid size={12}>
        <FormTextField
          control={control}
          name="contactPoint"
          label="Contact point"
          helperText="The DPO or other contact where more information can be obtained (Art. 33(3)(b))"
        />
      </Grid>
    </Grid>
  );
}
