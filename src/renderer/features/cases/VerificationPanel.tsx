import {
  Alert,
  AlertTitle,
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  Checkbox,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControlLabel,
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
import NoPhotographyOutlinedIcon from '@mui/icons-material/NoPhotographyOutlined';
import { useState } from 'react';
import type { CaseDetail } from '../../../shared/cases/contract';
import {
  authorityEvidence,
  authorityEvidenceLabels,
  type AuthorityEvidence,
  representativeRelationLabels,
  typeList,
  verificationMethodLabels,
  verificationMethods,
  type VerificationMethod,
  verificationResultLabels,
  type VerificationResult,
} from '../../../shared/cases/rules';
import { selectCurrentUser, useAppSelector } from '../../app/store';
import { formatDate, formatDateTime } from '../../lib/format';
import {
  useCheckRepresentativeAuthorityMutation,
  useDecideVerificationMutation,
  useOverrideVerificationMutation,
  useTickVerificationItemMutation,
} from './casesApi';
import { useRun } from './useRun';
import { ClarificationCard, DatesCard } from './VerificationDates';

const titleProps = { title: { variant: 'h6', component: 'h2' }, subheader: { variant: 'body2' } } as const;

function issuesOf(error: { issues?: Array<{ path: string; message: string }> }): Record<string, string> {
  return Object.fromEntries((error.issues ?? []).map((issue) => [issue.path, issue.message]));
}

export function GateAlert({ detail }: { detail: CaseDetail }) {
  const { gate } = detail.verification;
  if (gate.effects.length === 0 && !detail.verification.override) return null;
  return gate.open ? (
    <Alert severity="success" role="status">
      <AlertTitle>
        Data may be{' '}
        {gate.effects
          .map(
            (effect) => `${effect === 'disclose' ? 'disclosed' : effect === 'erase' ? 'erased' : 'changed'}`,
          )
          .join(' and ')}{' '}
        for this person
      </AlertTitle>
      {gate.explanation}
    </Alert>
  ) : (
    <Alert severity="warning" role="status">
      <AlertTitle>Nothing may be disclosed, changed or erased yet</AlertTitle>
      {gate.explanation}
    </Alert>
  );
}

/** Identity verification (Art. 12(2), 12(6); EDPB 01/2022): proportionate, and never a copy of an ID. */
export function VerificationPanel({ detail }: { detail: CaseDetail }) {
  const run = useRun();
  const isDpo = useAppSelector(selectCurrentUser)?.roles.includes('dpo') ?? false;
  const open = detail.state === 'open';
  const { verification } = detail;
  const [tick] = useTickVerificationItemMutation();
  const [decide, { isLoading: deciding }] = useDecideVerificationMutation();
  const [checkAuthority] = useCheckRepresentativeAuthorityMutation();
  const [override, { isLoading: overriding }] = useOverrideVerificationMutation();

  // Nothing chosen until the person chooses: "Not decided yet" never sits beside a selected "Verified".
  const [result, setResult] = useState<VerificationResult | null>(null);
  const [method, setMethod] = useState<VerificationMethod | ''>('');
  const [reason, setReason] = useState('');
  const [decideErrors, setDecideErrors] = useState<Record<string, string>>({});
  const [evidence, setEvidence] = useState<AuthorityEvidence>('power-of-attorney');
  const [authorityNote, setAuthorityNote] = useState('');
  const [formOpen, setFormOpen] = useState(!verification.result);
  const [overrideOpen, setOverrideOpen] = useState(false);
  const [overrideReason, setOverrideReason] = useState('');
  const [overrideError, setOverrideError] = useState<string | null>(null);

  const allTicked = verification.items.every((item) => item.tickedAt);

  const record = async () => {
    if (!result) return;
    const outcome = await run(
      decide({ id: detail.id, result, method: result === 'not-needed' ? null : method || null, reason }),
      `Identity: ${verificationResultLabels[result].toLowerCase()}.`,
      { quietError: true },
    );
    if (outcome.ok) {
      setReason('');
      setDecideErrors({});
      setFormOpen(false);
    } else
      setDecideErrors({
        ...issuesOf(outcome.error),
        ...(outcome.error.issues?.length ? {} : { form: outcome.error.message }),
      });
  };

  const submitOverride = async () => {
    const outcome = await run(
      override({ id: detail.id, reason: overrideReason }),
      'The override was recorded.',
      {
        quietError: true,
      },
    );
    if (outcome.ok) setOverrideOpen(false);
    else setOverrideError(outcome.error.issues?.[0]?.message ?? outcome.error.message);
  };

  return (
    <Stack spacing={2}>
      <Alert severity="info" icon={<NoPhotographyOutlinedIcon />}>
        <AlertTitle>Never keep a copy of an identity document</AlertTitle>
        Prefer questions about data we already hold, a callback or a code to the number or address on file. If
        an ID document must be seen, record only that it was checked, by whom and when. Ask for no more than
        is needed, and never disclose personal data during an unverified phone call.
      </Alert>
      <GateAlert detail={detail} />
      {verification.override && (
        <Alert severity="warning" variant="outlined">
          <AlertTitle>Overridden by the data protection officer</AlertTitle>
          {verification.override.by}, {formatDateTime(verification.override.at)}, for{' '}
          {typeList(verification.override.covers)}: {verification.override.reason}
        </Alert>
      )}
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 7 }}>
          <Card>
            <CardHeader
              title="Checklist"
              subheader={
                verification.templates.length > 0
                  ? `From ${verification.templates.map((name) => `“${name}”`).join(', ')}`
                  : verification.result === 'not-needed'
                    ? 'No checklist: verification is not needed for this request'
                    : 'No checklist template fits: record the method and result below'
              }
              slotProps={titleProps}
            />
            <CardContent sx={{ pt: 0 }}>
              {verification.items.length > 0 ? (
                <List dense aria-label="Verification checklist">
                  {verification.items.map((item) => (
                    <ListItem key={item.id} disableGutters alignItems="flex-start">
                      <ListItemIcon sx={{ minWidth: 40 }}>
                        <Checkbox
                          edge="start"
                          checked={!!item.tickedAt}
                          disabled={!open || (!!item.tickedAt && verification.result === 'verified')}
                          onChange={(event) =>
                            void run(tick({ id: detail.id, itemId: item.id, ticked: event.target.checked }))
                          }
                          slotProps={{ input: { 'aria-label': item.label } }}
                        />
                      </ListItemIcon>
                      <ListItemText
                        primary={item.label}
                        secondary={
                          item.tickedAt
                            ? `Ticked by ${item.tickedBy}, ${formatDateTime(item.tickedAt)}`
                            : (item.help ?? 'Not ticked yet')
                        }
                      />
                    </ListItem>
                  ))}
                </List>
              ) : (
                <Typography variant="body2" color="text.secondary">
                  {verification.reason ?? 'Nothing to tick.'}
                </Typography>
              )}
            </CardContent>
          </Card>
        </Grid>
        <Grid size={{ xs: 12, lg: 5 }}>
          <Stack spacing={2}>
            <Card>
              <CardHeader title="Result" slotProps={titleProps} />
              <CardContent sx={{ pt: 0 }}>
                {verification.result ? (
                  <Box sx={{ mb: 2 }}>
                    <Chip
                      label={verificationResultLabels[verification.result]}
                      color={verification.result === 'failed' ? 'error' : 'success'}
                      sx={{ mb: 1 }}
                    />
                    <Typography variant="body2">{verification.reason}</Typography>
                    <Typography variant="caption" color="text.secondary" component="div">
                      {verification.method ? `${verificationMethodLabels[verification.method]} · ` : ''}
                      decided by {verification.decidedBy}, {formatDateTime(verification.decidedAt)}
                      {verification.decidedFor.length > 0
                        ? ` · for ${typeList(verification.decidedFor)}`
                        : ''}
                    </Typography>
                  </Box>
                ) : (
                  <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
                    Not decided yet.
                  </Typography>
                )}
                {open && !formOpen && (
                  <Button variant="outlined" onClick={() => setFormOpen(true)}>
                    Record a new result
                  </Button>
                )}
                {open && formOpen && (
                  <Stack spacing={1.5}>
                    {decideErrors.form && <Alert severity="error">{decideErrors.form}</Alert>}
                    <RadioGroup
                      row
                      value={result ?? ''}
                      onChange={(event) => setResult(event.target.value as VerificationResult)}
                      aria-label="Result"
                    >
                      <FormControlLabel value="verified" control={<Radio size="small" />} label="Verified" />
                      <FormControlLabel value="failed" control={<Radio size="small" />} label="Failed" />
                      <FormControlLabel
                        value="not-needed"
                        control={<Radio size="small" />}
                        label="Not needed"
                      />
                    </RadioGroup>
                    {result !== 'not-needed' && (
                      <TextField
                        select
                        label="Method"
                        value={method}
                        onChange={(event) => setMethod(event.target.value as VerificationMethod)}
                        error={!!decideErrors.method}
                        helperText={decideErrors.method}
                      >
                        {verificationMethods
                          .filter((candidate) => candidate !== 'representative' || detail.representative)
                          .map((candidate) => (
                            <MenuItem key={candidate} value={candidate}>
                              {verificationMethodLabels[candidate]}
                            </MenuItem>
                          ))}
                      </TextField>
                    )}
                    <TextField
                      label="Reason"
                      required
                      multiline
                      minRows={2}
                      value={reason}
                      onChange={(event) => setReason(event.target.value)}
                      error={!!decideErrors.reason}
                      helperText={decideErrors.reason ?? 'What was checked and what matched (or did not)'}
                    />
                    <Box>
                      <Button
                        variant="contained"
                        onClick={() => void record()}
                        disabled={deciding || !result || (result === 'verified' && !allTicked)}
                      >
                        Record result
                      </Button>
                      {!result && (
                        <Typography variant="caption" color="text.secondary" sx={{ ml: 1.5 }}>
                          Choose the result first
                        </Typography>
                      )}
                      {result === 'verified' && !allTicked && (
                        <Typography variant="caption" color="text.secondary" sx={{ ml: 1.5 }}>
                          Tick every checklist item first
                        </Typography>
                      )}
                    </Box>
                  </Stack>
                )}
              </CardContent>
            </Card>
            <DatesCard key={`${verification.requestedOn}|${verification.receivedOn}`} detail={detail} />
            <ClarificationCard
              key={`${verification.clarification.requestedOn}|${verification.clarification.receivedOn}|${verification.clarification.question}`}
              detail={detail}
            />
            {detail.representative && (
              <Card>
                <CardHeader
                  title="Representative’s authority"
                  subheader={`${detail.representative.name}, ${representativeRelationLabels[detail.representative.relation].toLowerCase()}`}
                  slotProps={titleProps}
                />
                <CardContent sx={{ pt: 0 }}>
                  {detail.representative.authorityCheckedAt ? (
                    <Typography variant="body2">
                      {authorityEvidenceLabels[detail.representative.authorityEvidence ?? 'other']}; checked
                      by {detail.representative.authorityCheckedBy},{' '}
                      {formatDateTime(detail.representative.authorityCheckedAt)}
                      {detail.representative.authorityNote ? `. ${detail.representative.authorityNote}` : ''}
                    </Typography>
                  ) : open ? (
                    <Stack spacing={1.5}>
                      <Typography variant="body2" color="text.secondary">
                        Check the authority proportionately: a power of attorney, a guardianship decision,
                        parental responsibility. Record that it was seen; keep no copy of identity documents.
                      </Typography>
                      <TextField
                        select
                        label="Proof seen"
                        value={evidence}
                        onChange={(event) => setEvidence(event.target.value as AuthorityEvidence)}
                      >
                        {authorityEvidence.map((value) => (
                          <MenuItem key={value} value={value}>
                            {authorityEvidenceLabels[value]}
                          </MenuItem>
                        ))}
                      </TextField>
                      <TextField
                        label="Note"
                        value={authorityNote}
                        onChange={(event) => setAuthorityNote(event.target.value)}
                      />
                      <Box>
                        <Button
                          variant="outlined"
                          onClick={() =>
                            void run(
                              checkAuthority({ id: detail.id, evidence, note: authorityNote }),
                              'The representative’s authority was recorded as checked.',
                            )
                          }
                        >
                          Record authority check
                        </Button>
                      </Box>
                    </Stack>
                  ) : (
                    <Typography variant="body2" color="text.secondary">
                      Not checked.
                    </Typography>
                  )}
                </CardContent>
              </Card>
            )}
            {open && isDpo && !verification.gate.open && (
              <Box>
                <Button color="warning" onClick={() => setOverrideOpen(true)}>
                  Override as data protection officer…
                </Button>
              </Box>
            )}
          </Stack>
        </Grid>
      </Grid>
      <Dialog
        open={overrideOpen}
        onClose={() => setOverrideOpen(false)}
        maxWidth="sm"
        fullWidth
        aria-labelledby="override-title"
      >
        <DialogTitle id="override-title">Override the identity check</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>
            The case may then disclose, change or erase data for {typeList(detail.types)} without a verified
            identity. Write why; the reason is shown on the case and kept in the audit log. Requested on{' '}
            {formatDate(detail.clock.receivedDate)}.
          </DialogContentText>
          <TextField
            label="Written reason"
            required
            multiline
            minRows={3}
            autoFocus
            value={overrideReason}
            onChange={(event) => setOverrideReason(event.target.value)}
            error={!!overrideError}
            helperText={overrideError}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOverrideOpen(false)}>Cancel</Button>
          <Button
            color="warning"
            variant="contained"
            disabled={overriding}
            onClick={() => void submitOverride()}
          >
            Override
          </Button>
        </DialogActions>
      </Dialog>
    </Stack>
  );
}
