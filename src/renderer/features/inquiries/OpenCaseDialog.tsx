import {
  Alert,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  FormGroup,
  FormHelperText,
  Typography,
} from '@mui/material';
import { useRef, useState } from 'react';
import type { InquiryDetail } from '../../../shared/inquiries/contract';
import { requestTypeInfo, requestTypes, type RequestType } from '../../../shared/cases/rules';
import type { ApiError } from '../../../shared/errors';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { formatDateTime } from '../../lib/format';
import { useOpenCaseFromInquiryMutation } from '../cases/casesApi';

/** One step from a logged rights request to a case that keeps the inquiry's received time. */
export function OpenCaseDialog({
  inquiry,
  onClose,
  onOpened,
}: {
  inquiry: InquiryDetail;
  onClose: () => void;
  /** With the new case's number. */
  onOpened: (caseNumber: string) => void;
}) {
  const dispatch = useAppDispatch();
  const [open, { isLoading }] = useOpenCaseFromInquiryMutation();
  const [types, setTypes] = useState<RequestType[]>([]);
  const firstType = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    const result = await open({ inquiryId: inquiry.id, types });
    if ('error' in result && result.error) {
      const apiError = result.error as ApiError;
      setError(apiError.issues?.[0]?.message ?? apiError.message);
      return;
    }
    if (!result.data) return;
    const { number, duplicates, possibleDuplicates } = result.data;
    const others =
      duplicates.length > 0
        ? ` (${duplicates.map((dup) => dup.number).join(', ')})`
        : possibleDuplicates > 1
          ? ` (${possibleDuplicates} cases)`
          : '';
    dispatch(
      notice(
        possibleDuplicates > 0
          ? `Case ${number} was opened. Another open case may concern the same person${others}; the DPO verifies each on its own.`
          : `Case ${number} was opened for the data protection officer.`,
        possibleDuplicates > 0 ? 'warning' : 'success',
      ),
    );
    onOpened(number);
  };
  return (
    <Dialog
      open
      onClose={onClose}
      maxWidth="sm"
      fullWidth
      // The first tick box takes the focus once the dialog is in: Space ticks, Enter opens the case.
      slotProps={{ transition: { onEntered: () => firstType.current?.focus() } }}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
        onKeyDown={(event) => {
          // Enter on a tick box opens the case too: Space ticks, Enter opens, no mouse needed.
          if (
            event.key === 'Enter' &&
            event.target instanceof HTMLInputElement &&
            event.target.type === 'checkbox'
          ) {
            event.preventDefault();
            void submit();
          }
        }}
      >
        <DialogTitle>Open a case from {inquiry.number}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" sx={{ mb: 1.5 }}>
            The case for {inquiry.personName ?? 'the person'} keeps the time the request reached us,{' '}
            {formatDateTime(inquiry.receivedAt)}: the one-month deadline runs from that day.
          </Typography>
          {error && (
            <Alert severity="error" sx={{ mb: 1.5 }}>
              {error}
            </Alert>
          )}
          <Typography variant="subtitle2">What did the person ask for?</Typography>
          <FormGroup>
            {requestTypes.map((type, index) => (
              <FormControlLabel
                key={type}
                control={
                  <Checkbox
                    inputRef={index === 0 ? firstType : undefined}
                    checked={types.includes(type)}
                    onChange={(event) =>
                      setTypes((current) =>
                        event.target.checked ? [...current, type] : current.filter((item) => item !== type),
                      )
                    }
                  />
                }
                label={`${requestTypeInfo[type].label} (${requestTypeInfo[type].article})`}
              />
            ))}
          </FormGroup>
          <FormHelperText>Choose every right the person asked to use.</FormHelperText>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={isLoading}>
            Open case
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
