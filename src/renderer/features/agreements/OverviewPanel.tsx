import {
  Alert,
  Box,
  Card,
  CardContent,
  CardHeader,
  Chip,
  Grid,
  Link,
  List,
  ListItem,
  ListItemText,
  Stack,
  Typography,
} from '@mui/material';
import { Link as RouterLink } from 'react-router';
import type { AgreementDetail } from '../../../shared/agreements/contract';
import {
  authorisationLabels,
  companyRoleLabels,
  endOfProcessingLabels,
  securityResultLabels,
} from '../../../shared/agreements/rules';
import { countryName } from '../../../shared/countries';
import { callApi } from '../../app/api';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { TransferStatusChip } from '../../components/CountrySelect';
import { formatDate, formatDateTime } from '../../lib/format';
import { Fact } from '../cases/caseUi';
import { SpecialCategoryChips } from './agreementUi';
import { titleProps } from './panelParts';

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
            aria-label="Due on this agreement"
          >
            {detail.deadlines.map((item) => (
              <div key={item.key}>
                <strong>{item.summary}</strong>
              </div>
            ))}
          </Alert>
        </Grid>
      )}
      <Grid size={{ xs: 12, md: 6 }}>
        <Card sx={{ height: '100%' }}>
          <CardHeader title="Parties and dates" slotProps={titleProps} />
          <CardContent sx={{ pt: 0 }}>
            <Fact label="Direction">{companyRoleLabels[detail.companyRole]}</Fact>
            <Fact label={controller ? 'Controller' : 'Controller (the customer)'}>
              {controller ? (
                'We Assist AS'
              ) : (
                <Link component={RouterLink} to={`/registers/organisations/${detail.organisation.id}`}>
                  {detail.organisation.name}
                </Link>
              )}
            </Fact>
            <Fact label={controller ? 'Processor (the supplier)' : 'Processor'}>
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
                <Fact label="Signed">{formatDate(detail.signedOn)}</Fact>
                <Fact label="Expires">
                  {detail.expiryOn ? formatDate(detail.expiryOn) : detail.effectiveOn ? 'Open-ended' : ''}
                </Fact>
                <Fact label="Last reviewed">{formatDate(detail.lastReviewedOn)}</Fact>
              </Grid>
              <Grid size={6}>
                <Fact label="Effective from">{formatDate(detail.effectiveOn)}</Fact>
                <Fact label="Next review">{formatDate(detail.nextReviewOn)}</Fact>
                <Fact label="Sub-processors">
                  {detail.subprocessorAuthorisation
                    ? authorisationLabels[detail.subprocessorAuthorisation]
                    : 'Not stated'}
                </Fact>
              </Grid>
            </Grid>
            {detail.termination && (
              <Alert severity={detail.termination.endConfirmedOn ? 'info' : 'warning'} sx={{ mt: 1 }}>
                Terminated {formatDate(detail.termination.terminatedOn)}.{' '}
                {endOfProcessingLabels[detail.termination.endOfProcessing]}
                {detail.termination.endConfirmedOn
                  ? `, confirmed ${formatDate(detail.termination.endConfirmedOn)}.`
                  : '; the processor has not confirmed it yet.'}
                {detail.termination.note ? ` ${detail.termination.note}` : ''}
              </Alert>
            )}
          </CardContent>
        </Card>
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <Card sx={{ height: '100%' }}>
          <CardHeader title="The processing" slotProps={titleProps} />
          <CardContent sx={{ pt: 0 }}>
            <Fact label="Subject matter">{detail.subjectMatter}</Fact>
            <Fact label="Duration">{detail.duration}</Fact>
            <Fact label="Nature and purpose">{detail.naturePurpose}</Fact>
            <Fact label="Types of personal data">
              <Words items={detail.dataTypes} />
            </Fact>
            <Fact label="Special categories (Art. 9 and 10)">
              {detail.specialCategories.length > 0 ? (
                <SpecialCategoryChips categories={detail.specialCategories} />
              ) : (
                'None'
              )}
            </Fact>
            <Fact label="Categories of data subjects">
              <Words items={detail.dataSubjects} />
            </Fact>
            <Fact label="Processing locations">
              <Stack direction="row" spacing={1.5} useFlexGap flexWrap="wrap">
                {detail.locations.map((country) => (
                  <Stack key={country} direction="row" spacing={0.5} alignItems="center">
                    <span>{countryName(country)}</span>
                    <TransferStatusChip country={country} />
                  </Stack>
                ))}
              </Stack>
            </Fact>
          </CardContent>
        </Card>
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <Card sx={{ height: '100%' }}>
          <CardHeader
            title="Security and breaches"
            subheader={controller ? 'The supplier must keep at least our level of security.' : undefined}
            slotProps={titleProps}
          />
          <CardContent sx={{ pt: 0 }}>
            <Fact label="Breach notice to the controller">
              {detail.breachNoticeHours === null
                ? 'Without undue delay (no hours agreed)'
                : `Within ${detail.breachNoticeHours} hours`}
            </Fact>
            {detail.noticeHoursProblem && (
              <Alert severity="warning" sx={{ mb: 1 }}>
                {detail.noticeHoursProblem}
              </Alert>
            )}
            <Fact label="Security assessment">
              {detail.security.result
                ? `${securityResultLabels[detail.security.result]}, ${formatDate(detail.security.assessedOn)}`
                : 'Not assessed'}
            </Fact>
            {detail.security.notes && <Fact label="Assessment notes">{detail.security.notes}</Fact>}
            <Fact label="Evidence">
              {evidence ? (
                <Link component="button" type="button" onClick={() => void openEvidence()}>
                  {evidence.fileName}
                  {evidence.removed ? ' (removed)' : ''}
                </Link>
              ) : (
                'None attached'
              )}
              {evidence && (
                <Typography variant="caption" color="text.secondary" component="div">
                  SHA-256 {evidence.sha256}
                </Typography>
              )}
            </Fact>
          </CardContent>
        </Card>
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <Card sx={{ height: '100%' }}>
          <CardHeader title="Notes" slotProps={titleProps} />
          <CardContent sx={{ pt: 0 }}>
            <Typography
              variant="body2"
              sx={{ whiteSpace: 'pre-wrap' }}
              color={detail.notes ? 'text.primary' : 'text.secondary'}
            >
              {detail.notes ?? 'No notes.'}
            </Typography>
            {detail.companyRole === 'controller' && detail.usedFor.length > 0 && (
              <Box sx={{ mt: 2 }}>
                <Typography variant="caption" color="text.secondary">
                  Sub-processor for
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
              Registered {formatDateTime(detail.createdAt)} · last changed {formatDateTime(detail.updatedAt)}
            </Typography>
          </CardContent>
        </Card>
      </Grid>
    </Grid>
  );
}
