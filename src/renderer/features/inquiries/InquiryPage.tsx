import { Alert, Button, Typography } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import GavelOutlinedIcon from '@mui/icons-material/GavelOutlined';
import LockOpenOutlinedIcon from '@mui/icons-material/LockOpenOutlined';
import ReportGmailerrorredOutlinedIcon from '@mui/icons-material/ReportGmailerrorredOutlined';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { ApiError } from '../../../shared/errors';
import { notice } from '../../app/notifications';
import { selectCurrentUser, useAppDispatch, useAppSelector } from '../../app/store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RecordPage } from '../../components/RecordPage';
import { ReportBreachDialog } from '../breaches/ReportBreachDialog';
import { useLabels, useT } from '../../i18n';
import { formatDate, formatDateTime } from '../../lib/format';
import { CloseInquiryDialog } from './CloseInquiryDialog';
import { DeleteInquiryDialog } from './DeleteInquiryDialog';
import { EditInquiryDialog } from './EditInquiryDialog';
import { InquiryFacts } from './InquiryFacts';
import {
  useInquiryHistoryQuery,
  useInquiryQuery,
  useReopenInquiryMutation,
  useRestoreInquiryMutation,
} from './inquiriesApi';
import { InquiryStatusChip } from './inquiryUi';
import { LinkedRecords } from './LinkedRecords';
import { OpenCaseDialog } from './OpenCaseDialog';
import { RestrictedChip } from '../../components/RestrictedChip';

export function InquiryPage() {
  const { id: idParam } = useParams();
  const id = Number(idParam);
  const navigate = useNavigate();
  const dispatch = useAppDispatch();
  const {
    data: inquiry,
    error,
    isLoading,
    refetch,
  } = useInquiryQuery({ id }, { skip: !Number.isInteger(id) });
  const { data: history } = useInquiryHistoryQuery({ id }, { skip: !inquiry });
  const [editing, setEditing] = useState(false);
  const [closing, setClosing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [openingCase, setOpeningCase] = useState(false);
  const [reportingBreach, setReportingBreach] = useState(false);
  const canHandleCases = useAppSelector(selectCurrentUser)?.roles.some((role) => role !== 'agent') ?? false;
  const [reopen] = useReopenInquiryMutation();
  const [restore] = useRestoreInquiryMutation();
  const t = useT('inquiries');
  const channelLabels = useLabels('inquiryChannel');
  const categoryLabels = useLabels('inquiryCategory');
  const directionLabels = useLabels('direction');
  const breachStateLabels = useLabels('breachState');

  if (!Number.isInteger(id)) return <ErrorAlert error={t('noSuchInquiry')} />;
  if (error) return <ErrorAlert error={error} />;
  if (isLoading || !inquiry) return <Typography color="text.secondary">{t('loading')}</Typography>;

  return (
    <>
      <Button startIcon={<ArrowBackIcon />} onClick={() => void navigate(-1)} sx={{ mb: 1 }}>
        {t('back')}
      </Button>
      <RecordPage
        overline={
          <>
            {inquiry.number} · {categoryLabels[inquiry.category]}
          </>
        }
        title={inquiry.summary}
        chips={
          <>
            <InquiryStatusChip status={inquiry.status} />
            <RestrictedChip restricted={inquiry.restricted} />
            <Typography variant="body2" color="text.secondary">
              {t('contactLine', {
                channel: channelLabels[inquiry.channel],
                direction: directionLabels[inquiry.direction].toLocaleLowerCase(),
                time: formatDateTime(inquiry.receivedAt),
                company: inquiry.onBehalfOf
                  ? t('forLower', { name: inquiry.onBehalfOf.name })
                  : t('ownCompanyLower'),
              })}
            </Typography>
          </>
        }
        actions={
          <>
            {!inquiry.breaches.some((item) => item.reportedFrom) && (
              <Button
                variant={inquiry.category === 'possible-breach' ? 'contained' : 'text'}
                color="error"
                startIcon={<ReportGmailerrorredOutlinedIcon />}
                onClick={() => setReportingBreach(true)}
              >
                {t('reportBreach')}
              </Button>
            )}
            {inquiry.category === 'rights-request' && !inquiry.cases.some((item) => item.openedFrom) && (
              <Button
                variant="contained"
                color="warning"
                startIcon={<GavelOutlinedIcon />}
                onClick={() => setOpeningCase(true)}
              >
                {t('openCase')}
              </Button>
            )}
            <Button startIcon={<EditOutlinedIcon />} onClick={() => setEditing(true)}>
              {t('edit')}
            </Button>
            {inquiry.status === 'closed' ? (
              <Button
                startIcon={<LockOpenOutlinedIcon />}
                onClick={async () => {
                  const result = await reopen({ id });
                  if ('error' in result && result.error)
                    dispatch(notice((result.error as ApiError).message, 'error'));
                }}
              >
                {t('reopen')}
              </Button>
            ) : (
              <Button variant="contained" startIcon={<TaskAltIcon />} onClick={() => setClosing(true)}>
                {t('closeInquiry')}
              </Button>
            )}
            {inquiry.canDelete && (
              <Button color="error" startIcon={<DeleteOutlineIcon />} onClick={() => setDeleting(true)}>
                {t('delete')}
              </Button>
            )}
          </>
        }
        hold={{ recordType: 'inquiry', recordId: inquiry.id }}
      >
        {inquiry.cases.length > 0 && (
          <LinkedRecords
            label={t('casesLabel')}
            word={t('caseWord')}
            path="/cases"
            canOpen={canHandleCases}
            records={inquiry.cases}
            tail={(item) => (
              <>
                {item.state === 'open'
                  ? t('caseOpenDueTail', { date: formatDate(item.dueDate) })
                  : t('caseClosedTail')}
                {item.openedFrom ? t('openedFromThis') : ''}
              </>
            )}
          />
        )}
        {inquiry.breaches.length > 0 && (
          <LinkedRecords
            label={t('breachesLabel')}
            word={t('breachWord')}
            path="/breaches"
            canOpen={canHandleCases}
            records={inquiry.breaches}
            tail={(item) => (
              <>
                : {breachStateLabels[item.state].toLocaleLowerCase()}
                {item.reportedFrom ? t('reportedFromThis') : ''}
              </>
            )}
          />
        )}
        {inquiry.category === 'possible-breach' && inquiry.breaches.length === 0 && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {t('reportBreachNow', { time: formatDateTime(inquiry.receivedAt) })}
          </Alert>
        )}
        {inquiry.category === 'rights-request' &&
          inquiry.status !== 'closed' &&
          inquiry.cases.length === 0 && (
            <Alert severity="warning" sx={{ mb: 2 }}>
              {t('rightsRequestWarning', { time: formatDateTime(inquiry.receivedAt) })}
            </Alert>
          )}
        <InquiryFacts inquiry={inquiry} history={history ?? []} />
        {editing && <EditInquiryDialog inquiry={inquiry} onClose={() => setEditing(false)} />}
        {openingCase && (
          <OpenCaseDialog
            inquiry={inquiry}
            onClose={() => setOpeningCase(false)}
            onOpened={() => {
              setOpeningCase(false);
              void refetch();
            }}
          />
        )}
        {reportingBreach && (
          <ReportBreachDialog
            inquiry={inquiry}
            onClose={() => setReportingBreach(false)}
            onReported={() => {
              setReportingBreach(false);
              void refetch();
            }}
          />
        )}
        {closing && <CloseInquiryDialog inquiry={inquiry} onClose={() => setClosing(false)} />}
        {deleting && (
          <DeleteInquiryDialog
            inquiry={inquiry}
            onClose={() => setDeleting(false)}
            onDeleted={() => {
              void navigate('/inquiries');
              dispatch(
                notice(t('deleted', { number: inquiry.number }), 'success', {
                  label: t('undo'),
                  run: () => void restore({ id: inquiry.id }),
                }),
              );
            }}
          />
        )}
      </RecordPage>
    </>
  );
}
