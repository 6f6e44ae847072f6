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
import { activityRoles, type ActivityRole, legalBases } from '../../../shared/processing/rules';
import { useLabels, useT } from '../../i18n';
import { FormDialog, FormTextField, useDialogForm } from '../../components/form';
import { FieldError } from '../../components/form/FieldError';
import { FormNumberSelect } from '../../components/form/FormNumberSelect';
import { FormRadioGroup } from '../../components/form/FormRadioGroup';
import { useOrganisationAgreementsQuery } from '../agreements/agreementsApi';
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
  const t = useT('agreementPanels');
  const common = useT('common');
  const activityRoleLabels = useLabels('activityRole');
  const legalBasisLabels = useLabels('legalBasis');
  const navigate = useNavigate();
  const [create] = useCreateActivityMutation();
  const [update] = useUpdateActivityMutation();
  const created = useRef<number | null>(null);
  const close = () => {
    onClose();
    if (created.current !== null) void navigate(`/registers/processing/${created.current}`);
  };
  const { control, field, watch, setValue, dialog } = useDialogForm(
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
      success: detail ? t('activitySaved', { reference: detail.reference }) : t('activityAdded'),
      onClose: close,
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
      column
      title={
        detail ? t('editActivity', { reference: detail.reference, name: detail.name }) : t('addActivity')
      }
      submitLabel={detail ? common('save') : common('add')}
      maxWidth="md"
    >
      {!detail && (
        <FormRadioGroup
          {...field('role')}
          label={t('whoseProcessing')}
          row
          values={activityRoles}
          labels={activityRoleLabels}
        />
      )}
      <FormTextField
        {...field('name')}
        label={t('processingName')}
        autoFocus
        helperText={t('processingNameHelper')}
      />
      {processor && (
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          <Box sx={{ width: '100%' }}>
            <OrganisationField
              {...field('customerId')}
              kind="customer"
              label={t('customerController')}
              helperText={t('art302a')}
              onPicked={() => setValue('agreementId', null)}
            />
          </Box>
          <FormNumberSelect
            {...field('agreementId')}
            label={t('customerAgreementField')}
            disabled={customerId === null}
            emptyLabel={common('none')}
            options={(agreements?.asCustomer ?? []).map((agreement) => ({
              value: agreement.id,
              label: `${agreement.reference} ${agreement.title}`,
            }))}
            helperText={t('customerAgreementHelper')}
          />
        </Stack>
      )}
      {processor && (
        <FormTextField
          {...field('processingCategories')}
          label={t('processingCategoriesField')}
          multiline
          minRows={2}
          helperText={t('art302b')}
        />
      )}
      <FormTextField
        {...field('purposes')}
        label={t('purposes')}
        multiline
        minRows={2}
        helperText={processor ? t('asCustomerInstructs') : t('art301b')}
      />
      {!processor && (
        <FormControl component="fieldset">
          <FormLabel component="legend">{t('legalBasisLegend')}</FormLabel>
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
          <FieldError {...field('legalBases')} />
          <FormTextField {...field('legalBasisNote')} label={t('legalBasisNote')} sx={{ mt: 1 }} />
        </FormControl>
      )}
      <WordListField
        {...field('dataSubjects')}
        label={t('categoriesOfPeople')}
        options={commonDataSubjects}
        helperText={t('typeEnterArt')}
      />
      <WordListField
        {...field('dataCategories')}
        label={t('categoriesOfData')}
        options={commonDataTypes}
        helperText={t('typeEnter')}
      />
      <SpecialCategoriesField
        {...field('specialCategories')}
        label={t('specialCategories')}
        helperText={t('onlyWhereProcessed')}
      />
      {!processor && (
        <WordListField
          {...field('recipients')}
          label={t('categoriesOfRecipients')}
          options={recipientSuggestions}
          helperText={t('recipientsHelper')}
        />
      )}
      <Box>
        <Divider sx={{ mb: 1.5 }} />
        <Typography variant="subtitle2" component="h3">
          {t('transfersTitle')}
        </Typography>
        <FieldError {...field('transfers')} />
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
              {t('addTransfer')}
            </Button>
          </Box>
        </Stack>
      </Box>
      {!processor && (
        <FormTextField
          {...field('retention')}
          label={t('erasureLimits')}
          multiline
          minRows={2}
          helperText={t('art301f')}
        />
      )}
      <FormTextField
        {...field('securityMeasures')}
        label={t('securityMeasures')}
        multiline
        minRows={2}
        helperText={t('securityHelper')}
      />
      <FormTextField {...field('notes')} label={t('notes')} />
    </FormDialog>
  );
}
