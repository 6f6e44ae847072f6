import { Box, Card, CardContent, CardHeader, Grid, type GridProps, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import type { AuditEntry } from '../../../shared/audit/contract';
import type { InquiryDetail } from '../../../shared/inquiries/contract';
import { AuditEntries } from '../../components/AuditEntries';
import { NotesText } from '../../components/NotesText';
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

/** One card of the record in its grid cell, as tall as its row. */
function FactsCard({
  title,
  size,
  children,
}: {
  title: string;
  size: GridProps['size'];
  children: ReactNode;
}) {
  return (
    <Grid size={size}>
      <Card variant="outlined" sx={{ height: '100%' }}>
        <CardHeader title={title} titleTypographyProps={{ variant: 'subtitle1' }} />
        <CardContent sx={{ pt: 0 }}>{children}</CardContent>
      </Card>
    </Grid>
  );
}

/** The inquiry's record in cards: the person, the contact, its handling, the notes and the history. */
export function InquiryFacts({ inquiry, history }: { inquiry: InquiryDetail; history: AuditEntry[] }) {
  const t = useT('inquiries');
  const channelLabels = useLabels('inquiryChannel');
  const directionLabels = useLabels('direction');
  return (
    <Grid container spacing={2}>
      <FactsCard title={t('thePerson')} size={{ xs: 12, md: 4 }}>
        <Field label={t('name')}>{inquiry.personName}</Field>
        <Field label={t('phone')}>{inquiry.personPhone}</Field>
        <Field label={t('email')}>{inquiry.personEmail}</Field>
        <Field label={t('reference')}>{inquiry.personReference}</Field>
        {inquiry.noContactReason && <Field label={t('noContactReason')}>{inquiry.noContactReason}</Field>}
      </FactsCard>
      <FactsCard title={t('theContact')} size={{ xs: 12, md: 4 }}>
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
      </FactsCard>
      <FactsCard title={t('handling')} size={{ xs: 12, md: 4 }}>
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
      </FactsCard>
      <FactsCard title={t('notes')} size={12}>
        <NotesText notes={inquiry.notes} none={t('noNotes')} />
      </FactsCard>
      <FactsCard title={t('history')} size={12}>
        <AuditEntries entries={history ?? []} diffOf={(entry) => entry.action !== 'create'} />
      </FactsCard>
    </Grid>
  );
}
