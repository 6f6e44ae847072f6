import { Alert, Button, Card, CardContent, CardHeader, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import type { CaseDetail } from '../../../shared/cases/contract';
import { CalendarDateField } from '../../components/CalendarDateField';
import { useSetClarificationDatesMutation, useSetVerificationDatesMutation } from './casesApi';
import { useRun } from './useRun';

const titleProps = { title: { variant: 'h6', component: 'h2' }, subheader: { variant: 'body2' } } as const;

function issuesOf(error: { issues?: Array<{ path: string; message: string }> }): Record<string, string> {
  return Object.fromEntries((error.issues ?? []).map((issue) => [issue.path, issue.message]));
}

/** "Verification requested" and "answer received": they mark the case as awaiting the person. */
export function DatesCard({ detail }: { detail: CaseDetail }) {
  const run = useRun();
  const { verification } = detail;
  const [setDates, { isLoading: savingDates }] = useSetVerificationDatesMutation();
  const [requestedOn, setRequestedOn] = useState(verification.requestedOn);
  const [receivedOn, setReceivedOn] = useState(verification.receivedOn);
  const [dateErrors, setDateErrors] = useState<Record<string, string>>({});
  const open = detail.state === 'open';
  const datesChanged = requestedOn !== verification.requestedOn || receivedOn !== verification.receivedOn;

  const saveDates = async () => {
    const outcome = await run(
      setDates({ id: detail.id, requestedOn, receivedOn }),
      'The verification dates were saved.',
      { quietError: true },
    );
    setDateErrors(
      outcome.ok
        ? {}
        : {
            ...issuesOf(outcome.error),
            ...(outcome.error.issues?.length ? {} : { form: outcome.error.message }),
          },
    );
  };

  return (
    <Card>
      <CardHeader
        title="Asking the person"
        subheader="While we wait, the case shows “awaiting the person”; with the pause setting on, the days are added to the deadline."
        slotProps={titleProps}
      />
      <CardContent sx={{ pt: 0 }}>
        {dateErrors.form && (
          <Alert severity="error" sx={{ mb: 1 }}>
            {dateErrors.form}
          </Alert>
        )}
        <Stack direction="row" spacing={1.5} alignItems="flex-start">
          <CalendarDateField
            label="Verification requested"
            value={requestedOn}
            onChange={setRequestedOn}
            min={detail.clock.receivedDate}
            max={detail.clock.today}
            error={!!dateErrors.requestedOn}
            helperText={dateErrors.requestedOn}
          />
          <CalendarDateField
            label="Answer received"
            value={receivedOn}
            onChange={setReceivedOn}
            min={requestedOn ?? undefined}
            max={detail.clock.today}
            error={!!dateErrors.receivedOn}
            helperText={dateErrors.receivedOn}
          />
        </Stack>
        {open && (
          <Button
            sx={{ mt: 1.5 }}
            variant="outlined"
            disabled={!datesChanged || savingDates}
            onClick={() => void saveDates()}
          >
            Save dates
          </Button>
        )}
      </CardContent>
    </Card>
  );
}

/** Asking the person to clarify a broad request (Recital 63): the person is awaited meanwhile. */
export function ClarificationCard({ detail }: { detail: CaseDetail }) {
  const run = useRun();
  const { clarification } = detail.verification;
  const [save, { isLoading }] = useSetClarificationDatesMutation();
  const [requestedOn, setRequestedOn] = useState(clarification.requestedOn);
  const [receivedOn, setReceivedOn] = useState(clarification.receivedOn);
  const [question, setQuestion] = useState(clarification.question ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const open = detail.state === 'open';
  const changed =
    requestedOn !== clarification.requestedOn ||
    receivedOn !== clarification.receivedOn ||
    question !== (clarification.question ?? '');
  const submit = async () => {
    const outcome = await run(
      save({ id: detail.id, requestedOn, receivedOn, question: question || undefined }),
      'The clarification was saved.',
      { quietError: true },
    );
    setErrors(
      outcome.ok
        ? {}
        : {
            ...issuesOf(outcome.error),
            ...(outcome.error.issues?.length ? {} : { form: outcome.error.message }),
          },
    );
  };
  return (
    <Card>
      <CardHeader
        title="Clarifying a broad request"
        subheader="Where much data is held, the person may be asked which information or processing the request concerns (Recital 63); asked without undue delay, the wait can pause the time like identity verification."
        slotProps={titleProps}
      />
      <CardContent sx={{ pt: 0 }}>
        {errors.form && (
          <Alert severity="error" sx={{ mb: 1 }}>
            {errors.form}
          </Alert>
        )}
        <Stack spacing={1.5}>
          <TextField
            label="What the person was asked to clarify"
            value={question}
            onChange={(event) => setQuestion(event.target.value)}
            disabled={!open}
            error={!!errors.question}
            helperText={errors.question}
          />
          <Stack direction="row" spacing={1.5} alignItems="flex-start">
            <CalendarDateField
              label="Clarification asked for"
              value={requestedOn}
              onChange={setRequestedOn}
              min={detail.clock.receivedDate}
              max={detail.clock.today}
              error={!!errors.requestedOn}
              helperText={errors.requestedOn}
            />
            <CalendarDateField
              label="Clarification received"
              value={receivedOn}
              onChange={setReceivedOn}
              min={requestedOn ?? undefined}
              max={detail.clock.today}
              error={!!errors.receivedOn}
              helperText={errors.receivedOn}
            />
          </Stack>
        </Stack>
        {open && (
          <Button
            sx={{ mt: 1.5 }}
            variant="outlined"
            disabled={!changed || isLoading}
            onClick={() => void submit()}
          >
            Save clarification
          </Button>
        )}
      </CardContent>
    </Card>
  );
}
