import { type BreachDetail, breachesChannels } from '../../../shared/breaches/contract';
import { subjectNoticeMethods } from '../../../shared/breaches/rules';
import { toOsloInput } from '../../../shared/breaches/time';
import { EnumSelect, FormDialog, FormTextField, useDialogForm } from '../../components/form';
import { useLabels, useT } from '../../i18n';
import { useRecordSubjectsToldMutation } from './breachesApi';
import { FormOsloDateTimeField, osloTime, wholeNumberText } from './osloTimeField';

const toldForm = breachesChannels['breaches.recordSubjectsTold'].input
  .omit({ id: true })
  .extend({ toldAt: osloTime, count: wholeNumberText });

/** Records that the people affected were told (Art. 34(1)-(2)): when, how, how many and what. */
export function ToldDialog({ detail, onClose }: { detail: BreachDetail; onClose: () => void }) {
  const [record] = useRecordSubjectsToldMutation();
  const t = useT('breaches');
  const methodLabels = useLabels('subjectNoticeMethod');
  const { field, dialog } = useDialogForm(
    toldForm,
    {
      toldAt: toOsloInput(detail.now),
      how: 'email',
      count: detail.subjectsApprox === null ? '' : String(detail.subjectsApprox),
      message: '',
    },
    { save: (values) => record({ id: detail.id, ...values }), success: t('peopleToldNotice'), onClose },
  );
  return (
    <FormDialog {...dialog} title={t('toldTitle')} submitLabel={t('record')} column>
      <FormOsloDateTimeField {...field('toldAt')} label={t('told')} required />
      <EnumSelect {...field('how')} label={t('how')} values={subjectNoticeMethods} labels={methodLabels} />
      <FormTextField {...field('count')} label={t('howMany')} />
      <FormTextField
        {...field('message')}
        label={t('whatTheyWereTold')}
        required
        multiline
        minRows={3}
        helperText={t('toldMessageHelp')}
      />
    </FormDialog>
  );
}
