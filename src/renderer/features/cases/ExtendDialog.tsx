import { Grid } from '@mui/material';
import { type CaseDetail, casesChannels } from '../../../shared/cases/contract';
import { replyChannelLabels, replyChannels } from '../../../shared/cases/rules';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { EnumSelect, FormDateField, FormTextField, useChannelForm } from '../../components/form';
import { FormDialog } from '../../components/form/FormDialog';
import { formatDue } from './caseUi';
import { useExtendCaseMutation } from './casesApi';
import { validateOnSubmit } from './formOptions';

const extendForm = casesChannels['cases.extend'].input.omit({ id: true });

/** One extension by two further months (Art. 12(3)), told to the person with the reasons. */
export function ExtendDialog({ detail, onClose }: { detail: CaseDetail; onClose: () => void }) {
  const dispatch = useAppDispatch();
  const [extend] = useExtendCaseMutation();
  const { today, due, extendedDue } = detail.clock;
  const { control, handleSubmit, formState, formError, settle } = useChannelForm(
    extendForm,
    {
      decidedOn: today,
      personToldOn: today,
      noticeChannel: 'email',
      reasons: '',
    },
    validateOnSubmit,
  );

  const submit = handleSubmit(async (values) => {
    if (!settle(await extend({ id: detail.id, ...values })).ok) return;
    dispatch(notice(`The deadline of case ${detail.number} was extended.`));
    onClose();
  });

  return (
    <FormDialog
      title={<>Extend the deadline of case {detail.number}</>}
      intro={
        <>
          Art. 12(3) allows one extension by two further months where necessary, given the complexity and
          number of requests. The person must be told, with the reasons, by the original due date,{' '}
          <strong>{formatDue(due.date)}</strong>. The new due date will be{' '}
          <strong>{formatDue(extendedDue.date)}</strong>.
        </>
      }
      onClose={onClose}
      onSubmit={submit}
      formError={formError}
      saving={formState.isSubmitting}
      submitLabel={<>Extend to {formatDue(extendedDue.date)}</>}
    >
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 6 }}>
          <FormDateField control={control} name="decidedOn" label="Decided on" required max={today} />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <FormDateField control={control} name="personToldOn" label="Person told on" required max={today} />
        </Grid>
        <Grid size={12}>
          <EnumSelect
            control={control}
            name="noticeChannel"
            label="Told by"
            values={replyChannels}
            labels={replyChannelLabels}
          />
        </Grid>
        <Grid size={12}>
          <FormTextField
            control={control}
            name="reasons"
            label="Reasons, as given to the person"
            required
            multiline
            minRows={3}
            helperText="E.g. the volume of call recordings to search, several related requests"
          />
        </Grid>
      </Grid>
    </FormDialog>
  );
}
