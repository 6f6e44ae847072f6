import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormHelperText,
  FormLabel,
  Grid,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import {
  organisationFields,
  type Organisation,
  type OrganisationInput,
} from '../../../shared/organisations/contract';
import { formatOrgNumber } from '../../../shared/organisations/org-number';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { CountrySelect } from '../../components/CountrySelect';
import { applyApiError } from '../../lib/forms';
import { useCreateOrganisationMutation, useUpdateOrganisationMutation } from './organisationsApi';

type Form = Required<Omit<OrganisationInput, 'country'>> & { country: string };

const fieldNames = [
  'name',
  'orgNumber',
  'country',
  'isCustomer',
  'isSupplier',
  'privacyContactName',
  'privacyContactEmail',
  'privacyContactPhone',
  'services',
  'notes',
] as const;

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
  const dispatch = useAppDispatch();
  const [create] = useCreateOrganisationMutation();
  const [update] = useUpdateOrganisationMutation();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<Form>({
    resolver: zodResolver(organisationFields) as never,
    defaultValues: {
      name: organisation?.name ?? initial?.name ?? '',
      orgNumber: organisation?.orgNumber
        ? organisation.country === 'NO'
          ? formatOrgNumber(organisation.orgNumber)
          : organisation.orgNumber
        : '',
      country: organisation?.country ?? 'NO',
      isCustomer: organisation?.isCustomer ?? initial?.isCustomer ?? true,
      isSupplier: organisation?.isSupplier ?? initial?.isSupplier ?? false,
      privacyContactName: organisation?.privacyContactName ?? '',
      privacyContactEmail: organisation?.privacyContactEmail ?? '',
      privacyContactPhone: organisation?.privacyContactPhone ?? '',
      services: organisation?.services ?? '',
      notes: organisation?.notes ?? '',
    },
  });
  const { register, handleSubmit, formState, control } = form;
  const errors = formState.errors;
  const norwegian = useWatch({ control, name: 'country' }) === 'NO';

  const submit = handleSubmit(async (values) => {
    setError(null);
    const fields = values as OrganisationInput;
    const result = organisation
      ? await update({ id: organisation.id, changes: fields })
      : await create(fields);
    if ('error' in result && result.error) {
      setError(applyApiError(result.error as Parameters<typeof applyApiError>[0], form.setError, fieldNames));
      return;
    }
    dispatch(
      notice(organisation ? `${values.name} was updated.` : `${values.name} was added to the register.`),
    );
    if (result.data) onSaved?.(result.data);
    onClose();
  });

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth>
      <form onSubmit={submit} noValidate>
        <DialogTitle>{organisation ? `Edit ${organisation.name}` : 'Add a customer or supplier'}</DialogTitle>
        <DialogContent>
          {error && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {error}
            </Alert>
          )}
          <Grid container spacing={2} sx={{ pt: 1 }}>
            <Grid size={{ xs: 12, md: 6 }}>
              <TextField
                label="Name"
                autoFocus
                {...register('name')}
                error={!!errors.name}
                helperText={errors.name?.message}
              />
            </Grid>
            <Grid size={{ xs: 12, md: 3 }}>
              <Controller
                control={control}
                name="country"
                render={({ field, fieldState }) => (
                  <CountrySelect
                    label="Country"
                    value={field.value}
                    onChange={(code) => field.onChange(code ?? '')}
                    error={!!fieldState.error}
                    helperText={fieldState.error?.message}
                  />
                )}
              />
            </Grid>
            <Grid size={{ xs: 12, md: 3 }}>
              <TextField
                label={norwegian ? 'Organisation number' : 'Registration number'}
                {...register('orgNumber')}
                error={!!errors.orgNumber}
                helperText={
                  errors.orgNumber?.message ??
                  (norwegian ? '9 digits, checked' : 'As the organisation writes it')
                }
              />
            </Grid>
            <Grid size={12}>
              <FormControl error={!!errors.isCustomer} component="fieldset">
                <FormLabel component="legend">Relationship</FormLabel>
                <FormGroup row>
                  <Controller
                    control={control}
                    name="isCustomer"
                    render={({ field }) => (
                      <FormControlLabel
                        control={
                          <Checkbox
                            checked={field.value}
                            onChange={(event) => field.onChange(event.target.checked)}
                          />
                        }
                        label="Customer (we process its data as processor)"
                      />
                    )}
                  />
                  <Controller
                    control={control}
                    name="isSupplier"
                    render={({ field }) => (
                      <FormControlLabel
                        control={
                          <Checkbox
                            checked={field.value}
                            onChange={(event) => field.onChange(event.target.checked)}
                          />
                        }
                        label="Supplier (processes data for us)"
                      />
                    )}
                  />
                </FormGroup>
                {errors.isCustomer && <FormHelperText>{errors.isCustomer.message}</FormHelperText>}
              </FormControl>
            </Grid>
            <Grid size={{ xs: 12, md: 4 }}>
              <TextField label="Privacy contact" {...register('privacyContactName')} />
            </Grid>
            <Grid size={{ xs: 12, md: 5 }}>
              <TextField
                label="Privacy contact e-mail"
                type="email"
                {...register('privacyContactEmail')}
                error={!!errors.privacyContactEmail}
                helperText={errors.privacyContactEmail?.message}
              />
            </Grid>
            <Grid size={{ xs: 12, md: 3 }}>
              <TextField label="Privacy contact phone" {...register('privacyContactPhone')} />
            </Grid>
            <Grid size={12}>
              <TextField
                label="Services provided or received"
                multiline
                minRows={2}
                {...register('services')}
                helperText="E.g. payroll administration for the customer, or cloud hosting from the supplier"
              />
            </Grid>
            <Grid size={12}>
              <TextField label="Notes" multiline minRows={2} {...register('notes')} />
            </Grid>
          </Grid>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
            {organisation ? 'Save changes' : 'Add'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
