import { Alert, Stack, Typography } from '@mui/material';
import { breachesChannels } from '../../../shared/breaches/contract';
import { formatOslo, toOsloInput } from '../../../shared/breaches/time';
import type { InquiryDetail } from '../../../shared/inquiries/contract';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { FormTextField, useChannelForm } from '../../components/form';
import { FormDialog } from '../../components/form/FormDialog';
import { useLabels, useT } from '../../i18n';
import { useReportBreachMutation } from './breachesApi';
import { FormOsloDateTimeField, osloTime } from './osloTimeField';

const reportForm = breachesChannels['breaches.reportFromInquiry'].input
  .omit({ inquiryId: true })
  .extend({ awareAt: osloTime });

/**
 * Anyone who can see an inquiry reports a possible breach from it. The DPO assesses it; the reporter
 * afterwards sees only the breach's number and state on the inquiry.
 */
export function ReportBreachDialog({
  inquiry,
  onClose,
  onReported,
}: {
  inquiry: InquiryDetail;
  onClose: () => void;
  onReported: () => void;
}) {
  const dispatch = useAppDispatch();
  const [report] = useReportBreachMutation();
  const t = useT('breaches');
  const stateLabels = useLabels('breachState');
  const { field, handleSubmit, formState, formError, settle } = useChannelForm(reportForm, {
    awareAt: toOsloInput(inquiry.receivedAt),
    description: inquiry.notes ?? inquiry.summary,
  });

  const submit = handleSubmit(async (values) => {
    const result = settle(await report({ inquiryId: inquiry.id, ...values }));
    if (!result.ok || !result.data) return;
    const state = stateLabels[result.data.state].toLocaleLowerCase();
    dispatch(notice(t('reportedNotice', { number: result.data.number, state })));
    onReported();
  });

  return (
    <FormDialog
      title={t('reportTitle', { number: inquiry.number })}
      intro={
        <>
          <Typography variant="body2" sx={{ mb: 2 }}>
            {t('reportIntro')}
          </Typography>
          <Alert severity="warning" sx={{ mb: 2 }}>
            {t('reportWhyTime', { time: formatOslo(inquiry.receivedAt) })}
          </Alert>
        </>
      }
      formError={formError}
      onSubmit={submit}
      onClose={onClose}
      submitLabel={t('reportBreach')}
      saving={formState.isSubmitting}
      submitColor="error"
    >
      <Stack spacing={2}>
        <FormOsloDateTimeField {...field('awareAt')} label={t('weBecameAware')} required />
        <FormTextField
          {...field('description')}
          label={t('whatHappened')}
          multiline
          minRows={3}
          helperText={t('reportWhatHelp')}
        />
      </Stack>
    </FormDialog>
  );
}
