import { Alert, Stack } from '@mui/material';
import { addDays, format, parseISO } from 'date-fns';
import { useEffect } from 'react';
import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import { agreementsChannels, type AgreementDetail } from '../../../shared/agreements/contract';
import { noticeChangeLabels, noticeChanges } from '../../../shared/agreements/rules';
import { EnumSelect, FormDateField, FormTextField } from '../../components/form';
import { FormNumberSelect } from '../../components/form/FormNumberSelect';
import { formatDate } from '../../lib/format';
import { OrganisationField } from '../organisations/OrganisationField';
import { useAddNoticeMutation, useAddSubprocessorMutation, useAgreementsQuery } from './agreementsApi';
import { FormDialog, useDialogForm } from './FormDialog';

const addSubprocessorForm = agreementsChannels['agreements.addSubprocessor'].input
  .omit({ id: true })
  .extend({ organisationId: z.number({ error: 'Choose the supplier' }).int().positive() });

/** The channel's own input (its rule needs both dates), the agreement's id held as a field. */
const noticeForm = agreementsChannels['agreements.addNotice'].input;

const thirtyDaysAfter = (date: string) => format(addDays(parseISO(date), 30), 'yyyy-MM-dd');

export function AddSubprocessorDialog({
  detail,
  today,
  onClose,
}: {
  detail: AgreementDetail;
  today: string;
  onClose: () => void;
}) {
  const [add] = useAddSubprocessorMutation();
  const { control, setValue, dialog } = useDialogForm(
    addSubprocessorForm,
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
        return `${added?.organisation.name ?? 'The sub-processor'} was added.`;
      },
      onDone: onClose,
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
      title={`Add a sub-processor for ${detail.organisation.name}`}
      submitLabel="Add sub-processor"
      onClose={onClose}
    >
      <OrganisationField
        control={control}
        name="organisationId"
        kind="supplier"
        label="Supplier"
        autoFocus
        helperText="A supplier from Customers and suppliers"
        onPicked={() => setValue('supplierAgreementId', null)}
      />
      <FormNumberSelect
        control={control}
        name="supplierAgreementId"
        label="Our agreement with the supplier"
        disabled={organisationId === null}
        emptyLabel="None registered"
        options={(theirs?.rows ?? []).map((agreement) => ({
          value: agreement.id,
          label: `${agreement.reference} ${agreement.title}`,
        }))}
        helperText={
          organisationId !== null && theirs?.rows.length === 0
            ? 'No agreement with this supplier is registered: the chain will be flagged'
            : 'The same obligations must bind the sub-processor (Art. 28(4))'
        }
      />
      <FormTextField control={control} name="service" label="What it does for this customer" />
      {detail.subprocessorAuthorisation === 'general' && (
        <Alert severity="info">
          Under a general authorisation a new sub-processor is announced first (Change notices, below) and
          added once the customer’s objection window has passed without objection, or once the customer
          approved it in writing (Art. 28(2)). One listed in the agreement when it was signed is authorised by
          the agreement: give the signing date.
        </Alert>
      )}
      <FormDateField
        control={control}
        name="authorisedOn"
        label={
          detail.subprocessorAuthorisation === 'specific'
            ? 'Authorised by the customer on'
            : 'Listed in the agreement signed on (optional)'
        }
        helperText={
          detail.subprocessorAuthorisation === 'specific'
            ? 'The date of the customer’s prior written authorisation'
            : detail.signedOn
              ? `Only for a sub-processor named in the agreement itself (signed ${formatDate(detail.signedOn)})`
              : 'Only for a sub-processor named in the agreement itself'
        }
      />
    </FormDialog>
  );
}

export function NoticeDialog({
  detail,
  today,
  onClose,
}: {
  detail: AgreementDetail;
  today: string;
  onClose: () => void;
}) {
  const [add] = useAddNoticeMutation();
  const { control, watch, setValue, dialog } = useDialogForm(
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
    { save: add, success: 'The change notice was recorded.', onDone: onClose },
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
      title={`Notify ${detail.organisation.name} of a change of sub-processors`}
      submitLabel="Record notice"
      onClose={onClose}
    >
      <EnumSelect
        control={control}
        name="change"
        label="Change"
        values={noticeChanges}
        labels={noticeChangeLabels}
      />
      <OrganisationField
        control={control}
        name="organisationId"
        kind="supplier"
        label="Sub-processor concerned"
      />
      <FormTextField
        control={control}
        name="description"
        label="What changes"
        multiline
        minRows={2}
        helperText="As told to the customer"
      />
      <Stack direction="row" spacing={2}>
        <FormDateField control={control} name="sentOn" label="Sent on" />
        <FormDateField
          control={control}
          name="objectionDeadline"
          label="Objections until"
          helperText="The customer’s deadline to object"
        />
      </Stack>
      <FormTextField
        control={control}
        name="sentTo"
        label="Sent to"
        helperText="Who at the customer, and how"
      />
    </FormDialog>
  );
}
