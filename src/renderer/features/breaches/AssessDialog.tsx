import { DialogContentText, Stack, Typography } from '@mui/material';
import { type BreachDetail, breachesChannels } from '../../../shared/breaches/contract';
import { type BreachCapacity, riskLevels, type RiskLevel } from '../../../shared/breaches/rules';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { FormTextField, useChannelForm } from '../../components/form';
import { FormDialog } from '../../components/form/FormDialog';
import { FormRadioGroup } from '../../components/form/FormRadioGroup';
import { useLabels, useT } from '../../i18n';
import { useAssessBreachMutation } from './breachesApi';

/** What a risk level means for each capacity, in words: `t(consequenceKey(risk, capacity))`. */
export function consequenceKey(risk: RiskLevel, capacity: BreachCapacity) {
  return `consequence_${risk}_${capacity}` as const;
}

const assessForm = breachesChannels['breaches.assess'].input.omit({ id: true });

export function AssessDialog({ detail, onClose }: { detail: BreachDetail; onClose: () => void }) {
  const dispatch = useAppDispatch();
  const [assess] = useAssessBreachMutation();
  const t = useT('breaches');
  const riskLabels = useLabels('riskLevel');
  const { control, handleSubmit, watch, formState, formError, settle } = useChannelForm(assessForm, {
    risk: detail.assessment?.risk,
    reasons: detail.assessment?.reasons ?? '',
    noNotificationReasons: detail.assessment?.noNotificationReasons ?? '',
  });
  const risk = watch('risk');
  const decision = detail.capacity !== 'processor' && risk === 'none' && detail.notifications.length === 0;

  const submit = handleSubmit(async (values) => {
    const input = {
      id: detail.id,
      ...values,
      noNotificationReasons: decision ? values.noNotificationReasons : undefined,
    };
    if (!settle(await assess(input)).ok) return;
    dispatch(
      notice(
        t('assessedNotice', { number: detail.number, risk: riskLabels[values.risk].toLocaleLowerCase() }),
      ),
    );
    onClose();
  });

  return (
    <FormDialog
      title={t('assessTitle', { number: detail.number })}
      intro={
        <DialogContentText sx={{ mb: 2 }}>
          {detail.specialCategories ? t('specialMakesHigh') : ''}
          {t('weighGuidance')}
        </DialogContentText>
      }
      formError={formError}
      onSubmit={submit}
      onClose={onClose}
      submitLabel={t('saveAssessment')}
      saving={formState.isSubmitting}
    >
      <Stack spacing={2}>
        <FormRadioGroup
          control={control}
          name="risk"
          label={t('riskToPeople')}
          values={riskLevels}
          labels={(level) => (
            <span>
              {riskLabels[level]}
              <Typography variant="caption" color="text.secondary" component="span" sx={{ display: 'block' }}>
                {t(consequenceKey(level, detail.capacity))}
              </Typography>
            </span>
          )}
        />
        <FormTextField
          control={control}
          name="reasons"
          label={t('reasonsForAssessment')}
          required
          multiline
          minRows={3}
        />
        {decision && (
          <FormTextField
            control={control}
            name="noNotificationReasons"
            label={t('whyNotNotified')}
            required
            multiline
            minRows={2}
            helperText={t('noNotifyHelp')}
          />
        )}
      </Stack>
    </FormDialog>
  );
}
