import { Button, Chip, CircularProgress } from '@mui/material';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import GavelOutlinedIcon from '@mui/icons-material/GavelOutlined';
import MailOutlineIcon from '@mui/icons-material/MailOutline';
import { useState } from 'react';
import { useLabels, useT } from '../../i18n';
import { useParams } from 'react-router';
import { caseLetterChoices } from '../../../shared/letters/rules';
import { selectCurrentUser, useAppSelector } from '../../app/store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RecordPage } from '../../components/RecordPage';
import { RestrictedChip } from '../../components/RestrictedChip';
import { useRecordTab } from '../../lib/useRecordTab';
import { DocumentsCard } from '../attachments/DocumentsCard';
import { CaseEraseButton } from '../erasure/CaseEraseButton';
import { LetterDialog } from '../letters/LetterDialog';
import { AccessReportButtonForCase } from '../people/AccessReportForCase';
import { CaseLinks, HandlerSelect } from './CaseHeadParts';
import { CaseOverview } from './CaseOverview';
import { TypeChips } from './caseUi';
import { useCaseQuery } from './casesApi';
import { DeadlinePanel } from './DeadlinePanel';
import { EditCaseDialog } from './EditCaseDialog';
import { CloseCaseDialog } from './CloseCaseDialog';
import { OutcomePanel } from './OutcomePanel';
import { TasksPanel } from './TasksPanel';
import { TimelinePanel } from './TimelinePanel';
import { VerificationPanel } from './VerificationPanel';

const tabs = ['overview', 'verification', 'tasks', 'reply', 'documents', 'timeline'] as const;

export function CasePage() {
  const { id } = useParams();
  const t = useT('cases');
  const priorityLabels = useLabels('casePriority');
  const [tab, setTab] = useRecordTab(tabs);
  const { data: detail, error, isLoading } = useCaseQuery({ id: Number(id) });
  const [editing, setEditing] = useState(false);
  const [closing, setClosing] = useState(false);
  const [writing, setWriting] = useState(false);
  const user = useAppSelector(selectCurrentUser);
  const writesLetters = user?.roles.some((role) => role === 'dpo' || role === 'admin') ?? false;

  if (error) return <ErrorAlert error={error} />;
  if (isLoading || !detail) return <CircularProgress aria-label={t('loadingCase')} />;

  const open = detail.state === 'open';
  const openTasks = detail.tasks.filter((task) => task.state === 'open').length;

  return (
    <RecordPage
      list={{ to: '/cases', title: t('casesTitle') }}
      crumb={detail.number}
      title={t('caseHeading', { number: detail.number, name: detail.person.name })}
      chips={
        <>
          <TypeChips types={detail.types} />
          <RestrictedChip restricted={detail.restricted} />
          <Chip
            size="small"
            label={
              detail.capacity === 'processor'
                ? t('processorFor', { customer: detail.customer?.name ?? t('aCustomer') })
                : t('controller')
            }
          />
          {detail.priority !== 'normal' && (
            <Chip
              size="small"
              color={detail.priority === 'urgent' || detail.priority === 'high' ? 'warning' : 'default'}
              label={t('priorityChip', { priority: priorityLabels[detail.priority] })}
            />
          )}
        </>
      }
      actions={
        <>
          <HandlerSelect detail={detail} />
          {open && detail.types.includes('erasure') && (
            <CaseEraseButton
              caseId={detail.id}
              caseNumber={detail.number}
              spellings={[detail.person.email, detail.person.phone, detail.person.name]}
            />
          )}
          {writesLetters && (
            <Button startIcon={<MailOutlineIcon />} onClick={() => setWriting(true)}>
              {t('makeLetter')}
            </Button>
          )}
          <AccessReportButtonForCase detail={detail} />
          {open && (
            <>
              <Button startIcon={<EditOutlinedIcon />} onClick={() => setEditing(true)}>
                {t('edit')}
              </Button>
              <Button variant="contained" startIcon={<GavelOutlinedIcon />} onClick={() => setClosing(true)}>
                {t('closeCase')}
              </Button>
            </>
          )}
        </>
      }
      hold={{ recordType: 'case', recordId: detail.id }}
      banner={
        <>
          <CaseLinks detail={detail} />
          <DeadlinePanel detail={detail} />
        </>
      }
      tabs={{
        label: t('caseSections'),
        value: tab,
        onChange: setTab,
        items: [
          { value: 'overview', label: t('tabOverview') },
          {
            value: 'verification',
            label: t('tabVerification'),
            dot: { color: detail.verification.gate.open ? 'success' : 'warning' },
          },
          { value: 'tasks', label: openTasks > 0 ? t('tabTasksOpen', { count: openTasks }) : t('tasks') },
          { value: 'reply', label: t('tabReply') },
          { value: 'documents', label: t('tabDocuments') },
          { value: 'timeline', label: t('timeline') },
        ],
      }}
    >
      {tab === 'overview' && <CaseOverview detail={detail} />}
      {tab === 'verification' && <VerificationPanel detail={detail} />}
      {tab === 'tasks' && <TasksPanel detail={detail} />}
      {tab === 'reply' && <OutcomePanel detail={detail} />}
      {tab === 'documents' && (
        <DocumentsCard
          title={t('tabDocuments')}
          ownerType="case"
          ownerId={detail.id}
          canEdit
          hint={t('documentsHint')}
        />
      )}
      {tab === 'timeline' && <TimelinePanel detail={detail} />}
      {editing && <EditCaseDialog detail={detail} onClose={() => setEditing(false)} />}
      {closing && <CloseCaseDialog detail={detail} onClose={() => setClosing(false)} />}
      {writing && (
        <LetterDialog
          owner="case"
          ownerId={detail.id}
          choices={
            detail.capacity === 'processor'
              ? ['forwarding']
              : caseLetterChoices.filter((choice) => choice !== 'forwarding')
          }
          open={open}
          extended={detail.clock.extension !== null}
          onClose={() => setWriting(false)}
        />
      )}
    </RecordPage>
  );
}
