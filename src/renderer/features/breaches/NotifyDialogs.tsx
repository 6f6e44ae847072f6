import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormLabel,
  Grid,
  List,
  ListItem,
  ListItemIcon,
  ListItemText,
  MenuItem,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutline';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import { useState } from 'react';
import type { BreachDetail } from '../../../shared/breaches/contract';
import {
  authorityNoticeHours,
  customerNoticeMethodLabels,
  customerNoticeMethods,
  type CustomerNoticeMethod,
  notificationPhaseLabels,
  type NotificationPhase,
} from '../../../shared/breaches/rules';
import { durationText, formatOslo, toOsloInput } from '../../../shared/breaches/time';
import { selectCurrentUser, useAppSelector } from '../../app/store';
import { useRun } from '../cases/useRun';
import { OsloDateTimeField, timeFieldError, timeFieldValue, useCoreNow } from './breachUi';
import { useNotifyAuthorityMutation, useNotifyCustomerMutation } from './breachesApi';

function Check({ ok, children }: { ok: boolean; children: React.ReactNode }) {
  return (
    <ListItem disableGutters dense>
      <ListItemIcon sx={{ minWidth: 30, color: ok ? 'success.main' : 'text.disabled' }}>
        {ok ? <CheckCircleOutlineIcon fontSize="small" /> : <RadioButtonUncheckedIcon fontSize="small" />}
      </ListItemIcon>
      <ListItemText primary={children} slotProps={{ primary: { variant: 'body2' } }} />
    </ListItem>
  );
}

/** What a notification must describe (Art. 33(3)), and whether the record has it yet. */
export function ContentsCheck({ detail }: { detail: BreachDetail }) {
  return (
    <List dense disablePadding aria-label="What the notification must describe">
      <Check ok={Boolean(detail.description)}>The nature of the breach</Check>
      <Check ok={detail.subjectCategories.length > 0 && detail.subjectsApprox !== null}>
        Categories and approximate number of people
      </Check>
      <Check ok={detail.dataTypes.length > 0 && detail.recordsApprox !== null}>
        Categories and approximate number of records
      </Check>
      <Check ok={Boolean(detail.contactPoint)}>The DPO or other contact point</Check>
      <Check ok={Boolean(detail.consequences)}>The likely consequences</Check>
      <Check ok={Boolean(detail.measuresTaken || detail.measuresPlanned)}>Measures taken or proposed</Check>
    </List>
  );
}

function issuesOf(error: { issues?: Array<{ path: string; message: string }> }) {
  return Object.fromEntries(
    (error.issues ?? []).map((issue) => [
      issue.path,
      issue.message.includes('ISO 8601') ? 'Use the form dd.mm.yyyy hh:mm' : issue.message,
    ]),
  );
}

export function NotifyAuthorityDialog({ detail, onClose }: { detail: BreachDetail; onClose: () => void }) {
  const run = useRun();
  const user = useAppSelector(selectCurrentUser);
  const now = useCoreNow(detail.now);
  const [notify, { isLoading }] = useNotifyAuthorityMutation();
  const first = detail.notifications.length === 0;
  const phases: NotificationPhase[] = first ? ['initial', 'final'] : ['follow-up', 'final'];
  const [phase, setPhase] = useState<NotificationPhase>(phases[0]);
  const [sentAt, setSentAt] = useState(toOsloInput(detail.now));
  const [reference, setReference] = useState(detail.notifications[0]?.reference ?? '');
  const [sentBy, setSentBy] = useState(user?.displayName ?? '');
  const [summary, setSummary] = useState('');
  const [delayReasons, setDelayReasons] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const dueAt = new Date(new Date(detail.awareAt).getTime() + authorityNoticeHours * 3_600_000);
  const sent = timeFieldValue(sentAt);
  const lateBy = first && sent ? new Date(sent).getTime() - dueAt.getTime() : 0;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    const local = timeFieldError(sentAt, true);
    if (local) return setErrors({ sentAt: local });
    const result = await run(
      notify({
        id: detail.id,
        phase,
        sentAt: sent ?? '',
        reference,
        sentBy,
        summary,
        delayReasons: lateBy > 0 ? delayReasons : undefined,
      }),
      `The ${phase === 'follow-up' ? 'follow-up' : phase} notification to Datatilsynet was recorded.`,
      { quietError: true },
    );
    if (result.ok) return onClose();
    setErrors(issuesOf(result.error));
    setError(result.error.issues?.length ? null : result.error.message);
  };

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="notify-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="notify-title">Notify Datatilsynet of {detail.number}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>
            Record the notification sent through Datatilsynet’s form (Altinn). The 72 hours end{' '}
            <strong>{formatOslo(dueAt)}</strong>
            {first
              ? ` (${durationText(Math.abs(dueAt.getTime() - now.getTime()))} ${dueAt > now ? 'from now' : 'ago'})`
              : ''}
            .
          </DialogContentText>
          {error && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {error}
            </Alert>
          )}
          <Grid container spacing={2}>
            <Grid size={{ xs: 12, md: 7 }}>
              <Stack spacing={2}>
                <FormControl error={Boolean(errors.phase)}>
                  <FormLabel id="phase-label">Phase</FormLabel>
                  <RadioGroup
                    aria-labelledby="phase-label"
                    row
                    value={phase}
                    onChange={(event) => setPhase(event.target.value as NotificationPhase)}
                  >
                    {phases.map((value) => (
                      <FormControlLabel
                        key={value}
                        value={value}
                        control={<Radio size="small" />}
                        label={notificationPhaseLabels[value]}
                      />
                    ))}
                  </RadioGroup>
                  {errors.phase && (
                    <Typography variant="caption" color="error">
                      {errors.phase}
                    </Typography>
                  )}
                </FormControl>
                <OsloDateTimeField
                  label="Sent"
                  required
                  value={sentAt}
                  onChange={setSentAt}
                  error={errors.sentAt}
                />
                {lateBy > 0 && (
                  <Alert severity="error">
                    This is {durationText(lateBy)} after the 72 hours ended. Art. 33(1) requires the reasons
                    for the delay.
                  </Alert>
                )}
                {lateBy > 0 && (
                  <TextField
                    label="Reasons for the delay"
                    required
                    multiline
                    minRows={2}
                    value={delayReasons}
                    onChange={(event) => setDelayReasons(event.target.value)}
                    error={Boolean(errors.delayReasons)}
                    helperText={errors.delayReasons}
                  />
                )}
                <TextField
                  label="Datatilsynet’s reference"
                  value={reference}
                  onChange={(event) => setReference(event.target.value)}
                  error={Boolean(errors.reference)}
                  helperText={errors.reference ?? 'The case number in Datatilsynet’s receipt, e.g. 26/01234'}
                />
                <TextField
                  label="Sent by"
                  value={sentBy}
                  onChange={(event) => setSentBy(event.target.value)}
                />
                <TextField
                  label="What was notified"
                  multiline
                  minRows={3}
                  value={summary}
                  onChange={(event) => setSummary(event.target.value)}
                  helperText={phase === 'initial' ? 'What is known now; say what will follow' : undefined}
                />
              </Stack>
            </Grid>
            <Grid size={{ xs: 12, md: 5 }}>
              <Box sx={{ bgcolor: 'action.hover', p: 1.5, borderRadius: 1 }}>
                <Typography variant="subtitle2" component="h3">
                  The notification must describe (Art. 33(3))
                </Typography>
                <ContentsCheck detail={detail} />
                <Typography variant="caption" color="text.secondary">
                  What is not yet known may be given in a later phase.
                </Typography>
              </Box>
            </Grid>
          </Grid>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={isLoading}>
            Record notification
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

export function NotifyCustomerDialog({
  detail,
  organisationId,
  onClose,
}: {
  detail: BreachDetail;
  organisationId: number;
  onClose: () => void;
}) {
  const run = useRun();
  const [notify, { isLoading }] = useNotifyCustomerMutation();
  const customer = detail.customers.find((candidate) => candidate.organisationId === organisationId);
  const [toldAt, setToldAt] = useState(toOsloInput(detail.now));
  const [how, setHow] = useState<CustomerNoticeMethod>('email');
  const [toldTo, setToldTo] = useState('');
  const [note, setNote] = useState('');
  const [lateReason, setLateReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  if (!customer) return null;
  const told = timeFieldValue(toldAt);
  const lateBy = told ? new Date(told).getTime() - new Date(customer.dueAt).getTime() : 0;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    const local = timeFieldError(toldAt, true);
    if (local) return setErrors({ toldAt: local });
    const result = await run(
      notify({
        id: detail.id,
        organisationId,
        toldAt: told ?? '',
        how,
        toldTo,
        note,
        lateReason: lateBy > 0 ? lateReason : undefined,
      }),
      `That ${customer.name} was told is recorded.`,
      { quietError: true },
    );
    if (result.ok) return onClose();
    setErrors(issuesOf(result.error));
    setError(result.error.issues?.length ? null : result.error.message);
  };

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="tell-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="tell-title">Tell {customer.name}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>
            {customer.agreement
              ? `Agreement ${customer.agreement.reference}: ${customer.noticeHours === null ? 'without undue delay' : `within ${customer.noticeHours} hours`}.`
              : 'No processor agreement in force sets a period: without undue delay.'}{' '}
            {customer.noticeHours === null ? 'Our target' : 'Due'}:{' '}
            <strong>{formatOslo(customer.dueAt)}</strong>.
          </DialogContentText>
          {error && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {error}
            </Alert>
          )}
          <Stack spacing={2}>
            <OsloDateTimeField
              label="Told"
              required
              value={toldAt}
              onChange={setToldAt}
              error={errors.toldAt}
            />
            <TextField
              select
              label="How"
              value={how}
              onChange={(event) => setHow(event.target.value as CustomerNoticeMethod)}
            >
              {customerNoticeMethods.map((method) => (
                <MenuItem key={method} value={method}>
                  {customerNoticeMethodLabels[method]}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              label="To whom"
              required
              value={toldTo}
              onChange={(event) => setToldTo(event.target.value)}
              error={Boolean(errors.toldTo)}
              helperText={errors.toldTo ?? 'The customer’s privacy contact or DPO, with the address used'}
            />
            {lateBy > 0 && (
              <TextField
                label="Why it was late"
                required
                multiline
                minRows={2}
                value={lateReason}
                onChange={(event) => setLateReason(event.target.value)}
                error={Boolean(errors.lateReason)}
                helperText={errors.lateReason ?? `${durationText(lateBy)} after the due time`}
              />
            )}
            <TextField
              label="Note"
              multiline
              minRows={2}
              value={note}
              onChange={(event) => setNote(event.target.value)}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={isLoading}>
            Record
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
