import { Button, CircularProgress } from '@mui/material';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import EventAvailableOutlinedIcon from '@mui/icons-material/EventAvailableOutlined';
import GavelOutlinedIcon from '@mui/icons-material/GavelOutlined';
import { useState } from 'react';
import { useParams } from 'react-router';
import { endedStatuses } from '../../../shared/agreements/rules';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RecordPage } from '../../components/RecordPage';
import { todayIsoDate } from '../../lib/format';
import { useRecordTab } from '../../lib/useRecordTab';
import { DocumentsCard } from '../attachments/DocumentsCard';
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

const tabs = ['overview', 'checklist', 'subprocessors', 'transfers', 'documents', 'history'] as const;

export function AgreementPage() {
  const { id } = useParams();
  const t = useT('agreements');
  const say = useSay();
  const [tab, setTab] = useRecordTab(tabs);
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
    <RecordPage
      list={{ to: '/registers/agreements', title: t('listTitle') }}
      crumb={detail.reference}
      overline={`${detail.reference} · ${detail.organisation.name}`}
      title={detail.title}
      chips={
        <>
          <DirectionChip role={detail.companyRole} />
          <StatusChip status={detail.status} recordedStatus={detail.recordedStatus} />
          <AlertChips alerts={detail.alerts} />
          {detail.transferFlag && <TransferFlagChip problems={detail.transferProblemTexts.map(say)} />}
          <SpecialCategoryChips categories={detail.specialCategories} />
        </>
      }
      actions={
        detail.canEdit && (
          <>
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
          </>
        )
      }
      hold={{ recordType: 'agreement', recordId: detail.id }}
      tabs={{
        label: t('sectionsLabel'),
        value: tab,
        onChange: setTab,
        items: [
          { value: 'overview', label: t('tabOverview') },
          {
            value: 'checklist',
            label: t('tabChecklist', { percent: detail.checklist.percent }),
            dot: {
              color:
                detail.checklist.missing > 0
                  ? 'error'
                  : detail.checklist.unchecked > 0
                    ? 'warning'
                    : 'success',
            },
          },
          {
            value: 'subprocessors',
            label: t('tabSubprocessors', { count: chainCount }),
            dot: { color: 'warning', invisible: !chainProblems },
          },
          {
            value: 'transfers',
            label: t('tabTransfers', { count: detail.transfers.length }),
            dot: { color: 'error', invisible: !detail.transferFlag },
          },
          { value: 'documents', label: t('tabDocuments') },
          { value: 'history', label: t('tabHistory') },
        ],
      }}
    >
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
    </RecordPage>
  );
}
