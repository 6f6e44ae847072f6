import {
  Badge,
  Box,
  Breadcrumbs,
  Button,
  Chip,
  CircularProgress,
  Link,
  Tab,
  Tabs,
  Typography,
} from '@mui/material';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import MailOutlineIcon from '@mui/icons-material/MailOutline';
import MedicalInformationOutlinedIcon from '@mui/icons-material/MedicalInformationOutlined';
import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { hasControllerDuty } from '../../../shared/breaches/rules';
import { breachLetterChoices } from '../../../shared/letters/rules';
import { selectCurrentUser, useAppSelector } from '../../app/store';
import { LetterDialog } from '../letters/LetterDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n';
import { RecordHeader } from '../../components/RecordHeader';
import { useSearchState } from '../../lib/useSearchState';
import { DocumentsCard } from '../attachments/DocumentsCard';
import { AssessmentPanel } from './AssessmentPanel';
import { RiskChip, StateChip } from './breachUi';
import { useBreachQuery } from './breachesApi';
import { ClocksPanel } from './ClocksPanel';
import { HistoryPanel, InquiriesPanel } from './HistoryPanel';
import { EditBreachDialog } from './EditBreachDialog';
import { Overview } from './BreachOverview';
import { CloseBreachDialog } from './CloseBreachDialog';
import { NotificationsPanel } from './NotificationsPanel';
import { SubjectsPanel } from './SubjectsPanel';
import { RestrictedChip } from '../../components/RestrictedChip';
import { LegalHoldControl } from '../legal-holds/LegalHoldControl';

const tabKeys = ['tab'] as const;
const tabs = [
  'overview',
  'assessment',
  'notifications',
  'people',
  'inquiries',
  'documents',
  'history',
] as const;
type TabKey = (typeof tabs)[number];
export function BreachPage() {
  const { id } = useParams();
  const breachId = Number(id);
  const user = useAppSelector(selectCurrentUser);
  const isDpo = user?.roles.includes('dpo') ?? false;
  const [search, setSearch] = useSearchState(tabKeys);
  const tab: TabKey = tabs.find((candidate) => candidate === search.tab) ?? 'overview';
  const {
    data: detail,
    error,
    isLoading,
  } = useBreachQuery({ id: breachId }, { skip: !Number.isInteger(breachId) });
  const [editing, setEditing] = useState(false);
  const [closing, setClosing] = useState(false);
  const [writing, setWriting] = useState(false);
  const t = useT('breaches');
  const writesLetters = user?.roles.some((role) => role === 'dpo' || role === 'admin') ?? false;

  if (!Number.isInteger(breachId)) return <ErrorAlert error={t('noSuchBreach')} />;
  if (error) return <ErrorAlert error={error} />;
  if (isLoading || !detail) return <CircularProgress aria-label={t('loadingBreach')} />;

  const open = detail.state !== 'closed';
  const unmet = detail.obligations.filter((obligation) => !obligation.met).length;
  const notificationsPending = detail.clocks.some(
    (clock) => clock.status === 'running' || clock.status === 'overdue',
  );
  return (
    <>
      <Breadcrumbs sx={{ mb: 1 }}>
        <Link component={RouterLink} to="/breaches" underline="hover" color="inherit">
          {t('screenTitle')}
        </Link>
        <Typography color="text.primary">{detail.number}</Typography>
      </Breadcrumbs>
      <RecordHeader
        overline={t('breachNumber', { number: detail.number })}
        title={detail.title}
        chips={
          <>
            <StateChip state={detail.state} />
            <RiskChip risk={detail.assessment?.risk ?? null} />
            <RestrictedChip restricted={detail.restricted} />
            <Chip
              size="small"
              label={
                detail.capacity === 'controller'
                  ? t('controller')
                  : t(detail.capacity === 'both' ? 'controllerAndProcessorFor' : 'processorFor', {
                      names: detail.customers.map((customer) => customer.name).join(', '),
                    })
              }
            />
            {detail.specialCategories && (
              <Chip
                size="small"
                color="error"
                variant="outlined"
                icon={<MedicalInformationOutlinedIcon />}
                label={t('specialCategories')}
              />
            )}
          </>
        }
        actions={
          (open || (writesLetters && hasControllerDuty(detail.capacity))) && (
            <>
              {writesLetters && hasControllerDuty(detail.capacity) && (
                <Button startIcon={<MailOutlineIcon />} onClick={() => setWriting(true)}>
                  {t('makeLetter')}
                </Button>
              )}
              {open && (
                <Button startIcon={<EditOutlinedIcon />} onClick={() => setEditing(true)}>
                  {t('edit')}
                </Button>
              )}
              {open && isDpo && (
                <Button
                  variant={unmet === 0 ? 'contained' : 'outlined'}
                  startIcon={<LockOutlinedIcon />}
                  onClick={() => setClosing(true)}
                >
                  {t('closeBreach')}
                </Button>
              )}
            </>
          )
        }
      />
      <LegalHoldControl recordType="breach" recordId={detail.id} />
      <ClocksPanel detail={detail} />
      <Box sx={{ borderBottom: 1, borderColor: 'divider', mt: 2, mb: 2 }}>
        <Tabs
          value={tab}
          onChange={(_event, value: TabKey) => setSearch({ tab: value === 'overview' ? null : value })}
          aria-label={t('sections')}
          variant="scrollable"
        >
          <Tab
            value="overview"
            label={unmet > 0 && open ? t('tabOverviewToDo', { count: unmet }) : t('tabOverview')}
          />
          <Tab
            value="assessment"
            label={
              <Badge color="warning" variant="dot" invisible={detail.assessment !== null} sx={{ pr: 1 }}>
                {t('tabAssessment')}
              </Badge>
            }
          />
          <Tab
            value="notifications"
            label={
              <Badge color="error" variant="dot" invisible={!notificationsPending} sx={{ pr: 1 }}>
                {detail.capacity === 'controller'
                  ? t('tabAuthority')
                  : detail.capacity === 'both'
                    ? t('tabAuthorityAndCustomers')
                    : t('tabCustomers')}
              </Badge>
            }
          />
          <Tab value="people" label={t('tabPeople')} />
          <Tab value="inquiries" label={t('tabInquiries', { count: detail.inquiries.length })} />
          <Tab value="documents" label={t('tabDocuments')} />
          <Tab value="history" label={t('tabHistory')} />
        </Tabs>
      </Box>
      {tab === 'overview' && <Overview detail={detail} />}
      {tab === 'assessment' && <AssessmentPanel detail={detail} />}
      {tab === 'notifications' && <NotificationsPanel detail={detail} />}
      {tab === 'people' && <SubjectsPanel detail={detail} />}
      {tab === 'inquiries' && <InquiriesPanel detail={detail} />}
      {tab === 'documents' && (
        <DocumentsCard
          title={t('tabDocuments')}
          ownerType="breach"
          ownerId={detail.id}
          canEdit
          hint={t('documentsHint')}
        />
      )}
      {tab === 'history' && <HistoryPanel detail={detail} />}
      {editing && <EditBreachDialog detail={detail} onClose={() => setEditing(false)} />}
      {closing && <CloseBreachDialog detail={detail} onClose={() => setClosing(false)} />}
      {writing && (
        <LetterDialog
          owner="breach"
          ownerId={detail.id}
          choices={breachLetterChoices}
          open={open}
          onClose={() => setWriting(false)}
        />
      )}
    </>
  );
}
