import { Alert, Autocomplete, MenuItem, Stack, TextField } from '@mui/material';
import { addDays, format, parseISO } from 'date-fns';
import { useState } from 'react';
import type { AgreementDetail } from '../../../shared/agreements/contract';
import { noticeChangeLabels, noticeChanges, type NoticeChange } from '../../../shared/agreements/rules';
import { formatDate } from '../../lib/format';
import { CalendarDateField } from '../../components/CalendarDateField';
import { useOrganisationsQuery } from '../organisations/organisationsApi';
import { useAddNoticeMutation, useAddSubprocessorMutation, useAgreementsQuery } from './agreementsApi';
import { FormDialog } from './FormDialog';

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
  const { data: suppliers } = useOrganisationsQuery({ kind: 'supplier', includeInactive: false });
  const [organisationId, setOrganisationId] = useState<number | null>(null);
  const [supplierAgreementId, setSupplierAgreementId] = useState<number | null>(null);
  const [service, setService] = useState('');
  const [authorisedOn, setAuthorisedOn] = useState<string | null>(
    detail.subprocessorAuthorisation === 'specific' ? today : null,
  );
  const [errors, setErrors] = useState<
    Partial<Record<'organisationId' | 'supplierAgreementId' | 'authorisedOn', string>>
  >({});
  const { data: theirs } = useAgreementsQuery(
    { companyRole: 'controller', organisationId: organisationId ?? 0, pageSize: 100, sort: 'reference' },
    { skip: organisationId === null },
  );
  const supplier = (suppliers ?? []).find((candidate) => candidate.id === organisationId) ?? null;
  return (
    <FormDialog
      title={`Add a sub-processor for ${detail.organisation.name}`}
      submitLabel="Add sub-processor"
      fields={['organisationId', 'supplierAgreementId', 'authorisedOn'] as const}
      setErrors={setErrors}
      success={`${supplier?.name ?? 'The sub-processor'} was added.`}
      onClose={onClose}
      onSubmit={() =>
        add({
          id: detail.id,
          organisationId: organisationId ?? 0,
          supplierAgreementId,
          service,
          authorisedOn,
        })
      }
    >
      <Autocomplete
        options={suppliers ?? []}
        value={supplier}
        onChange={(_event, picked) => {
          setOrganisationId(picked?.id ?? null);
          setSupplierAgreementId(null);
          setErrors({});
        }}
        getOptionLabel={(option) => option.name}
        isOptionEqualToValue={(option, picked) => option.id === picked.id}
        autoHighlight
        renderInput={(params) => (
          <TextField
            {...params}
            label="Supplier"
            autoFocus
            error={!!errors.organisationId}
            helperText={errors.organisationId ?? 'A supplier from Customers and suppliers'}
          />
        )}
      />
      <TextField
        select
        label="Our agreement with the supplier"
        value={supplierAgreementId === null ? '' : String(supplierAgreementId)}
        onChange={(event) => setSupplierAgreementId(event.target.value ? Number(event.target.value) : null)}
        disabled={organisationId === null}
        error={!!errors.supplierAgreementId}
        helperText={
          errors.supplierAgreementId ??
          (organisationId !== null && theirs?.rows.length === 0
            ? 'No agreement with this supplier is registered: the chain will be flagged'
            : 'The same obligations must bind the sub-processor (Art. 28(4))')
        }
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      >
        <MenuItem value="">None registered</MenuItem>
        {(theirs?.rows ?? []).map((agreement) => (
          <MenuItem key={agreement.id} value={String(agreement.id)}>
            {agreement.reference} {agreement.title}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        label="What it does for this customer"
        value={service}
        onChange={(event) => setService(event.target.value)}
      />
      {detail.subprocessorAuthorisation === 'general' && (
        <Alert severity="info">
          Under a general authorisation a new sub-processor is announced first (Change notices, below) and
          added once the customer’s objection window has passed without objection, or once the customer
          approved it in writing (Art. 28(2)). One listed in the agreement when it was signed is authorised by
          the agreement: give the signing date.
        </Alert>
      )}
      <CalendarDateField
        label={
          detail.subprocessorAuthorisation === 'specific'
            ? 'Authorised by the customer on'
            : 'Listed in the agreement signed on (optional)'
        }
        value={authorisedOn}
        onChange={setAuthorisedOn}
        error={!!errors.authorisedOn}
        helperText={
          errors.authorisedOn ??
          (detail.subprocessorAuthorisation === 'specific'
            ? 'The date of the customer’s prior written authorisation'
            : detail.signedOn
              ? `Only for a sub-processor named in the agreement itself (signed ${formatDate(detail.signedOn)})`
              : 'Only for a sub-processor named in the agreement itself')
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
  const { data: suppliers } = useOrganisationsQuery({ kind: 'supplier', includeInactive: false });
  const [change, setChange] = useState<NoticeChange>('addition');
  const [organisationId, setOrganisationId] = useState<number | null>(null);
  const [description, setDescription] = useState('');
  const [sentOn, setSentOn] = useState<string | null>(today);
  const [sentTo, setSentTo] = useState('');
  const [objectionDeadline, setObjectionDeadline] = useState<string | null>(
    format(addDays(parseISO(today), 30), 'yyyy-MM-dd'),
  );
  const [errors, setErrors] = useState<
    Partial<Record<'change' | 'organisationId' | 'description' | 'sentOn' | 'objectionDeadline', string>>
  >({});
  const supplier = (suppliers ?? []).find((candidate) => candidate.id === organisationId) ?? null;
  return (
    <FormDialog
      title={`Notify ${detail.organisation.name} of a change of sub-processors`}
      submitLabel="Record notice"
      fields={['change', 'organisationId', 'description', 'sentOn', 'objectionDeadline'] as const}
      setErrors={setErrors}
      success="The change notice was recorded."
      onClose={onClose}
      onSubmit={() =>
        add({
          id: detail.id,
          change,
          organisationId,
          description,
          sentOn: sentOn ?? '',
          sentTo,
          objectionDeadline: objectionDeadline ?? '',
        })
      }
    >
      <TextField
        select
        label="Change"
        value={change}
        onChange={(event) => setChange(event.target.value as NoticeChange)}
      >
        {noticeChanges.map((value) => (
          <MenuItem key={value} value={value}>
            {noticeChangeLabels[value]}
          </MenuItem>
        ))}
      </TextField>
      <Autocomplete
        options={suppliers ?? []}
        value={supplier}
        onChange={(_event, picked) => setOrganisationId(picked?.id ?? null)}
        getOptionLabel={(option) => option.name}
        isOptionEqualToValue={(option, picked) => option.id === picked.id}
        autoHighlight
        renderInput={(params) => (
          <TextField
            {...params}
            label="Sub-processor concerned"
            error={!!errors.organisationId}
            helperText={errors.organisationId}
          />
        )}
      />
      <TextField
        label="What changes"
        multiline
        minRows={2}
        value={description}
        onChange={(event) => setDescription(event.target.value)}
        error={!!errors.description}
        helperText={errors.description ?? 'As told to the customer'}
      />
      <Stack direction="row" spacing={2}>
        <CalendarDateField
          label="Sent on"
          value={sentOn}
          onChange={(value) => {
            setSentOn(value);
            if (value) setObjectionDeadline(format(addDays(parseISO(value), 30), 'yyyy-MM-dd'));
          }}
          error={!!errors.sentOn}
          helperText={errors.sentOn}
        />
        <CalendarDateField
          label="Objections until"
          value={objectionDeadline}
          onChange={setObjectionDeadline}
          error={!!errors.objectionDeadline}
          helperText={errors.objectionDeadline ?? 'The customer’s deadline to object'}
        />
      </Stack>
      <TextField
        label="Sent to"
        value={sentTo}
        onChange={(event) => setSentTo(event.target.value)}
        helperText="Who at the customer, and how"
      />
    </FormDialog>
  );
}
