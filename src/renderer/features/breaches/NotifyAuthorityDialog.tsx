import { Alert, Box, DialogContentText, Grid, Stack, Typography } from '@mui/material';
import { type BreachDetail, breachesChannels } from '../../../shared/breaches/contract';
import { authorityNoticeHours, type NotificationPhase } from '../../../shared/breaches/rules';
import { durationPhrase, formatOslo, toOsloInput } from '../../../shared/breaches/time';
import { selectCurrentUser, useAppSelector } from '../../app/store';
import { FormDialog, FormTextField, useDialogForm } from '../../components/form';
import { FormRadioGroup } from '../../components/form/FormRadioGroup';
import { useLabels, useSay, useT } from '../../i18n';
import { useCoreNow } from './breachUi';
import { useNotifyAuthorityMutation } from './breachesApi';
import { ContentsCheck } from './CheckList';
import { FormOsloDateTimeField, osloInstant, osloTime } from './osloTimeField';

const notifyForm = breachesChannels['breaches.notifyAuthority'].input
  .omit({ id: true })
  .extend({ sentAt: osloTime });

const recordedKeys = {
  initial: 'recordedInitial',
  'follow-up': 'recordedFollowUp',
  final: 'recordedFinal',
} as const;

/** Records a notification to Datatilsynet, in its phase; a first one after the 72 hours gives its reasons. */
export function NotifyAuthorityDialog({ detail, onClose }: { detail: BreachDetail; onClose: () => void }) {
  const user = useAppSelector(selectCurrentUser);
  const now = useCoreNow(detail.now);
  const [notify] = useNotifyAuthorityMutation();
  const t = useT('breaches');
  const say = useSay();
  const phaseLabels = useLabels('notificationPhase');
  const first = detail.notifications.length === 0;
  const phases: NotificationPhase[] = first ? ['initial', 'final'] : ['follow-up', 'final'];
  const { field, watch, dialog } = useDialogForm(
    notifyForm,
    {
      phase: phases[0],
      sentAt: toOsloInput(detail.now),
      reference: detail.notifications[0]?.reference ?? '',
      sentBy: user?.displayName ?? '',
      summary: '',
      delayReasons: '',
    },
    {
      save: (values) =>
        notify({ id: detail.id, ...values, delayReasons: lateBy > 0 ? values.delayReasons : undefined }),
      success: (_notified, values) => t(recordedKeys[values.phase]),
      onClose,
    },
  );
  const dueAt = new Date(new Date(detail.awareAt).getTime() + authorityNoticeHours * 3_600_000);
  const sent = osloInstant(watch('sentAt'));
  const lateBy = first && sent ? new Date(sent).getTime() - dueAt.getTime() : 0;
  const phase = watch('phase');

  return (
    <FormDialog
      {...dialog}
      title={t('notifyTitle', { number: detail.number })}
      intro={
        <DialogContentText sx={{ mb: 2 }}>
          {t('notifyIntro')}
          <strong>{formatOslo(dueAt)}</strong>
          {first
            ? t(dueAt > now ? 'fromNow' : 'ago', {
                duration: say(durationPhrase(Math.abs(dueAt.getTime() - now.getTime()))),
              })
            : ''}
          .
        </DialogContentText>
      }
      submitLabel={t('recordNotificationButton')}
      maxWidth="md"
    >
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 7 }}>
          <Stack spacing={2}>
            <FormRadioGroup {...field('phase')} label={t('phase')} row values={phases} labels={phaseLabels} />
            <FormOsloDateTimeField {...field('sentAt')} label={t('sent')} required />
            {lateBy > 0 && (
              <Alert severity="error">{t('lateAlert', { duration: say(durationPhrase(lateBy)) })}</Alert>
            )}
            {lateBy > 0 && (
              <FormTextField
                {...field('delayReasons')}
                label={t('delayReasons')}
                required
                multiline
                minRows={2}
              />
            )}
            <FormTextField
              {...field('reference')}
              label={t('authorityReference')}
              helperText={t('authorityReferenceHelp')}
            />
            <FormTextField {...field('sentBy')} label={t('sentBy')} />
            <FormTextField
              {...field('summary')}
              label={t('whatNotified')}
              multiline
              minRows={3}
              helperText={phase === 'initial' ? t('initialHelp') : undefined}
            />
          </Stack>
        </Grid>
        <Grid size={{ xs: 12, md: 5 }}>
          <Box sx={{ bgcolor: 'action.hover', p: 1.5, borderRadius: 1 }}>
            <Typography variant="subtitle2" component="h3">
              {t('mustDescribe')}
            </Typography>
            <ContentsCheck detail={detail} />
            <Typography variant="caption" color="text.secondary">
              {t('laterPhase')}
            </Typography>
          </Box>
        </Grid>
      </Grid>
    </FormDialog>
  );
}
