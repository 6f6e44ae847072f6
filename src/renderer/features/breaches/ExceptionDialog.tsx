import { Collapse, Stack } from '@mui/material';
import { z } from 'zod';
import { type BreachDetail, breachesChannels } from '../../../shared/breaches/contract';
import { subjectExceptions } from '../../../shared/breaches/rules';
import { FormDialog, FormTextField, useDialogForm } from '../../components/form';
import { FormRadioGroup } from '../../components/form/FormRadioGroup';
import { useLabels, useT } from '../../i18n';
import { useRecordSubjectsExceptionMutation } from './breachesApi';
import { FormOsloDateTimeField, optionalOsloTime } from './osloTimeField';

// The channel's rule (a public notice for "disproportionate effort") is the core's; its issues land on the fields.
const exceptionForm = z
  .strictObject(breachesChannels['breaches.recordSubjectsException'].input.shape)
  .omit({ id: true })
  .extend({ publicNoticeAt: optionalOsloTime });

/** Records why the people are not told individually: the exception of Art. 34(3) that applies. */
export function ExceptionDialog({ detail, onClose }: { detail: BreachDetail; onClose: () => void }) {
  const [record] = useRecordSubjectsExceptionMutation();
  const t = useT('breaches');
  const exceptionLabels = useLabels('subjectException');
  const { field, watch, dialog } = useDialogForm(
    exceptionForm,
    { exception: undefined, explanation: '', publicNoticeAt: '', publicNoticeWhere: '' },
    {
      save: (values) => {
        const publicNotice = values.exception === 'disproportionate';
        return record({
          id: detail.id,
          ...values,
          publicNoticeAt: publicNotice ? values.publicNoticeAt : null,
          publicNoticeWhere: publicNotice ? values.publicNoticeWhere : undefined,
        });
      },
      success: t('exceptionNotice'),
      onClose,
    },
  );
  const publicNotice = watch('exception') === 'disproportionate';
  return (
    <FormDialog
      {...dialog}
      title={t('exceptionTitle')}
      intro={t('exceptionIntro')}
      submitLabel={t('record')}
      column
    >
      <FormRadioGroup
        {...field('exception')}
        label={t('exceptionApplies')}
        values={subjectExceptions}
        labels={exceptionLabels}
      />
      <FormTextField {...field('explanation')} label={t('explanation')} required multiline minRows={3} />
      <Collapse in={publicNotice} unmountOnExit>
        <Stack spacing={2}>
          <FormOsloDateTimeField {...field('publicNoticeAt')} label={t('publicNoticeMade')} required />
          <FormTextField
            {...field('publicNoticeWhere')}
            label={t('publicNoticeWhere')}
            required
            helperText={t('publicNoticeWhereHelp')}
          />
        </Stack>
      </Collapse>
    </FormDialog>
  );
}
