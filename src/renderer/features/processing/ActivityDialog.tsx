import {
  Box,
  Button,
  Checkbox,
  Divider,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormLabel,
  Stack,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useEffect, useRef } from 'react';
import { Controller, useFieldArray, useWatch } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { commonDataSubjects, commonDataTypes, sccModuleFor } from '../../../shared/agreements/rules';
import {
  activityFields,
  type ActivityDetail,
  type ActivityTransferInput,
} from '../../../shared/processing/contract';
import {
  activityRoleLabels,
  activityRoles,
  type ActivityRole,
  legalBases,
  legalBasisLabels,
} from '../../../shared/processing/rules';
import { FormTextField } from '../../components/form';
import { FormFieldError } from '../../components/form/FormFieldError';
import { FormNumberSelect } from '../../components/form/FormNumberSelect';
import { FormRadioGroup } from '../../components/form/FormRadioGroup';
import { useOrganisationAgreementsQuery } from '../agreements/agreementsApi';
import { FormDialog, useDialogForm } from '../agreements/FormDialog';
import { SpecialCategoriesField, WordListField } from '../agreements/ListFields';
import { OrganisationField } from '../organisations/OrganisationField';
import { ActivityTransferEditor } from './ActivityTransferEditor';
import { useCreateActivityMutation, useUpdateActivityMutation } from './processingApi';

const newTransfer = (role: ActivityRole): ActivityTransferInput => {
  const direction = role === 'controller' ? 'controller-processor' : 'processor-processor';
  return {
    recipient: '',
    country: undefined as unknown as ActivityTransferInput['country'],
    basis: 'scc',
    direction,
    sccModule: sccModuleFor[direction],
    derogation: null,
    occasional: false,
    adequacyConfirmed: false,
    tiaDone: false,
    safeguards: '',
  };
};

const recipientSuggestions = [
  'Suppliers who process the data for us under a data processing agreement (Art. 28)',
  'Public authorities, when the law requires disclosure',
];

/** Records a processing activity or edits one; mount it only while open. */
export function ActivityDialog({ detail, onClose }: { detail: ActivityDetail | null; onClose: () => void }) {
  const navigate = useNavigate();
  const [create] = useCreateActivityMutation();
  const [update] = useUpdateActivityMutation();
  const created = useRef<number | null>(null);
  const close = () => {
    onClose();
    if (created.current !== null) void navigate(`/registers/processing/${created.current}`);
  };
  const { control, watch, setValue, dialog } = useDialogForm(
    activityFields,
    {
      role: detail?.role ?? 'controller',
      name: detail?.name ?? '',
      purposes: detail?.purposes ?? '',
      legalBases: detail?.legalBases ?? [],
      legalBasisNote: detail?.legalBasisNote ?? '',
      dataSubjects: detail?.dataSubjects ?? [],
      dataCategories: detail?.dataCategories ?? [],
      specialCategories: detail?.specialCategories ?? [],
      recipients: detail?.recipients ?? [],
      transfers: (detail?.transfers ?? []).map((transfer) => ({
        ...transfer,
        country: transfer.country as ActivityTransferInput['country'],
        safeguards: transfer.safeguards ?? '',
      })),
      retention: detail?.retention ?? '',
      securityMeasures: detail?.securityMeasures ?? '',
      customerId: detail?.customer?.id ?? null,
      agreementId: detail?.agreement?.id ?? null,
      processingCategories: detail?.processingCategories ?? '',
      notes: detail?.notes ?? '',
    },
    {
      save: async (values) => {
        if (detail) return update({ id: detail.id, changes: values });
        const result = await create(values);
        if (result.data) created.current = result.data.id;
        return result;
      },
      success: detail ? `${detail.reference} was saved.` : 'The processing was added to the record.',
      onDone: close,
    },
  );
  const transfers = useFieldArray({ control, name: 'transfers' });
  const role = useWatch({ control, name: 'role' });
  const customerId = useWatch({ control, name: 'customerId' }) ?? null;
  const processor = role === 'processor';
  const { data: agreements } = useOrganisationAgreementsQuery(
    { organisationId: customerId ?? 0 },
    { skip: customerId === null },
  );

  // What follows from a choice: a controller's record names no customer; a transfer's module
  // follows its direction, and it keeps nothing of a basis not chosen.
  useEffect(() => {
    const watching = watch((values, { name }) => {
      if (name === 'role' && values.role === 'controller') {
        setValue('customerId', null);
        setValue('agreementId', null);
      }
      const changed = /^transfers\.(\d+)\.(basis|direction)$/.exec(name ?? '');
      const transfer = changed ? values.transfers?.[Number(changed[1])] : undefined;
      if (!changed || !transfer) return;
      const at = `transfers.${Number(changed[1])}` as const;
      setValue(
        `${at}.sccModule`,
        transfer.basis === 'scc' ? sccModuleFor[transfer.direction ?? 'controller-processor'] : null,
      );
      if (transfer.basis !== 'derogation') setValue(`${at}.derogation`, null);
    });
    return () => watching.unsubscribe();
  }, [watch, setValue]);

  return (
    <FormDialog
      {...dialog}
      title={detail ? `Edit ${detail.reference} ${detail.name}` : 'Add a processing activity'}
      submitLabel={detail ? 'Save' : 'Add'}
      onClose={close}
      maxWidth="md"
    >
      {!detail && (
        <FormRadioGroup
          control={control}
          name="role"
          label="Whose processing"
          row
          values={activityRoles}
          labels={activityRoleLabels}
        />
      )}
      <FormTextField
        control={control}
        name="name"
        label="Name of the processing"
        autoFocus
        helperText="E.g. Inquiries by phone and e-mail"
      />
      {processor && (
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          <Box sx={{ width: '100%' }}>
            <OrganisationField
              control={control}
              name="customerId"
              kind="customer"
              label="Customer (the controller)"
              helperText="Art. 30(2)(a)"
              onPicked={() => setValue('agreementId', null)}
            />
          </Box>
          <FormNumberSelect
            control={control}
            name="agreementId"
            label="Customer agreement"
            disabled={customerId === null}
            emptyLabel="None"
            options={(agreements?.asCustomer ?? []).map((agreement) => ({
              value: agreement.id,
              label: `${agreement.reference} ${agreement.title}`,
            }))}
            helperText="Our agreement with the customer in the register"
          />
        </Stack>
      )}
      {processor && (
        <FormTextField
          control={control}
          name="processingCategories"
          label="Categories of processing carried out for the customer"
          multiline
          minRows={2}
          helperText="Art. 30(2)(b)"
        />
      )}
      <FormTextField
        control={control}
        name="purposes"
        label="Purposes"
        multiline
        minRows={2}
        helperText={processor ? 'As the customer instructs' : 'Art. 30(1)(b)'}
      />
      {!processor && (
        <FormControl component="fieldset">
          <FormLabel component="legend">Legal basis (Art. 6(1))</FormLabel>
          <Controller
            control={control}
            name="legalBases"
            render={({ field }) => (
              <FormGroup row>
                {legalBases.map((basis) => (
                  <FormControlLabel
                    key={basis}
                    label={legalBasisLabels[basis]}
                    control={
                      <Checkbox
                        size="small"
                        checked={(field.value ?? []).includes(basis)}
                        onChange={(event) =>
                          field.onChange(
                            event.target.checked
                              ? [...(field.value ?? []), basis]
                              : (field.value ?? []).filter((key) => key !== basis),
                          )
                        }
                      />
                    }
                  />
                ))}
              </FormGroup>
            )}
          />
          <FormFieldError control={control} name="legalBases" />
          <FormTextField
            control={control}
            name="legalBasisNote"
            label="Note on the legal basis"
            sx={{ mt: 1 }}
          />
        </FormControl>
      )}
      <WordListField
        control={control}
        name="dataSubjects"
        label="Categories of people"
        options={commonDataSubjects}
        helperText="Type and press Enter; Art. 30(1)(c)"
      />
      <WordListField
        control={control}
        name="dataCategories"
        label="Categories of personal data"
        options={commonDataTypes}
        helperText="Type and press Enter"
      />
      <SpecialCategoriesField
        control={control}
        name="specialCategories"
        label="Special categories (Art. 9-10)"
        helperText="Only where they are processed"
      />
      {!processor && (
        <WordListField
          control={control}
          name="recipients"
          label="Categories of recipients"
          options={recipientSuggestions}
          helperText="Art. 30(1)(d), third countries included"
        />
      )}
      <Box>
        <Divider sx={{ mb: 1.5 }} />
        <Typography variant="subtitle2" component="h3">
          Transfers outside the EEA
        </Typography>
        <FormFieldError control={control} name="transfers" />
        <Stack spacing={1.5} sx={{ mt: 1 }}>
          {transfers.fields.map((transfer, index) => (
            <ActivityTransferEditor
              key={transfer.id}
              control={control}
              index={index}
              onRemove={() => transfers.remove(index)}
            />
          ))}
          <Box>
            <Button
              startIcon={<AddIcon />}
              onClick={() => transfers.append(newTransfer(role ?? 'controller'))}
            >
              Add a transfer
            </Button>
          </Box>
        </Stack>
      </Box>
      {!processor && (
        <FormTextField
          control={control}
          name="retention"
          label="Time limits for erasure"
          multiline
          minRows={2}
          helperText="Art. 30(1)(f)"
        />
      )}
      <FormTextField
        control={control}
        name="securityMeasures"
        label="Security measures"
        multiline
        minRows={2}
        helperText="A general description (Art. 30(1)(g), 30(2)(d))"
      />
      <FormTextField control={control} name="notes" label="Notes" />
    </FormDialog>
  );
}
