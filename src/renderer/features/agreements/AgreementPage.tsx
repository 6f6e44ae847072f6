import {
  Badge,
  Box,
  Breadcrumbs,
  Button,
  CircularProgress,
  Link,
  Stack,
  Tab,
  Tabs,
  Typography,
} from '@mui/material';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import EventAvailableOutlinedIcon from '@mui/icons-material/EventAvailableOutlined';
import GavelOutlinedIcon from '@mui/icons-material/GavelOutlined';
import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { endedStatuses } from '../../../shared/agreements/rules';
import { ErrorAlert } from '../../components/ErrorAlert';
import { todayIsoDate } from '../../lib/format';
import { useSearchState } from '../../lib/useSearchState';
import { DocumentsCard } from '../attachments/DocumentsCard';
import { LegalHoldControl } from '../legal-holds/LegalHoldControl';
import { AgreementDialog } from './AgreementDialog';
import { AlertChips, DirectionChip, SpecialCategoryChips, StatusChip, TransferFlagChip } from './agreementUi';
import { useAgreementDeadlinesQuery, useAgreementQuery } from './agreementsApi';
import { ChecklistPanel } from './ChecklistPanel';
import { ConfirmEndDialog, ReviewDialog, TerminateDialog } from './EndDialogs';
import { HistoryPanel } from './HistoryPanel';
import { OverviewPanel } from './OverviewPanel';
import { SubprocessorsPanel } from './SubprocessorsPanel';
import { TransfersPanel } from './TransfersPanel';
import { useSay, useT } from '../../i18n';

const tabKeys = ['tab'] as const;
const tabs = ['overview', 'checklist', 'subprocessors', 'transfers', 'documents', 'history'] as const;
type TabKey = (typeof tabs)[number];

export function AgreementPage() {
  const { id } = useParams();
  const t = useT('agreements');
  const say = useSay();
  const [search, setSearch] = useSearchState(tabKeys);
  const tab: TabKey = tabs.find((candidate) => candidate === search.tab) ?? 'overview';
  const {
    data: detail,
    error,
    isLoading,
  } = useAgreementQuery({ id: Number(id) }, { skip: !Number.isInteger(Number(id)) });
  const { data: due } = useAgreementDeadlinesQuery({});
  const [dialog, setDialog] = useState<'edit' | 'terminate' | 'confirm' | 'review' | null>(null);

  if (error) return <ErrorAlert error={error} />;
  if (isLoading || !detail) return <CircularProgress aria-label={t('loadingAgreement')} />;

  const today = due?.today ?? todayIsoDate();
  const ended = endedStatuses.includes(detail.status);
  const chainCount =
    detail.companyRole === 'processor' ? detail.subprocessors.length : detail.declaredSubprocessors.length;
  const chainProblems = detail.subprocessors.some((link) => link.problems.length > 0);

  return (
    <>
      <Breadcrumbs sx={{ mb: 1 }} aria-label={t('breadcrumbs')}>
        <Link component={RouterLink} to="/registers/agreements" underline="hover" color="inherit">
          {t('listTitle')}
        </Link>
        <Typography color="text.primary">{detail.reference}</Typography>
      </Breadcrumbs>
      <Stack
        direction="row"
        justifyContent="space-between"
        alignItems="flex-start"
        spacing={2}
        sx={{ mb: 2 }}
      >
        <Box>
          <Typography variant="overline" color="text.secondary">
            {detail.reference} · {detail.organisation.name}
          </Typography>
          <Typography variant="h4" component="h1">
            {detail.title}
          </Typography>
          <Stack direction="row" spacing={1} sx={{ mt: 1 }} useFlexGap flexWrap="wrap" alignItems="center">
            <DirectionChip role={detail.companyRole} />
            <StatusChip status={detail.status} recordedStatus={detail.recordedStatus} />
            <AlertChips alerts={detail.alerts} />
            {detail.transferFlag && <TransferFlagChip problems={detail.transferProblemTexts.map(say)} />}
            <SpecialCategoryChips categories={detail.specialCategories} />
          </Stack>
        </Box>
        {detail.canEdit && (
          <Stack direction="row" spacing={1} sx={{ flexShrink: 0 }}>
            {!ended && (
              <Button startIcon={<EventAvailableOutlinedIcon />} onClick={() => setDialog('review')}>
                {t('recordReview')}
              </Button>
            )}
            {ended ? (
              <Button onClick={() => setDialog('confirm')}>{t('confirmEnd')}</Button>
            ) : (
              <Button
                color="inherit"
                startIcon={<GavelOutlinedIcon />}
                onClick={() => setDialog('terminate')}
              >
                {t('terminate')}
              </Button>
            )}
            <Button variant="contained" startIcon={<EditOutlinedIcon />} onClick={() => setDialog('edit')}>
              {t('edit')}
            </Button>
          </Stack>
        )}
      </Stack>
      <LegalHoldControl recordType="agreement" recordId={detail.id} />
      <Box sx={{ borderBottom: 1, borderColor: 'divider', mb: 2 }}>
        <Tabs
          value={tab}
          onChange={(_event, value: TabKey) => setSearch({ tab: value === 'overview' ? null : value })}
          aria-label={t('sectionsLabel')}
          variant="scrollable"
        >
          <Tab value="overview" label={t('tabOverview')} />
          <Tab
            value="checklist"
            label={
              <Badge
                color={
                  detail.checklist.missing > 0
                    ? 'error'
                    : detail.checklist.unchecked > 0
                      ? 'warning'
                      : 'success'
                }
                variant="dot"
                sx={{ pr: 1 }}
              >
                {t('tabChecklist', { percent: detail.checklist.percent })}
              </Badge>
            }
          />
          <Tab
            value="subprocessors"
            label={
              <Badge color="warning" variant="dot" invisible={!chainProblems} sx={{ pr: 1 }}>
                {t('tabSubprocessors', { count: chainCount })}
              </Badge>
            }
          />
          <Tab
            value="transfers"
            label={
              <Badge color="error" variant="dot" invisible={!detail.transferFlag} sx={{ pr: 1 }}>
                {t('tabTransfers', { count: detail.transfers.length })}
              </Badge>
            }
          />
          <Tab value="documents" label={t('tabDocuments')} />
          <Tab value="history" label={t('tabHistory')} />
        </Tabs>
      </Box>
      {tab === 'overview' && <OverviewPanel detail={detail} />}
      {tab === 'checklist' && <ChecklistPanel key={detail.id} detail={detail} />}
      {tab === 'subprocessors' && <SubprocessorsPanel detail={detail} today={today} />}
      {tab === 'transfers' && <TransfersPanel detail={detail} today={today} />}
      {tab === 'documents' && (
        <DocumentsCard
          title={t('documentsTitle')}
          ownerType="agreement"
          ownerId={detail.id}
          canEdit={detail.canEdit}
          hint={t('documentsHint')}
        />
      )}
      {tab === 'history' && <HistoryPanel id={detail.id} />}
      {dialog === 'edit' && <AgreementDialog detail={detail} onClose={() => setDialog(null)} />}
      {dialog === 'terminate' && (
        <TerminateDialog detail={detail} today={today} onClose={() => setDialog(null)} />
      )}
      {dialog === 'confirm' && (
        <ConfirmEndDialog detail={detail} today={today} onClose={() => setDialog(null)} />
      )}
      {dialog === 'review' && <ReviewDialog detail={detail} today={today} onClose={() => setDialog(null)} />}
    </>
  );
}
