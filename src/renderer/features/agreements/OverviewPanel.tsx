import { Alert, Box, Chip, Grid, Link, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { FactCard } from '../../components/Fact';
import { NotesText } from '../../components/NotesText';
import { Link as RouterLink } from 'react-router';
import type { AgreementDetail } from '../../../shared/agreements/contract';
import { countryName } from '../../../shared/countries';
import { callApi } from '../../app/api';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { TransferStatusChip } from '../../components/CountrySelect';
import { formatDate, formatDateTime } from '../../lib/format';
import { Fact } from '../cases/caseUi';
import { SpecialCategoryChips } from './agreementUi';
import { useLabels, useSay, useT } from '../../i18n';

function Words({ items }: { items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
      {items.map((item) => (
        <Chip key={item} size="small" label={item} variant="outlined" />
      ))}
    </Stack>
  );
}

export function OverviewPanel({ detail }: { detail: AgreementDetail }) {
  const dispatch = useAppDispatch();
  const t = useT('agreements');
  const say = useSay();
  const authorisationLabels = useLabels('authorisation');
  const endOfProcessingLabels = useLabels('endOfProcessing');
  const securityResultLabels = useLabels('securityResult');
  const controller = detail.companyRole === 'controller';
  const evidence = detail.security.evidence;
  const openEvidence = async () => {
    if (!evidence) return;
    const result = await callApi('attachments.open', { id: evidence.id }, dispatch);
    if (!result.ok) dispatch(notice(result.error.message, 'error'));
  };
  return (
    <Grid container spacing={2}>
      {detail.deadlines.length > 0 && (
        <Grid size={12}>
          <Alert
            severity={detail.deadlines.some((item) => item.daysLeft < 0) ? 'error' : 'warning'}
            aria-label={t('dueOnAgreement')}
          >
            {detail.deadlines.map((item) => (
              <div key={item.key}>
                <strong>{say(item.summaryText)}</strong>
              </div>
            ))}
          </Alert>
        </Grid>
      )}
      <FactCard title={t('partiesAndDates')} size={{ xs: 12, md: 6 }}>
        <Fact label={t('factDirection')}>
          {t(controller ? 'roleSupplierAgreement' : 'roleCustomerAgreement')}
        </Fact>
        <Fact label={t(controller ? 'factController' : 'factControllerCustomer')}>
          {controller ? (
            'We Assist AS'
          ) : (
            <Link component={RouterLink} to={`/registers/organisations/${detail.organisation.id}`}>
              {detail.organisation.name}
            </Link>
          )}
        </Fact>
        <Fact label={t(controller ? 'factProcessorSupplier' : 'factProcessor')}>
          {controller ? (
            <Link component={RouterLink} to={`/registers/organisations/${detail.organisation.id}`}>
              {detail.organisation.name}
            </Link>
          ) : (
            'We Assist AS'
          )}
        </Fact>
        <Grid container spacing={2}>
          <Grid size={6}>
            <Fact label={t('factSigned')}>{formatDate(detail.signedOn)}</Fact>
            <Fact label={t('factExpires')}>
              {detail.expiryOn ? formatDate(detail.expiryOn) : detail.effectiveOn ? t('openEnded') : ''}
            </Fact>
            <Fact label={t('factLastReviewed')}>{formatDate(detail.lastReviewedOn)}</Fact>
          </Grid>
          <Grid size={6}>
            <Fact label={t('factEffective')}>{formatDate(detail.effectiveOn)}</Fact>
            <Fact label={t('factNextReview')}>{formatDate(detail.nextReviewOn)}</Fact>
            <Fact label={t('factSubprocessors')}>
              {detail.subprocessorAuthorisation
                ? authorisationLabels[detail.subprocessorAuthorisation]
                : t('notStated')}
            </Fact>
          </Grid>
        </Grid>
        {detail.termination && (
          <Alert severity={detail.termination.endConfirmedOn ? 'info' : 'warning'} sx={{ mt: 1 }}>
            {t('terminatedOnText', { date: formatDate(detail.termination.terminatedOn) })}{' '}
            {endOfProcessingLabels[detail.termination.endOfProcessing]}
            {detail.termination.endConfirmedOn
              ? t('endConfirmedText', { date: formatDate(detail.termination.endConfirmedOn) })
              : t('endNotConfirmed')}
            {detail.termination.note ? ` ${detail.termination.note}` : ''}
          </Alert>
        )}
      </FactCard>
      <FactCard title={t('theProcessing')} size={{ xs: 12, md: 6 }}>
        <Fact label={t('factSubjectMatter')}>{detail.subjectMatter}</Fact>
        <Fact label={t('factDuration')}>{detail.duration}</Fact>
        <Fact label={t('factNaturePurpose')}>{detail.naturePurpose}</Fact>
        <Fact label={t('factDataTypes')}>
          <Words items={detail.dataTypes} />
        </Fact>
        <Fact label={t('factSpecialCategories')}>
          {detail.specialCategories.length > 0 ? (
            <SpecialCategoryChips categories={detail.specialCategories} />
          ) : (
            t('none')
          )}
        </Fact>
        <Fact label={t('factDataSubjects')}>
          <Words items={detail.dataSubjects} />
        </Fact>
        <Fact label={t('factLocations')}>
          <Stack direction="row" spacing={1.5} useFlexGap flexWrap="wrap">
            {detail.locations.map((country) => (
              <Stack key={country} direction="row" spacing={0.5} alignItems="center">
                <span>{countryName(country)}</span>
                <TransferStatusChip country={country} />
              </Stack>
            ))}
          </Stack>
        </Fact>
      </FactCard>
      <FactCard
        title={t('securityAndBreaches')}
        subheader={controller ? t('securitySubheader') : undefined}
        size={{ xs: 12, md: 6 }}
      >
        <Fact label={t('factBreachNotice')}>
          {detail.breachNoticeHours === null
            ? t('breachNoticeUndue')
            : t('breachNoticeWithin', { hours: detail.breachNoticeHours })}
        </Fact>
        {detail.noticeHoursProblemText && (
          <Alert severity="warning" sx={{ mb: 1 }}>
            {say(detail.noticeHoursProblemText)}
          </Alert>
        )}
        <Fact label={t('factSecurityAssessment')}>
          {detail.security.result
            ? `${securityResultLabels[detail.security.result]}, ${formatDate(detail.security.assessedOn)}`
            : t('notAssessed')}
        </Fact>
        {detail.security.notes && <Fact label={t('factAssessmentNotes')}>{detail.security.notes}</Fact>}
        <Fact label={t('factEvidence')}>
          {evidence ? (
            <Link component="button" type="button" onClick={() => void openEvidence()}>
              {evidence.fileName}
              {evidence.removed ? t('evidenceRemoved') : ''}
            </Link>
          ) : (
            t('noneAttached')
          )}
          {evidence && (
            <Typography variant="caption" color="text.secondary" component="div">
              {t('sha256', { hash: evidence.sha256 })}
            </Typography>
          )}
        </Fact>
      </FactCard>
      <FactCard title={t('notes')} size={{ xs: 12, md: 6 }}>
        <NotesText notes={detail.notes} none={t('noNotes')} />
        {detail.companyRole === 'controller' && detail.usedFor.length > 0 && (
          <Box sx={{ mt: 2 }}>
            <Typography variant="caption" color="text.secondary">
              {t('subprocessorFor')}
            </Typography>
            <List dense disablePadding>
              {detail.usedFor.map((link) => (
                <ListItem key={link.linkId} disableGutters>
                  <ListItemText
                    primary={
                      <Link component={RouterLink} to={`/registers/agreements/${link.agreement.id}`}>
                        {link.customer.name}: {link.agreement.reference} {link.agreement.title}
                      </Link>
                    }
                  />
                </ListItem>
              ))}
            </List>
          </Box>
        )}
        <Typography variant="caption" color="text.secondary" component="div" sx={{ mt: 2 }}>
          {t('registeredChanged', {
            created: formatDateTime(detail.createdAt),
            updated: formatDateTime(detail.updatedAt),
          })}
        </Typography>
      </FactCard>
    </Grid>
  );
}
