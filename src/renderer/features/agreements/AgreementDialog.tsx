import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Grid } from '@mui/material';
import { type AgreementDetail, agreementFields } from '../../../shared/agreements/contract';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { FormError, useChannelForm } from '../../components/form';
import { OrganisationDialog } from '../organisations/OrganisationDialog';
import { useState } from 'react';
import { useT } from '../../i18n';
import { agreementFormOf, type AgreementFormValues, emptyAgreementForm } from './agreementForm';
import {
  DatesSection,
  NotesSection,
  PartiesSection,
  ProcessingSection,
  SecuritySection,
} from './AgreementSections';
import { useCreateAgreementMutation, useUpdateAgreementMutation } from './agreementsApi';

/** Registers an agreement or edits one (termination has its own dialog). Mount it only while open. */
export function AgreementDialog({
  detail,
  initial,
  onClose,
  onSaved,
}: {
  detail: AgreementDetail | null;
  initial?: AgreementFormValues;
  onClose: () => void;
  onSaved?: (id: number) => void;
}) {
  const t = useT('agreementDialogs');
  const common = useT('common');
  const dispatch = useAppDispatch();
  const [create] = useCreateAgreementMutation();
  const [update] = useUpdateAgreementMutation();
  const form = useChannelForm(
    agreementFields,
    detail ? agreementFormOf(detail) : (initial ?? emptyAgreementForm('controller', null)),
  );
  const { handleSubmit, setValue, formState, formError, settle } = form;
  const [addingOrganisation, setAddingOrganisation] = useState<string | null>(null);
  const companyRole = form.watch('companyRole');

  const submit = handleSubmit(async (values) => {
    const outcome = settle(detail ? await update({ id: detail.id, changes: values }) : await create(values));
    if (!outcome.ok || !outcome.data) return;
    const saved = outcome.data;
    dispatch(notice(t(detail ? 'agreementSaved' : 'agreementAdded', { reference: saved.reference })));
    if (onSaved) onSaved(saved.id);
    else onClose();
  });

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="agreement-dialog-title">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <DialogTitle id="agreement-dialog-title">
          {detail ? t('editReference', { reference: detail.reference }) : t('newAgreement')}
        </DialogTitle>
        <DialogContent dividers>
          <FormError message={formError} />
          <Grid container spacing={2}>
            <PartiesSection
              form={form}
              detail={detail}
              onAddOrganisation={setAddingOrganisation}
              onRole={() => setValue('organisationId', null)}
            />
            <DatesSection form={form} />
            <ProcessingSection form={form} />
            <SecuritySection form={form} detail={detail} />
            <NotesSection form={form} />
          </Grid>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{common('cancel')}</Button>
          <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
            {detail ? t('saveChanges') : t('registerAgreement')}
          </Button>
        </DialogActions>
      </form>
      {addingOrganisation !== null && (
        <OrganisationDialog
          organisation={null}
          initial={{
            name: addingOrganisation,
            isCustomer: companyRole === 'processor',
            isSupplier: companyRole === 'controller',
          }}
          onSaved={(saved) => setValue('organisationId', saved.id, { shouldValidate: true })}
          onClose={() => setAddingOrganisation(null)}
        />
      )}
    </Dialog>
  );
}
