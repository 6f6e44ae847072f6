import { FormControl, FormGroup, FormLabel, Grid } from '@mui/material';
import { useWatch } from 'react-hook-form';
import { organisationFields, type Organisation } from '../../../shared/organisations/contract';
import { formatOrgNumber } from '../../../shared/organisations/org-number';
import { FormCheckbox, FormDialog, FormTextField, useDialogForm } from '../../components/form';
import { FormCountrySelect } from '../../components/form/FormCountrySelect';
import { FieldError } from '../../components/form/FieldError';
import { useT } from '../../i18n';
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
  const t = useT('agreementDialogs');
  const common = useT('common');
  const [create] = useCreateOrganisationMutation();
  const [update] = useUpdateOrganisationMutation();
  const { control, field, dialog } = useDialogForm(
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
        t(organisation ? 'organisationUpdated' : 'organisationAdded', { name: values.name }),
      onSaved: (saved) => {
        if (saved) onSaved?.(saved);
      },
      onClose,
    },
  );
  const norwegian = useWatch({ control, name: 'country' }) === 'NO';

  return (
    <FormDialog
      {...dialog}
      column
      title={organisation ? t('editOrganisation', { name: organisation.name }) : t('newOrganisation')}
      submitLabel={organisation ? t('saveChanges') : common('add')}
      maxWidth="md"
    >
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6 }}>
          <FormTextField {...field('name')} label={t('name')} autoFocus />
        </Grid>
        <Grid size={{ xs: 12, md: 3 }}>
          <FormCountrySelect {...field('country')} label={t('country')} />
        </Grid>
        <Grid size={{ xs: 12, md: 3 }}>
          <FormTextField
            {...field('orgNumber')}
            label={norwegian ? t('orgNumber') : t('registrationNumber')}
            helperText={norwegian ? t('orgNumberHelp') : t('registrationNumberHelp')}
          />
        </Grid>
        <Grid size={12}>
          <FormControl component="fieldset">
            <FormLabel component="legend">{t('relationship')}</FormLabel>
            <FormGroup row>
              <FormCheckbox {...field('isCustomer')} label={t('isCustomer')} />
              <FormCheckbox {...field('isSupplier')} label={t('isSupplier')} />
            </FormGroup>
            <FieldError {...field('isCustomer')} />
          </FormControl>
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <FormTextField {...field('privacyContactName')} label={t('privacyContact')} />
        </Grid>
        <Grid size={{ xs: 12, md: 5 }}>
          <FormTextField {...field('privacyContactEmail')} label={t('privacyContactEmail')} type="email" />
        </Grid>
        <Grid size={{ xs: 12, md: 3 }}>
          <FormTextField {...field('privacyContactPhone')} label={t('privacyContactPhone')} />
        </Grid>
        <Grid size={12}>
          <FormTextField
            {...field('services')}
            label={t('services')}
            multiline
            minRows={2}
            helperText={t('servicesHelp')}
          />
        </Grid>
        <Grid size={12}>
          <FormTextField {...field('notes')} label={t('notes')} multiline minRows={2} />
        </Grid>
      </Grid>
    </FormDialog>
  );
}
