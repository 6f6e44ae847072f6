import { CalendarDateField } from '../../components/CalendarDateField';
import {
  Alert,
  AlertTitle,
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  Checkbox,
  Collapse,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormHelperText,
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
import GavelOutlinedIcon from '@mui/icons-material/GavelOutlined';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import { useState } from 'react';
import type { CaseDetail } from '../../../shared/cases/contract';
import {
  alwaysGrantedTypes,
  isRefusal,
  outcomeLabels,
  outcomes,
  type Outcome,
  refusalGround,
  refusalGrounds,
  type RefusalGroundKey,
  replyChannelLabels,
  replyChannels,
  type ReplyChannel,
  typeList,
  unfoundedResponseLabels,
  unfoundedResponses,
  type UnfoundedResponse,
} from '../../../shared/cases/rules';
import { formatDate, formatDateTime } from '../../lib/format';
import { Fact, formatDue } from './caseUi';
import { useCloseCaseMutation } from './casesApi';
import { useRun } from './useRun';
import { GateAlert } from './VerificationPanel';

const titleProps = { title: { variant: 'h6', component: 'h2' }, subheader: { variant: 'body2' } } as const;

function Check({ ok, children }: { ok: boolean; children: React.ReactNode }) {
  return (
    <ListItem disableGutters dense>
      <ListItemIcon sx={{ minWidth: 32, color: ok ? 'success.main' : 'text.disabled' }}>
        {ok ? <CheckCircleOutlineIcon fontSize="small" /> : <RadioButtonUncheckedIcon fontSize="small" />}
      </ListItemIcon>
      <ListItemText primary={children} slotProps={{ primary: { variant: 'body2' } }} />
    </ListItem>
  );
}

/** The reply and the outcome: what a lawful reply needs, and the record once the case is closed. */
export function OutcomePanel({ detail }: { detail: CaseDetail }) {
  const [closing, setClosing] = useState(false);
  const { closing: record } = detail;
  if (record) {
    return (
      <Card>
        <CardHeader title="Outcome and reply" slotProps={titleProps} />
        <CardContent sx={{ pt: 0 }}>
          {record.late && (
            <Alert severity="error" sx={{ mb: 2 }}>
              <AlertTitle>
                Answered after the due date ({formatDue(record.dueDate)}
                {isRefusal(record.outcome) && detail.clock.refusalDue
                  ? ', the original one: a refusal is due within a month even after an extension'
                  : ''}
                )
              </AlertTitle>
              {record.lateReason}
            </Alert>
          )}
          <Grid container spacing={2}>
            <Grid size={{ xs: 12, md: 4 }}>
              <Fact label="Outcome">{outcomeLabels[record.outcome]}</Fact>
              <Fact label="Reply">
                {record.replyDate
                  ? `${formatDate(record.replyDate)}${record.replyChannel ? `, ${replyChannelLabels[record.replyChannel].toLowerCase()}` : ''}`
                  : 'No reply (withdrawn)'}
              </Fact>
              <Fact label="Closed">
                {formatDateTime(record.closedAt)} by {record.closedBy}
              </Fact>
            </Grid>
            <Grid size={{ xs: 12, md: 8 }}>
              <Fact
                label={
                  isRefusal(record.outcome) ? 'Reasons for the refusal (Art. 12(4))' : 'Summary of the reply'
                }
              >
                {record.reasons}
              </Fact>
              {isRefusal(record.outcome) && (
                <List dense disablePadding aria-label="The reply states">
                  <Check ok={record.statesComplaintRight}>
                    The reply states the right to complain to Datatilsynet
                  </Check>
                  <Check ok={record.statesJudicialRemedy}>
                    The reply states the right to a judicial remedy
                  </Check>
                </List>
              )}
              {record.refusalGrounds.length > 0 && (
                <Fact label="Grounds">
                  {record.refusalGrounds
                    .map((key) => {
                      const ground = refusalGround(key);
                      return ground ? `${ground.citation}: ${ground.text}` : key;
                    })
                    .join('; ')}
                </Fact>
              )}
              {record.manifestlyUnfounded && (
                <Fact
                  label={`Manifestly unfounded or excessive (Art. 12(5)): ${
                    record.unfoundedResponse === 'fee' ? 'a reasonable fee' : 'refused'
                  }`}
                >
                  {record.unfoundedJustification}
                  {record.unfoundedResponse === 'fee' &&
                    ` Fee: ${record.feeNok ?? 0} kr. ${record.feeBasis ?? ''}`}
                </Fact>
              )}
              {record.disclosesPersonalData && (
                <Fact label="Disclosure">The reply disclosed personal data.</Fact>
              )}
            </Grid>
          </Grid>
        </CardContent>
      </Card>
    );
  }
  const openTasks = detail.tasks.filter((task) => task.state === 'open');
  const untold = detail.recipients.filter(
    (recipient) => !recipient.notifiedOn && !recipient.notPossibleReason,
  );
  return (
    <Card>
      <CardHeader
        title="Outcome and reply"
        subheader={`Reply by ${formatDue(detail.clock.current.date)}. A refusal states its reasons and the rights to complain to Datatilsynet and to a judicial remedy (Art. 12(4)).`}
        slotProps={titleProps}
      />
      <CardContent sx={{ pt: 0 }}>
        <Stack spacing={2}>
          <GateAlert detail={detail} />
          <Box>
            <Typography variant="subtitle2" component="h3">
              Before granting
            </Typography>
            <List dense disablePadding>
              <Check ok={detail.verification.gate.open}>
                Identity verified, not needed, or overridden by the DPO
              </Check>
              <Check ok={openTasks.length === 0}>
                {openTasks.length === 0
                  ? 'Every task is done or does not apply'
                  : `${openTasks.length} ${openTasks.length === 1 ? 'task is' : 'tasks are'} still open`}
              </Check>
              {detail.capacity === 'controller' && detail.recipients.length > 0 && (
                <Check ok={untold.length === 0}>Every recipient told of the change (Art. 19)</Check>
              )}
              {detail.capacity === 'processor' && (
                <Check ok={!!detail.forwarding}>Request forwarded to the customer</Check>
              )}
            </List>
          </Box>
          <Box>
            <Button variant="contained" startIcon={<GavelOutlinedIcon />} onClick={() => setClosing(true)}>
              Record the reply and close
            </Button>
          </Box>
        </Stack>
      </CardContent>
      {closing && <CloseCaseDialog detail={detail} onClose={() => setClosing(false)} />}
    </Card>
  );
}

export function CloseCaseDialog({ detail, onClose }: { detail: CaseDetail; onClose: () => void }) {
  const run = useRun();
  const [close, { isLoading }] = useCloseCaseMutation();
  const today = detail.clock.today;
  const [outcome, setOutcome] = useState<Outcome>('granted');
  const [reasons, setReasons] = useState('');
  const [statesComplaintRight, setComplaint] = useState(false);
  const [statesJudicialRemedy, setRemedy] = useState(false);
  const [manifestlyUnfounded, setUnfounded] = useState(false);
  const [unfoundedJustification, setJustification] = useState('');
  const [unfoundedResponse, setResponse] = useState<UnfoundedResponse>('refusal');
  const [feeNok, setFee] = useState('');
  const [feeBasis, setFeeBasis] = useState('');
  const [grounds, setGrounds] = useState<RefusalGroundKey[]>([]);
  const [disclosesPersonalData, setDiscloses] = useState(false);
  const [replyDate, setReplyDate] = useState<string | null>(today);
  const [replyChannel, setReplyChannel] = useState<ReplyChannel | ''>('');
  const [lateReason, setLateReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const refusal = isRefusal(outcome);
  const controller = detail.capacity === 'controller';
  // A refusal is measured against the original due date even after an extension (Art. 12(4)).
  const dueDate = refusal && detail.clock.refusalDue ? detail.clock.refusalDue : detail.clock.current.date;
  const late = outcome !== 'withdrawn' && (replyDate ?? today) > dueDate;
  const applicableGrounds = refusalGrounds.filter((ground) =>
    ground.types.some((type) => detail.types.includes(type)),
  );
  const stopping = alwaysGrantedTypes(detail.types);
  const fee = manifestlyUnfounded && unfoundedResponse === 'fee';

  const submit = async () => {
    setError(null);
    const result = await run(
      close({
        id: detail.id,
        outcome,
        reasons,
        refusalGrounds: refusal ? grounds : [],
        statesComplaintRight: refusal && statesComplaintRight,
        statesJudicialRemedy: refusal && statesJudicialRemedy,
        manifestlyUnfounded,
        unfoundedJustification: manifestlyUnfounded ? unfoundedJustification : undefined,
        unfoundedResponse,
        feeNok: fee && feeNok.trim() ? Number(feeNok) : null,
        feeBasis: fee ? feeBasis : undefined,
        disclosesPersonalData: detail.types.includes('information') && disclosesPersonalData,
        replyDate: outcome === 'withdrawn' ? null : replyDate,
        replyChannel: outcome === 'withdrawn' || !replyChannel ? null : replyChannel,
        lateReason: late ? lateReason : undefined,
      }),
      `Case ${detail.number} was closed.`,
      { quietError: true },
    );
    if (result.ok) {
      onClose();
      return;
    }
    setErrors(Object.fromEntries((result.error.issues ?? []).map((issue) => [issue.path, issue.message])));
    if (!result.error.issues?.length || result.error.code === 'RULE_VIOLATION')
      setError(result.error.message);
  };

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="close-title">
      <DialogTitle id="close-title">Record the reply and close case {detail.number}</DialogTitle>
      <DialogContent>
        {error && (
          <Alert severity="error" sx={{ mb: 2 }} role="alert">
            {error}
          </Alert>
        )}
        <Grid container spacing={2} sx={{ pt: 1 }}>
          <Grid size={{ xs: 12, md: 5 }}>
            <FormControl component="fieldset">
              <FormLabel component="legend">Outcome</FormLabel>
              <RadioGroup value={outcome} onChange={(event) => setOutcome(event.target.value as Outcome)}>
                {outcomes.map((value) => (
                  <FormControlLabel
                    key={value}
                    value={value}
                    control={<Radio size="small" />}
                    label={outcomeLabels[value]}
                  />
                ))}
              </RadioGroup>
            </FormControl>
          </Grid>
          <Grid size={{ xs: 12, md: 7 }}>
            <Stack spacing={2}>
              <TextField
                label={refusal ? 'Reasons for the refusal, as given in the reply' : 'Summary of the reply'}
                required={refusal}
                multiline
                minRows={4}
                value={reasons}
                onChange={(event) => setReasons(event.target.value)}
                error={!!errors.reasons}
                helperText={
                  errors.reasons ??
                  (refusal
                    ? 'E.g. which data is kept under which exception of Art. 17(3), and for how long'
                    : 'Optional: what was sent or done')
                }
              />
              {detail.types.includes('information') && (
                <FormControlLabel
                  control={
                    <Checkbox
                      checked={disclosesPersonalData}
                      onChange={(event) => setDiscloses(event.target.checked)}
                    />
                  }
                  label="The reply discloses personal data about the person (needs a verified identity)"
                />
              )}
              {stopping.length > 0 && (
                <Alert severity="info">
                  {typeList(stopping).charAt(0).toUpperCase() + typeList(stopping).slice(1)} is never refused
                  (Arts. 7(3), 21(2)-(3)): the processing stops on request.
                </Alert>
              )}
            </Stack>
          </Grid>
          <Grid size={12}>
            <Collapse in={refusal} unmountOnExit>
              <Alert severity="info" icon={<GavelOutlinedIcon />} sx={{ mb: 1 }}>
                <AlertTitle>A refusal must tell the person (Art. 12(4))</AlertTitle>
                the reasons, that they may complain to Datatilsynet, and that they may seek a judicial remedy.
                {controller
                  ? ' Confirm that the reply says so.'
                  : ' As processor, the customer’s reply says so.'}
              </Alert>
              {controller && (
                <FormControl error={!!errors.statesComplaintRight || !!errors.statesJudicialRemedy}>
                  <FormControlLabel
                    control={
                      <Checkbox
                        checked={statesComplaintRight}
                        onChange={(event) => setComplaint(event.target.checked)}
                      />
                    }
                    label="The reply states the right to complain to Datatilsynet"
                  />
                  {errors.statesComplaintRight && (
                    <FormHelperText>{errors.statesComplaintRight}</FormHelperText>
                  )}
                  <FormControlLabel
                    control={
                      <Checkbox
                        checked={statesJudicialRemedy}
                        onChange={(event) => setRemedy(event.target.checked)}
                      />
                    }
                    label="The reply states the right to a judicial remedy"
                  />
                  {errors.statesJudicialRemedy && (
                    <FormHelperText>{errors.statesJudicialRemedy}</FormHelperText>
                  )}
                </FormControl>
              )}
              {applicableGrounds.length > 0 && (
                <FormControl component="fieldset" error={!!errors.refusalGrounds} sx={{ mt: 1 }}>
                  <FormLabel component="legend">Grounds in law (beside the reasons)</FormLabel>
                  {applicableGrounds.map((ground) => (
                    <FormControlLabel
                      key={ground.key}
                      sx={{ alignItems: 'flex-start', mt: 0.5 }}
                      control={
                        <Checkbox
                          size="small"
                          sx={{ pt: 0.25 }}
                          checked={grounds.includes(ground.key)}
                          onChange={(event) =>
                            setGrounds((current) =>
                              event.target.checked
                                ? [...current, ground.key]
                                : current.filter((key) => key !== ground.key),
                            )
                          }
                        />
                      }
                      label={
                        <span>
                          {ground.label}
                          <Typography
                            variant="caption"
                            color="text.secondary"
                            component="span"
                            sx={{ display: 'block' }}
                          >
                            {ground.citation}: «{ground.text}»
                          </Typography>
                        </span>
                      }
                    />
                  ))}
                  {errors.refusalGrounds && <FormHelperText>{errors.refusalGrounds}</FormHelperText>}
                </FormControl>
              )}
            </Collapse>
          </Grid>
          <Grid size={12}>
            <FormControlLabel
              control={
                <Checkbox
                  checked={manifestlyUnfounded}
                  onChange={(event) => setUnfounded(event.target.checked)}
                />
              }
              label="The request is manifestly unfounded or excessive (Art. 12(5))"
            />
            <Collapse in={manifestlyUnfounded} unmountOnExit>
              <Stack spacing={2} sx={{ mt: 1 }}>
                <TextField
                  label="Justification (the burden of proof is ours)"
                  required
                  multiline
                  minRows={2}
                  value={unfoundedJustification}
                  onChange={(event) => setJustification(event.target.value)}
                  error={!!errors.unfoundedJustification}
                  helperText={errors.unfoundedJustification ?? 'E.g. repeated identical requests, with dates'}
                />
                <FormControl error={!!errors.unfoundedResponse || !!errors.manifestlyUnfounded}>
                  <FormLabel>What we do about it</FormLabel>
                  <RadioGroup
                    row
                    value={unfoundedResponse}
                    onChange={(event) => setResponse(event.target.value as UnfoundedResponse)}
                  >
                    {unfoundedResponses.map((value) => (
                      <FormControlLabel
                        key={value}
                        value={value}
                        control={<Radio size="small" />}
                        label={unfoundedResponseLabels[value]}
                      />
                    ))}
                  </RadioGroup>
                  {(errors.unfoundedResponse ?? errors.manifestlyUnfounded) && (
                    <FormHelperText>{errors.unfoundedResponse ?? errors.manifestlyUnfounded}</FormHelperText>
                  )}
                </FormControl>
                {unfoundedResponse === 'fee' && (
                  <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
                    <TextField
                      label="Fee (kr)"
                      required
                      value={feeNok}
                      onChange={(event) => setFee(event.target.value.replace(/[^0-9]/g, ''))}
                      slotProps={{ htmlInput: { inputMode: 'numeric' } }}
                      error={!!errors.feeNok}
                      helperText={errors.feeNok ?? 'Whole kroner'}
                      sx={{ maxWidth: 180 }}
                    />
                    <TextField
                      label="How the fee was worked out"
                      required
                      value={feeBasis}
                      onChange={(event) => setFeeBasis(event.target.value)}
                      error={!!errors.feeBasis}
                      helperText={errors.feeBasis ?? 'The administrative costs only (Art. 12(5))'}
                    />
                  </Stack>
                )}
              </Stack>
            </Collapse>
          </Grid>
          {outcome !== 'withdrawn' && (
            <>
              <Grid size={{ xs: 12, md: 4 }}>
                <CalendarDateField
                  label="Reply sent on"
                  required
                  value={replyDate}
                  onChange={setReplyDate}
                  min={detail.clock.receivedDate}
                  max={today}
                  error={!!errors.replyDate}
                  helperText={
                    errors.replyDate ??
                    `Due ${formatDue(dueDate)}${refusal && detail.clock.refusalDue ? ' (a refusal: the original due date)' : ''}`
                  }
                />
              </Grid>
              <Grid size={{ xs: 12, md: 8 }}>
                <TextField
                  select
                  label="Reply sent by"
                  required
                  value={replyChannel}
                  onChange={(event) => setReplyChannel(event.target.value as ReplyChannel)}
                  error={!!errors.replyChannel}
                  helperText={errors.replyChannel}
                >
                  {replyChannels.map((channel) => (
                    <MenuItem key={channel} value={channel}>
                      {replyChannelLabels[channel]}
                    </MenuItem>
                  ))}
                </TextField>
              </Grid>
            </>
          )}
          {late && (
            <Grid size={12}>
              <Alert severity="warning" sx={{ mb: 1 }}>
                {refusal && detail.clock.refusalDue
                  ? `A refusal is due within one month of receipt even after an extension (Art. 12(4)): this reply is after the original due date, ${formatDue(dueDate)}. The case is recorded as answered late.`
                  : `The reply is after the due date, ${formatDue(dueDate)}. The case is recorded as answered late.`}
              </Alert>
              <TextField
                label="Why the reply is late"
                required
                multiline
                minRows={2}
                value={lateReason}
                onChange={(event) => setLateReason(event.target.value)}
                error={!!errors.lateReason}
                helperText={errors.lateReason}
              />
            </Grid>
          )}
        </Grid>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" onClick={() => void submit()} disabled={isLoading}>
          Close case
        </Button>
      </DialogActions>
    </Dialog>
  );
}
