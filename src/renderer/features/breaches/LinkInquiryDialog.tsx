import { Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { z } from 'zod';
import { type BreachDetail, breachesChannels } from '../../../shared/breaches/contract';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { FormError, FormTextField, useChannelForm } from '../../components/form';
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
    <Dialog open onClose={onClose} maxWidth="xs" fullWidth aria-labelledby="link-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="link-title">Link an inquiry to {detail.number}</DialogTitle>
        <DialogContent>
          <FormError message={formError} />
          <FormTextField
            control={control}
            name="inquiryId"
            label="Inquiry number"
            autoFocus
            helperText="E.g. INQ-000123"
            sx={{ mt: 1 }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
            Link
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
