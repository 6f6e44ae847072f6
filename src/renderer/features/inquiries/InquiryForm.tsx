import { CalendarDateField } from '../../components/CalendarDateField';
import { Alert, Autocomplete, Box, Grid, TextField } from '@mui/material';
import { format, isValid, parse, parseISO } from 'date-fns';
import type { ReactNode } from 'react';
import type { InquiryDetail, InquiryInput } from '../../../shared/inquiries/contract';
import {
  directionLabels,
  directions,
  inquiryCategories,
  inquiryCategoryLabels,
  inquiryChannelLabels,
  inquiryChannels,
  inquiryStatuses,
  inquiryStatusLabels,
  type Direction,
  type InquiryCategory,
  type InquiryChannel,
  type InquiryStatus,
} from '../../../shared/inquiries/rules';
import type { ValidationIssue } from '../../../shared/errors';
import { formatDateTime } from '../../lib/format';
import { useOrganisationsQuery } from '../organisations/organisationsApi';
import { useColleaguesQuery } from '../users/usersApi';

/** The form's values: text as typed, the received time as local "dd.MM.yyyy HH:mm" (one Tab stop). */
export interface InquiryFormValues {
  channel: InquiryChannel;
  direction: Direction;
  receivedLocal: string;
  onBehalfOfId: number | null;
  personName: string;
  personPhone: string;
  personEmail: string;
  personReference: string;
  noContactReason: string;
  category: InquiryCategory;
  summary: string;
  notes: string;
  status: InquiryStatus;
  outcome: string;
  followUpOn: string;
  assignedToId: number | null;
}

export type InquiryFormErrors = Partial<Record<keyof InquiryFormValues | 'receivedAt', string>>;

const receivedFormat = 'dd.MM.yyyy HH:mm';

export function toLocalInput(iso: string): string {
  return format(parseISO(iso), receivedFormat);
}

/** The typed received time, or null when it is not a date and time in the form dd.mm.yyyy hh:mm. */
export function parseReceived(text: string): Date | null {
  const parsed = parse(text.trim(), receivedFormat, new Date());
  return isValid(parsed) ? parsed : null;
}

export function emptyInquiryForm(nowIso: string, userId: number | null): InquiryFormValues {
  return {
    channel: 'phone',
    direction: 'incoming',
    receivedLocal: toLocalInput(nowIso),
    onBehalfOfId: null,
    personName: '',
    personPhone: '',
    personEmail: '',
    personReference: '',
    noContactReason: '',
    category: 'general',
    summary: '',
    notes: '',
    status: 'open',
    outcome: '',
    followUpOn: '',
    assignedToId: userId,
  };
}

export function formFromInquiry(inquiry: InquiryDetail): InquiryFormValues {
  return {
    channel: inquiry.channel,
    direction: inquiry.direction,
    receivedLocal: toLocalInput(inquiry.receivedAt),
    onBehalfOfId: inquiry.onBehalfOf?.id ?? null,
    personName: inquiry.personName ?? '',
    personPhone: inquiry.personPhone ?? '',
    personEmail: inquiry.personEmail ?? '',
    personReference: inquiry.personReference ?? '',
    noContactReason: inquiry.noContactReason ?? '',
    category: inquiry.category,
    summary: inquiry.summary,
    notes: inquiry.notes ?? '',
    status: inquiry.status,
    outcome: inquiry.outcome ?? '',
    followUpOn: inquiry.followUpOn ?? '',
    assignedToId: inquiry.assignedTo.id,
  };
}

/** What the core receives; it validates everything again. */
export function inquiryInput(values: InquiryFormValues, callSeconds: number | null): InquiryInput {
  const received = parseReceived(values.receivedLocal);
  return {
    channel: values.channel,
    direction: values.direction,
    receivedAt: received ? received.toISOString() : '',
    onBehalfOfId: values.onBehalfOfId,
    personName: values.personName,
    personPhone: values.personPhone,
    personEmail: values.personEmail,
    personReference: values.personReference,
    noContactReason: values.noContactReason,
    category: values.category,
    summary: values.summary,
    notes: values.notes,
    status: values.status,
    outcome: values.status === 'closed' ? values.outcome : '',
    followUpOn: values.followUpOn || null,
    assignedToId: values.assignedToId ?? undefined,
    callSeconds: values.channel === 'phone' ? callSeconds : null,
  };
}

export function errorsFrom(issues: ValidationIssue[] | undefined): InquiryFormErrors {
  const errors: InquiryFormErrors = {};
  for (const issue of issues ?? []) {
    const key = issue.path.split('.')[0] as keyof InquiryFormErrors;
    errors[key === 'receivedAt' ? 'receivedLocal' : key] ??=
      key === 'receivedAt' && issue.message.includes('ISO') ? 'Use the form dd.mm.yyyy hh:mm' : issue.message;
  }
  return errors;
}

const ownCompany = { id: 0, name: 'Our own company (we are controller)' };

/**
 * The fields in the order an agent hears them on a call: how and when, for whom, who, what,
 * and what happens next. Native selects: a letter key picks an option without opening a menu.
 */
export function InquiryForm({
  values,
  errors,
  onChange,
  autoFocus,
  extra,
}: {
  values: InquiryFormValues;
  errors: InquiryFormErrors;
  onChange: (patch: Partial<InquiryFormValues>) => void;
  autoFocus?: boolean;
  extra?: ReactNode;
}) {
  const { data: organisations } = useOrganisationsQuery({});
  const { data: colleagues } = useColleaguesQuery({});
  const customers = [
    ownCompany,
    ...(organisations ?? [])
      .filter(
        (organisation) =>
          organisation.isCustomer && (organisation.active || organisation.id === values.onBehalfOfId),
      )
      .map((organisation) => ({ id: organisation.id, name: organisation.name })),
  ];
  const selectedCustomer = customers.find((option) => option.id === (values.onBehalfOfId ?? 0)) ?? ownCompany;
  const reachable = values.personPhone.trim() !== '' || values.personEmail.trim() !== '';
  // A native select's label cannot tell whether an option shows: keep it above the box, never over the value.
  const native = { select: { native: true }, inputLabel: { shrink: true } } as const;
  const received = parseReceived(values.receivedLocal);

  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, sm: 4 }}>
        <TextField
          select
          label="Channel"
          value={values.channel}
          autoFocus={autoFocus}
          slotProps={native}
          onChange={(event) => onChange({ channel: event.target.value as InquiryChannel })}
        >
          {inquiryChannels.map((channel) => (
            <option key={channel} value={channel}>
              {inquiryChannelLabels[channel]}
            </option>
          ))}
        </TextField>
      </Grid>
      <Grid size={{ xs: 12, sm: 3 }}>
        <TextField
          select
          label="Direction"
          value={values.direction}
          slotProps={native}
          onChange={(event) => onChange({ direction: event.target.value as Direction })}
        >
          {directions.map((direction) => (
            <option key={direction} value={direction}>
              {directionLabels[direction]}
            </option>
          ))}
        </TextField>
      </Grid>
      <Grid size={{ xs: 12, sm: 5 }}>
        <TextField
          label="Received at"
          value={values.receivedLocal}
          required
          autoComplete="off"
          error={Boolean(errors.receivedLocal) || !received}
          helperText={
            errors.receivedLocal ??
            (received ? 'Now, unless the contact came earlier' : 'Use the form dd.mm.yyyy hh:mm')
          }
          onChange={(event) => onChange({ receivedLocal: event.target.value })}
        />
      </Grid>
      <Grid size={12}>
        <Autocomplete
          options={customers}
          value={selectedCustomer}
          autoHighlight
          disableClearable
          getOptionLabel={(option) => option.name}
          isOptionEqualToValue={(option, value) => option.id === value.id}
          onChange={(_event, option) => onChange({ onBehalfOfId: option.id === 0 ? null : option.id })}
          renderInput={(params) => (
            <TextField
              {...params}
              label="On behalf of"
              error={Boolean(errors.onBehalfOfId)}
              helperText={
                errors.onBehalfOfId ?? 'The customer company the person is a customer of, or our own company'
              }
            />
          )}
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>
        <TextField
          label="Name"
          value={values.personName}
          error={Boolean(errors.personName)}
          helperText={errors.personName}
          autoComplete="off"
          onChange={(event) => onChange({ personName: event.target.value })}
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>
        <TextField
          label="Phone"
          value={values.personPhone}
          error={Boolean(errors.personPhone)}
          helperText={errors.personPhone}
          autoComplete="off"
          onChange={(event) => onChange({ personPhone: event.target.value })}
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>
        <TextField
          label="E-mail"
          value={values.personEmail}
          error={Boolean(errors.personEmail)}
          helperText={errors.personEmail}
          autoComplete="off"
          onChange={(event) => onChange({ personEmail: event.target.value })}
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>
        <TextField
          label="Customer's reference"
          value={values.personReference}
          error={Boolean(errors.personReference)}
          helperText={errors.personReference ?? 'Customer number or case number at the customer'}
          autoComplete="off"
          onChange={(event) => onChange({ personReference: event.target.value })}
        />
      </Grid>
      {!reachable && (
        <Grid size={12}>
          <TextField
            label="No phone or e-mail because"
            value={values.noContactReason}
            error={Boolean(errors.noContactReason)}
            helperText={errors.noContactReason ?? 'e.g. anonymous caller, declined to give details'}
            onChange={(event) => onChange({ noContactReason: event.target.value })}
          />
        </Grid>
      )}
      <Grid size={{ xs: 12, sm: 5 }}>
        <TextField
          select
          label="Category"
          value={values.category}
          slotProps={native}
          onChange={(event) => onChange({ category: event.target.value as InquiryCategory })}
        >
          {inquiryCategories.map((category) => (
            <option key={category} value={category}>
              {inquiryCategoryLabels[category]}
            </option>
          ))}
        </TextField>
      </Grid>
      <Grid size={{ xs: 12, sm: 7 }}>
        <TextField
          label="Summary"
          required
          value={values.summary}
          error={Boolean(errors.summary)}
          helperText={errors.summary ?? 'One line: what the person wanted'}
          autoComplete="off"
          onChange={(event) => onChange({ summary: event.target.value })}
        />
      </Grid>
      {values.category === 'rights-request' && (
        <Grid size={12}>
          <Alert severity="warning" role="note">
            <strong>
              The legal clock started{' '}
              {received && !Number.isNaN(received.getTime())
                ? formatDateTime(received.toISOString())
                : 'at the received time'}
              .
            </strong>{' '}
            The reply is due one month from that day. Give out no personal data on an unverified call: the
            data protection officer verifies the person’s identity first.
          </Alert>
        </Grid>
      )}
      {values.category === 'possible-breach' && (
        <Grid size={12}>
          <Alert severity="error" role="note">
            A possible data breach: note what happened and when, and tell the data protection officer at once.
            The 72-hour clock for notifying Datatilsynet may already be running.
          </Alert>
        </Grid>
      )}
      <Grid size={12}>
        <TextField
          label="Notes"
          multiline
          minRows={2}
          maxRows={8}
          value={values.notes}
          error={Boolean(errors.notes)}
          helperText={errors.notes ?? 'Ctrl+Enter saves from here'}
          onChange={(event) => onChange({ notes: event.target.value })}
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 4 }}>
        <TextField
          select
          label="Status"
          value={values.status}
          slotProps={native}
          onChange={(event) => onChange({ status: event.target.value as InquiryStatus })}
        >
          {inquiryStatuses.map((status) => (
            <option key={status} value={status}>
              {inquiryStatusLabels[status]}
            </option>
          ))}
        </TextField>
      </Grid>
      <Grid size={{ xs: 12, sm: 4 }}>
        <CalendarDateField
          label="Follow up on"
          value={values.followUpOn || null}
          error={Boolean(errors.followUpOn)}
          helperText={errors.followUpOn}
          onChange={(followUpOn) => onChange({ followUpOn: followUpOn ?? '' })}
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 4 }}>
        <TextField
          select
          label="Assigned to"
          value={values.assignedToId ?? ''}
          error={Boolean(errors.assignedToId)}
          helperText={errors.assignedToId}
          slotProps={native}
          onChange={(event) => onChange({ assignedToId: Number(event.target.value) || null })}
        >
          {(colleagues ?? []).map((user) => (
            <option key={user.id} value={user.id}>
              {user.displayName}
            </option>
          ))}
        </TextField>
      </Grid>
      {values.status === 'closed' && (
        <Grid size={12}>
          <TextField
            label="Outcome"
            required
            value={values.outcome}
            error={Boolean(errors.outcome)}
            helperText={errors.outcome ?? 'One line: how it ended'}
            onChange={(event) => onChange({ outcome: event.target.value })}
          />
        </Grid>
      )}
      {extra && <Box sx={{ width: '100%' }}>{extra}</Box>}
    </Grid>
  );
}
