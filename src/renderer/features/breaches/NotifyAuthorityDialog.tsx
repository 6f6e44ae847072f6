import { Alert, Box, DialogContentText, Grid, Stack, Typography } from '@mui/material';
import { type BreachDetail, breachesChannels } from '../../../shared/breaches/contract';
import {
  authorityNoticeHours,
  notificationPhaseLabels,
  type NotificationPhase,
} from '../../../shared/breaches/rules';
import { durationText, formatOslo, toOsloInput } from '../../../shared/breaches/time';
import { notice } from '../../app/notifications';
import { selectCurrentUser, useAppDispatch, useAppSelector } from '../../app/store';
import { FormTextField, useChannelForm } from '../../components/form';
import { DialogForm } from '../../components/form/DialogForm';
import { FormRadioGroup } from '../../components/form/FormRadioGroup';
import { useCoreNow } from './breachUi';
import { useNotifyAuthorityMutation } from './breachesApi';
import { ContentsCheck } from './CheckList';
import { FormOsloDateTimeField, osloInstant, osloTime } from './osloTimeField';

const notifyForm = breachesChannels['breaches.notifyAuthority'].input
  .omit({ id: true })
  .extend({ sentAt: osloTime });

/** Records a notification to Datatilsynet, in its phase; a first one after the 72 hours gives its reasons. */
export function NotifyAuthorityDialog({ detail, onClose }: { detail: BreachDetail; onClose: () => void }) {
  const dispatch = useAppDispatch();
  const user = useAppSelector(selectCurrentUser);
  const now = useCoreNow(detail.now);
  const [notify] = useNotifyAuthorityMutation();
  const first = detail.notifications.length === 0;
  const phases: NotificationPhase[] = first ? ['initial', 'final'] : ['follow-up', 'final'];
  const { control, handleSubmit, watch, formState, formError, settle } = useChannelForm(notifyForm, {
    phase: phases[0],
    sentAt: toOsloInput(detail.now),
    reference: detail.notifications[0]?.reference ?? '',
    sentBy: user?.displayName ?? '',
    summary: '',
    delayReasons: '',
  });
  const dueAt = new Date(new Date(detail.awareAt).getTime() + authorityNoticeHours * 3_600_000);
  const sent = osloInstant(watch('sentAt'));
  const lateBy = first && sent ? new Date(sent).getTime() - dueAt.getTime() : 0;
  const phase = watch('phase');

  const submit = handleSubmit(async (values) => {
    const input = { id: detail.id, ...values, delayReasons: lateBy > 0 ? values.delayReasons : undefined };
    if (!settle(await notify(input)).ok) return;
    dispatch(notice(`The ${values.phase} notification to Datatilsynet was recorded.`));
    onClose();
  });

  return (
    <DialogForm
      title={`Notify Datatilsynet of ${detail.number}`}
      intro={
        <DialogContentText sx={{ mb: 2 }}>
          Record the notification sent through Datatilsynet’s form (Altinn). The 72 hours end{' '}
          <strong>{formatOslo(dueAt)}</strong>
          {first
            ? ` (${durationText(Math.abs(dueAt.getTime() - now.getTime()))} ${dueAt > now ? 'from now' : 'ago'})`
            : ''}
          .
        </DialogContentText>
      }
      formError={formError}
      onSubmit={submit}
      onClose={onClose}
      submitLabel="Record notification"
      submitting={formState.isSubmitting}
      maxWidth="md"
    >
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 7 }}>
          <Stack spacing={2}>
            <FormRadioGroup
              control={control}
              name="phase"
              label="Phase"
              row
              values={phases}
              labels={notificationPhaseLabels}
            />
            <FormOsloDateTimeField control={control} name="sentAt" label="Sent" required />
            {lateBy > 0 && (
              <Alert severity="error">
                This is {durationText(lateBy)} after the 72 hours ended. Art. 33(1) requires the reasons for
                the delay.
              </Alert>
            )}
            {lateBy > 0 && (
              <FormTextField
                control={control}
                name="delayReasons"
                label="Reasons for the delay"
                required
                multiline
                minRows={2}
              />
            )}
            <FormTextField
              control={control}
              name="reference"
              label="Datatilsynet’s reference"
              helperText="The case number in Datatilsynet’s receipt, e.g. 26/01234"
            />
            <FormTextField control={control} name="sentBy" label="Sent by" />
            <FormTextField
              control={control}
              name="summary"
              label="What was notified"
              multiline
              minRows={3}
              helperText={phase === 'initial' ? 'What is known now; say what will follow' : undefined}
            />
          </Stack>
        </Grid>
        <Grid size={{ xs: 12, md: 5 }}>
          <Box sx={{ bgcolor: 'action.hover', p: 1.5, borderRadius: 1 }}>
            <Typography variant="subtitle2" component="h3">
              The notification must describe (Art. 33(3))
            </Typography>
            <ContentsCheck detail={detail} />
            <Typography variant="caption" color="text.secondary">
              What is not yet known may be given in a later phase.
            </Typography>
          </Box>
        </Grid>
      </Grid>
    </DialogForm>
  );
}
