import { FormControl, FormGroup, FormLabel, Grid } from '@mui/material';
import { useWatch } from 'react-hook-form';
import { organisationFields, type Organisation } from '../../../shared/organisations/contract';
import { formatOrgNumber } from '../../../shared/organisations/org-number';
import { FormCheckbox, FormTextField } from '../../components/form';
import { FormCountrySelect } from '../../components/form/FormCountrySelect';
import { FormFieldError } from '../../components/form/FormFieldError';
import { FormDialog, useDialogForm } from '../agreements/FormDialog';
import { useCreateOrganisationMutation, useUpdateOrganisationMutation } from './organisationsApi';

/** The organisation number as a person reads it: Norwegian ones in groups of three. */
function shownOrgNumber(organisation: Organisation | null): string {
  if (!organisation?.orgNumber) return '';
  return organisation.country === 'NO' ? formatOrgNumber(organisation.orgNumber) : organisation.orgNumber;
}

/** Adds or edits a customer or supplier. Mount it only while open. */
export function OrganisationDialog({
  organisation,
  onClose,
  initial,
  onSaved,
}: {
  organisation: Organisation | null;
  onClose: () => void;
  /** A new organisation's first values (the name typed in another form, the relationship it needs). */
  initial?: { name: string; isCustomer: boolean; isSupplier: boolean };
  /** With the organisation as saved (a form that asked for a new one picks it). */
  onSaved?: (saved: Organisation) => void;
}) {
  const [create] = useCreateOrganisationMutation();
  const [update] = useUpdateOrganisationMutation();
  const { control, dialog } = useDialogForm(
    organisationFields,
    {
      name: organisation?.name ?? initial?.name ?? '',
      orgNumber: shownOrgNumber(organisation),
      country: (organisation?.country ?? 'NO') as 'NO',
      isCustomer: organisation?.isCustomer ?? initial?.isCustomer ?? true,
      isSupplier: organisation?.isSupplier ?? initial?.isSupplier ?? false,
      privacyContactName: organisation?.privacyContactName ?? '',
      privacyContactEmail: organisation?.privacyContactEmail ?? '',
      privacyContactPhone: organisation?.privacyContactPhone ?? '',
      services: organisation?.services ?? '',
      notes: organisation?.notes ?? '',
    },
    {
      save: (values) => (organisation ? update({ id: organisation.id, changes: values }) : create(values)),
      success: (_saved, values) =>
        organisation ? `${values.name} was updated.` : `${values.name} was added to the register.`,
      onDone: (saved) => {
        if (saved) onSaved?.(saved);
        onClose();
      },
    },
  );
  const norwegian = useWatch({ control, name: 'country' }) === 'NO';

  return (
    <FormDialog
      {...dialog}
      title={organisation ? `Edit ${organisation.name}` : 'Add a customer or supplier'}
      submitLabel={organisation ? 'Save changes' : 'Add'}
      onClose={onClose}
      maxWidth="md"
    >
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6 }}>
          <FormTextField control={control} name="name" label="Name" autoFocus />
        </Grid>
        <Grid size={{ xs: 12, md: 3 }}>
          <FormCountrySelect control={control} name="country" label="Country" />
        </Grid>
        <Grid size={{ xs: 12, md: 3 }}>
          <FormTextField
            control={control}
            name="orgNumber"
            label={norwegian ? 'Organisation number' : 'Registration number'}
            helperText={norwegian ? '9 digits, checked' : 'As the organisation writes it'}
          />
        </Grid>
        <Grid size={12}>
          <FormControl component="fieldset">
            <FormLabel component="legend">Relationship</FormLabel>
            <FormGroup row>
              <FormCheckbox
                control={control}
                name="isCustomer"
                label="Customer (we process its data as processor)"
              />
              <FormCheckbox control={control} name="isSupplier" label="Supplier (processes data for us)" />
            </FormGroup>
            <FormFieldError control={control} name="isCustomer" />
          </FormControl>
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <FormTextField control={control} name="privacyContactName" label="Privacy contact" />
        </Grid>
        <Grid size={{ xs: 12, md: 5 }}>
          <FormTextField
            control={control}
            name="privacyContactEmail"
            label="Privacy contact e-mail"
            type="email"
          />
        </Grid>
        <Grid size={{ xs: 12, md: 3 }}>
          <FormTextField control={control} name="privacyContactPhone" label="Privacy contact phone" />
        </Grid>
        <Grid size={12}>
          <FormTextField
            control={control}
            name="services"
            label="Services provided or received"
            multiline
            minRows={2}
            helperText="E.g. payroll administration for the customer, or cloud hosting from the supplier"
          />
        </Grid>
        <Grid size={12}>
          <FormTextField control={control} name="notes" label="Notes" multiline minRows={2} />
        </Grid>
      </Grid>
    </FormDialog>
  );
}
