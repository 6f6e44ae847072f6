import { z } from 'zod';
import { type BreachDetail, breachesChannels } from '../../../shared/breaches/contract';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { FormTextField, useChannelForm } from '../../components/form';
import { FormDialog } from '../../components/form/FormDialog';
import { text, useT } from '../../i18n';
import { useLinkBreachInquiryMutation } from './breachesApi';

/** The inquiry is typed by its number ("INQ-000123", or just its digits); the channel takes its id. */
const linkForm = breachesChannels['breaches.linkInquiry'].input.omit({ id: true }).extend({
  inquiryId: z
    .union([z.string(), z.number()])
    .transform((typed) => Number(String(typed).replace(/\D/g, '')))
    .pipe(
      z
        .number()
        .int()
        .positive({ error: () => text('breaches', 'askForNumber') }),
    ),
});

export function LinkInquiryDialog({ detail, onClose }: { detail: BreachDetail; onClose: () => void }) {
  const dispatch = useAppDispatch();
  const [link] = useLinkBreachInquiryMutation();
  const t = useT('breaches');
  const { control, handleSubmit, formState, formError, settle } = useChannelForm(linkForm, { inquiryId: '' });
  const submit = handleSubmit(async (values) => {
    if (!settle(await link({ id: detail.id, ...values })).ok) return;
    dispatch(notice(t('linkedNotice', { number: `INQ-${String(values.inquiryId).padStart(6, '0')}` })));
    onClose();
  });
  return (
    <FormDialog
      title={t('linkTitle', { number: detail.number })}
      formError={formError}
      onSubmit={submit}
      onClose={onClose}
      submitLabel={t('link')}
      saving={formState.isSubmitting}
      maxWidth="xs"
    >
      <FormTextField
        control={control}
        name="inquiryId"
        label={t('inquiryNumber')}
        autoFocus
        helperText={t('inquiryNumberHelp')}
        sx={{ mt: 1 }}
      />
    </FormDialog>
  );
}
