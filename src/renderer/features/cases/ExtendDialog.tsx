import { Grid } from '@mui/material';
import { Trans } from 'react-i18next';
import { useLabels, useT } from '../../i18n';
import { type CaseDetail, casesChannels } from '../../../shared/cases/contract';
import { replyChannels } from '../../../shared/cases/rules';
import { EnumSelect, FormDateField, FormDialog, FormTextField, useDialogForm } from '../../components/form';
import { useFormatDue } from './caseUi';
import { useExtendCaseMutation } from './casesApi';
import { validateOnSubmit } from './formOptions';

const extendForm = casesChannels['cases.extend'].input.omit({ id: true });

/** One extension by two further months (Art. 12(3)), told to the person with the reasons. */
export function ExtendDialog({ detail, onClose }: { detail: CaseDetail; onClose: () => void }) {
  const t = useT('cases');
  const replyChannelLabels = useLabels('replyChannel');
  const formatDue = useFormatDue();
  const [extend] = useExtendCaseMutation();
  const { today, due, extendedDue } = detail.clock;
  const { field, dialog } = useDialogForm(
    extendForm,
    {
      decidedOn: today,
      personToldOn: today,
      noticeChannel: 'email',
      reasons: '',
    },
    {
      save: (values) => extend({ id: detail.id, ...values }),
      success: t('extended', { number: detail.number }),
      onClose,
      formOptions: validateOnSubmit,
    },
  );

  return (
    <FormDialog
      {...dialog}
      title={t('extendTitle', { number: detail.number })}
      intro={
        <Trans
          ns="cases"
          i18nKey="extendIntro"
          values={{ due: formatDue(due.date), extended: formatDue(extendedDue.date) }}
          components={{ strong: <strong /> }}
        />
      }
      submitLabel={t('extendTo', { date: formatDue(extendedDue.date) })}
    >
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 6 }}>
          <FormDateField {...field('decidedOn')} label={t('decidedOn')} required max={today} />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <FormDateField {...field('personToldOn')} label={t('personToldOn')} required max={today} />
        </Grid>
        <Grid size={12}>
          <EnumSelect
            {...field('noticeChannel')}
            label={t('toldBy')}
            values={replyChannels}
            labels={replyChannelLabels}
          />
        </Grid>
        <Grid size={12}>
          <FormTextField
            {...field('reasons')}
            label={t('extendReasons')}
            required
            multiline
            minRows={3}
            helperText={t('extendReasonsHelp')}
          />
        </Grid>
      </Grid>
    </FormDialog>
  );
}
