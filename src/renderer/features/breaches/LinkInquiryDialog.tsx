import { z } from 'zod';
import { type BreachDetail, breachesChannels } from '../../../shared/breaches/contract';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { FormTextField, useChannelForm } from '../../components/form';
import { DialogForm } from '../../components/form/DialogForm';
import { useLinkBreachInquiryMutation } from './breachesApi';

const askForNumber = 'Give the inquiry number, e.g. INQ-000123';

/** The inquiry is typed by its number ("INQ-000123", or just its digits); the channel takes its id. */
const linkForm = breachesChannels['breaches.linkInquiry'].input.omit({ id: true }).extend({
  inquiryId: z
    .union([z.string(), z.number()])
    .transform((typed) => Number(String(typed).replace(/\D/g, '')))
    .pipe(z.number().int().positive(askForNumber)),
});

export function LinkInquiryDialog({ detail, onClose }: { detail: BreachDetail; onClose: () => void }) {
  const dispatch = useAppDispatch();
  const [link] = useLinkBreachInquiryMutation();
  const { control, handleSubmit, formState, formError, settle } = useChannelForm(linkForm, { inquiryId: '' });
  const submit = handleSubmit(async (values) => {
    if (!settle(await link({ id: detail.id, ...values })).ok) return;
    dispatch(notice(`INQ-${String(values.inquiryId).padStart(6, '0')} was linked.`));
    onClose();
  });
  return (
    <DialogForm
      title={`Link an inquiry to ${detail.number}`}
      formError={formError}
      onSubmit={submit}
      onClose={onClose}
      submitLabel="Link"
      submitting={formState.isSubmitting}
      maxWidth="xs"
    >
      <FormTextField
        control={control}
        name="inquiryId"
        label="Inquiry number"
        autoFocus
        helperText="E.g. INQ-000123"
        sx={{ mt: 1 }}
      />
    </DialogForm>
  );
}
