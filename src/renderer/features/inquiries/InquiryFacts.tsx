import { Box, Card, CardContent, CardHeader, Grid, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import type { AuditEntry } from '../../../shared/audit/contract';
import type { InquiryDetail } from '../../../shared/inquiries/contract';
import { AuditEntries } from '../../components/AuditEntries';
import { formatDate, formatDateTime } from '../../lib/format';
import { callLength } from './inquiryUi';
import { useLabels, useT } from '../../i18n';

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
  const t = useT('inquiries');
  const channelLabels = useLabels('inquiryChannel');
  const directionLabels = useLabels('direction');
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, md: 4 }}>
        <Card variant="outlined" sx={{ height: '100%' }}>
          <CardHeader title={t('thePerson')} titleTypographyProps={{ variant: 'subtitle1' }} />
          <CardContent sx={{ pt: 0 }}>
            <Field label={t('name')}>{inquiry.personName}</Field>
            <Field label={t('phone')}>{inquiry.personPhone}</Field>
            <Field label={t('email')}>{inquiry.personEmail}</Field>
            <Field label={t('reference')}>{inquiry.personReference}</Field>
            {inquiry.noContactReason && <Field label={t('noContactReason')}>{inquiry.noContactReason}</Field>}
          </CardContent>
        </Card>
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <Card variant="outlined" sx={{ height: '100%' }}>
          <CardHeader title={t('theContact')} titleTypographyProps={{ variant: 'subtitle1' }} />
          <CardContent sx={{ pt: 0 }}>
            <Field label={t('channel')}>
              {channelLabels[inquiry.channel]} ({directionLabels[inquiry.direction].toLocaleLowerCase()})
            </Field>
            <Field label={t('received')}>{formatDateTime(inquiry.receivedAt)}</Field>
            {inquiry.channel === 'phone' && (
              <Field label={t('callLengthLabel')}>{callLength(inquiry.callSeconds)}</Field>
            )}
            <Field label={t('onBehalfOf')}>{inquiry.onBehalfOf?.name ?? t('ownCompanyController')}</Field>
            <Field label={t('loggedBy')}>
              {t('loggedByLine', { name: inquiry.loggedBy.name, time: formatDateTime(inquiry.createdAt) })}
            </Field>
          </CardContent>
        </Card>
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <Card variant="outlined" sx={{ height: '100%' }}>
          <CardHeader title={t('handling')} titleTypographyProps={{ variant: 'subtitle1' }} />
          <CardContent sx={{ pt: 0 }}>
            <Field label={t('assignedTo')}>{inquiry.assignedTo.name}</Field>
            <Field label={t('followUpOn')}>
              {inquiry.followUpOn
                ? `${formatDate(inquiry.followUpOn)}${inquiry.followUpDue ? ` ${t('due')}` : ''}`
                : null}
            </Field>
            <Field label={t('outcome')}>{inquiry.outcome}</Field>
            {inquiry.closedAt && (
              <Field label={t('closed')}>
                {t('closedBy', { time: formatDateTime(inquiry.closedAt), name: inquiry.closedBy ?? '' })}
              </Field>
            )}
          </CardContent>
        </Card>
      </Grid>
      <Grid size={12}>
        <Card variant="outlined">
          <CardHeader title={t('notes')} titleTypographyProps={{ variant: 'subtitle1' }} />
          <CardContent sx={{ pt: 0 }}>
            <Typography
              variant="body2"
              sx={{ whiteSpace: 'pre-wrap' }}
              color={inquiry.notes ? 'text.primary' : 'text.secondary'}
            >
              {inquiry.notes ?? t('noNotes')}
            </Typography>
          </CardContent>
        </Card>
      </Grid>
      <Grid size={12}>
        <Card variant="outlined">
          <CardHeader title={t('history')} titleTypographyProps={{ variant: 'subtitle1' }} />
          <CardContent sx={{ pt: 0 }}>
            <AuditEntries entries={history ?? []} diffOf={(entry) => entry.action !== 'create'} />
          </CardContent>
        </Card>
      </Grid>
    </Grid>
  );
}
