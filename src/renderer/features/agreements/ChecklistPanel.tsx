import {
  Alert,
  AlertTitle,
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  Grid,
  Stack,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { useMemo, useState } from 'react';
import type { AgreementDetail, Clause } from '../../../shared/agreements/contract';
import { checklistSummary, clauseStateLabels, type ClauseState } from '../../../shared/agreements/rules';
import type { ApiError } from '../../../shared/errors';
import { formatDateTime } from '../../lib/format';
import { useRun } from '../cases/useRun';
import { ChecklistMeter } from './agreementUi';
import { useUpdateChecklistMutation } from './agreementsApi';

interface Draft {
  state: ClauseState;
  clauseRef: string;
  note: string;
}

const choices: ClauseState[] = ['present', 'missing', 'not-applicable', 'unchecked'];
const stateColours: Record<ClauseState, 'success' | 'error' | 'info' | 'standard'> = {
  present: 'success',
  missing: 'error',
  'not-applicable': 'info',
  unchecked: 'standard',
};

function draftOf(clause: Clause): Draft {
  return { state: clause.state, clauseRef: clause.clauseRef ?? '', note: clause.note ?? '' };
}

/**
 * Every item Art. 28(3) requires, each found present (with where in the agreement), missing, or
 * not applicable (with why). Changes are kept on the screen until "Save checklist" saves them together.
 */
export function ChecklistPanel({ detail }: { detail: AgreementDetail }) {
  const run = useRun();
  const [save, { isLoading }] = useUpdateChecklistMutation();
  const saved = useMemo(
    () => Object.fromEntries(detail.clauses.map((clause) => [clause.key, draftOf(clause)])),
    [detail.clauses],
  );
  const [drafts, setDrafts] = useState<Record<string, Draft>>(saved);
  const [errors, setErrors] = useState<Record<string, { clauseRef?: string; note?: string }>>({});
  const editable = detail.canTickChecklist;
  const changed = detail.clauses.filter((clause) => {
    const draft = drafts[clause.key];
    const before = saved[clause.key];
    return (
      draft &&
      (draft.state !== before.state || draft.clauseRef !== before.clauseRef || draft.note !== before.note)
    );
  });
  const summary = checklistSummary(detail.clauses.map((clause) => drafts[clause.key]?.state ?? clause.state));
  const missing = detail.clauses.filter(
    (clause) => (drafts[clause.key]?.state ?? clause.state) === 'missing',
  );

  const change = (key: string, patch: Partial<Draft>) => {
    setDrafts((current) => ({ ...current, [key]: { ...current[key], ...patch } }));
    setErrors((current) => ({ ...current, [key]: {} }));
  };

  const submit = async () => {
    const items = changed.map((clause) => {
      const draft = drafts[clause.key];
      return {
        key: clause.key,
        state: draft.state,
        clauseRef: draft.state === 'present' ? draft.clauseRef : '',
        note: draft.state === 'present' || draft.state === 'unchecked' ? '' : draft.note,
      };
    });
    const outcome = await run(
      save({ id: detail.id, items }),
      `${items.length === 1 ? 'One item' : `${items.length} items`} of the checklist saved.`,
      { quietError: true },
    );
    if (outcome.ok) {
      setErrors({});
      if (outcome.data)
        setDrafts(Object.fromEntries(outcome.data.clauses.map((clause) => [clause.key, draftOf(clause)])));
      return;
    }
    const found: Record<string, { clauseRef?: string; note?: string }> = {};
    for (const issue of (outcome.error as ApiError).issues ?? []) {
      const match = /^items\.(\d+)\.(clauseRef|note|state|key)$/.exec(issue.path);
      if (!match) continue;
      const key = items[Number(match[1])]?.key;
      if (key) found[key] = { ...found[key], [match[2] === 'note' ? 'note' : 'clauseRef']: issue.message };
    }
    setErrors(found);
  };

  return (
    <Stack spacing={2}>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 4 }}>
          <Card sx={{ height: '100%' }}>
            <CardHeader title="Completeness" slotProps={{ title: { variant: 'h6', component: 'h2' } }} />
            <CardContent sx={{ pt: 0 }} data-testid="completeness">
              <ChecklistMeter summary={summary} />
            </CardContent>
          </Card>
        </Grid>
        <Grid size={{ xs: 12, md: 8 }}>
          {missing.length > 0 ? (
            <Alert severity="error" sx={{ height: '100%' }} aria-label="Missing clauses">
              <AlertTitle>
                {missing.length === 1
                  ? 'One required clause is missing'
                  : `${missing.length} required clauses are missing`}
              </AlertTitle>
              <Box component="ul" sx={{ m: 0, pl: 2 }}>
                {missing.map((clause) => (
                  <li key={clause.key}>
                    {clause.article}: {clause.label}
                  </li>
                ))}
              </Box>
            </Alert>
          ) : summary.unchecked > 0 ? (
            <Alert severity="info" sx={{ height: '100%' }}>
              {summary.unchecked} of {summary.total} items are not checked yet. Go through the agreement and
              mark each one present (with the clause), missing or not applicable.
            </Alert>
          ) : (
            <Alert severity="success" sx={{ height: '100%' }}>
              Every item of Art. 28(3) is in the agreement or does not apply.
            </Alert>
          )}
        </Grid>
      </Grid>
      <Card>
        <CardHeader
          title="Art. 28(3) checklist"
          subheader={
            editable
              ? 'Administrators and the data protection officer tick the checklist.'
              : 'Only administrators and the data protection officer tick the checklist.'
          }
          slotProps={{ title: { variant: 'h6', component: 'h2' }, subheader: { variant: 'body2' } }}
          action={
            editable && (
              <Stack direction="row" spacing={1} sx={{ mr: 1, mt: 1 }}>
                <Button
                  disabled={changed.length === 0}
                  onClick={() => {
                    setDrafts(saved);
                    setErrors({});
                  }}
                >
                  Discard changes
                </Button>
                <Button
                  variant="contained"
                  disabled={changed.length === 0 || isLoading}
                  onClick={() => void submit()}
                >
                  Save checklist{changed.length > 0 ? ` (${changed.length})` : ''}
                </Button>
              </Stack>
            )
          }
        />
        <CardContent sx={{ pt: 0 }}>
          {detail.clauses.map((clause) => {
            const draft = drafts[clause.key] ?? draftOf(clause);
            const error = errors[clause.key] ?? {};
            return (
              <Box
                key={clause.key}
                component="section"
                aria-label={clause.label}
                sx={{
                  display: 'grid',
                  gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 1.3fr) auto minmax(0, 1fr)' },
                  gap: 2,
                  alignItems: 'start',
                  py: 1.5,
                  borderTop: 1,
                  borderColor: 'divider',
                }}
              >
                <Box>
                  <Typography variant="caption" color="text.secondary">
                    {clause.article}
                  </Typography>
                  <Typography variant="body2" sx={{ fontWeight: 500 }}>
                    {clause.label}
                  </Typography>
                  <Typography variant="caption" color="text.secondary" component="div">
                    {clause.help}
                  </Typography>
                  {clause.checkedAt && (
                    <Typography variant="caption" color="text.secondary" component="div">
                      {clauseStateLabels[clause.state]} · {clause.checkedBy},{' '}
                      {formatDateTime(clause.checkedAt)}
                    </Typography>
                  )}
                </Box>
                <ToggleButtonGroup
                  size="small"
                  exclusive
                  value={draft.state}
                  disabled={!editable}
                  onChange={(_event, state: ClauseState | null) => state && change(clause.key, { state })}
                  aria-label={`${clause.label}: state`}
                >
                  {choices.map((state) => (
                    <ToggleButton key={state} value={state} color={stateColours[state]} sx={{ px: 1.25 }}>
                      {clauseStateLabels[state]}
                    </ToggleButton>
                  ))}
                </ToggleButtonGroup>
                <Box>
                  {draft.state === 'present' && (
                    <TextField
                      label="Where in the agreement"
                      placeholder="e.g. clause 4.2"
                      value={draft.clauseRef}
                      disabled={!editable}
                      onChange={(event) => change(clause.key, { clauseRef: event.target.value })}
                      error={!!error.clauseRef}
                      helperText={error.clauseRef}
                      slotProps={{ htmlInput: { 'aria-label': `${clause.label}: clause reference` } }}
                    />
                  )}
                  {draft.state === 'not-applicable' && (
                    <TextField
                      label="Why it does not apply"
                      value={draft.note}
                      disabled={!editable}
                      onChange={(event) => change(clause.key, { note: event.target.value })}
                      error={!!error.note}
                      helperText={error.note}
                      slotProps={{ htmlInput: { 'aria-label': `${clause.label}: why it does not apply` } }}
                    />
                  )}
                  {draft.state === 'missing' && (
                    <TextField
                      label="Note (what to negotiate)"
                      value={draft.note}
                      disabled={!editable}
                      onChange={(event) => change(clause.key, { note: event.target.value })}
                      slotProps={{ htmlInput: { 'aria-label': `${clause.label}: note` } }}
                    />
                  )}
                </Box>
              </Box>
            );
          })}
        </CardContent>
      </Card>
    </Stack>
  );
}
