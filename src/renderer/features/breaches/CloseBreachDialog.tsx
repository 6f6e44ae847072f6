import { DialogContentText } from '@mui/material';
import { type BreachDetail, breachesChannels } from '../../../shared/breaches/contract';
import { FormDialog, FormTextField, useDialogForm } from '../../components/form';
import { useT } from '../../i18n';
import { useCloseBreachMutation } from './breachesApi';
import { Obligations } from './CheckList';

const closeForm = breachesChannels['breaches.close'].input.omit({ id: true });

/** The DPO closes a breach once every obligation is met or decided. */
export function CloseBreachDialog({ detail, onClose }: { detail: BreachDetail; onClose: () => void }) {
  const [close] = useCloseBreachMutation();
  const t = useT('breaches');
  const { field, dialog } = useDialogForm(
    closeForm,
    { note: '' },
    {
      save: (values) => close({ id: detail.id, ...values }),
      success: t('closedNotice', { number: detail.number }),
      onClose,
    },
  );
  const ready = detail.obligations.every((obligation) => obligation.met);
  return (
    <FormDialog
      {...dialog}
      title={t('closeTitle', { number: detail.number })}
      intro={<DialogContentText sx={{ mb: 1 }}>{t('closeIntro')}</DialogContentText>}
      submitLabel={t('closeBreach')}
      submitDisabled={!ready}
    >
      <Obligations detail={detail} />
      <FormTextField
        {...field('note')}
        label={t('closingNote')}
        multiline
        minRows={2}
        sx={{ mt: 2 }}
        helperText={t('closingNoteHelp')}
      />
    </FormDialog>
  );
}
