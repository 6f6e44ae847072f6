import { Stack } from '@mui/material';
import { useT } from '../../i18n';
import { casesChannels, type Restriction } from '../../../shared/cases/contract';
import { FormDateField, FormDialog, FormTextField, useDialogForm } from '../../components/form';
import { formatDate } from '../../lib/format';
import { useLiftRestrictionMutation } from './casesApi';
import { validateOnSubmit } from './formOptions';

/** The channel's input as it is: its rule compares the two dates. */
const liftForm = casesChannels['cases.liftRestriction'].input;

/** Lifting a restriction: the person is told first (Art. 18(3)), and that is recorded with it. */
export function LiftDialog({
  today,
  restriction,
  onClose,
}: {
  today: string;
  restriction: Restriction;
  onClose: () => void;
}) {
  const t = useT('cases');
  const [lift] = useLiftRestrictionMutation();
  const { field, dialog } = useDialogForm(
    liftForm,
    { id: restriction.caseId, restrictionId: restriction.id, personToldHow: '', liftedOn: today, reason: '' },
    {
      save: lift,
      success: t('restrictionLifted'),
      onClose,
      formOptions: validateOnSubmit,
    },
  );
  return (
    <FormDialog
      {...dialog}
      title={t('liftTitle', { number: restriction.caseNumber })}
      intro={t('liftIntro', { what: restriction.what, since: formatDate(restriction.since) })}
      submitLabel={t('liftRestriction')}
      column
    >
      <Stack direction="row" spacing={1.5} alignItems="flex-start">
        <FormDateField
          {...field('personToldOn')}
          label={t('personToldOnLift')}
          required
          min={restriction.since}
          max={today}
        />
        <FormDateField
          {...field('liftedOn')}
          label={t('liftedOn')}
          required
          min={restriction.since}
          max={today}
        />
      </Stack>
      <FormTextField
        {...field('personToldHow')}
        label={t('howTold')}
        required
        helperText={t('howToldHelp')}
      />
      <FormTextField {...field('reason')} label={t('whyLifted')} required multiline minRows={2} />
    </FormDialog>
  );
}
