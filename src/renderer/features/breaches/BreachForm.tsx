import { Autocomplete, Chip, FormHelperText, Grid, TextField, Typography } from '@mui/material';
import { type Control, Controller, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { type BreachDetail, breachesChannels } from '../../../shared/breaches/contract';
import {
  breachCapacities,
  dataTypeInfo,
  dataTypeKeys,
  subjectCategories,
} from '../../../shared/breaches/rules';
import { toOsloInput } from '../../../shared/breaches/time';
import { FormTextField } from '../../components/form';
import { FormCells } from '../../components/form/FormCells';
import type { FormPart } from '../../components/form/FormPart';
import { useLabels, useT } from '../../i18n';
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

/** The customers a processor's breach may name: active ones, and any already named. */
function CustomersField({ control }: { control: Control<BreachFormValues> }) {
  const t = useT('breaches');
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
                label={t('customersAffected')}
                error={Boolean(fieldState.error)}
                helperText={fieldState.error?.message ?? t('customersAffectedHelp')}
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
  form: { control, field },
  withAwareness,
}: {
  form: FormPart<BreachFormValues>;
  withAwareness: boolean;
}) {
  const t = useT('breaches');
  const capacityLabels = useLabels('breachCapacity');
  const subjectCategoryLabels = useLabels('subjectCategory');
  const dataTypeLabels = useLabels('dataType');
  const capacity = useWatch({ control, name: 'capacity' });
  return (
    <Grid container spacing={2} sx={{ pt: 1 }}>
      <FormCells
        control={control}
        fields={[
          { name: 'title', label: t('title'), required: true, helperText: t('titleHelp') },
          { name: 'description', label: t('whatHappened'), required: true, long: true },
        ]}
      />
      <FormCells
        control={control}
        as={FormOsloDateTimeField}
        fields={[
          ...(withAwareness
            ? [
                {
                  name: 'awareAt',
                  label: t('weBecameAware'),
                  required: true,
                  helperText: t('awareHelp'),
                  md: 4,
                } as const,
              ]
            : []),
          {
            name: 'occurredFrom',
            label: t('happened'),
            helperText: t('happenedHelp'),
            md: withAwareness ? 4 : 6,
          },
          {
            name: 'occurredTo',
            label: t('lastedUntil'),
            helperText: t('lastedHelp'),
            md: withAwareness ? 4 : 6,
          },
        ]}
      />
      <Grid size={12}>
        <FormTextField {...field('discovery')} label={t('howDiscovered')} />
      </Grid>
      <Grid size={{ xs: 12, md: 5 }}>
        <FormRadioGroup
          {...field('capacity')}
          label={t('whoseData')}
          values={breachCapacities}
          labels={capacityLabels}
        />
      </Grid>
      <Grid size={{ xs: 12, md: 7 }}>
        {capacity !== 'controller' ? (
          <CustomersField control={control} />
        ) : (
          <Typography variant="body2" color="text.secondary" sx={{ pt: 1 }}>
            {t('controllerExplained')}
          </Typography>
        )}
      </Grid>
      <Grid size={{ xs: 12, md: 8 }}>
        <FormCheckboxGroup
          {...field('subjectCategories')}
          label={t('categoriesOfPeople')}
          values={subjectCategories}
          labels={subjectCategoryLabels}
          groupSx={checkboxGrid}
          size="small"
        />
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <FormTextField {...field('subjectsApprox')} label={t('peopleAffectedApprox')} />
      </Grid>
      <Grid size={{ xs: 12, md: 8 }}>
        <FormCheckboxGroup
          {...field('dataTypes')}
          label={t('typesOfPersonalData')}
          values={dataTypeKeys}
          labels={dataTypeLabels}
          groupSx={checkboxGrid}
          size="small"
          footer={(chosen) =>
            chosen.some((key) => dataTypeInfo[key].special) && (
              <FormHelperText component="div">
                <Chip size="small" color="error" label={t('specialCategories')} sx={{ mr: 1 }} />
                {t('specialUsuallyHigh')}
              </FormHelperText>
            )
          }
        />
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <FormTextField {...field('recordsApprox')} label={t('recordsAffectedApprox')} />
      </Grid>
      <FormCells
        control={control}
        fields={[
          { name: 'consequences', label: t('likelyConsequences'), long: true },
          { name: 'measuresTaken', label: t('measuresTaken'), md: 6, long: true },
          { name: 'measuresPlanned', label: t('measuresPlanned'), md: 6, long: true },
          { name: 'contactPoint', label: t('contactPoint'), helperText: t('contactPointHelp') },
        ]}
      />
    </Grid>
  );
}
