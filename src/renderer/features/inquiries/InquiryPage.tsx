import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Grid,
  Link,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import GavelOutlinedIcon from '@mui/icons-material/GavelOutlined';
import LockOpenOutlinedIcon from '@mui/icons-material/LockOpenOutlined';
import ReportGmailerrorredOutlinedIcon from '@mui/icons-material/ReportGmailerrorredOutlined';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { type ReactNode, useState } from 'react';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import type { InquiryDetail } from '../../../shared/inquiries/contract';
import {
  directionLabels,
  inquiryCategoryLabels,
  inquiryChannelLabels,
} from '../../../shared/inquiries/rules';
import type { ApiError } from '../../../shared/errors';
import { notice } from '../../app/notifications';
import { selectCurrentUser, useAppDispatch, useAppSelector } from '../../app/store';
import { AuditEntries } from '../../components/AuditEntries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { breachStateLabels } from '../../../shared/breaches/rules';
import { ReportBreachDialog } from '../breaches/ReportBreachDialog';
import { formatDate, formatDateTime } from '../../lib/format';
import {
  errorsFrom,
  formFromInquiry,
  InquiryForm,
  type InquiryFormErrors,
  type InquiryFormValues,
  inquiryInput,
} from './InquiryForm';
import {
  useCloseInquiryMutation,
  useDeleteInquiryMutation,
  useInquiryHistoryQuery,
  useInquiryQuery,
  useReopenInquiryMutation,
  useRestoreInquiryMutation,
  useUpdateInquiryMutation,
} from './inquiriesApi';
import { callLength, InquiryStatusChip } from './inquiryUi';
import { OpenCaseDialog } from './OpenCaseDialog';
import { RestrictedChip } from '../../components/RestrictedChip';

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

  if (!Number.isInteger(id)) return <ErrorAlert error="There is no such inquiry." />;
  if (error) return <ErrorAlert error={error} />;
  if (isLoading || !inquiry) return <Typography color="text.secondary">Loading…</Typography>;

  return (
    <>
      <Button startIcon={<ArrowBackIcon />} onClick={() => void navigate(-1)} sx={{ mb: 1 }}>
        Back
      </Button>
      <Stack
        direction="row"
        justifyContent="space-between"
        alignItems="flex-start"
        spacing={2}
        sx={{ mb: 2 }}
      >
        <Box>
          <Typography variant="overline" color="text.secondary">
            {inquiry.number} · {inquiryCategoryLabels[inquiry.category]}
          </Typography>
          <Typography variant="h4" component="h1">
            {inquiry.summary}
          </Typography>
          <Stack direction="row" spacing={1} alignItems="center" sx={{ mt: 1 }}>
            <InquiryStatusChip status={inquiry.status} />
            <RestrictedChip restricted={inquiry.restricted} />
            <Typography variant="body2" color="text.secondary">
              {inquiryChannelLabels[inquiry.channel]}, {directionLabels[inquiry.direction].toLowerCase()},{' '}
              {formatDateTime(inquiry.receivedAt)} ·{' '}
              {inquiry.onBehalfOf ? `for ${inquiry.onBehalfOf.name}` : 'our own company'}
            </Typography>
          </Stack>
        </Box>
        <Stack direction="row" spacing={1} sx={{ flexShrink: 0 }}>
          {!inquiry.breaches.some((item) => item.reportedFrom) && (
            <Button
              variant={inquiry.category === 'possible-breach' ? 'contained' : 'text'}
              color="error"
              startIcon={<ReportGmailerrorredOutlinedIcon />}
              onClick={() => setReportingBreach(true)}
            >
              Report breach
            </Button>
          )}
          {inquiry.category === 'rights-request' && !inquiry.cases.some((item) => item.openedFrom) && (
            <Button
              variant="contained"
              color="warning"
              startIcon={<GavelOutlinedIcon />}
              onClick={() => setOpeningCase(true)}
            >
              Open case
            </Button>
          )}
          <Button startIcon={<EditOutlinedIcon />} onClick={() => setEditing(true)}>
            Edit
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
              Reopen
            </Button>
          ) : (
            <Button variant="contained" startIcon={<TaskAltIcon />} onClick={() => setClosing(true)}>
              Close inquiry
            </Button>
          )}
          {inquiry.canDelete && (
            <Button color="error" startIcon={<DeleteOutlineIcon />} onClick={() => setDeleting(true)}>
              Delete
            </Button>
          )}
        </Stack>
      </Stack>
      {inquiry.cases.length > 0 && (
        <Alert severity="info" sx={{ mb: 2 }} aria-label="Rights-request cases">
          {inquiry.cases.map((item) => (
            <div key={item.id}>
              Case{' '}
              {canHandleCases ? (
                <Link component={RouterLink} to={`/cases/${item.id}`}>
                  {item.number}
                </Link>
              ) : (
                <strong>{item.number}</strong>
              )}
              {item.state === 'open' ? `: open, due ${formatDate(item.dueDate)}` : ': closed'}
              {item.openedFrom ? ' (opened from this inquiry)' : ''}
            </div>
          ))}
        </Alert>
      )}
      {inquiry.breaches.length > 0 && (
        <Alert severity="info" sx={{ mb: 2 }} aria-label="Personal data breaches">
          {inquiry.breaches.map((item) => (
            <div key={item.id}>
              Breach{' '}
              {canHandleCases ? (
                <Link component={RouterLink} to={`/breaches/${item.id}`}>
                  {item.number}
                </Link>
              ) : (
                <strong>{item.number}</strong>
              )}
              : {breachStateLabels[item.state].toLowerCase()}
              {item.reportedFrom ? ' (reported from this inquiry)' : ''}
            </div>
          ))}
        </Alert>
      )}
      {inquiry.category === 'possible-breach' && inquiry.breaches.length === 0 && (
        <Alert severity="error" sx={{ mb: 2 }}>
          A possible personal data breach: report it to the data protection officer now with “Report breach”.
          The 72-hour clock to Datatilsynet may already run from when this reached us,{' '}
          {formatDateTime(inquiry.receivedAt)}.
        </Alert>
      )}
      {inquiry.category === 'rights-request' && inquiry.status !== 'closed' && inquiry.cases.length === 0 && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          A rights request: the one-month clock started {formatDateTime(inquiry.receivedAt)}. Give out no
          personal data before the data protection officer has verified the person’s identity.
        </Alert>
      )}
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 4 }}>
          <Card variant="outlined" sx={{ height: '100%' }}>
            <CardHeader title="The person" titleTypographyProps={{ variant: 'subtitle1' }} />
            <CardContent sx={{ pt: 0 }}>
              <Field label="Name">{inquiry.personName}</Field>
              <Field label="Phone">{inquiry.personPhone}</Field>
              <Field label="E-mail">{inquiry.personEmail}</Field>
              <Field label="Customer's reference">{inquiry.personReference}</Field>
              {inquiry.noContactReason && (
                <Field label="No phone or e-mail because">{inquiry.noContactReason}</Field>
              )}
            </CardContent>
          </Card>
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <Card variant="outlined" sx={{ height: '100%' }}>
            <CardHeader title="The contact" titleTypographyProps={{ variant: 'subtitle1' }} />
            <CardContent sx={{ pt: 0 }}>
              <Field label="Channel">
                {inquiryChannelLabels[inquiry.channel]} ({directionLabels[inquiry.direction].toLowerCase()})
              </Field>
              <Field label="Received">{formatDateTime(inquiry.receivedAt)}</Field>
              {inquiry.channel === 'phone' && (
                <Field label="Call length">{callLength(inquiry.callSeconds)}</Field>
              )}
              <Field label="On behalf of">
                {inquiry.onBehalfOf?.name ?? 'Our own company (we are controller)'}
              </Field>
              <Field label="Logged by">
                {inquiry.loggedBy.name}, {formatDateTime(inquiry.createdAt)}
              </Field>
            </CardContent>
          </Card>
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <Card variant="outlined" sx={{ height: '100%' }}>
            <CardHeader title="Handling" titleTypographyProps={{ variant: 'subtitle1' }} />
            <CardContent sx={{ pt: 0 }}>
              <Field label="Assigned to">{inquiry.assignedTo.name}</Field>
              <Field label="Follow up on">
                {inquiry.followUpOn
                  ? `${formatDate(inquiry.followUpOn)}${inquiry.followUpDue ? ' (due)' : ''}`
                  : null}
              </Field>
              <Field label="Outcome">{inquiry.outcome}</Field>
              {inquiry.closedAt && (
                <Field label="Closed">
                  {formatDateTime(inquiry.closedAt)} by {inquiry.closedBy}
                </Field>
              )}
            </CardContent>
          </Card>
        </Grid>
        <Grid size={12}>
          <Card variant="outlined">
            <CardHeader title="Notes" titleTypographyProps={{ variant: 'subtitle1' }} />
            <CardContent sx={{ pt: 0 }}>
              <Typography
                variant="body2"
                sx={{ whiteSpace: 'pre-wrap' }}
                color={inquiry.notes ? 'text.primary' : 'text.secondary'}
              >
                {inquiry.notes ?? 'No notes.'}
              </Typography>
            </CardContent>
          </Card>
        </Grid>
        <Grid size={12}>
          <Card variant="outlined">
            <CardHeader title="History" titleTypographyProps={{ variant: 'subtitle1' }} />
            <CardContent sx={{ pt: 0 }}>
              <AuditEntries entries={history ?? []} diffOf={(entry) => entry.action !== 'create'} />
            </CardContent>
          </Card>
        </Grid>
      </Grid>
      {editing && <EditDialog inquiry={inquiry} onClose={() => setEditing(false)} />}
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
      {closing && <CloseDialog inquiry={inquiry} onClose={() => setClosing(false)} />}
      {deleting && (
        <DeleteDialog
          inquiry={inquiry}
          onClose={() => setDeleting(false)}
          onDeleted={() => {
            void navigate('/inquiries');
            dispatch(
              notice(`${inquiry.number} was deleted.`, 'success', {
                label: 'Undo',
                run: () => void restore({ id: inquiry.id }),
              }),
            );
          }}
        />
      )}
    </>
  );
}

function EditDialog({ inquiry, onClose }: { inquiry: InquiryDetail; onClose: () => void }) {
  const dispatch = useAppDispatch();
  const [update, { isLoading }] = useUpdateInquiryMutation();
  const [values, setValues] = useState<InquiryFormValues>(() => formFromInquiry(inquiry));
  const [errors, setErrors] = useState<InquiryFormErrors>({});
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    const result = await update({ id: inquiry.id, changes: inquiryInput(values, inquiry.callSeconds) });
    if ('error' in result && result.error) {
      const apiError = result.error as ApiError;
      const fields = errorsFrom(apiError.issues);
      setErrors(fields);
      setError(Object.keys(fields).length > 0 ? null : apiError.message);
      return;
    }
    dispatch(notice(`${inquiry.number} saved.`));
    onClose();
  };
  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <DialogTitle>Edit {inquiry.number}</DialogTitle>
        <DialogContent>
          {error && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {error}
            </Alert>
          )}
          <Box sx={{ pt: 1 }}>
            <InquiryForm
              values={values}
              errors={errors}
              onChange={(patch) => setValues((current) => ({ ...current, ...patch }))}
            />
          </Box>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={isLoading}>
            Save changes
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

function CloseDialog({ inquiry, onClose }: { inquiry: InquiryDetail; onClose: () => void }) {
  const dispatch = useAppDispatch();
  const [close, { isLoading }] = useCloseInquiryMutation();
  const [outcome, setOutcome] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    const result = await close({ id: inquiry.id, outcome });
    if ('error' in result && result.error) {
      const apiError = result.error as ApiError;
      setError(apiError.issues?.[0]?.message ?? apiError.message);
      return;
    }
    dispatch(notice(`${inquiry.number} was closed.`));
    onClose();
  };
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <DialogTitle>Close {inquiry.number}</DialogTitle>
        <DialogContent>
          <TextField
            label="Outcome"
            required
            autoFocus
            value={outcome}
            onChange={(event) => setOutcome(event.target.value)}
            error={Boolean(error)}
            helperText={error ?? 'One line: how it ended, e.g. “Answered on the phone”'}
            sx={{ mt: 1 }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={isLoading}>
            Close inquiry
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

function DeleteDialog({
  inquiry,
  onClose,
  onDeleted,
}: {
  inquiry: InquiryDetail;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const [remove, { isLoading }] = useDeleteInquiryMutation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    const result = await remove({ id: inquiry.id, reason });
    if ('error' in result && result.error) {
      const apiError = result.error as ApiError;
      setError(apiError.issues?.[0]?.message ?? apiError.message);
      return;
    }
    onClose();
    onDeleted();
  };
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <DialogTitle>Delete {inquiry.number}?</DialogTitle>
        <DialogContent>
          <Typography variant="body2" sx={{ mb: 2 }}>
            The inquiry disappears from lists and search at once. It stays in the database, marked as deleted
            with your reason, until the retention period ends; the deletion is recorded in the audit log.
          </Typography>
          <TextField
            label="Reason"
            required
            autoFocus
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            error={Boolean(error)}
            helperText={error ?? 'e.g. logged twice by mistake'}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" color="error" variant="contained" disabled={isLoading}>
            Delete
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
