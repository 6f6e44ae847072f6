import { Alert, AlertTitle, Box, Stack } from '@mui/material';
import { useEffect, useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { type Transfer, transferFields } from '../../../shared/agreements/contract';
import {
  checkTransfer,
  derogations,
  directionsFor,
  sccModuleFor,
  sccModules,
  transferBases,
} from '../../../shared/agreements/rules';
import { adequacyDecisions, isCountryCode, transferStatus } from '../../../shared/countries';
import {
  EnumSelect,
  FormCheckbox,
  FormDateField,
  FormDialog,
  FormTextField,
  useDialogForm,
} from '../../components/form';
import { FormCountrySelect } from '../../components/form/FormCountrySelect';
import { FieldError } from '../../components/form/FieldError';
import { FormNumberSelect } from '../../components/form/FormNumberSelect';
import type { AgreementDialogProps } from './dialogProps';
import { useLabels, useSay, useT } from '../../i18n';
import { useAddTransferMutation, useUpdateTransferMutation } from './agreementsApi';

export function TransferDialog({
  detail,
  existing,
  today,
  onClose,
}: AgreementDialogProps & { existing: Transfer | null }) {
  const t = useT('agreementDialogs');
  const say = useSay();
  const derogationLabels = useLabels('derogation');
  const sccModuleLabels = useLabels('sccModule');
  const transferBasisLabels = useLabels('transferBasis');
  const transferDirectionLabels = useLabels('transferDirection');
  const moduleOptions = sccModules.map((value) => ({ value, label: sccModuleLabels[value] }));
  const [add] = useAddTransferMutation();
  const [update] = useUpdateTransferMutation();
  const directions = useMemo(() => directionsFor(detail.companyRole), [detail.companyRole]);
  const direction = existing?.direction ?? directions[0];
  const { control, field, watch, setValue, dialog } = useDialogForm(
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
      success: existing ? t('transferSaved') : t('transferRecorded'),
      onClose,
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
      column
      title={existing ? t('editTransfer', { importer: existing.importer }) : t('newTransfer')}
      submitLabel={existing ? t('saveTransfer') : t('recordTransfer')}
      maxWidth="md"
    >
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <FormTextField
          {...field('importer')}
          label={t('importer')}
          autoFocus
          helperText={t('importerHelp')}
        />
        <Box sx={{ width: '100%' }}>
          <FormCountrySelect
            {...field('country')}
            label={t('country')}
            helperText={
              country && adequacyDecisions[country]?.note
                ? t('partialAdequacy', { note: adequacyDecisions[country]?.note })
                : undefined
            }
          />
        </Box>
      </Stack>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <EnumSelect
          {...field('direction')}
          label={t('whoExports')}
          values={directions}
          labels={transferDirectionLabels}
          helperText={t('whoExportsHelp')}
        />
        <EnumSelect
          {...field('basis')}
          label={t('transferBasis')}
          values={transferBases}
          labels={transferBasisLabels}
        />
        {basis === 'scc' && (
          <FormNumberSelect
            {...field('sccModule')}
            label={t('sccModule')}
            options={moduleOptions}
            helperText={t('moduleOf', {
              direction: transferDirectionLabels[chosenDirection],
              module: sccModuleFor[chosenDirection],
            })}
          />
        )}
        {basis === 'derogation' && (
          <EnumSelect
            {...field('derogation')}
            label={t('whichDerogation')}
            values={derogations}
            labels={derogationLabels}
          />
        )}
      </Stack>
      {basis === 'derogation' && <FormCheckbox {...field('occasional')} label={t('occasional')} />}
      <FieldError {...field('occasional')} />
      {basis === 'adequacy' && status === 'partially-adequate' && (
        <FormCheckbox
          {...field('adequacyConfirmed')}
          label={t('adequacyConfirmed', { note: country ? (adequacyDecisions[country]?.note ?? '') : '' })}
        />
      )}
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} alignItems="flex-start">
        <Box sx={{ flexShrink: 0 }}>
          <FormCheckbox {...field('tiaDone')} label={t('tiaDone')} />
          <FieldError {...field('tiaDone')} />
        </Box>
        {values.tiaDone && <FormDateField {...field('tiaOn')} label={t('assessedOn')} />}
        <FormDateField {...field('nextReviewOn')} label={t('nextTransferReview')} />
      </Stack>
      <FormTextField
        {...field('supplementaryMeasures')}
        label={t('supplementaryMeasures')}
        multiline
        minRows={2}
        helperText={t('supplementaryMeasuresHelp')}
      />
      <FormTextField {...field('notes')} label={t('notes')} />
      {check && check.errors.length > 0 && (
        <Alert severity="error">
          <AlertTitle>{t('notValidBasis')}</AlertTitle>
          {check.errorTexts.map(say).join(' ')}
        </Alert>
      )}
      {check && check.errors.length === 0 && check.warnings.length > 0 && (
        <Alert severity="warning">{check.warningTexts.map(say).join(' ')}</Alert>
      )}
    </FormDialog>
  );
}
