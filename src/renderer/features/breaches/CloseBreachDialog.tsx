import { DialogContentText } from '@mui/material';
import { type BreachDetail, breachesChannels } from '../../../shared/breaches/contract';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { FormTextField, useChannelForm } from '../../components/form';
import { FormDialog } from '../../components/form/FormDialog';
import { useT } from '../../i18n';
import { useCloseBreachMutation } from './breachesApi';
import { Obligations } from './CheckList';

const closeForm = breachesChannels['breaches.close'].input.omit({ id: true });

/** The DPO closes a breach once every obligation is met or decided. */
export function CloseBreachDialog({ detail, onClose }: { detail: BreachDetail; onClose: () => void }) {
  const dispatch = useAppDispatch();
  const [close] = useCloseBreachMutation();
  const t = useT('breaches');
  const { control, handleSubmit, formState, formError, settle } = useChannelForm(closeForm, { note: '' });
  const ready = detail.obligations.every((obligation) => obligation.met);
  const submit = handleSubmit(async (values) => {
    if (!settle(await close({ id: detail.id, ...values })).ok) return;
    dispatch(notice(t('closedNotice', { number: detail.number })));
    onClose();
  });
  return (
    <FormDialog
      title={t('closeTitle', { number: detail.number })}
      intro={<DialogContentText sx={{ mb: 1 }}>{t('closeIntro')}</DialogContentText>}
      formError={formError}
      onSubmit={submit}
      onClose={onClose}
      submitLabel={t('closeBreach')}
      saving={formState.isSubmitting}
      submitDisabled={!ready}
    >
      <Obligations detail={detail} />
      <FormTextField
        control={control}
        name="note"
        label={t('closingNote')}
        multiline
        minRows={2}
        sx={{ mt: 2 }}
        helperText={t('closingNoteHelp')}
      />
    </FormDialog>
  );
}
