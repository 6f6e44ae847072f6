import { Box, Grid, Typography } from '@mui/material';
import { FactCard } from '../../components/Fact';
import type { CaseDetail } from '../../../shared/cases/contract';
import { useLabels, useT } from '../../i18n';
import { formatDate, formatDateTime } from '../../lib/format';
import { Fact } from './caseUi';

/** The overview tab of a case: the person and the request. */
export function CaseOverview({ detail }: { detail: CaseDetail }) {
  const t = useT('cases');
  const requestTypeLabels = useLabels('requestType');
  const articleLabels = useLabels('requestTypeArticle');
  const replyMustLabels = useLabels('requestTypeReplyMust');
  const channelLabels = useLabels('caseChannel');
  const priorityLabels = useLabels('casePriority');
  const relationLabels = useLabels('representativeRelation');
  const { person } = detail;
  return (
    <Grid container spacing={2}>
      <FactCard title={t('thePerson')} size={{ xs: 12, md: 6 }}>
        <Fact label={t('name')}>{person.name}</Fact>
        <Fact label={t('email')}>{person.email}</Fact>
        <Fact label={t('phone')}>{person.phone}</Fact>
        <Fact label={t('postalAddress')}>{person.address}</Fact>
        <Fact label={t('reference')}>{person.reference}</Fact>
        {detail.representative && (
          <Fact label={t('representedBy')}>
            {detail.representative.name} ({relationLabels[detail.representative.relation].toLowerCase()})
            {detail.representative.contact ? `, ${detail.representative.contact}` : ''}
            {detail.representative.authorityCheckedAt
              ? ` · ${t('authorityChecked')}`
              : ` · ${t('authorityNotChecked')}`}
          </Fact>
        )}
      </FactCard>
      <FactCard title={t('theRequest')} size={{ xs: 12, md: 6 }}>
        {detail.types.map((type) => (
          <Fact key={type} label={`${requestTypeLabels[type]} (${articleLabels[type]})`}>
            {replyMustLabels[type]}
          </Fact>
        ))}
        <Fact label={t('arrived')}>
          {channelLabels[detail.channel]}, {formatDate(detail.clock.receivedDate)}
          {detail.clock.receivedAt ? ` ${formatDateTime(detail.clock.receivedAt).slice(11)}` : ''}
        </Fact>
        <Fact label={t('capacity')}>
          {detail.capacity === 'processor'
            ? t('capacityProcessor', { customer: detail.customer?.name ?? t('aCustomer') })
            : detail.customer
              ? t('capacityControllerCustomer', { customer: detail.customer.name })
              : t('capacityController')}
        </Fact>
        <Fact label={t('priority')}>{priorityLabels[detail.priority]}</Fact>
        <Fact label={t('notes')}>
          <Box component="span" sx={{ whiteSpace: 'pre-wrap' }}>
            {detail.notes}
          </Box>
        </Fact>
        <Typography variant="caption" color="text.secondary">
          {t('openedBy', {
            at: formatDateTime(detail.createdAt),
            by: detail.createdBy,
            changed: formatDateTime(detail.updatedAt),
          })}
        </Typography>
      </FactCard>
    </Grid>
  );
}
