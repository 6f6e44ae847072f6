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
import { checklistSummary, type ClauseState } from '../../../shared/agreements/rules';
import type { CallKey } from '../../../shared/i18n/translate';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { useLabels, useT } from '../../i18n';
import type { KeyOf } from '../../i18n/namespaces';
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

type PanelKey = CallKey<KeyOf<'agreementPanels'>>;

/** The keys of the words of the text each settled state asks for: where the clause is, or why it is missing or n/a. */
const askedText: Record<
  Exclude<ClauseState, 'unchecked'>,
  { field: 'clauseRef' | 'note'; labelKey: PanelKey; ariaKey: PanelKey; placeholderKey?: PanelKey }
> = {
  present: {
    field: 'clauseRef',
    labelKey: 'whereInAgreement',
    ariaKey: 'clauseReferenceLabel',
    placeholderKey: 'whereInAgreementPlaceholder',
  },
  'not-applicable': { field: 'note', labelKey: 'whyNotApply', ariaKey: 'whyNotApplyLabel' },
  missing: { field: 'note', labelKey: 'noteNegotiate', ariaKey: 'noteLabel' },
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
  const t = useT('agreementPanels');
  const clauseStateLabels = useLabels('clauseState');
  const dispatch = useAppDispatch();
  const [save] = useUpdateChecklistMutation();
  const saved = useMemo(() => detail.clauses.map(itemOf), [detail.clauses]);
  const { control, field, handleSubmit, getValues, reset, formState, formError, settle } = useChannelForm(
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
    dispatch(notice(t('checklistSaved', { count: changes.length })));
    if (outcome.data) reset({ items: outcome.data.clauses.map(itemOf) });
  });

  return (
    <Stack spacing={2}>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 4 }}>
          <Card sx={{ height: '100%' }}>
            <CardHeader title={t('completeness')} slotProps={{ title: { variant: 'h6', component: 'h2' } }} />
            <CardContent sx={{ pt: 0 }} data-testid="completeness">
              <ChecklistMeter summary={summary} />
            </CardContent>
          </Card>
        </Grid>
        <Grid size={{ xs: 12, md: 8 }}>
          {missing.length > 0 ? (
            <Alert severity="error" sx={{ height: '100%' }} aria-label={t('missingClauses')}>
              <AlertTitle>{t('clausesMissing', { count: missing.length })}</AlertTitle>
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
              {t('itemsUnchecked', { unchecked: summary.unchecked, total: summary.total })}
            </Alert>
          ) : (
            <Alert severity="success" sx={{ height: '100%' }}>
              {t('allSettled')}
            </Alert>
          )}
        </Grid>
      </Grid>
      <Card>
        <CardHeader
          title={t('checklistTitle')}
          subheader={editable ? t('checklistEditable') : t('checklistReadOnly')}
          slotProps={{ title: { variant: 'h6', component: 'h2' }, subheader: { variant: 'body2' } }}
          action={
            editable && (
              <Stack direction="row" spacing={1} sx={{ mr: 1, mt: 1 }}>
                <Button disabled={changed.length === 0} onClick={() => reset({ items: saved })}>
                  {t('discardChanges')}
                </Button>
                <Button
                  variant="contained"
                  disabled={changed.length === 0 || formState.isSubmitting}
                  onClick={() => void submit()}
                >
                  {changed.length > 0
                    ? t('saveChecklistCount', { count: changed.length })
                    : t('saveChecklist')}
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
            const asked = state === 'unchecked' ? null : askedText[state];
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
                  {...field(`${at}.state`)}
                  render={({ field }) => (
                    <ToggleButtonGroup
                      size="small"
                      exclusive
                      value={field.value}
                      disabled={!editable}
                      onChange={(_event, picked: ClauseState | null) => picked && field.onChange(picked)}
                      aria-label={t('clauseStateLabel', { clause: clause.label })}
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
                  {/* Keyed by the state: each state's question is a field of its own, drawn afresh on a change. */}
                  {asked && (
                    <FormTextField
                      key={state}
                      {...field(`${at}.${asked.field}`)}
                      label={t(asked.labelKey)}
                      placeholder={asked.placeholderKey && t(asked.placeholderKey)}
                      disabled={!editable}
                      slotProps={{ htmlInput: { 'aria-label': t(asked.ariaKey, { clause: clause.label }) } }}
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
