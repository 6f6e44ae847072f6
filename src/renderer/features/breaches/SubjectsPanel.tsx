import {
  Alert,
  AlertTitle,
  Button,
  Card,
  CardContent,
  CardHeader,
  Collapse,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormLabel,
  MenuItem,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import CampaignOutlinedIcon from '@mui/icons-material/CampaignOutlined';
import PeopleOutlineIcon from '@mui/icons-material/PeopleOutline';
import { useState } from 'react';
import type { BreachDetail } from '../../../shared/breaches/contract';
import {
  subjectExceptionLabels,
  subjectExceptions,
  type SubjectException,
  subjectNoticeMethodLabels,
  subjectNoticeMethods,
  type SubjectNoticeMethod,
} from '../../../shared/breaches/rules';
import { formatOslo, toOsloInput } from '../../../shared/breaches/time';
import { selectCurrentUser, useAppSelector } from '../../app/store';
import { useRun } from '../cases/useRun';
import { Fact, OsloDateTimeField, timeFieldError, timeFieldValue, wholeNumber } from './breachUi';
import { useRecordSubjectsExceptionMutation, useRecordSubjectsToldMutation } from './breachesApi';

const titleProps = { title: { variant: 'h6', component: 'h2' }, subheader: { variant: 'body2' } } as const;

/** Communication to the people affected (Art. 34), or the exception of 34(3) that applies. */
export function SubjectsPanel({ detail }: { detail: BreachDetail }) {
  const user = useAppSelector(selectCurrentUser);
  const isDpo = user?.roles.includes('dpo') ?? false;
  const [dialog, setDialog] = useState<'told' | 'exception' | null>(null);
  const { subjects } = detail;
  const recorded = Boolean(subjects.toldAt || subjects.exception);
  const canRecord =
    detail.state !== 'closed' && detail.capacity !== 'processor' && detail.assessment !== null && !recorded;
  return (
    <Card>
      <CardHeader
        title="The people affected"
        subheader="When the risk is high, the people are told without undue delay, in clear language: what happened, the contact point, the likely consequences and the measures (Art. 34(1)-(2)), unless an exception of Art. 34(3) applies."
        slotProps={titleProps}
      />
      <CardContent sx={{ pt: 0 }}>
        {detail.capacity === 'processor' ? (
          <Alert severity="info">
            As processor, the customers decide whether to tell the people affected; we assist them.
          </Alert>
        ) : detail.assessment === null ? (
          <Alert severity="warning">
            The risk is not assessed yet; it decides whether the people must be told.
          </Alert>
        ) : subjects.required && !subjects.toldAt && !subjects.exception && subjects.dueAt ? (
          <Alert severity="warning" sx={{ mb: 1 }}>
            High risk: tell the people affected without undue delay. Our target: by{' '}
            <strong>{formatOslo(subjects.dueAt)}</strong>, counted from the high-risk assessment
            {subjects.highRiskAt ? ` (${formatOslo(subjects.highRiskAt)})` : ''}.
          </Alert>
        ) : subjects.toldAt ? (
          <>
            <Fact label="Told">
              {formatOslo(subjects.toldAt)}
              {subjects.how ? `, by ${subjectNoticeMethodLabels[subjects.how].toLowerCase()}` : ''}
              {subjects.count !== null ? ` — ${subjects.count.toLocaleString('en-GB')} people` : ''}
            </Fact>
            <Fact label="What they were told">{subjects.message}</Fact>
          </>
        ) : subjects.exception ? (
          <>
            <Fact label="Not told individually (Art. 34(3))">
              {subjectExceptionLabels[subjects.exception]}
            </Fact>
            <Fact label="Explanation">{subjects.explanation}</Fact>
            {subjects.publicNoticeAt && (
              <Fact label="Public notice">
                {formatOslo(subjects.publicNoticeAt)}: {subjects.publicNoticeWhere}
              </Fact>
            )}
          </>
        ) : subjects.required ? (
          <Alert severity="error">
            <AlertTitle>High risk: the people affected must be told</AlertTitle>
            Tell them without undue delay, or record why an exception of Art. 34(3) applies.
          </Alert>
        ) : (
          <Typography variant="body2">
            Not required: the risk is not high. You may still tell the people affected, and record it here.
          </Typography>
        )}
        {recorded && subjects.recordedBy && (
          <Typography variant="caption" color="text.secondary">
            Recorded by {subjects.recordedBy}, {formatOslo(subjects.recordedAt)}
          </Typography>
        )}
        {canRecord && (
          <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
            <Button
              variant={subjects.required ? 'contained' : 'outlined'}
              startIcon={<PeopleOutlineIcon />}
              onClick={() => setDialog('told')}
            >
              Record that they were told
            </Button>
            {subjects.required && isDpo && (
              <Button startIcon={<CampaignOutlinedIcon />} onClick={() => setDialog('exception')}>
                Record an exception (Art. 34(3))
              </Button>
            )}
          </Stack>
        )}
      </CardContent>
      {dialog === 'told' && <ToldDialog detail={detail} onClose={() => setDialog(null)} />}
      {dialog === 'exception' && <ExceptionDialog detail={detail} onClose={() => setDialog(null)} />}
    </Card>
  );
}

function errorsOf(issues: Array<{ path: string; message: string }> | undefined) {
  return Object.fromEntries(
    (issues ?? []).map((issue) => [
      issue.path,
      issue.message.includes('ISO 8601') ? 'Use the form dd.mm.yyyy hh:mm' : issue.message,
    ]),
  );
}

function ToldDialog({ detail, onClose }: { detail: BreachDetail; onClose: () => void }) {
  const run = useRun();
  const [record, { isLoading }] = useRecordSubjectsToldMutation();
  const [toldAt, setToldAt] = useState(toOsloInput(detail.now));
  const [how, setHow] = useState<SubjectNoticeMethod>('email');
  const [count, setCount] = useState(detail.subjectsApprox === null ? '' : String(detail.subjectsApprox));
  const [message, setMessage] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    const local = timeFieldError(toldAt, true);
    const number = wholeNumber(count);
    if (local || number === undefined)
      return setErrors({
        ...(local ? { toldAt: local } : {}),
        ...(number === undefined ? { count: 'A whole number, or empty' } : {}),
      });
    const result = await run(
      record({ id: detail.id, toldAt: timeFieldValue(toldAt) ?? '', how, count: number, message }),
      'That the people affected were told is recorded.',
      { quietError: true },
    );
    if (result.ok) return onClose();
    setErrors(errorsOf(result.error.issues));
    setError(result.error.issues?.length ? null : result.error.message);
  };
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="told-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="told-title">The people affected were told</DialogTitle>
        <DialogContent>
          {error && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {error}
            </Alert>
          )}
          <Stack spacing={2} sx={{ pt: 1 }}>
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
              onChange={(event) => setHow(event.target.value as SubjectNoticeMethod)}
            >
              {subjectNoticeMethods.map((method) => (
                <MenuItem key={method} value={method}>
                  {subjectNoticeMethodLabels[method]}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              label="How many people"
              value={count}
              onChange={(event) => setCount(event.target.value)}
              error={Boolean(errors.count)}
              helperText={errors.count}
            />
            <TextField
              label="What they were told"
              required
              multiline
              minRows={3}
              value={message}
              onChange={(event) => setMessage(event.target.value)}
              error={Boolean(errors.message)}
              helperText={
                errors.message ??
                'In clear language: what happened, the contact point, the likely consequences, the measures'
              }
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

function ExceptionDialog({ detail, onClose }: { detail: BreachDetail; onClose: () => void }) {
  const run = useRun();
  const [record, { isLoading }] = useRecordSubjectsExceptionMutation();
  const [exception, setException] = useState<SubjectException | ''>('');
  const [explanation, setExplanation] = useState('');
  const [noticeAt, setNoticeAt] = useState('');
  const [noticeWhere, setNoticeWhere] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!exception) return setErrors({ exception: 'Choose the exception that applies' });
    const local = exception === 'disproportionate' ? timeFieldError(noticeAt, true) : null;
    if (local) return setErrors({ publicNoticeAt: local });
    const result = await run(
      record({
        id: detail.id,
        exception,
        explanation,
        publicNoticeAt: exception === 'disproportionate' ? timeFieldValue(noticeAt) : null,
        publicNoticeWhere: exception === 'disproportionate' ? noticeWhere : undefined,
      }),
      'The exception of Art. 34(3) is recorded.',
      { quietError: true },
    );
    if (result.ok) return onClose();
    setErrors(errorsOf(result.error.issues));
    setError(result.error.issues?.length ? null : result.error.message);
  };
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="exception-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="exception-title">Why the people are not told individually</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>
            Datatilsynet may still require the people to be told, having considered the risk (Art. 34(4)).
          </DialogContentText>
          {error && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {error}
            </Alert>
          )}
          <Stack spacing={2}>
            <FormControl error={Boolean(errors.exception)}>
              <FormLabel id="exception-label">The exception that applies</FormLabel>
              <RadioGroup
                aria-labelledby="exception-label"
                value={exception}
                onChange={(event) => setException(event.target.value as SubjectException)}
              >
                {subjectExceptions.map((value) => (
                  <FormControlLabel
                    key={value}
                    value={value}
                    control={<Radio size="small" />}
                    label={subjectExceptionLabels[value]}
                  />
                ))}
              </RadioGroup>
              {errors.exception && (
                <Typography variant="caption" color="error">
                  {errors.exception}
                </Typography>
              )}
            </FormControl>
            <TextField
              label="Explanation"
              required
              multiline
              minRows={3}
              value={explanation}
              onChange={(event) => setExplanation(event.target.value)}
              error={Boolean(errors.explanation)}
              helperText={errors.explanation}
            />
            <Collapse in={exception === 'disproportionate'} unmountOnExit>
              <Stack spacing={2}>
                <OsloDateTimeField
                  label="Public notice made"
                  required
                  value={noticeAt}
                  onChange={setNoticeAt}
                  error={errors.publicNoticeAt}
                />
                <TextField
                  label="Where the public notice was given"
                  required
                  value={noticeWhere}
                  onChange={(event) => setNoticeWhere(event.target.value)}
                  error={Boolean(errors.publicNoticeWhere)}
                  helperText={errors.publicNoticeWhere ?? 'E.g. weassist.no and a national newspaper'}
                />
              </Stack>
            </Collapse>
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
