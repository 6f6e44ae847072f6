import {
  Alert,
  AlertTitle,
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
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
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutline';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import SendOutlinedIcon from '@mui/icons-material/SendOutlined';
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
import { EmptyState } from '../../components/EmptyState';
import { useRun } from '../cases/useRun';
import { ClockChip, OsloDateTimeField, timeFieldError, timeFieldValue, useCoreNow } from './breachUi';
import { useNotifyAuthorityMutation, useNotifyCustomerMutation } from './breachesApi';

const titleProps = { title: { variant: 'h6', component: 'h2' }, subheader: { variant: 'body2' } } as const;

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
function ContentsCheck({ detail }: { detail: BreachDetail }) {
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

/** Datatilsynet's notifications in phases (controller) or the customers told (processor). */
export function NotificationsPanel({ detail }: { detail: BreachDetail }) {
  return detail.capacity !== 'processor' ? (
    <AuthorityPanel detail={detail} />
  ) : (
    <CustomersPanel detail={detail} />
  );
}

function AuthorityPanel({ detail }: { detail: BreachDetail }) {
  const [open, setOpen] = useState(false);
  const risk = detail.assessment?.risk ?? null;
  const final = detail.notifications.some((notification) => notification.phase === 'final');
  const canRecord =
    detail.state !== 'closed' &&
    risk !== null &&
    (risk !== 'none' || detail.notifications.length > 0) &&
    !final;
  return (
    <Card>
      <CardHeader
        title="Notification to Datatilsynet"
        subheader="Within 72 hours of becoming aware, unless the breach is unlikely to result in a risk (Art. 33(1)). What is not yet known may follow in phases (Art. 33(4)); a late notification gives the reasons for the delay."
        slotProps={titleProps}
      />
      <CardContent sx={{ pt: 0 }}>
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 8 }}>
            {risk === null && (
              <Alert severity="warning" sx={{ mb: 2 }}>
                The risk is not assessed yet: the data protection officer assesses it first.
              </Alert>
            )}
            {risk === 'none' && detail.notifications.length === 0 && (
              <Alert severity="info" sx={{ mb: 2 }}>
                <AlertTitle>Not notified: unlikely to result in a risk</AlertTitle>
                {detail.assessment?.noNotificationReasons}
              </Alert>
            )}
            {detail.notifications.length === 0 ? (
              risk !== 'none' && <EmptyState title="No notification recorded yet" />
            ) : (
              <Table size="small" aria-label="Notifications to Datatilsynet">
                <TableHead>
                  <TableRow>
                    <TableCell>Phase</TableCell>
                    <TableCell>Sent</TableCell>
                    <TableCell>Reference</TableCell>
                    <TableCell>Sent by</TableCell>
                    <TableCell>What was notified</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {detail.notifications.map((notification) => (
                    <TableRow key={notification.id}>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>
                        {notificationPhaseLabels[notification.phase]}
                      </TableCell>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>
                        {formatOslo(notification.sentAt)}
                        {notification.late && (
                          <Typography variant="caption" color="error" component="div">
                            After the 72 hours
                          </Typography>
                        )}
                      </TableCell>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>{notification.reference ?? '—'}</TableCell>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>{notification.sentBy}</TableCell>
                      <TableCell sx={{ whiteSpace: 'pre-wrap' }}>
                        {notification.summary ?? '—'}
                        {notification.delayReasons && (
                          <Typography variant="body2" color="error" sx={{ mt: 0.5 }}>
                            Reasons for the delay: {notification.delayReasons}
                          </Typography>
                        )}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
            {canRecord && (
              <Button
                variant="contained"
                startIcon={<SendOutlinedIcon />}
                onClick={() => setOpen(true)}
                sx={{ mt: 2 }}
              >
                {detail.notifications.length === 0 ? 'Record the notification' : 'Record the next phase'}
              </Button>
            )}
            {final && (
              <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
                The final notification is recorded; the notification is complete.
              </Typography>
            )}
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <Typography variant="subtitle2" component="h3">
              The notification must describe (Art. 33(3))
            </Typography>
            <ContentsCheck detail={detail} />
          </Grid>
        </Grid>
      </CardContent>
      {open && <NotifyAuthorityDialog detail={detail} onClose={() => setOpen(false)} />}
    </Card>
  );
}

function CustomersPanel({ detail }: { detail: BreachDetail }) {
  const now = useCoreNow(detail.now);
  const [telling, setTelling] = useState<number | null>(null);
  return (
    <Card>
      <CardHeader
        title="Customers told"
        subheader="As processor we tell each customer (the controller) without undue delay, within the period its processor agreement sets (Art. 33(2)). The customer decides on notifying Datatilsynet and the people affected."
        slotProps={titleProps}
      />
      <CardContent sx={{ pt: 0 }}>
        <Table size="small" aria-label="Customers affected">
          <TableHead>
            <TableRow>
              <TableCell>Customer</TableCell>
              <TableCell>Agreement and period</TableCell>
              <TableCell>Due</TableCell>
              <TableCell>Clock</TableCell>
              <TableCell>Told</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {detail.customers.map((customer) => {
              const clock = detail.clocks.find(
                (candidate) => candidate.organisationId === customer.organisationId,
              );
              return (
                <TableRow key={customer.organisationId}>
                  <TableCell>{customer.name}</TableCell>
                  <TableCell>
                    {customer.agreement ? customer.agreement.reference : 'No agreement in force'}
                    <Typography variant="caption" color="text.secondary" component="div">
                      {customer.noticeHours === null
                        ? 'Without undue delay (target 24 h)'
                        : `${customer.noticeHours} hours`}
                    </Typography>
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatOslo(customer.dueAt)}</TableCell>
                  <TableCell>{clock && <ClockChip clock={clock} now={now} />}</TableCell>
                  <TableCell>
                    {customer.toldAt ? (
                      <>
                        {formatOslo(customer.toldAt)}
                        <Typography variant="caption" color="text.secondary" component="div">
                          {customer.toldHow ? customerNoticeMethodLabels[customer.toldHow] : ''} ·{' '}
                          {customer.toldTo}
                        </Typography>
                        {customer.lateReason && (
                          <Typography variant="caption" color="error" component="div">
                            Late: {customer.lateReason}
                          </Typography>
                        )}
                      </>
                    ) : (
                      '—'
                    )}
                  </TableCell>
                  <TableCell align="right">
                    {!customer.toldAt && detail.state !== 'closed' && (
                      <Button size="small" onClick={() => setTelling(customer.organisationId)}>
                        Record told
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </CardContent>
      {telling !== null && (
        <NotifyCustomerDialog detail={detail} organisationId={telling} onClose={() => setTelling(null)} />
      )}
    </Card>
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
