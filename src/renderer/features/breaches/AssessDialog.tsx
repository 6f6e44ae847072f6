import { DialogContentText, Stack, Typography } from '@mui/material';
import { type BreachDetail, breachesChannels } from '../../../shared/breaches/contract';
import { type BreachCapacity, riskLevels, type RiskLevel } from '../../../shared/breaches/rules';
import { FormDialog, FormTextField, useDialogForm } from '../../components/form';
import { FormRadioGroup } from '../../components/form/FormRadioGroup';
import { useLabels, useT } from '../../i18n';
import { useAssessBreachMutation } from './breachesApi';

/** What a risk level means for each capacity, in words: `t(consequenceKey(risk, capacity))`. */
export function consequenceKey(risk: RiskLevel, capacity: BreachCapacity) {
  return `consequence_${risk}_${capacity}` as const;
}

const assessForm = breachesChannels['breaches.assess'].input.omit({ id: true });

export function AssessDialog({ detail, onClose }: { detail: BreachDetail; onClose: () => void }) {
  const [assess] = useAssessBreachMutation();
  const t = useT('breaches');
  const riskLabels = useLabels('riskLevel');
  /** A risk of none, before any notification, is a decision not to notify, with its reasons. */
  const decides = (risk: string | undefined) =>
    detail.capacity !== 'processor' && risk === 'none' && detail.notifications.length === 0;
  const { field, watch, dialog } = useDialogForm(
    assessForm,
    {
      risk: detail.assessment?.risk,
      reasons: detail.assessment?.reasons ?? '',
      noNotificationReasons: detail.assessment?.noNotificationReasons ?? '',
    },
    {
      save: (values) =>
        assess({
          id: detail.id,
          ...values,
          noNotificationReasons: decides(values.risk) ? values.noNotificationReasons : undefined,
        }),
      success: (_assessed, values) =>
        t('assessedNotice', { number: detail.number, risk: riskLabels[values.risk].toLocaleLowerCase() }),
      onClose,
    },
  );
  const decision = decides(watch('risk'));

  return (
    <FormDialog
      {...dialog}
      title={t('assessTitle', { number: detail.number })}
      intro={
        <DialogContentText sx={{ mb: 2 }}>
          {detail.specialCategories ? t('specialMakesHigh') : ''}
          {t('weighGuidance')}
        </DialogContentText>
      }
      submitLabel={t('saveAssessment')}
    >
      <Stack spacing={2}>
        <FormRadioGroup
          {...field('risk')}
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
          {...field('reasons')}
          label={t('reasonsForAssessment')}
          required
          multiline
          minRows={3}
        />
        {decision && (
          <FormTextField
            {...field('noNotificationReasons')}
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
