import { Box, Card, CardContent, CardHeader, Grid, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import type { AuditEntry } from '../../../shared/audit/contract';
import type { InquiryDetail } from '../../../shared/inquiries/contract';
import { directionLabels, inquiryChannelLabels } from '../../../shared/inquiries/rules';
import { AuditEntries } from '../../components/AuditEntries';
import { formatDate, formatDateTime } from '../../lib/format';
import { callLength } from './inquiryUi';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box sx={{ mb: 1.25 }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {label}
      </Typography>
      <Typography variant="body2" component="div">
        {children === null || children === undefined || children === '' ? '—' : children}
      </Typography>
    </Box>
  );
}

/** The inquiry's record in cards: the person, the contact, its handling, the notes and the history. */
export function InquiryFacts({ inquiry, history }: { inquiry: InquiryDetail; history: AuditEntry[] }) {
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, md: 4 }}>
        <Card variant="outlined" sx={{ height: '100%' }}>
          <CardHeader title="The person" titleTypographyProps={{ variant: 'subtitle1' }} />
          <CardContent sx={{ pt: 0 }}>
            <Field label="Name">{inquiry.personName}</Field>
            <Field label="Phone">{inquiry.personPhone}</Field>
            <Field label="E-mail">{inquiry.personEmail}</Field>
            <Field label="Customer's reference">{inquiry.personReference}</Field>
            {inquiry.noContactReason && (
              <Field label="No phone or e-mail because">{inquiry.noContactReason}</Field>
            )}
          </CardContent>
        </Card>
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <Card variant="outlined" sx={{ height: '100%' }}>
          <CardHeader title="The contact" titleTypographyProps={{ variant: 'subtitle1' }} />
          <CardContent sx={{ pt: 0 }}>
            <Field label="Channel">
              {inquiryChannelLabels[inquiry.channel]} ({directionLabels[inquiry.direction].toLowerCase()})
            </Field>
            <Field label="Received">{formatDateTime(inquiry.receivedAt)}</Field>
            {inquiry.channel === 'phone' && (
              <Field label="Call length">{callLength(inquiry.callSeconds)}</Field>
            )}
            <Field label="On behalf of">
              {inquiry.onBehalfOf?.name ?? 'Our own company (we are controller)'}
            </Field>
            <Field label="Logged by">
              {inquiry.loggedBy.name}, {formatDateTime(inquiry.createdAt)}
            </Field>
          </CardContent>
        </Card>
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <Card variant="outlined" sx={{ height: '100%' }}>
          <CardHeader title="Handling" titleTypographyProps={{ variant: 'subtitle1' }} />
          <CardContent sx={{ pt: 0 }}>
            <Field label="Assigned to">{inquiry.assignedTo.name}</Field>
            <Field label="Follow up on">
              {inquiry.followUpOn
                ? `${formatDate(inquiry.followUpOn)}${inquiry.followUpDue ? ' (due)' : ''}`
                : null}
            </Field>
            <Field label="Outcome">{inquiry.outcome}</Field>
            {inquiry.closedAt && (
              <Field label="Closed">
                {formatDateTime(inquiry.closedAt)} by {inquiry.closedBy}
              </Field>
            )}
          </CardContent>
        </Card>
      </Grid>
      <Grid size={12}>
        <Card variant="outlined">
          <CardHeader title="Notes" titleTypographyProps={{ variant: 'subtitle1' }} />
          <CardContent sx={{ pt: 0 }}>
            <Typography
              variant="body2"
              sx={{ whiteSpace: 'pre-wrap' }}
              color={inquiry.notes ? 'text.primary' : 'text.secondary'}
            >
              {inquiry.notes ?? 'No notes.'}
            </Typography>
          </CardContent>
        </Card>
      </Grid>
      <Grid size={12}>
        <Card variant="outlined">
          <CardHeader title="History" titleTypographyProps={{ variant: 'subtitle1' }} />
          <CardContent sx={{ pt: 0 }}>
            <AuditEntries entries={history ?? []} diffOf={(entry) => entry.action !== 'create'} />
          </CardContent>
        </Card>
      </Grid>
    </Grid>
  );
}
