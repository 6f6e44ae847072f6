import { Stack } from '@mui/material';
import { type BreachDetail, breachesChannels } from '../../../shared/breaches/contract';
import { subjectNoticeMethods } from '../../../shared/breaches/rules';
import { toOsloInput } from '../../../shared/breaches/time';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { EnumSelect, FormTextField, useChannelForm } from '../../components/form';
import { FormDialog } from '../../components/form/FormDialog';
import { useLabels, useT } from '../../i18n';
import { useRecordSubjectsToldMutation } from './breachesApi';
import { FormOsloDateTimeField, osloTime, wholeNumberText } from './osloTimeField';

const toldForm = breachesChannels['breaches.recordSubjectsTold'].input
  .omit({ id: true })
  .extend({ toldAt: osloTime, count: wholeNumberText });

/** Records that the people affected were told (Art. 34(1)-(2)): when, how, how many and what. */
export function ToldDialog({ detail, onClose }: { detail: BreachDetail; onClose: () => void }) {
  const dispatch = useAppDispatch();
  const [record] = useRecordSubjectsToldMutation();
  const t = useT('breaches');
  const methodLabels = useLabels('subjectNoticeMethod');
  const { control, handleSubmit, formState, formError, settle } = useChannelForm(toldForm, {
    toldAt: toOsloInput(detail.now),
    how: 'email',
    count: detail.subjectsApprox === null ? '' : String(detail.subjectsApprox),
    message: '',
  });
  const submit = handleSubmit(async (values) => {
    if (!settle(await record({ id: detail.id, ...values })).ok) return;
    dispatch(notice(t('peopleToldNotice')));
    onClose();
  });
  return (
    <FormDialog
      title={t('toldTitle')}
      formError={formError}
      onSubmit={submit}
      onClose={onClose}
      submitLabel={t('record')}
      saving={formState.isSubmitting}
    >
      <Stack spacing={2} sx={{ pt: 1 }}>
        <FormOsloDateTimeField control={control} name="toldAt" label={t('told')} required />
        <EnumSelect
          control={control}
          name="how"
          label={t('how')}
          values={subjectNoticeMethods}
          labels={methodLabels}
        />
        <FormTextField control={control} name="count" label={t('howMany')} />
        <FormTextField
          control={control}
          name="message"
          label={t('whatTheyWereTold')}
          required
          multiline
          minRows={3}
          helperText={t('toldMessageHelp')}
        />
      </Stack>
    </FormDialog>
  );
}
