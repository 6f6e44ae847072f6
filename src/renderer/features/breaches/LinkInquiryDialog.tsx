import { z } from 'zod';
import { type BreachDetail, breachesChannels } from '../../../shared/breaches/contract';
import { FormDialog, FormTextField, useDialogForm } from '../../components/form';
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
  const [link] = useLinkBreachInquiryMutation();
  const t = useT('breaches');
  const { field, dialog } = useDialogForm(
    linkForm,
    { inquiryId: '' },
    {
      save: (values) => link({ id: detail.id, ...values }),
      success: (_linked, values) =>
        t('linkedNotice', { number: `INQ-${String(values.inquiryId).padStart(6, '0')}` }),
      onClose,
    },
  );
  return (
    <FormDialog
      {...dialog}
      title={t('linkTitle', { number: detail.number })}
      submitLabel={t('link')}
      maxWidth="xs"
      column
    >
      <FormTextField
        {...field('inquiryId')}
        label={t('inquiryNumber')}
        autoFocus
        helperText={t('inquiryNumberHelp')}
      />
    </FormDialog>
  );
}
