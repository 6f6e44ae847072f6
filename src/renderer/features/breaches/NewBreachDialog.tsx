import { Alert } from '@mui/material';
import { notice } from '../../app/notifications';
import { selectCurrentUser, useAppDispatch, useAppSelector } from '../../app/store';
import { useChannelForm } from '../../components/form';
import { FormDialog } from '../../components/form/FormDialog';
import { useT } from '../../i18n';
import { BreachForm, emptyBreachForm, newBreachForm } from './BreachForm';
import { useCreateBreachMutation } from './breachesApi';

/** A breach the DPO learns of directly (not through an inquiry). */
export function NewBreachDialog({
  now,
  onClose,
  onCreated,
}: {
  /** The core's time: the default awareness. */
  now: string;
  onClose: () => void;
  onCreated: (id: number) => void;
}) {
  const dispatch = useAppDispatch();
  const user = useAppSelector(selectCurrentUser);
  const [create] = useCreateBreachMutation();
  const t = useT('breaches');
  const contactPoint = user?.roles.includes('dpo') ? t('dpoContactPoint', { name: user.displayName }) : '';
  const form = useChannelForm(newBreachForm, emptyBreachForm(now, contactPoint));
  const { handleSubmit, formState, formError, settle } = form;

  const submit = handleSubmit(async (values) => {
    const result = settle(await create(values));
    if (!result.ok || !result.data) return;
    dispatch(notice(t('recordedNotice', { number: result.data.number })));
    onCreated(result.data.id);
  });

  return (
    <FormDialog
      title={t('newBreachTitle')}
      formError={formError}
      onSubmit={submit}
      onClose={onClose}
      submitLabel={t('recordBreach')}
      saving={formState.isSubmitting}
      maxWidth="md"
    >
      <Alert severity="info" sx={{ mb: 1 }}>
        {t('newBreachIntro')}
      </Alert>
      <BreachForm form={form} withAwareness />
    </FormDialog>
  );
}
