import { Button, Chip, CircularProgress } from '@mui/material';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import MailOutlineIcon from '@mui/icons-material/MailOutline';
import MedicalInformationOutlinedIcon from '@mui/icons-material/MedicalInformationOutlined';
import { useState } from 'react';
import { useParams } from 'react-router';
import { hasControllerDuty } from '../../../shared/breaches/rules';
import { breachLetterChoices } from '../../../shared/letters/rules';
import { selectCurrentUser, useAppSelector } from '../../app/store';
import { LetterDialog } from '../letters/LetterDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n';
import { RecordPage } from '../../components/RecordPage';
import { useRecordTab } from '../../lib/useRecordTab';
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
import { FlagChip } from '../../components/FlagChip';

const tabs = [
  'overview',
  'assessment',
  'notifications',
  'people',
  'inquiries',
  'documents',
  'history',
] as const;

export function BreachPage() {
  const { id } = useParams();
  const breachId = Number(id);
  const user = useAppSelector(selectCurrentUser);
  const isDpo = user?.roles.includes('dpo') ?? false;
  const [tab, setTab] = useRecordTab(tabs);
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
    <RecordPage
      list={{ to: '/breaches', title: t('screenTitle') }}
      crumb={detail.number}
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
            <FlagChip
              color="error"
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
      hold={{ recordType: 'breach', recordId: detail.id }}
      banner={<ClocksPanel detail={detail} />}
      tabs={{
        label: t('sections'),
        value: tab,
        onChange: setTab,
        items: [
          {
            value: 'overview',
            label: unmet > 0 && open ? t('tabOverviewToDo', { count: unmet }) : t('tabOverview'),
          },
          {
            value: 'assessment',
            label: t('tabAssessment'),
            dot: { color: 'warning', invisible: detail.assessment !== null },
          },
          {
            value: 'notifications',
            label:
              detail.capacity === 'controller'
                ? t('tabAuthority')
                : detail.capacity === 'both'
                  ? t('tabAuthorityAndCustomers')
                  : t('tabCustomers'),
            dot: { color: 'error', invisible: !notificationsPending },
          },
          { value: 'people', label: t('tabPeople') },
          { value: 'inquiries', label: t('tabInquiries', { count: detail.inquiries.length }) },
          { value: 'documents', label: t('tabDocuments') },
          { value: 'history', label: t('tabHistory') },
        ],
      }}
    >
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
    </RecordPage>
  );
}
