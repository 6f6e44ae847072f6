import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { breachStateLabels } from '../../../shared/breaches/rules';
import { formatOslo, toOsloInput } from '../../../shared/breaches/time';
import type { ApiError } from '../../../shared/errors';
import type { InquiryDetail } from '../../../shared/inquiries/contract';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { OsloDateTimeField, timeFieldError, timeFieldValue } from './breachUi';
import { useReportBreachMutation } from './breachesApi';

/**
 * Anyone who can see an inquiry reports a possible breach from it. The DPO assesses it; the reporter
 * afterwards sees only the breach's number and state on the inquiry.
 */
export function ReportBreachDialog({
  inquiry,
  onClose,
  onReported,
}: {
  inquiry: InquiryDetail;
  onClose: () => void;
  onReported: () => void;
}) {
  const dispatch = useAppDispatch();
  const [report, { isLoading }] = useReportBreachMutation();
  const [awareAt, setAwareAt] = useState(toOsloInput(inquiry.receivedAt));
  const [description, setDescription] = useState(inquiry.notes ?? inquiry.summary);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    const local = timeFieldError(awareAt, true);
    if (local) return setErrors({ awareAt: local });
    const result = await report({
      inquiryId: inquiry.id,
      awareAt: timeFieldValue(awareAt) ?? undefined,
      description,
    });
    if ('error' in result && result.error) {
      const apiError = result.error as ApiError;
      setErrors(Object.fromEntries((apiError.issues ?? []).map((issue) => [issue.path, issue.message])));
      setError(apiError.issues?.length ? null : apiError.message);
      return;
    }
    if (!result.data) return;
    dispatch(
      notice(
        `Breach ${result.data.number} was reported to the data protection officer: ${breachStateLabels[result.data.state].toLowerCase()}.`,
      ),
    );
    onReported();
  };

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="report-breach-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="report-breach-title">Report a possible breach from {inquiry.number}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" sx={{ mb: 2 }}>
            Personal data may have been lost, disclosed to the wrong person, altered or made unavailable.
            Report it now: the data protection officer assesses it and decides what to notify.
          </Typography>
          <Alert severity="warning" sx={{ mb: 2 }}>
            Why the time matters: Datatilsynet must be notified within 72 hours of when the company became
            aware of a breach, and that can be the moment this contact reached us. Keep the received time (
            {formatOslo(inquiry.receivedAt)}) unless someone here knew of it earlier, or learnt of it only
            later.
          </Alert>
          {error && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {error}
            </Alert>
          )}
          <Stack spacing={2}>
            <OsloDateTimeField
              label="We became aware"
              required
              value={awareAt}
              onChange={setAwareAt}
              error={errors.awareAt}
            />
            <TextField
              label="What happened"
              multiline
              minRows={3}
              value={description}
              onChange={(event) => setDescription(event.target.value)}
              error={Boolean(errors.description)}
              helperText={errors.description ?? 'What the caller told, in a few lines'}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" color="error" disabled={isLoading}>
            Report breach
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
