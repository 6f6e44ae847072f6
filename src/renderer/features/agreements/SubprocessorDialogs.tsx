import { Alert, Stack } from '@mui/material';
import { addDays, format, parseISO } from 'date-fns';
import { useEffect, useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import { agreementsChannels } from '../../../shared/agreements/contract';
import { noticeChanges } from '../../../shared/agreements/rules';
import { EnumSelect, FormDateField, FormDialog, FormTextField, useDialogForm } from '../../components/form';
import { FormNumberSelect } from '../../components/form/FormNumberSelect';
import type { AgreementDialogProps } from './dialogProps';
import { useLabels, useT } from '../../i18n';
import { formatDate } from '../../lib/format';
import { OrganisationField } from '../organisations/OrganisationField';
import { useAddNoticeMutation, useAddSubprocessorMutation, useAgreementsQuery } from './agreementsApi';

/** The channel's input with the supplier required, asked for in the person's language. */
const addSubprocessorForm = (chooseSupplier: string) =>
  agreementsChannels['agreements.addSubprocessor'].input
    .omit({ id: true })
    .extend({ organisationId: z.number({ error: chooseSupplier }).int().positive() });

/** The channel's own input (its rule needs both dates), the agreement's id held as a field. */
const noticeForm = agreementsChannels['agreements.addNotice'].input;

const thirtyDaysAfter = (date: string) => format(addDays(parseISO(date), 30), 'yyyy-MM-dd');

export function AddSubprocessorDialog({ detail, today, onClose }: AgreementDialogProps) {
  const t = useT('agreementDialogs');
  const [add] = useAddSubprocessorMutation();
  const schema = useMemo(() => addSubprocessorForm(t('chooseSupplier')), [t]);
  const { control, field, setValue, dialog } = useDialogForm(
    schema,
    {
      organisationId: undefined,
      supplierAgreementId: null,
      service: '',
      authorisedOn: detail.subprocessorAuthorisation === 'specific' ? today : null,
    },
    {
      save: (values) => add({ id: detail.id, ...values }),
      success: (saved, values) => {
        const added = saved?.subprocessors.find((link) => link.organisation.id === values.organisationId);
        return t('subprocessorAdded', { name: added?.organisation.name ?? t('theSubprocessor') });
      },
      onClose,
    },
  );
  const organisationId = useWatch({ control, name: 'organisationId' }) ?? null;
  const { data: theirs } = useAgreementsQuery(
    { companyRole: 'controller', organisationId: organisationId ?? 0, pageSize: 100, sort: 'reference' },
    { skip: organisationId === null },
  );
  return (
    <FormDialog
      {...dialog}
      column
      title={t('addSubprocessorTitle', { organisation: detail.organisation.name })}
      submitLabel={t('addSubprocessor')}
    >
      <OrganisationField
        {...field('organisationId')}
        kind="supplier"
        label={t('supplier')}
        autoFocus
        helperText={t('supplierHelp')}
        onPicked={() => setValue('supplierAgreementId', null)}
      />
      <FormNumberSelect
        {...field('supplierAgreementId')}
        label={t('ourAgreement')}
        disabled={organisationId === null}
        emptyLabel={t('noneRegistered')}
        options={(theirs?.rows ?? []).map((agreement) => ({
          value: agreement.id,
          label: `${agreement.reference} ${agreement.title}`,
        }))}
        helperText={
          organisationId !== null && theirs?.rows.length === 0
            ? t('noSupplierAgreement')
            : t('sameObligations')
        }
      />
      <FormTextField {...field('service')} label={t('service')} />
      {detail.subprocessorAuthorisation === 'general' && (
        <Alert severity="info">{t('generalAuthorisation')}</Alert>
      )}
      <FormDateField
        {...field('authorisedOn')}
        label={detail.subprocessorAuthorisation === 'specific' ? t('authorisedOn') : t('listedOn')}
        helperText={
          detail.subprocessorAuthorisation === 'specific'
            ? t('priorAuthorisation')
            : detail.signedOn
              ? t('namedInAgreementSigned', { date: formatDate(detail.signedOn) })
              : t('namedInAgreement')
        }
      />
    </FormDialog>
  );
}

export function NoticeDialog({ detail, today, onClose }: AgreementDialogProps) {
  const t = useT('agreementDialogs');
  const noticeChangeLabels = useLabels('noticeChange');
  const [add] = useAddNoticeMutation();
  const { field, watch, setValue, dialog } = useDialogForm(
    noticeForm,
    {
      id: detail.id,
      change: 'addition',
      organisationId: null,
      description: '',
      sentOn: today,
      sentTo: '',
      objectionDeadline: thirtyDaysAfter(today),
    },
    { save: add, success: t('noticeRecorded'), onClose },
  );
  // The objection window follows the date the notice was sent, as long as nobody chose another.
  useEffect(() => {
    const watching = watch((values, { name }) => {
      if (name === 'sentOn' && values.sentOn) setValue('objectionDeadline', thirtyDaysAfter(values.sentOn));
    });
    return () => watching.unsubscribe();
  }, [watch, setValue]);
  return (
    <FormDialog
      {...dialog}
      column
      title={t('noticeTitle', { organisation: detail.organisation.name })}
      submitLabel={t('recordNotice')}
    >
      <EnumSelect
        {...field('change')}
        label={t('change')}
        values={noticeChanges}
        labels={noticeChangeLabels}
      />
      <OrganisationField {...field('organisationId')} kind="supplier" label={t('subprocessorConcerned')} />
      <FormTextField
        {...field('description')}
        label={t('whatChanges')}
        multiline
        minRows={2}
        helperText={t('asTold')}
      />
      <Stack direction="row" spacing={2}>
        <FormDateField {...field('sentOn')} label={t('sentOn')} />
        <FormDateField
          {...field('objectionDeadline')}
          label={t('objectionDeadline')}
          helperText={t('objectionDeadlineHelp')}
        />
      </Stack>
      <FormTextField {...field('sentTo')} label={t('sentTo')} helperText={t('sentToHelp')} />
    </FormDialog>
  );
}
