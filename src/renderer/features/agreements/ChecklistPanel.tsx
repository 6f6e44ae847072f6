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
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { useMemo } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import {
  agreementsChannels,
  type AgreementDetail,
  type ChecklistItemInput,
  type Clause,
} from '../../../shared/agreements/contract';
import { checklistSummary, clauseStateLabels, type ClauseState } from '../../../shared/agreements/rules';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { FormError, FormTextField, useChannelForm } from '../../components/form';
import { formatDateTime } from '../../lib/format';
import { ChecklistMeter } from './agreementUi';
import { useUpdateChecklistMutation } from './agreementsApi';

/** The form holds every item of the checklist, in the agreement's order; a save sends the changed ones. */
const checklistForm = agreementsChannels['agreements.updateChecklist'].input.pick({ items: true });
type Item = ChecklistItemInput;

const choices: ClauseState[] = ['present', 'missing', 'not-applicable', 'unchecked'];
const stateColours: Record<ClauseState, 'success' | 'error' | 'info' | 'standard'> = {
  present: 'success',
  missing: 'error',
  'not-applicable': 'info',
  unchecked: 'standard',
};

function itemOf(clause: Clause): Item {
  return { key: clause.key, state: clause.state, clauseRef: clause.clauseRef ?? '', note: clause.note ?? '' };
}

/** What an item's state keeps: where it is for a present one, why for one missing or not applicable. */
function sent(item: Item): Item {
  return {
    key: item.key,
    state: item.state,
    clauseRef: item.state === 'present' ? item.clauseRef : '',
    note: item.state === 'present' || item.state === 'unchecked' ? '' : item.note,
  };
}

function differs(item: Item | undefined, before: Item): boolean {
  return (
    !!item &&
    (item.state !== before.state || item.clauseRef !== before.clauseRef || item.note !== before.note)
  );
}

/**
 * Every item Art. 28(3) requires, each found present (with where in the agreement), missing, or
 * not applicable (with why). Changes are kept on the screen until "Save checklist" saves them together.
 */
export function ChecklistPanel({ detail }: { detail: AgreementDetail }) {
  const dispatch = useAppDispatch();
  const [save] = useUpdateChecklistMutation();
  const saved = useMemo(() => detail.clauses.map(itemOf), [detail.clauses]);
  const { control, handleSubmit, getValues, reset, formState, formError, settle } = useChannelForm(
    checklistForm,
    {
      items: saved,
    },
  );
  const items = useWatch({ control, name: 'items' }) as Item[] | undefined;
  const editable = detail.canTickChecklist;
  const changed = saved.filter((before, index) => differs(items?.[index], before));
  const stateOf = (index: number) => items?.[index]?.state ?? saved[index].state;
  const summary = checklistSummary(detail.clauses.map((_clause, index) => stateOf(index)));
  const missing = detail.clauses.filter((_clause, index) => stateOf(index) === 'missing');

  const submit = handleSubmit(async (values) => {
    // Compared as typed: the schema's output has empty texts dropped.
    const typed = getValues('items');
    const changes = values.items.filter((_item, index) => differs(typed[index], saved[index])).map(sent);
    const outcome = settle(await save({ id: detail.id, items: changes }));
    if (!outcome.ok) return;
    dispatch(
      notice(`${changes.length === 1 ? 'One item' : `${changes.length} items`} of the checklist saved.`),
    );
    if (outcome.data) reset({ items: outcome.data.clauses.map(itemOf) });
  });

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
                <Button disabled={changed.length === 0} onClick={() => reset({ items: saved })}>
                  Discard changes
                </Button>
                <Button
                  variant="contained"
                  disabled={changed.length === 0 || formState.isSubmitting}
                  onClick={() => void submit()}
                >
                  Save checklist{changed.length > 0 ? ` (${changed.length})` : ''}
                </Button>
              </Stack>
            )
          }
        />
        <CardContent sx={{ pt: 0 }}>
          <FormError message={formError} />
          {detail.clauses.map((clause, index) => {
            const state = stateOf(index);
            const at = `items.${index}` as const;
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
                <Controller
                  control={control}
                  name={`${at}.state`}
                  render={({ field }) => (
                    <ToggleButtonGroup
                      size="small"
                      exclusive
                      value={field.value}
                      disabled={!editable}
                      onChange={(_event, picked: ClauseState | null) => picked && field.onChange(picked)}
                      aria-label={`${clause.label}: state`}
                    >
                      {choices.map((choice) => (
                        <ToggleButton
                          key={choice}
                          value={choice}
                          color={stateColours[choice]}
                          sx={{ px: 1.25 }}
                        >
                          {clauseStateLabels[choice]}
                        </ToggleButton>
                      ))}
                    </ToggleButtonGroup>
                  )}
                />
                <Box>
                  {state === 'present' && (
                    <FormTextField
                      control={control}
                      name={`${at}.clauseRef`}
                      label="Where in the agreement"
                      placeholder="e.g. clause 4.2"
                      disabled={!editable}
                      slotProps={{ htmlInput: { 'aria-label': `${clause.label}: clause reference` } }}
                    />
                  )}
                  {state === 'not-applicable' && (
                    <FormTextField
                      control={control}
                      name={`${at}.note`}
                      label="Why it does not apply"
                      disabled={!editable}
                      slotProps={{ htmlInput: { 'aria-label': `${clause.label}: why it does not apply` } }}
                    />
                  )}
                  {state === 'missing' && (
                    <FormTextField
                      control={control}
                      name={`${at}.note`}
                      label="Note (what to negotiate)"
                      disabled={!editable}
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
