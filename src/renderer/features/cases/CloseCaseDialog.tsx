import { Alert, AlertTitle, Collapse, FormControl, Grid, Stack, Typography } from '@mui/material';
import GavelOutlinedIcon from '@mui/icons-material/GavelOutlined';
import { useWatch } from 'react-hook-form';
import { useLabels, useT } from '../../i18n';
import { z } from 'zod';
import { type CaseDetail, casesChannels } from '../../../shared/cases/contract';
import {
  alwaysGrantedTypes,
  isRefusal,
  outcomes,
  refusalGroundKeys,
  refusalGrounds,
  type RefusalGroundKey,
  replyChannels,
  unfoundedResponses,
} from '../../../shared/cases/rules';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import {
  EnumSelect,
  FormCheckbox,
  FormDateField,
  FormTextField,
  useChannelForm,
} from '../../components/form';
import { FieldError } from '../../components/form/FieldError';
import { FormDialog } from '../../components/form/FormDialog';
import { FormCheckboxGroup } from '../../components/form/FormCheckboxGroup';
import { FormRadioGroup } from '../../components/form/FormRadioGroup';
import { isApiErrorLike } from '../../lib/forms';
import { useFormatDue, useTypeList } from './caseUi';
import { useCloseCaseMutation } from './casesApi';
import { validateOnSubmit } from './formOptions';

const closeInput = casesChannels['cases.close'].input;

/**
 * The closing's input without the case's id. The fee is typed as text and read as whole kroner (the
 * field also takes the number it becomes, so the form's values and its result are of one type).
 */
const closeForm = closeInput.omit({ id: true }).extend({
  feeNok: z
    .union([z.string(), z.number()])
    .nullable()
    .transform((value) => (typeof value === 'string' ? (value.trim() ? Number(value.trim()) : null) : value))
    .pipe(closeInput.shape.feeNok.unwrap()),
});

/** Each ground in words, with the law's text under it, in the user's language. */
function useGroundLabels(): Record<RefusalGroundKey, React.ReactNode> {
  const refusalGroundLabelLabels = useLabels('refusalGroundLabel');
  const refusalGroundTextLabels = useLabels('refusalGroundText');
  return Object.fromEntries(
    refusalGroundKeys.map((key) => [
      key,
      <span key={key}>
        {refusalGroundLabelLabels[key]}
        <Typography variant="caption" color="text.secondary" component="span" sx={{ display: 'block' }}>
          {refusalGroundTextLabels[key]}
        </Typography>
      </span>,
    ]),
  ) as Record<RefusalGroundKey, React.ReactNode>;
}

/** Records the reply and the outcome: what a lawful reply needs is asked for as the outcome requires. */
export function CloseCaseDialog({ detail, onClose }: { detail: CaseDetail; onClose: () => void }) {
  const t = useT('cases');
  const outcomeLabels = useLabels('outcome');
  const unfoundedResponseLabels = useLabels('unfoundedResponse');
  const replyChannelLabels = useLabels('replyChannel');
  const formatDue = useFormatDue();
  const typeList = useTypeList();
  const groundLabels = useGroundLabels();
  const dispatch = useAppDispatch();
  const [close] = useCloseCaseMutation();
  const { clock } = detail;
  const today = clock.today;
  const { control, field, handleSubmit, formState, formError, setFormError, settle } = useChannelForm(
    closeForm,
    {
      outcome: 'granted',
      reasons: '',
      refusalGrounds: [],
      statesComplaintRight: false,
      statesJudicialRemedy: false,
      manifestlyUnfounded: false,
      unfoundedJustification: '',
      unfoundedResponse: 'refusal',
      feeNok: '',
      feeBasis: '',
      disclosesPersonalData: false,
      replyDate: today,
      replyChannel: null,
      lateReason: '',
    },
    validateOnSubmit,
  );
  const [outcome, replyDate, manifestlyUnfounded, unfoundedResponse] = useWatch({
    control,
    name: ['outcome', 'replyDate', 'manifestlyUnfounded', 'unfoundedResponse'],
  });
  const refusal = isRefusal(outcome ?? 'granted');
  const withdrawn = outcome === 'withdrawn';
  const controller = detail.capacity === 'controller';
  const informs = detail.types.includes('information');
  // A refusal is measured against the original due date even after an extension (Art. 12(4)).
  const dueDate = refusal && clock.refusalDue ? clock.refusalDue : clock.current.date;
  const late = !withdrawn && (replyDate ?? today) > dueDate;
  const applicableGrounds = refusalGrounds
    .filter((ground) => ground.types.some((type) => detail.types.includes(type)))
    .map((ground) => ground.key);
  const stopping = alwaysGrantedTypes(detail.types);
  const fee = !!manifestlyUnfounded && unfoundedResponse === 'fee';

  const submit = handleSubmit(async (values) => {
    const result = await close({
      ...values,
      id: detail.id,
      refusalGrounds: refusal ? values.refusalGrounds : [],
      statesComplaintRight: refusal && values.statesComplaintRight,
      statesJudicialRemedy: refusal && values.statesJudicialRemedy,
      unfoundedJustification: values.manifestlyUnfounded ? values.unfoundedJustification : undefined,
      feeNok: fee ? values.feeNok : null,
      feeBasis: fee ? values.feeBasis : undefined,
      disclosesPersonalData: informs && values.disclosesPersonalData,
      replyDate: withdrawn ? null : values.replyDate,
      replyChannel: withdrawn ? null : values.replyChannel,
      lateReason: late ? values.lateReason : undefined,
    });
    if (!settle(result).ok) {
      // A rule of the closing explains itself above the form, besides the words under its fields.
      if (result.error && isApiErrorLike(result.error) && result.error.code === 'RULE_VIOLATION')
        setFormError(result.error.message);
      return;
    }
    dispatch(notice(t('caseClosed', { number: detail.number })));
    onClose();
  });

  return (
    <FormDialog
      title={t('closeTitle', { number: detail.number })}
      onClose={onClose}
      onSubmit={submit}
      formError={formError}
      saving={formState.isSubmitting}
      submitLabel={t('closeCase')}
      maxWidth="md"
    >
      <Grid container spacing={2} sx={{ pt: 1 }}>
        <Grid size={{ xs: 12, md: 5 }}>
          <FormRadioGroup
            {...field('outcome')}
            label={t('outcome')}
            values={outcomes}
            labels={outcomeLabels}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 7 }}>
          <Stack spacing={2}>
            <FormTextField
              {...field('reasons')}
              label={refusal ? t('refusalReasons') : t('replySummary')}
              required={refusal}
              multiline
              minRows={4}
              helperText={refusal ? t('refusalReasonsHelp') : t('replySummaryHelp')}
            />
            {informs && (
              <FormCheckbox {...field('disclosesPersonalData')} label={t('disclosesPersonalData')} />
            )}
            {stopping.length > 0 && (
              <Alert severity="info">
                {t('neverRefused', {
                  types: typeList(stopping).charAt(0).toUpperCase() + typeList(stopping).slice(1),
                })}
              </Alert>
            )}
          </Stack>
        </Grid>
        <Grid size={12}>
          <Collapse in={refusal} unmountOnExit>
            <Alert severity="info" icon={<GavelOutlinedIcon />} sx={{ mb: 1 }}>
              <AlertTitle>{t('refusalMustTell')}</AlertTitle>
              {t('refusalMustTellText')} {controller ? t('confirmReplySays') : t('processorReplySays')}
            </Alert>
            {controller && (
              <FormControl>
                <FormCheckbox {...field('statesComplaintRight')} label={t('statesComplaintRight')} />
                <FieldError {...field('statesComplaintRight')} />
                <FormCheckbox {...field('statesJudicialRemedy')} label={t('statesJudicialRemedy')} />
                <FieldError {...field('statesJudicialRemedy')} />
              </FormControl>
            )}
            {applicableGrounds.length > 0 && (
              <Stack sx={{ mt: 1 }}>
                <FormCheckboxGroup
                  {...field('refusalGrounds')}
                  label={t('groundsInLaw')}
                  values={applicableGrounds}
                  labels={groundLabels}
                  size="small"
                  optionSx={{ alignItems: 'flex-start', mt: 0.5, '& .MuiCheckbox-root': { pt: 0.25 } }}
                />
              </Stack>
            )}
          </Collapse>
        </Grid>
        <Grid size={12}>
          <FormCheckbox {...field('manifestlyUnfounded')} label={t('manifestlyUnfounded')} />
          <Collapse in={!!manifestlyUnfounded} unmountOnExit>
            <Stack spacing={2} sx={{ mt: 1 }}>
              <FormTextField
                {...field('unfoundedJustification')}
                label={t('justification')}
                required
                multiline
                minRows={2}
                helperText={t('justificationHelp')}
              />
              <Stack>
                <FormRadioGroup
                  {...field('unfoundedResponse')}
                  label={t('whatWeDo')}
                  row
                  values={unfoundedResponses}
                  labels={unfoundedResponseLabels}
                />
                <FieldError {...field('manifestlyUnfounded')} />
              </Stack>
              {unfoundedResponse === 'fee' && (
                <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
                  <FormTextField
                    {...field('feeNok')}
                    label={t('fee')}
                    required
                    slotProps={{ htmlInput: { inputMode: 'numeric' } }}
                    helperText={t('feeHelp')}
                    sx={{ maxWidth: 180 }}
                  />
                  <FormTextField
                    {...field('feeBasis')}
                    label={t('feeBasis')}
                    required
                    helperText={t('feeBasisHelp')}
                  />
                </Stack>
              )}
            </Stack>
          </Collapse>
        </Grid>
        {!withdrawn && (
          <>
            <Grid size={{ xs: 12, md: 4 }}>
              <FormDateField
                {...field('replyDate')}
                label={t('replySentOn')}
                required
                min={clock.receivedDate}
                max={today}
                helperText={t(refusal && clock.refusalDue ? 'replyDueRefusal' : 'replyDue', {
                  date: formatDue(dueDate),
                })}
              />
            </Grid>
            <Grid size={{ xs: 12, md: 8 }}>
              <EnumSelect
                {...field('replyChannel')}
                label={t('replySentBy')}
                required
                values={replyChannels}
                labels={replyChannelLabels}
              />
            </Grid>
          </>
        )}
        {late && (
          <Grid size={12}>
            <Alert severity="warning" sx={{ mb: 1 }}>
              {refusal && clock.refusalDue
                ? t('lateRefusal', { date: formatDue(dueDate) })
                : t('lateReply', { date: formatDue(dueDate) })}
            </Alert>
            <FormTextField {...field('lateReason')} label={t('whyLate')} required multiline minRows={2} />
          </Grid>
        )}
      </Grid>
    </FormDialog>
  );
}
