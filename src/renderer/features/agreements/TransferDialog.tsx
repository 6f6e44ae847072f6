import { Alert, AlertTitle, Box, Stack } from '@mui/material';
import { useEffect, useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { type AgreementDetail, type Transfer, transferFields } from '../../../shared/agreements/contract';
import {
  checkTransfer,
  derogationLabels,
  derogations,
  directionsFor,
  sccModuleFor,
  sccModuleLabels,
  sccModules,
  transferBasisLabels,
  transferBases,
  transferDirectionLabels,
} from '../../../shared/agreements/rules';
import { adequacyDecisions, isCountryCode, transferStatus } from '../../../shared/countries';
import { EnumSelect, FormCheckbox, FormDateField, FormTextField } from '../../components/form';
import { FormCountrySelect } from '../../components/form/FormCountrySelect';
import { FormFieldError } from '../../components/form/FormFieldError';
import { FormNumberSelect } from '../../components/form/FormNumberSelect';
import { useAddTransferMutation, useUpdateTransferMutation } from './agreementsApi';
import { FormDialog, useDialogForm } from './FormDialog';

const moduleOptions = sccModules.map((value) => ({ value, label: sccModuleLabels[value] }));

export function TransferDialog({
  detail,
  existing,
  today,
  onClose,
}: {
  detail: AgreementDetail;
  existing: Transfer | null;
  today: string;
  onClose: () => void;
}) {
  const [add] = useAddTransferMutation();
  const [update] = useUpdateTransferMutation();
  const directions = useMemo(() => directionsFor(detail.companyRole), [detail.companyRole]);
  const direction = existing?.direction ?? directions[0];
  const { control, watch, setValue, dialog } = useDialogForm(
    transferFields,
    {
      importer: existing?.importer ?? (detail.companyRole === 'controller' ? detail.organisation.name : ''),
      country: existing && isCountryCode(existing.country) ? existing.country : undefined,
      basis: existing?.basis ?? 'scc',
      direction,
      sccModule: existing ? existing.sccModule : sccModuleFor[direction],
      derogation: existing?.derogation ?? null,
      occasional: existing?.occasional ?? false,
      adequacyConfirmed: existing?.adequacyConfirmed ?? false,
      tiaDone: existing?.tiaDone ?? false,
      tiaOn: existing?.tiaOn ?? null,
      supplementaryMeasures: existing?.supplementaryMeasures ?? '',
      nextReviewOn: existing?.nextReviewOn ?? null,
      notes: existing?.notes ?? '',
    },
    {
      save: (transfer) =>
        existing
          ? update({ id: detail.id, transferId: existing.id, transfer })
          : add({ id: detail.id, transfer }),
      success: existing ? 'The transfer was saved.' : 'The transfer was recorded.',
      onDone: onClose,
    },
  );
  // What follows from a choice: the module from the direction, nothing of a basis not chosen.
  useEffect(() => {
    const watching = watch((values, { name }) => {
      const chosen = values.direction ?? directions[0];
      if (name === 'direction' || (name === 'basis' && values.basis === 'scc'))
        setValue('sccModule', values.basis === 'scc' ? sccModuleFor[chosen] : null);
      if (name === 'basis' && values.basis !== 'scc') setValue('sccModule', null);
      if (name === 'basis' && values.basis !== 'derogation') setValue('derogation', null);
      if (name === 'tiaDone' && !values.tiaDone) setValue('tiaOn', null);
    });
    return () => watching.unsubscribe();
  }, [watch, setValue, directions]);

  const values = useWatch({ control });
  const country = values.country && isCountryCode(values.country) ? values.country : null;
  const basis = values.basis ?? 'scc';
  const chosenDirection = values.direction ?? direction;
  const status = country ? transferStatus(country) : null;
  const check = country
    ? checkTransfer(
        {
          country,
          basis,
          sccModule: basis === 'scc' ? (values.sccModule ?? null) : null,
          derogation: values.derogation ?? null,
          direction: chosenDirection,
          occasional: values.occasional ?? false,
          adequacyConfirmed: values.adequacyConfirmed ?? false,
          tiaDone: values.tiaDone ?? false,
          nextReviewOn: values.nextReviewOn ?? null,
          confirmedOn: today,
        },
        today,
      )
    : null;
  return (
    <FormDialog
      {...dialog}
      title={existing ? `Edit the transfer to ${existing.importer}` : 'Record a transfer outside the EEA'}
      submitLabel={existing ? 'Save transfer' : 'Record transfer'}
      onClose={onClose}
      maxWidth="md"
    >
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <FormTextField
          control={control}
          name="importer"
          label="Importer"
          autoFocus
          helperText="Who receives the data outside the EEA"
        />
        <Box sx={{ width: '100%' }}>
          <FormCountrySelect
            control={control}
            name="country"
            label="Country"
            helperText={
              country && adequacyDecisions[country]?.note
                ? `Partial adequacy: ${adequacyDecisions[country]?.note}`
                : undefined
            }
          />
        </Box>
      </Stack>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <EnumSelect
          control={control}
          name="direction"
          label="Who exports to whom"
          values={directions}
          labels={transferDirectionLabels}
          helperText="The module of the standard contractual clauses follows from it"
        />
        <EnumSelect
          control={control}
          name="basis"
          label="Transfer basis"
          values={transferBases}
          labels={transferBasisLabels}
        />
        {basis === 'scc' && (
          <FormNumberSelect
            control={control}
            name="sccModule"
            label="SCC module"
            options={moduleOptions}
            helperText={`${transferDirectionLabels[chosenDirection]}: module ${sccModuleFor[chosenDirection]}`}
          />
        )}
        {basis === 'derogation' && (
          <EnumSelect
            control={control}
            name="derogation"
            label="Which derogation"
            values={derogations}
            labels={derogationLabels}
          />
        )}
      </Stack>
      {basis === 'derogation' && (
        <FormCheckbox
          control={control}
          name="occasional"
          label="An occasional transfer, not a regular or repeated one (only such can rest on Art. 49)"
        />
      )}
      <FormFieldError control={control} name="occasional" />
      {basis === 'adequacy' && status === 'partially-adequate' && (
        <FormCheckbox
          control={control}
          name="adequacyConfirmed"
          label={`The importer is covered by the decision (${country ? adequacyDecisions[country]?.note : ''}); checked`}
        />
      )}
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} alignItems="flex-start">
        <Box sx={{ flexShrink: 0 }}>
          <FormCheckbox control={control} name="tiaDone" label="Transfer impact assessment done" />
          <FormFieldError control={control} name="tiaDone" />
        </Box>
        {values.tiaDone && <FormDateField control={control} name="tiaOn" label="Assessed on" />}
        <FormDateField control={control} name="nextReviewOn" label="Next review of the transfer" />
      </Stack>
      <FormTextField
        control={control}
        name="supplementaryMeasures"
        label="Supplementary measures"
        multiline
        minRows={2}
        helperText="E.g. encryption with keys held in the EEA, pseudonymisation, access logging"
      />
      <FormTextField control={control} name="notes" label="Notes" />
      {check && check.errors.length > 0 && (
        <Alert severity="error">
          <AlertTitle>Not a valid basis as recorded</AlertTitle>
          {check.errors.join(' ')}
        </Alert>
      )}
      {check && check.errors.length === 0 && check.warnings.length > 0 && (
        <Alert severity="warning">{check.warnings.join(' ')}</Alert>
      )}
    </FormDialog>
  );
}
